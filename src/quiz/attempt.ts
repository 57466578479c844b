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
 * one group), keeping groups and questions in their original order.
 */
export function drawQuestions<T extends { group?: { id: string } }>(pool: readonly T[], perGroup: number, random: Random): T[] {
	const byGroup = new Map<string, T[]>();
	for (const q of pool) {
		const id = q.group?.id ?? '';
		byGroup.set(id, [...(byGroup.get(id) ?? []), q]);
	}
	const chosen = new Set<T>();
	for (const questions of byGroup.values()) {
		for (const q of shuffle(questions, random).slice(0, perGroup)) chosen.add(q);
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
