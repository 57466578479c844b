/**
 * UI state of the controller comparison: the model's state (cluster, selected kind,
 * announcement) changed only through its reducer, the play clock that ticks while the widget
 * is on screen, and the page URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ControllerComparisonStrings } from '../../i18n/controller-comparison';
import { useUrlState } from '../shared/use-url-state';
import {
	URL_PREFIX,
	createComparisonState,
	kindName,
	readUrlState,
	reduceComparison,
	writeUrlState,
	type ComparisonAction,
	type ComparisonKind,
	type ComparisonState as ModelState,
} from './model';

/** Real milliseconds per simulated tick while playing. */
export const TICK_MS = 1000;

/** State and actions of the comparison widget; `t` is the page locale's strings table. */
export function useControllerComparison(t: ControllerComparisonStrings) {
	const [state, setState] = useState<ModelState>(() => createComparisonState());
	const [playing, setPlaying] = useState(true);
	const dispatch = (action: ComparisonAction) => setState((s) => reduceComparison(t, s, action));
	const tick = () => dispatch({ type: 'tick' });

	// A link's tab and setup replace the first frame's once the island runs.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(linked) => {
			if (linked.setup) setState((s) => createComparisonState(linked.setup, linked.kind ?? s.kind));
			else if (linked.kind) setState((s) => ({ ...s, kind: linked.kind! }));
		},
		writeUrlState(state),
	);

	// Tick only while the widget is on screen: nobody watches an off-screen cluster, and a
	// page that is read elsewhere should not spend its CPU on it.
	const rootRef = useRef<HTMLDivElement>(null);
	const [onScreen, setOnScreen] = useState(false);
	useEffect(() => {
		const root = rootRef.current;
		if (!root || typeof IntersectionObserver === 'undefined') {
			setOnScreen(true);
			return undefined;
		}
		const observer = new IntersectionObserver((entries) => setOnScreen(entries.some((e) => e.isIntersecting)));
		observer.observe(root);
		return () => observer.disconnect();
	}, []);

	useEffect(() => {
		if (!playing || !onScreen) return undefined;
		const timer = setInterval(tick, TICK_MS);
		return () => clearInterval(timer);
		// `tick` is a new function each render but reads the cluster through a ref; re-arming the
		// interval on every render would restart it after each tick.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [playing, onScreen]);

	return {
		rootRef,
		t,
		cluster: state.cluster,
		kind: state.kind,
		playing,
		announcement: state.announcement,
		urlNotes,
		kindName: (k: ComparisonKind) => kindName(t, k),
		selectKind: (kind: ComparisonKind) => dispatch({ type: 'selectKind', kind }),
		scaleBy: (delta: number) => dispatch({ type: 'scaleBy', delta }),
		setToleration: (on: boolean) => dispatch({ type: 'setToleration', on }),
		addWorker: () => dispatch({ type: 'addWorker' }),
		removeWorker: () => dispatch({ type: 'removeWorker' }),
		deletePod: (name: string) => dispatch({ type: 'deletePod', name }),
		togglePlaying() {
			setPlaying((p) => !p);
			setState((s) => ({ ...s, announcement: playing ? t.announcePaused : t.announcePlaying }));
		},
		stepOnce: tick,
	};
}

/** Everything the widget's parts read. */
export type ComparisonState = ReturnType<typeof useControllerComparison>;
