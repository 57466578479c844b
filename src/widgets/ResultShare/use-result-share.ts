/** Builds the learner's result summary from this browser's progress, and copies it. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { countLabTasks, findSectionBest } from '../../onboarding/progress-view';
import { createSummary, encodeResultFragment, type ResultRow } from '../../onboarding/result';
import type { Progress } from '../../quiz/progress';
import { createProgressStore } from '../../quiz/progress-store';

/** A row the page offers: which section, its title and checked version. */
export interface ShareRow {
	section: string;
	title: string;
	k8s: string | null;
	/** Task ids of the section's kubectl lab (from content/labs), when it has one. */
	labTasks?: string[] | undefined;
}

/** Summary state (null until hydrated) and copy actions. */
export function useResultShare(rows: readonly ShareRow[], site: string, resultPage: string) {
	const [progress, setProgress] = useState<Progress | null>(null);
	const [learner, setLearner] = useState('');
	const [copied, setCopied] = useState<{ what: string; ok: boolean } | null>(null);

	useEffect(() => {
		const store = createProgressStore(() => window.localStorage);
		setProgress(store.load());
		const onStorage = () => setProgress(store.load());
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, []);

	const summary = useMemo(() => {
		if (!progress) return null;
		const resultRows: ResultRow[] = rows.map((row) => {
			const best = findSectionBest(progress, row.section);
			return {
				section: row.section,
				title: row.title,
				percent: best?.percent ?? null,
				passed: best?.passed ?? false,
				date: best ? best.at.slice(0, 10) : null,
				locale: best?.locale ?? null,
				k8s: row.k8s,
				...(row.labTasks ? { lab: countLabTasks(progress, row.section, row.labTasks) } : {}),
			};
		});
		return createSummary({ learner, site, made: new Date().toISOString().slice(0, 10), rows: resultRows });
	}, [progress, learner, rows, site]);

	const link = summary ? `${resultPage}#${encodeResultFragment(summary)}` : '';
	const copy = async (what: string, text: string) => {
		try {
			await navigator.clipboard.writeText(text);
			setCopied({ what, ok: true });
		} catch {
			setCopied({ what, ok: false });
		}
	};
	return { summary, link, learner, setLearner: (v: string) => (setCopied(null), setLearner(v)), copied, copy };
}
