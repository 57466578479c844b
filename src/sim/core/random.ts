/**
 * Seeded randomness: mulberry32. The PRNG state lives in the cluster, so a run is
 * reproducible from its seed and events; nothing here reads Math.random or a clock.
 */

/** Advance a mulberry32 state; returns the new state and a float in [0, 1). */
export function nextRandom(state: number): { readonly state: number; readonly value: number } {
	const next = (state + 0x6d2b79f5) | 0;
	let t = next;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	return { state: next, value };
}

/** Alphabet of Kubernetes' rand.String and SafeEncodeString: no vowels, no 0/1/3 (never spells words). */
export const SAFE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** A source of random numbers that remembers its state; used inside one step. */
export interface Rng {
	/** Float in [0, 1). */
	next(): number;
	/** Integer in [min, max]. */
	int(min: number, max: number): number;
	/** Random string over SAFE_ALPHANUMS, like a Pod name suffix. */
	suffix(length: number): string;
	/** Current PRNG state, to store back into the cluster. */
	readonly state: number;
}

/** Create a stateful Rng from a stored state. */
export function createRng(initial: number): Rng {
	let state = initial;
	const next = (): number => {
		const r = nextRandom(state);
		state = r.state;
		return r.value;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		suffix: (length) => {
			let s = '';
			for (let i = 0; i < length; i++) s += SAFE_ALPHANUMS[Math.floor(next() * SAFE_ALPHANUMS.length)];
			return s;
		},
		get state() {
			return state;
		},
	};
}
