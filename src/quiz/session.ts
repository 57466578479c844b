/**
 * The state of one attempt as the learner works through it: their answer to each
 * question and, once checked, its grade. Pure and immutable: the Quiz island keeps a
 * Session in state and replaces it through these functions.
 */
import { createAttempt, type Attempt } from './attempt';
import { gradeAnswer, scoreQuiz, type Answer, type Grade, type Score } from './grade';
import type { AttemptResult } from './progress';
import type { QuestionView } from './view';

/** One question's answer and, after checking, its grade (answers are locked then). */
export interface QuestionState {
	answer: Answer;
	grade: Grade | null;
}

/** An attempt in progress. */
export interface Session extends Attempt {
	states: Record<string, QuestionState>;
}

function emptyAnswer(q: QuestionView): Answer {
	// An order question starts with the shuffled order it is shown in.
	if (q.kind === 'order') return { kind: 'order', order: q.startOrder ?? q.items.map((item) => item.id) };
	return q.kind === 'single' ? { kind: 'single', choice: null } : { kind: 'multiple', choices: [] };
}

/** Starts an attempt for a seed (see createAttempt): nothing chosen, nothing checked. */
export function startSession(pool: readonly QuestionView[], seed: number, perGroup?: number): Session {
	const attempt = createAttempt(pool, seed, perGroup);
	const states: Record<string, QuestionState> = {};
	for (const q of attempt.questions) states[q.key] = { answer: emptyAnswer(q), grade: null };
	return { ...attempt, states };
}

function update(session: Session, key: string, change: (state: QuestionState) => QuestionState): Session {
	const state = session.states[key];
	if (!state || state.grade) return session;
	return { ...session, states: { ...session.states, [key]: change(state) } };
}

/** Chooses (or, for `multiple`, toggles on or off) an option; ignored once checked. */
export function chooseOption(session: Session, key: string, optionId: string, selected: boolean): Session {
	return update(session, key, (state) => {
		const { answer } = state;
		if (answer.kind === 'single')
			return { ...state, answer: { kind: 'single', choice: selected ? optionId : answer.choice === optionId ? null : answer.choice } };
		if (answer.kind === 'multiple') {
			const rest = answer.choices.filter((id) => id !== optionId);
			return { ...state, answer: { kind: 'multiple', choices: selected ? [...rest, optionId] : rest } };
		}
		return state;
	});
}

/** Moves an order item from one position to another (clamped); ignored once checked. */
export function moveItem(session: Session, key: string, from: number, to: number): Session {
	return update(session, key, (state) => {
		if (state.answer.kind !== 'order') return state;
		const order = state.answer.order.slice();
		if (from < 0 || from >= order.length) return state;
		const target = Math.max(0, Math.min(order.length - 1, to));
		const [moved] = order.splice(from, 1);
		order.splice(target, 0, moved as string);
		return { ...state, answer: { kind: 'order', order } };
	});
}

/** Whether a question has an answer to check (an order always has one). */
export function hasAnswer(session: Session, key: string): boolean {
	const answer = session.states[key]?.answer;
	if (!answer) return false;
	if (answer.kind === 'single') return answer.choice !== null;
	if (answer.kind === 'multiple') return answer.choices.length > 0;
	return true;
}

/** Grades one question and locks its answer; ignored without an answer or when checked. */
export function checkQuestion(session: Session, key: string): Session {
	const question = session.questions.find((q) => q.key === key);
	if (!question || !hasAnswer(session, key)) return session;
	return update(session, key, (state) => ({ ...state, grade: gradeAnswer(question, state.answer) }));
}

/** The grades given so far, in question order. */
export function listGrades(session: Session): Grade[] {
	return session.questions.flatMap((q) => {
		const grade = session.states[q.key]?.grade;
		return grade ? [grade] : [];
	});
}

/** Whether every question has been checked. */
export function isFinished(session: Session): boolean {
	return listGrades(session).length === session.questions.length;
}

/** The score of the checked questions (the final score once finished). */
export function scoreSession(session: Session): Score {
	return scoreQuiz(listGrades(session));
}

/** The finished attempt in the shape progress keeps: score plus credit per question key. */
export function toAttemptResult(session: Session): AttemptResult {
	const score = scoreSession(session);
	const questions: Record<string, number> = {};
	for (const q of session.questions) {
		const grade = session.states[q.key]?.grade;
		if (grade) questions[q.key] = grade.credit;
	}
	return { percent: score.percent, correct: score.correct, total: score.total, questions };
}
