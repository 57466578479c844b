/**
 * Keeps one widget's settings in the page URL: on hydration reads its parameters once
 * (the server render cannot know the query, so the island applies them here), then
 * writes them back with `history.replaceState` whenever they change, so the address bar
 * always links to the current setup without a reload or a history entry per change.
 */
import { useEffect, useState } from 'preact/hooks';
import { mergeQuery, type UrlNote, type UrlParamSource, type UrlRead } from './url-state';

/**
 * Reads the URL on mount and hands the decoded settings to `apply`; afterwards mirrors
 * `params` (the model's writeUrlState of the current state) into the query. Returns the
 * notes of values that were clamped or ignored, for the widget to show.
 */
export function useUrlState<S>(
	prefix: string,
	read: (params: UrlParamSource) => UrlRead<S>,
	apply: (state: S) => void,
	params: Readonly<Record<string, string>>,
): readonly UrlNote[] {
	const [notes, setNotes] = useState<readonly UrlNote[]>([]);
	const [ready, setReady] = useState(false);

	useEffect(() => {
		const decoded = read(new URLSearchParams(window.location.search));
		if (decoded.notes.length > 0) setNotes(decoded.notes);
		apply(decoded.state);
		setReady(true);
		// Once, on hydration: the URL is read when the island starts, never again.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	const key = JSON.stringify(params);
	useEffect(() => {
		// Nothing is written before the URL was read and applied, or its values would be lost.
		if (!ready) return;
		const search = mergeQuery(window.location.search, prefix, params);
		if (search === window.location.search) return;
		window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
		// `key` stands for `params` by value (a new object each render); `prefix` is fixed per widget.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [key, ready]);

	return notes;
}
