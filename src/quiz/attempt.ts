/**
 * One attempt at a quiz: which questions are asked (the final exam draws a few per
 * section) and in which order their options and steps are shown.
 */
import { createRandom, shuffle, shuffleOrderItems, type Random } from './shuffle';
import type { QuestionView } from './view';

/** An attempt: the questions to ask, options in display order, order steps with their start order. */
export interface Attempt {
	seed: number;
	questions: QuestionView[];
}

/**
 * Picks `perGroup` questions at random from each group (questions without a group form
 * one group), keeping groups and questions in their original order. Two questions where
 * either names the other in `notWith` (by key) are never both picked; the next one in
 * the shuffled group is taken instead.
 */
export function drawQuestions<T extends { key?: string; group?: { id: string }; notWith?: readonly string[] }>(
	pool: readonly T[],
	perGroup: number,
	random: Random,
): T[] {
	const byGroup = new Map<string, T[]>();
	const excluded = new Map<string, Set<string>>();
	const exclude = (a: string, b: string) => excluded.set(a, new Set([...(excluded.get(a) ?? []), b]));
	for (const q of pool) {
		const id = q.group?.id ?? '';
		byGroup.set(id, [...(byGroup.get(id) ?? []), q]);
		for (const other of q.notWith ?? []) {
			if (q.key === undefined) continue;
			exclude(q.key, other);
			exclude(other, q.key);
		}
	}
	const chosen = new Set<T>();
	const chosenKeys = new Set<string>();
	for (const questions of byGroup.values()) {
		let taken = 0;
		for (const q of shuffle(questions, random)) {
			if (taken === perGroup) break;
			const clashes = q.key !== undefined && [...(excluded.get(q.key) ?? [])].some((k) => chosenKeys.has(k));
			if (clashes) continue;
			chosen.add(q);
			if (q.key !== undefined) chosenKeys.add(q.key);
			taken++;
		}
	}
	return pool.filter((q) => chosen.has(q));
}

/**
 * Puts a question's options in a random display order; for an order question the items
 * stay in the correct order and the shuffled starting order goes into `startOrder`.
 */
export function arrangeQuestion(question: QuestionView, random: Random): QuestionView {
	return question.kind === 'order'
		? { ...question, startOrder: shuffleOrderItems(question.items, random).map((item) => item.id) }
		: { ...question, options: shuffle(question.options, random) };
}

/**
 * Creates the attempt for a seed: draws questions when `perGroup` is given (final exam),
 * then shuffles every question's options. Same seed, same attempt.
 */
export function createAttempt(pool: readonly QuestionView[], seed: number, perGroup?: number): Attempt {
	const random = createRandom(seed);
	const asked = perGroup === undefined ? pool.slice() : drawQuestions(pool, perGroup, random);
	return { seed, questions: asked.map((q) => arrangeQuestion(q, random)) };
}
