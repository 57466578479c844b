/**
 * Seeded randomness for quizzes. The first attempt uses a seed derived from the quiz
 * key, so the server-rendered HTML and the island's first frame show the same order;
 * retries use a fresh seed supplied by the caller.
 */

/** A source of numbers in [0, 1), like Math.random. */
export type Random = () => number;

/** Hashes a string to a 32-bit unsigned seed (FNV-1a). */
export function hashSeed(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A small, fast, seeded generator (mulberry32); the same seed gives the same sequence. */
export function createRandom(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
