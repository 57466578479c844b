/** The assignment page's browser state: the link it was opened with, local progress, the builder. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { decodeAssignment, encodeAssignment, summarizeAssignment, type Assignment, type AssignmentProblem, type BestLookup } from '../../onboarding/assignment';
import { findSectionBest } from '../../onboarding/progress-view';
import type { Progress } from '../../quiz/progress';
import { createProgressStore } from '../../quiz/progress-store';

/** The best score of a section in either language (one learner, one progress). */
const lookupIn =
	(progress: Progress): BestLookup =>
	(section) =>
		findSectionBest(progress, section);

/** State of the page once hydrated (null before: only the browser knows the link and progress). */
export function useAssignment(known: readonly string[], pageUrl: () => string) {
	const [opened, setOpened] = useState<{ assignment: Assignment; problems: AssignmentProblem[]; hasQuery: boolean } | null>(null);
	const [progress, setProgress] = useState<Progress | null>(null);
	const [draft, setDraft] = useState<Assignment>({ sections: [], exam: false, title: '', due: '' });
	const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

	useEffect(() => {
		const search = window.location.search;
		setOpened({ ...decodeAssignment(search, known), hasQuery: search.length > 1 });
		const store = createProgressStore(() => window.localStorage);
		setProgress(store.load());
		const onStorage = () => setProgress(store.load());
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
		// Once, at hydration: the link is read once and `known` is the page's fixed section list.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	const summary = useMemo(() => (opened && progress ? summarizeAssignment(opened.assignment, lookupIn(progress)) : null), [opened, progress]);
	const link =
		draft.sections.length || draft.exam ? `${pageUrl()}?${encodeAssignment({ ...draft, sections: known.filter((s) => draft.sections.includes(s)) })}` : '';

	const toggleSection = (slug: string) => {
		setCopyState('idle');
		setDraft((d) => ({ ...d, sections: d.sections.includes(slug) ? d.sections.filter((s) => s !== slug) : [...d.sections, slug] }));
	};
	const update = (patch: Partial<Assignment>) => {
		setCopyState('idle');
		setDraft((d) => ({ ...d, ...patch }));
	};
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(link);
			setCopyState('copied');
		} catch {
			setCopyState('failed');
		}
	};
	return { opened, summary, draft, link, copyState, toggleSection, update, copy };
}
