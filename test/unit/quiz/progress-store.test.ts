import { describe, expect, it } from 'vitest';
import { createEmptyProgress, recordAttempt } from '../../../src/quiz/progress';
import { BACKUP_KEY, createProgressStore, PROGRESS_KEY, type StorageLike } from '../../../src/quiz/progress-store';

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

const sample = recordAttempt(createEmptyProgress(), 'overview', { percent: 83, correct: 5, total: 6, questions: { q: 1 } }, new Date(0), 'ko').progress;

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

	it('reports a clear that worked', () => {
		const { storage } = fakeStorage();
		const store = createProgressStore(() => storage);
		store.save(sample);
		expect(store.clear()).toBe(true);
	});
});

describe('createProgressStore with unreadable stored progress', () => {
	const unreadable = {
		truncated: JSON.stringify(sample).slice(0, 40),
		newer: JSON.stringify({ version: 3, quizzes: {}, labs: {} }),
		shape: JSON.stringify({ version: 2, quizzes: [] }),
	};

	for (const [name, raw] of Object.entries(unreadable)) {
		it(`keeps ${name} data under the backup key before the next save writes`, () => {
			const { storage } = fakeStorage({ [PROGRESS_KEY]: raw });
			const store = createProgressStore(() => storage);
			expect(store.load()).toEqual(createEmptyProgress());
			expect(storage.data.get(BACKUP_KEY)).toBe(raw);
			expect(store.backup()).toBe(raw);
			store.save(sample);
			expect(JSON.parse(storage.data.get(PROGRESS_KEY) ?? '')).toEqual(sample);
			expect(storage.data.get(BACKUP_KEY)).toBe(raw);
			expect(store.persistent).toBe(true);
		});
	}

	it('backs up even when save is called without a load first', () => {
		const { storage } = fakeStorage({ [PROGRESS_KEY]: '{corrupt' });
		createProgressStore(() => storage).save(sample);
		expect(storage.data.get(BACKUP_KEY)).toBe('{corrupt');
	});

	it('never writes over unreadable data it could not back up', () => {
		const { storage } = fakeStorage({ [PROGRESS_KEY]: '{second', [BACKUP_KEY]: '{first' });
		const store = createProgressStore(() => storage);
		store.load();
		store.save(sample);
		expect(storage.data.get(PROGRESS_KEY)).toBe('{second');
		expect(storage.data.get(BACKUP_KEY)).toBe('{first');
		expect(store.persistent).toBe(false);
		expect(store.load()).toEqual(sample);
	});

	it('discards the backup on request', () => {
		const { storage } = fakeStorage({ [PROGRESS_KEY]: '{corrupt' });
		const store = createProgressStore(() => storage);
		store.load();
		expect(store.discardBackup()).toBe(true);
		expect(storage.data.has(BACKUP_KEY)).toBe(false);
		expect(store.backup()).toBeNull();
	});

	it('leaves no backup for readable data', () => {
		const { storage } = fakeStorage({ [PROGRESS_KEY]: JSON.stringify(sample) });
		const store = createProgressStore(() => storage);
		expect(store.load()).toEqual(sample);
		expect(storage.data.has(BACKUP_KEY)).toBe(false);
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

	it('reports a failed clear truthfully when removing throws, and keeps the data', () => {
		const { storage, state } = fakeStorage();
		const store = createProgressStore(() => storage);
		store.save(sample);
		state.failRemove = true;
		expect(store.clear()).toBe(false);
		expect(store.load()).toEqual(sample);
		expect(createProgressStore(() => storage).load()).toEqual(sample);
	});

	it('reports a failed clear when the value is still there afterwards', () => {
		const { storage } = fakeStorage();
		storage.removeItem = () => {};
		const store = createProgressStore(() => storage);
		store.save(sample);
		expect(store.clear()).toBe(false);
		expect(store.load()).toEqual(sample);
	});
});
