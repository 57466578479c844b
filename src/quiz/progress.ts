/**
 * Quiz and lab progress as data: per quiz id (the same in every language) the best score
 * and the per-question credits of the latest attempt, each saying which language it was
 * taken in; per lab task the time it was completed. No derived fields, so two progress
 * values merge by keeping the best score per quiz. Pure functions; persistence lives in
 * progress-store.ts.
 */

/** Version of the stored JSON; bump it (and add a migration) when the shape changes. */
export const PROGRESS_VERSION = 2;

/** A score worth keeping. */
export interface BestScore {
	percent: number;
	/** Questions fully right. */
	correct: number;
	total: number;
	/** ISO timestamp of the attempt. */
	at: string;
	/** Language of the pages the attempt was taken on ("ko", "en"). */
	locale: string;
}

/** The latest finished attempt: credit (0 to 1) per question id. */
export interface LastAttempt {
	at: string;
	locale: string;
	questions: Record<string, number>;
}

/** What is kept for one quiz. */
export interface QuizRecord {
	best: BestScore;
	last: LastAttempt;
}

/** One completed kubectl lab task. */
export interface LabTaskRecord {
	completedAt: string;
}

/** Everything stored for the site. */
export interface Progress {
	version: typeof PROGRESS_VERSION;
	/** Keyed by quiz id, e.g. "overview" or "final-exam" (one record for all languages). */
	quizzes: Record<string, QuizRecord>;
	/** Keyed by lab id, then task id. */
	labs: Record<string, Record<string, LabTaskRecord>>;
}

/** A finished attempt, as the quiz reports it. */
export interface AttemptResult {
	percent: number;
	correct: number;
	total: number;
	/** Credit per question key. */
	questions: Record<string, number>;
}

/** Progress with nothing in it. */
export function createEmptyProgress(): Progress {
	return { version: PROGRESS_VERSION, quizzes: {}, labs: {} };
}

/** The best score of a quiz, if it was ever finished (in any language). */
export function getBestScore(progress: Progress, quizId: string): BestScore | undefined {
	return progress.quizzes[quizId]?.best;
}

/**
 * Records a finished attempt taken in `locale`: always replaces the latest attempt,
 * replaces the best score only when the new one is strictly higher (a tie keeps the
 * earlier date).
 */
export function recordAttempt(
	progress: Progress,
	quizId: string,
	result: AttemptResult,
	now: Date,
	locale: string,
): { progress: Progress; isNewBest: boolean } {
	const at = now.toISOString();
	const previous = progress.quizzes[quizId]?.best;
	const isNewBest = previous === undefined || result.percent > previous.percent;
	const best = isNewBest ? { percent: result.percent, correct: result.correct, total: result.total, at, locale } : previous;
	const record: QuizRecord = { best, last: { at, locale, questions: { ...result.questions } } };
	return { progress: { ...progress, quizzes: { ...progress.quizzes, [quizId]: record } }, isNewBest };
}

/** Marks a lab task completed; a task already done keeps its first completion time. */
export function recordLabTask(progress: Progress, labId: string, taskId: string, completedAtIso: string): Progress {
	if (isLabTaskDone(progress, labId, taskId)) return progress;
	const lab = { ...(progress.labs[labId] ?? {}), [taskId]: { completedAt: completedAtIso } };
	return { ...progress, labs: { ...progress.labs, [labId]: lab } };
}

