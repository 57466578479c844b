import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed, shuffle, shuffleOrderItems } from '../../../src/quiz/shuffle';

describe('createRandom', () => {
	it('gives the same sequence for the same seed and numbers in [0, 1)', () => {
		const a = createRandom(7);
		const b = createRandom(7);
		const xs = Array.from({ length: 100 }, a);
		expect(Array.from({ length: 100 }, b)).toEqual(xs);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(new Set(xs).size).toBeGreaterThan(95);
	});

	it('gives different sequences for different seeds', () => {
		expect(createRandom(1)()).not.toBe(createRandom(2)());
	});
});

describe('hashSeed', () => {
	it('is stable and distinguishes keys', () => {
		expect(hashSeed('ko/overview')).toBe(hashSeed('ko/overview'));
		expect(hashSeed('ko/overview')).not.toBe(hashSeed('en/overview'));
		expect(hashSeed('')).toBe(0x811c9dc5);
	});
});

describe('shuffle', () => {
	it('returns a permutation and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
				const copy = items.slice();
				const out = shuffle(items, createRandom(seed));
				expect(items).toEqual(copy);
				expect(out.slice().sort()).toEqual(copy.slice().sort());
			}),
		);
	});

	it('is deterministic for a seed and reaches every position', () => {
		expect(shuffle([1, 2, 3, 4, 5], createRandom(3))).toEqual(shuffle([1, 2, 3, 4, 5], createRandom(3)));
		const firsts = new Set<number>();
		for (let seed = 0; seed < 200; seed++) firsts.add(shuffle([1, 2, 3, 4], createRandom(seed))[0] as number);
		expect(firsts).toEqual(new Set([1, 2, 3, 4]));
	});
});

describe('shuffleOrderItems', () => {
	it('never shows the steps already in the correct order', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 7 }), fc.integer(), (n, seed) => {
				const items = Array.from({ length: n }, (_, i) => ({ i }));
				const out = shuffleOrderItems(items, createRandom(seed));
				expect(out.map((x) => x.i)).not.toEqual(items.map((x) => x.i));
				expect(out.map((x) => x.i).sort()).toEqual(items.map((x) => x.i));
			}),
		);
	});

	it('leaves a single item as it is', () => {
		expect(shuffleOrderItems(['a'], createRandom(1))).toEqual(['a']);
	});

	it('rotates when the shuffle happens to be the identity', () => {
		// A generator that always says "keep in place" makes Fisher-Yates the identity.
		const stay = () => 0.9999;
		expect(shuffleOrderItems(['a', 'b', 'c'], stay)).toEqual(['b', 'c', 'a']);
	});
});

describe('one PRNG for the site: quiz orders stay what saved exam drafts recorded', () => {
	// The quiz's own mulberry32 and FNV-1a before they were merged into src/sim, verbatim.
	function oldCreateRandom(seed: number) {
		let a = seed >>> 0;
		return () => {
			a = (a + 0x6d2b79f5) >>> 0;
			let t = a;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}
	function oldHashSeed(text: string): number {
		let h = 0x811c9dc5;
		for (let i = 0; i < text.length; i++) {
			h ^= text.charCodeAt(i);
			h = Math.imul(h, 0x01000193);
		}
		return h >>> 0;
	}

	it('gives the orders recorded before the merge', () => {
		const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
		const orders = ['ko/deployments', 'en/services', 'ko/overview', ''].map((key) => {
			const seed = hashSeed(key);
			return [seed, shuffle(items, createRandom(seed)).join(''), shuffleOrderItems(items.slice(0, 4), createRandom(seed)).join('')];
		});
		expect(orders).toEqual([
			[2491306956, 'cafedbg', 'cbad'],
			[3699441731, 'afgdbec', 'dacb'],
			[2514382707, 'abgdcef', 'bcda'],
			[2166136261, 'gafbdce', 'adbc'],
		]);
		expect(shuffle(items, createRandom(0xffffffff)).join('')).toBe('afcedbg');
	});

	it('matches the old generator and hash for any seed and text', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.string(), (seed, text) => {
				const a = createRandom(seed);
				const b = oldCreateRandom(seed);
				for (let i = 0; i < 20; i++) expect(a()).toBe(b());
				expect(hashSeed(text)).toBe(oldHashSeed(text));
			}),
		);
	});
});
