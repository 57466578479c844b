/**
 * Progress persistence behind a small interface: one localStorage key for the whole site,
 * and an in-memory fallback whenever storage is missing, blocked, full or broken, so a
 * quiz always works and can tell the learner whether their progress is kept.
 */
import { createEmptyProgress, parseProgress, type Progress } from './progress';

/** The one localStorage key the site uses. */
export const PROGRESS_KEY = 'k8s-basics:progress';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Loads and saves progress; `persistent` is false once storage has failed. */
export interface ProgressStore {
	load(): Progress;
	save(progress: Progress): void;
	clear(): void;
	/** Whether saved progress will survive a reload. */
	readonly persistent: boolean;
}

/**
 * Creates the store. `getStorage` may return null or throw (Safari private mode,
 * disabled cookies, sandboxed iframes all make `window.localStorage` throw); any failure
 * switches the store to memory for the rest of the page's life.
 */
export function createProgressStore(getStorage: () => StorageLike | null, key: string = PROGRESS_KEY): ProgressStore {
	let storage: StorageLike | null = null;
	try {
		storage = getStorage();
	} catch {
		storage = null;
	}
	let memory: Progress = createEmptyProgress();
	const fail = () => {
		storage = null;
	};
	// Probe a write now (on our own key, writing back what is there), so a full or
	// read-only storage (old Safari private mode had a quota of 0) is reported before the
	// learner starts, not after their first score.
	if (storage) {
		try {
			const current = storage.getItem(key);
			if (current === null) {
				storage.setItem(key, JSON.stringify(createEmptyProgress()));
				storage.removeItem(key);
			} else {
				storage.setItem(key, current);
			}
		} catch {
			fail();
		}
	}

	return {
		get persistent() {
			return storage !== null;
		},
		load() {
			if (storage) {
				try {
					memory = parseProgress(storage.getItem(key));
				} catch {
					fail();
				}
			}
			return memory;
		},
		save(progress) {
			memory = progress;
			if (!storage) return;
			try {
				storage.setItem(key, JSON.stringify(progress));
			} catch {
				// QuotaExceededError or a storage that throws on write: keep going in memory.
				fail();
			}
		},
		clear() {
			memory = createEmptyProgress();
			if (!storage) return;
			try {
				storage.removeItem(key);
			} catch {
				fail();
			}
		},
	};
}