/** Whether a lab task was completed. */
export function isLabTaskDone(progress: Progress, labId: string, taskId: string): boolean {
	return progress.labs[labId]?.[taskId] !== undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isLocale = (v: unknown): v is string => typeof v === 'string' && /^[a-z]{2}(-[A-Za-z]+)?$/.test(v);

function readQuestions(value: unknown): Record<string, number> | undefined {
	if (!isRecord(value)) return undefined;
	const questions: Record<string, number> = {};
	for (const [id, credit] of Object.entries(value)) {
		if (typeof credit === 'number' && credit >= 0 && credit <= 1) questions[id] = credit;
	}
	return questions;
}

/** Reads a quiz record (undefined when malformed); version 1 records had no locale, so it is passed in then. */
export function readRecord(value: unknown, v1Locale?: string): QuizRecord | undefined {
	if (!isRecord(value) || !isRecord(value.best) || !isRecord(value.last)) return undefined;
	const { percent, correct, total, at } = value.best;
	if (!isCount(percent) || percent > 100 || !isCount(correct) || !isCount(total) || correct > total || !isDate(at)) return undefined;
	const bestLocale = v1Locale ?? value.best.locale;
	const lastLocale = v1Locale ?? value.last.locale;
	if (!isLocale(bestLocale) || !isLocale(lastLocale)) return undefined;
	const questions = readQuestions(value.last.questions);
	if (!isDate(value.last.at) || !questions) return undefined;
	return { best: { percent, correct, total, at, locale: bestLocale }, last: { at: value.last.at, locale: lastLocale, questions } };
}

/** Reads the lab tasks record; undefined when any part is malformed. */
export function readLabs(value: unknown): Progress['labs'] | undefined {
	if (!isRecord(value)) return undefined;
	const labs: Progress['labs'] = {};
	for (const [labId, tasks] of Object.entries(value)) {
		if (!isRecord(tasks)) return undefined;
		const lab: Record<string, LabTaskRecord> = {};
		for (const [taskId, task] of Object.entries(tasks)) {
			if (!isRecord(task) || !isDate(task.completedAt)) return undefined;
			lab[taskId] = { completedAt: task.completedAt };
		}
		labs[labId] = lab;
	}
	return labs;
}

/** Merges two records of one quiz: the higher best score (earlier on a tie), the later last attempt. */
export function mergeRecords(a: QuizRecord, b: QuizRecord): QuizRecord {
	const best = b.best.percent > a.best.percent || (b.best.percent === a.best.percent && b.best.at < a.best.at) ? b.best : a.best;
	const last = b.last.at > a.last.at ? b.last : a.last;
	return { best, last };
}

/**
 * Migrates version 1 JSON (quizzes keyed "<locale>/<quiz id>", no labs) to the current
 * shape: one record per quiz id (the better of the two languages' best scores, the later
 * last attempt), each labelled with the language of its old key, and no lab tasks.
 * `dropped` counts records that could not be read.
 */
export function migrateV1(quizzes: Record<string, unknown>): { progress: Progress; dropped: number } {
	const progress = createEmptyProgress();
	let dropped = 0;
	for (const [key, value] of Object.entries(quizzes)) {
		const match = /^([a-z]{2}(?:-[A-Za-z]+)?)\/(.+)$/.exec(key);
		const record = match ? readRecord(value, match[1]) : undefined;
		if (!match || !record) {
			dropped++;
			continue;
		}
		const quizId = match[2] as string;
		const existing = progress.quizzes[quizId];
		progress.quizzes[quizId] = existing ? mergeRecords(existing, record) : record;
	}
	return { progress, dropped };
}

/** Why stored text could not be read in full. */
export type UnreadableReason = 'json' | 'newer-version' | 'shape';

/** The outcome of reading stored text. */
export type ParsedProgress =
	{ status: 'empty'; progress: Progress } | { status: 'ok'; progress: Progress } | { status: 'unreadable'; progress: Progress; reason: UnreadableReason };

/**
 * Reads stored JSON text. Never throws. Version 1 is migrated. Anything this code cannot
 * read in full (unparsable text, a newer version, another shape, a malformed record) is
 * reported `unreadable`, with whatever records could be read, so the caller keeps the raw
 * text before writing anything.
 */
export function parseProgress(text: string | null): ParsedProgress {
	if (text === null) return { status: 'empty', progress: createEmptyProgress() };
	const unreadable = (reason: UnreadableReason, progress = createEmptyProgress()): ParsedProgress => ({ status: 'unreadable', progress, reason });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return unreadable('json');
	}
	if (!isRecord(data)) return unreadable('shape');
	if (typeof data.version === 'number' && data.version > PROGRESS_VERSION) return unreadable('newer-version');
	if (!isRecord(data.quizzes)) return unreadable('shape');
	if (data.version === 1) {
		const { progress, dropped } = migrateV1(data.quizzes);
		return dropped > 0 ? unreadable('shape', progress) : { status: 'ok', progress };
	}
	if (data.version !== PROGRESS_VERSION) return unreadable('shape');
	const labs = readLabs(data.labs ?? {});
	if (!labs) return unreadable('shape');
	const progress: Progress = { version: PROGRESS_VERSION, quizzes: {}, labs };
	let dropped = 0;
	for (const [key, value] of Object.entries(data.quizzes)) {
		const record = readRecord(value);
		if (record) progress.quizzes[key] = record;
		else dropped++;
	}
	return dropped > 0 ? unreadable('shape', progress) : { status: 'ok', progress };
}
