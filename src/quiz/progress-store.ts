/**
 * Progress persistence behind a small interface: one localStorage key for the whole site,
 * and an in-memory fallback whenever storage is missing, blocked, full or broken, so a
 * quiz always works and can tell the learner whether their progress is kept. Stored text
 * this code cannot read is copied to a backup key before anything writes, and never
 * written over while it cannot be kept.
 */
import { createEmptyProgress, parseProgress, type Progress } from './progress';

/** The one localStorage key the site uses for progress. */
export const PROGRESS_KEY = 'k8s-basics:progress';

/** Where stored progress that could not be read is kept, raw, for the learner to download. */
export const BACKUP_KEY = 'k8s-basics:progress:unreadable';

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
	/** Removes stored progress; true only when it is really gone (read back afterwards). */
	clear(): boolean;
	/** Whether saved progress will survive a reload. */
	readonly persistent: boolean;
	/** The raw text of progress that could not be read (kept under BACKUP_KEY), or null. */
	backup(): string | null;
	/** Deletes the backup (after the learner downloaded it); true when it is gone. */
	discardBackup(): boolean;
}

/**
 * Creates the store. `getStorage` may return null or throw (Safari private mode,
 * disabled cookies, sandboxed iframes all make `window.localStorage` throw); any failure
 * switches the store to memory for the rest of the page's life.
 */
export function createProgressStore(getStorage: () => StorageLike | null, key: string = PROGRESS_KEY, backupKey: string = BACKUP_KEY): ProgressStore {
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

	/**
	 * Reads the stored progress; unreadable text is copied to the backup key first. When
	 * that copy cannot be made (another, different backup is there, or the write fails),
	 * the store stops writing so the unreadable text stays where it is.
	 */
	const read = (): Progress => {
		if (!storage) return memory;
		try {
			const raw = storage.getItem(key);
			const parsed = parseProgress(raw);
			if (parsed.status === 'unreadable' && raw !== null) {
				const kept = storage.getItem(backupKey);
				if (kept === null) storage.setItem(backupKey, raw);
				if (storage.getItem(backupKey) !== raw) {
					fail();
					return memory;
				}
			}
			memory = parsed.progress;
		} catch {
			fail();
		}
		return memory;
	};
	let checked = false;

	return {
		get persistent() {
			return storage !== null;
		},
		load() {
			checked = true;
			return read();
		},
		save(progress) {
			// Nothing may write before the stored text was read (and backed up if unreadable).
			if (!checked) this.load();
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
			if (!storage) {
				memory = createEmptyProgress();
				// Without storage there is nothing stored to remove; memory is all there is.
				return true;
			}
			try {
				storage.removeItem(key);
				if (storage.getItem(key) !== null) return false;
			} catch {
				return false;
			}
			memory = createEmptyProgress();
			return true;
		},
		backup() {
			if (!storage) return null;
			try {
				return storage.getItem(backupKey);
			} catch {
				return null;
			}
		},
		discardBackup() {
			if (!storage) return false;
			try {
				storage.removeItem(backupKey);
				return storage.getItem(backupKey) === null;
			} catch {
				return false;
			}
		},
	};
}
