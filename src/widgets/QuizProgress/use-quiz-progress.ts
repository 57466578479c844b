/**
 * Reads this browser's quiz progress for the progress page, clears it on request (saying
 * whether that worked), and exposes progress that could not be read, kept aside by the
 * store, for download.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Progress } from '../../quiz/progress';
import { mergeProgress } from '../../quiz/progress-file';
import { createProgressStore, PROGRESS_KEY, type ProgressStore } from '../../quiz/progress-store';

/**
 * Tells the page's other islands (the result summary) that progress changed: they listen
 * for `storage` events, which the browser sends only to other tabs.
 */
function announceChange() {
	try {
		window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
	} catch {
		// Nothing listens in a browser without StorageEvent; the page still shows the change.
	}
}

/** Progress state (null until hydrated, since only the browser knows it), reset and backup. */
export function useQuizProgress() {
	const store = useRef<ProgressStore | null>(null);
	const [progress, setProgress] = useState<Progress | null>(null);
	const [persistent, setPersistent] = useState(true);
	const [backup, setBackup] = useState<string | null>(null);

	useEffect(() => {
		const s = createProgressStore(() => window.localStorage);
		store.current = s;
		setProgress(s.load());
		setPersistent(s.persistent);
		setBackup(s.backup());
		// Another tab finishing a quiz updates this list too.
		const onStorage = () => {
			setProgress(s.load());
			setBackup(s.backup());
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, []);

	/** Clears stored progress; true when it is really gone. */
	const reset = (): boolean => {
		const s = store.current;
		if (!s) return false;
		const cleared = s.clear();
		setProgress(s.load());
		setPersistent(s.persistent);
		announceChange();
		return cleared;
	};

	/**
	 * Merges imported progress into what is stored (read afresh, so nothing another tab
	 * saved meanwhile is lost) and saves it; `saved` is false when it lives in memory only.
	 */
	const importProgress = (incoming: Progress): { saved: boolean } => {
		const s = store.current;
		if (!s) return { saved: false };
		s.save(mergeProgress(s.load(), incoming));
		setProgress(s.load());
		setPersistent(s.persistent);
		announceChange();
		return { saved: s.persistent };
	};

	/** The stored progress as it is now (for the export file). */
	const read = (): Progress | null => store.current?.load() ?? null;

	/** Deletes the kept copy of unreadable progress; true when it is gone. */
	const discardBackup = (): boolean => {
		const s = store.current;
		if (!s) return false;
		const gone = s.discardBackup();
		setBackup(s.backup());
		return gone;
	};

	return { progress, persistent, reset, backup, discardBackup, importProgress, read };
}
