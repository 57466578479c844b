/**
 * Grading. Every question earns a credit between 0 and 1; a quiz's score is the mean
 * credit, and 80% passes. The rules (also in README.md):
 *
 * - single: 1 for the correct option, otherwise 0.
 * - multiple: max(0, (correct picks - wrong picks) / number of correct options), so
 *   ticking everything earns nothing and each wrong tick cancels a right one. The
 *   question counts as correct only when exactly the correct set is chosen.
 * - order: 1 - (moves needed / (n - 1)), where "moves needed" is the fewest items that
 *   must be taken out and reinserted to fix the order (n minus the longest run of items
 *   already in correct relative order). One misplaced step among five still earns 0.75;
 *   a fully reversed list earns 0. Correct only when every item is in place.
 */

/** The minimum a grader needs to know about a question (fits schema and view shapes). */
export type GradableQuestion =
	{ kind: 'single' | 'multiple'; options: readonly { id: string; correct: boolean }[] } | { kind: 'order'; items: readonly { id: string }[] };

/** What the learner answered: chosen option ids, or the item ids in the order they put them. */
export type Answer = { kind: 'single'; choice: string | null } | { kind: 'multiple'; choices: readonly string[] } | { kind: 'order'; order: readonly string[] };

/** The outcome of one question. */
export interface Grade {
	/** Partial credit, 0 to 1. */
	credit: number;
	/** Fully right. */
	correct: boolean;
}

/** The share of correct answers a quiz needs to pass. */
export const PASS_MARK = 0.8;

/** Length of the longest strictly increasing subsequence (patience sorting). */
export function longestIncreasingRun(values: readonly number[]): number {
	const tails: number[] = [];
	for (const v of values) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((tails[mid] as number) < v) lo = mid + 1;
			else hi = mid;
		}
		tails[lo] = v;
	}
	return tails.length;
}

function gradeOrder(items: readonly { id: string }[], order: readonly string[]): Grade {
	const rank = new Map(items.map((item, i) => [item.id, i]));
	// Unknown or repeated ids cannot be "in place": they drop out of the ranking.
	const seen = new Set<string>();
	const ranks: number[] = [];
	for (const id of order) {
		const r = rank.get(id);
		if (r !== undefined && !seen.has(id)) ranks.push(r);
		seen.add(id);
	}
	const n = items.length;
	const correct = order.length === n && items.every((item, i) => order[i] === item.id);
	if (n < 2) return { credit: correct ? 1 : 0, correct };
	const inPlace = ranks.length === 0 ? 0 : longestIncreasingRun(ranks);
	const credit = Math.max(0, (inPlace - 1) / (n - 1));
	return { credit: correct ? 1 : credit, correct };
}

/** Grades one answer against its question (see the rules at the top of this file). */
export function gradeAnswer(question: GradableQuestion, answer: Answer): Grade {
	if (question.kind === 'order') {
		return gradeOrder(question.items, answer.kind === 'order' ? answer.order : []);
	}
	const chosen = new Set(answer.kind === 'single' ? (answer.choice === null ? [] : [answer.choice]) : answer.kind === 'multiple' ? answer.choices : []);
	const right = question.options.filter((o) => o.correct);
	if (question.kind === 'single') {
		const correct = chosen.size === 1 && right.some((o) => chosen.has(o.id));
		return { credit: correct ? 1 : 0, correct };
	}
	const hits = right.filter((o) => chosen.has(o.id)).length;
	const misses = question.options.filter((o) => !o.correct && chosen.has(o.id)).length;
	const correct = right.length > 0 && hits === right.length && misses === 0;
	const credit = right.length === 0 ? 0 : Math.max(0, (hits - misses) / right.length);
	return { credit, correct };
}

/** A quiz result: percent is the mean credit in whole points, rounded down. */
export interface Score {
	/** Sum of credits. */
	points: number;
	/** Number of questions. */
	total: number;
	/** Questions answered fully right. */
	correct: number;
	/** floor(100 * points / total): never shows 80 for a score below the pass mark. */
	percent: number;
	passed: boolean;
}

/** Adds up the grades of one attempt into a score. */
export function scoreQuiz(grades: readonly Grade[]): Score {
	const total = grades.length;
	const points = grades.reduce((sum, g) => sum + g.credit, 0);
	const correct = grades.filter((g) => g.correct).length;
	// The epsilon absorbs float error such as 0.1 + 0.2; credits are ratios of small integers.
	const percent = total === 0 ? 0 : Math.floor((100 * points) / total + 1e-9);
	return { points, total, correct, percent, passed: total > 0 && percent >= PASS_MARK * 100 };
}
