/**
 * The attempt in progress, kept across reloads: which draw (seed) the learner is on,
 * what they answered and which questions they checked. Versioned JSON under one key per
 * quiz; pure functions, storage is the caller's. Grades are not stored: checking again
 * from the saved answer gives the same grade, so a stored draft can never disagree with
 * the grading rules.
 */
import type { Answer } from './grade';
import { checkQuestion, startSession, type Session } from './session';
import type { QuestionView } from './view';

/** Version of the stored draft JSON. */
export const DRAFT_VERSION = 1;

/** The storage key of a quiz's draft ("<locale>/<quiz id>": a draw is per language's questions). */
export function draftKey(quizKey: string): string {
	return `k8s-basics:draft:${quizKey}`;
}

/** One question's saved state. */
export interface DraftQuestion {
	answer: Answer;
	checked: boolean;
}

/** A saved attempt in progress. */
export interface Draft {
	version: typeof DRAFT_VERSION;
	seed: number;
	questions: Record<string, DraftQuestion>;
}

/** The draft of a session: every answer the learner touched and every checked question. */
export function toDraft(session: Session): Draft {
	const questions: Record<string, DraftQuestion> = {};
	for (const q of session.questions) {
		const state = session.states[q.key];
		if (state) questions[q.key] = { answer: state.answer, checked: state.grade !== null };
	}
	return { version: DRAFT_VERSION, seed: session.seed, questions };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Reads stored draft text; undefined for nothing, another version or another shape. */
export function parseDraft(text: string | null): Draft | undefined {
	if (text === null) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!isRecord(data) || data.version !== DRAFT_VERSION || !Number.isInteger(data.seed) || !isRecord(data.questions)) return undefined;
	const questions: Record<string, DraftQuestion> = {};
	for (const [key, value] of Object.entries(data.questions)) {
		if (!isRecord(value) || typeof value.checked !== 'boolean' || !isRecord(value.answer)) return undefined;
		const a = value.answer;
		if (a.kind === 'single' && (a.choice === null || typeof a.choice === 'string'))
			questions[key] = { answer: { kind: 'single', choice: a.choice }, checked: value.checked };
		else if (a.kind === 'multiple' && isIdList(a.choices)) questions[key] = { answer: { kind: 'multiple', choices: a.choices }, checked: value.checked };
		else if (a.kind === 'order' && isIdList(a.order)) questions[key] = { answer: { kind: 'order', order: a.order }, checked: value.checked };
		else return undefined;
	}
	return { version: DRAFT_VERSION, seed: data.seed as number, questions };
}

/** Whether a saved answer fits the question as it is now (same kind, only existing ids). */
function fits(question: QuestionView, answer: Answer): boolean {
	if (question.kind === 'order') {
		if (answer.kind !== 'order') return false;
		const ids = question.items.map((i) => i.id);
		return answer.order.length === ids.length && ids.every((id) => answer.order.includes(id));
	}
	const ids = new Set(question.options.map((o) => o.id));
	if (answer.kind === 'single' && question.kind === 'single') return answer.choice === null || ids.has(answer.choice);
	if (answer.kind === 'multiple' && question.kind === 'multiple') return answer.choices.every((id) => ids.has(id));
	return false;
}

/**
 * Rebuilds the saved attempt: the same draw from the seed, each saved answer that still
 * fits its question (content may have changed since), checked again where it was checked.
 */
export function restoreSession(pool: readonly QuestionView[], draft: Draft, perGroup?: number): Session {
	let session = startSession(pool, draft.seed, perGroup);
	for (const q of session.questions) {
		const saved = draft.questions[q.key];
		const state = session.states[q.key];
		if (!saved || !state || !fits(q, saved.answer)) continue;
		session = { ...session, states: { ...session.states, [q.key]: { ...state, answer: saved.answer } } };
		if (saved.checked) session = checkQuestion(session, q.key);
	}
	return session;
}

/** How many questions of the session are checked. */
export function countChecked(session: Session): number {
	return session.questions.filter((q) => session.states[q.key]?.grade).length;
}
