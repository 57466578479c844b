import { describe, expect, it } from 'vitest';
import { createEmptyProgress, recordAttempt } from '../../../src/quiz/progress';
import { createProgressStore, PROGRESS_KEY, type StorageLike } from '../../../src/quiz/progress-store';

/** An in-memory Storage with switchable failures. */
function fakeStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	const state = { failGet: false, failSet: false, failRemove: false };
	const storage: StorageLike & { data: Map<string, string> } = {
		data,
		getItem: (k) => {
			if (state.failGet) throw new DOMException('denied', 'SecurityError');
			return data.get(k) ?? null;
		},
		setItem: (k, v) => {
			if (state.failSet) throw new DOMException('full', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k) => {
			if (state.failRemove) throw new DOMException('denied', 'SecurityError');
			data.delete(k);
		},
	};
	return { storage, state };
}

const sample = recordAttempt(createEmptyProgress(), 'ko/overview', { percent: 83, correct: 5, total: 6, questions: { q: 1 } }, new Date(0)).progress;

describe('createProgressStore with working storage', () => {
	it('saves under one key and loads it back in a new store', () => {
		const { storage } = fakeStorage();
		const store = createProgressStore(() => storage);
		expect(store.persistent).toBe(true);
		expect(store.load()).toEqual(createEmptyProgress());
		store.save(sample);
		expect([...storage.data.keys()]).toEqual([PROGRESS_KEY]);
		expect(createProgressStore(() => storage).load()).toEqual(sample);
	});

	it('leaves no key behind when probing an empty storage', () => {
		const { storage } = fakeStorage();
		createProgressStore(() => storage);
		expect(storage.data.size).toBe(0);
	});

	it('keeps existing data untouched when probing', () => {
		const { storage } = fakeStorage({ [PROGRESS_KEY]: '{corrupt' });
		createProgressStore(() => storage);
		expect(storage.data.get(PROGRESS_KEY)).toBe('{corrupt');
	});

	it('clears the key', () => {
		const { storage } = fakeStorage();
		const store = createProgressStore(() => storage);
		store.save(sample);
		store.clear();
		expect(storage.data.has(PROGRESS_KEY)).toBe(false);
		expect(store.load()).toEqual(createEmptyProgress());
		expect(store.persistent).toBe(true);
	});

	it('treats corrupt or old data as empty and overwrites it on the next save', () => {
		for (const bad of ['{not json', JSON.stringify({ version: 0, quizzes: {} }), JSON.stringify({ version: 99 })]) {
			const { storage } = fakeStorage({ [PROGRESS_KEY]: bad });
			const store = createProgressStore(() => storage);
			expect(store.load()).toEqual(createEmptyProgress());
			expect(store.persistent).toBe(true);
			store.save(sample);
			expect(JSON.parse(storage.data.get(PROGRESS_KEY) ?? '')).toEqual(sample);
		}
	});
});

describe('createProgressStore when storage fails', () => {
	it('works in memory when there is no storage', () => {
		const store = createProgressStore(() => null);
		expect(store.persistent).toBe(false);
		store.save(sample);
		expect(store.load()).toEqual(sample);
		store.clear();
		expect(store.load()).toEqual(createEmptyProgress());
	});

	it('works in memory when reaching storage throws (private mode, cookies off)', () => {
		const store = createProgressStore(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		expect(store.persistent).toBe(false);
		store.save(sample);
		expect(store.load()).toEqual(sample);
	});

	it('reports a full storage at creation (probe write fails)', () => {
		const { storage, state } = fakeStorage();
		state.failSet = true;
		const store = createProgressStore(() => storage);
		expect(store.persistent).toBe(false);
		store.save(sample);
		expect(store.load()).toEqual(sample);
	});

	it('falls back to memory when a save hits the quota later', () => {
		const { storage, state } = fakeStorage();
		const store = createProgressStore(() => storage);
		expect(store.persistent).toBe(true);
		state.failSet = true;
		expect(() => store.save(sample)).not.toThrow();
		expect(store.persistent).toBe(false);
		expect(store.load()).toEqual(sample);
	});

	it('falls back to memory when reading throws later', () => {
		const { storage, state } = fakeStorage();
		const store = createProgressStore(() => storage);
		store.save(sample);
		state.failGet = true;
		expect(store.load()).toEqual(sample);
		expect(store.persistent).toBe(false);
	});

	it('falls back to memory when removing throws', () => {
		const { storage, state } = fakeStorage();
		const store = createProgressStore(() => storage);
		store.save(sample);
		state.failRemove = true;
		expect(() => store.clear()).not.toThrow();
		expect(store.persistent).toBe(false);
		expect(store.load()).toEqual(createEmptyProgress());
	});
});
