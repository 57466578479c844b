/**
 * Reads this browser's quiz progress for the progress page, clears it on request (saying
 * whether that worked), and exposes progress that could not be read, kept aside by the
 * store, for download.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Progress } from '../../quiz/progress';
import { createProgressStore, type ProgressStore } from '../../quiz/progress-store';

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
		return cleared;
	};

	/** Deletes the kept copy of unreadable progress; true when it is gone. */
	const discardBackup = (): boolean => {
		const s = store.current;
		if (!s) return false;
		const gone = s.discardBackup();
		setBackup(s.backup());
		return gone;
	};

	return { progress, persistent, reset, backup, discardBackup };
}
