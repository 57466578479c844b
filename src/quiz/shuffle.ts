/**
 * Seeded randomness for quizzes. The first attempt uses a seed derived from the quiz
 * key, so the server-rendered HTML and the island's first frame show the same order;
 * retries use a fresh seed supplied by the caller.
 */

import { hashFnv32a } from '../sim/core/hash';
import { nextRandom } from '../sim/core/random';

/** A source of numbers in [0, 1), like Math.random. */
export type Random = () => number;

/** Hashes a string to a 32-bit unsigned seed: the sim's FNV-1a (one implementation for the site). */
export const hashSeed: (text: string) => number = hashFnv32a;

/**
 * A seeded generator over the sim's mulberry32 step, so the site has one PRNG; the same seed
 * gives the same sequence as the quiz's own copy did, which saved exam drafts depend on.
 */
export function createRandom(seed: number): Random {
	let state = seed | 0;
	return () => {
		const r = nextRandom(state);
		state = r.state;
		return r.value;
	};
}

/** Returns a shuffled copy (Fisher-Yates); the input is not changed. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/**
 * Shuffles the steps of an `order` question so they never start in the correct order
 * (which would give the answer away); with a single item there is nothing to hide.
 */
export function shuffleOrderItems<T>(items: readonly T[], random: Random): T[] {
	const out = shuffle(items, random);
	if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift() as T);
	return out;
}
