/**
 * Quiz progress as data: per quiz ("<locale>/<quiz id>") the best score and the
 * per-question credits of the latest attempt (keyed by question id). Pure functions;
 * persistence lives in progress-store.ts.
 */

/** Version of the stored JSON; bump it (and add a migration) when the shape changes. */
export const PROGRESS_VERSION = 1;

/** A score worth keeping. */
export interface BestScore {
	percent: number;
	/** Questions fully right. */
	correct: number;
	total: number;
	/** ISO timestamp of the attempt. */
	at: string;
}

/** The latest finished attempt: credit (0 to 1) per question id. */
export interface LastAttempt {
	at: string;
	questions: Record<string, number>;
}

/** What is kept for one quiz. */
export interface QuizRecord {
	best: BestScore;
	last: LastAttempt;
}

/** Everything stored for the site. */
export interface Progress {
	version: typeof PROGRESS_VERSION;
	/** Keyed by "<locale>/<quiz id>", e.g. "ko/overview" or "en/final-exam". */
	quizzes: Record<string, QuizRecord>;
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
	return { version: PROGRESS_VERSION, quizzes: {} };
}

/** The storage key of a quiz: locale + quiz id. */
export function toQuizKey(locale: string, quizId: string): string {
	return `${locale}/${quizId}`;
}

/** The best score of a quiz, if it was ever finished. */
export function getBestScore(progress: Progress, quizKey: string): BestScore | undefined {
	return progress.quizzes[quizKey]?.best;
}

/**
 * Records a finished attempt: always replaces the latest attempt, replaces the best
 * score only when the new one is strictly higher (a tie keeps the earlier date).
 */
export function recordAttempt(progress: Progress, quizKey: string, result: AttemptResult, now: Date): { progress: Progress; isNewBest: boolean } {
	const at = now.toISOString();
	const previous = progress.quizzes[quizKey]?.best;
	const isNewBest = previous === undefined || result.percent > previous.percent;
	const best = isNewBest ? { percent: result.percent, correct: result.correct, total: result.total, at } : previous;
	const record: QuizRecord = { best, last: { at, questions: { ...result.questions } } };
	return { progress: { ...progress, quizzes: { ...progress.quizzes, [quizKey]: record } }, isNewBest };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function readRecord(value: unknown): QuizRecord | undefined {
	if (!isRecord(value) || !isRecord(value.best) || !isRecord(value.last)) return undefined;
	const { percent, correct, total, at } = value.best;
	if (!isCount(percent) || percent > 100 || !isCount(correct) || !isCount(total) || correct > total || !isDate(at)) return undefined;
	if (!isDate(value.last.at) || !isRecord(value.last.questions)) return undefined;
	const questions: Record<string, number> = {};
	for (const [id, credit] of Object.entries(value.last.questions)) {
		if (typeof credit === 'number' && credit >= 0 && credit <= 1) questions[id] = credit;
	}
	return { best: { percent, correct, total, at }, last: { at: value.last.at, questions } };
}

/**
 * Reads stored JSON text into Progress. Never throws: unparsable text, another version or
 * another shape gives empty progress, and single malformed quiz records are dropped.
 */
export function parseProgress(text: string | null): Progress {
	if (text === null) return createEmptyProgress();
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return createEmptyProgress();
	}
	// Only version 1 has ever existed, so there is nothing older to migrate: anything
	// else was not written by this site (or by a newer one) and cannot be trusted.
	if (!isRecord(data) || data.version !== PROGRESS_VERSION || !isRecord(data.quizzes)) return createEmptyProgress();
	const progress = createEmptyProgress();
	for (const [key, value] of Object.entries(data.quizzes)) {
		const record = readRecord(value);
		if (record) progress.quizzes[key] = record;
	}
	return progress;
}
