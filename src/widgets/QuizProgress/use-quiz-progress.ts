/** Reads this browser's quiz progress for the progress page and clears it on request. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Progress } from '../../quiz/progress';
import { createProgressStore, type ProgressStore } from '../../quiz/progress-store';

/** Progress state (null until hydrated, since only the browser knows it) and a reset. */
export function useQuizProgress() {
	const store = useRef<ProgressStore | null>(null);
	const [progress, setProgress] = useState<Progress | null>(null);
	const [persistent, setPersistent] = useState(true);

	useEffect(() => {
		const s = createProgressStore(() => window.localStorage);
		store.current = s;
		setProgress(s.load());
		setPersistent(s.persistent);
		// Another tab finishing a quiz updates this list too.
		const onStorage = () => setProgress(s.load());
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, []);

	const reset = () => {
		const s = store.current;
		if (!s) return;
		s.clear();
		setProgress(s.load());
		setPersistent(s.persistent);
	};

	return { progress, persistent, reset };
}
