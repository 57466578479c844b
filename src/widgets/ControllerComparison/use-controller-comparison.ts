/**
 * UI state of the controller comparison: the model's state (cluster, selected kind,
 * announcement), built and changed only by the engine (model.ts, loaded when the learner
 * reaches for the widget), the play clock that ticks while the widget is on screen, and the
 * page URL. Until the engine has loaded the island draws the build-time first frame; its clock
 * still runs (the settled cluster only ages), and the engine's first state includes the rounds
 * it counted.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ControllerComparisonStrings } from '../../i18n/controller-comparison';
import { advanceFrame } from '../shared/advance-frame';
import { createEngineLoader } from '../shared/engine';
import { useEngine } from '../shared/use-engine';
import { useUrlState } from '../shared/use-url-state';
import { URL_PREFIX, kindName, readUrlState, writeUrlParams, type ComparisonFrame, type ComparisonKind } from './frame';
import type * as Model from './model';

/** Real milliseconds per simulated tick while playing. */
export const TICK_MS = 1000;

/** User Timing name of the engine's download and evaluation (read by the end-to-end test). */
export const ENGINE_MEASURE = 'controller-comparison:engine';

const engine = createEngineLoader<typeof Model>(ENGINE_MEASURE, () => import('./model'));

/** State and actions of the comparison widget; `t` is the page locale's strings table, `first` the build-time first frame. */
export function useControllerComparison(t: ControllerComparisonStrings, first: ComparisonFrame) {
	// Control-loop rounds the clock ran before the engine loaded; the engine's first state replays them.
	const idleRef = useRef(0);
	const [idle, setIdle] = useState(0);
	const s = useEngine(engine, (m) => m.createInitialState(idleRef.current));
	const liveRef = useRef(false);
	liveRef.current = s.live !== null;
	const [playing, setPlaying] = useState(true);
	const dispatch = (action: Model.ComparisonAction) => s.update((m, state) => m.reduceComparison(t, state, action));
	const tick = () => dispatch({ type: 'tick' });

	const frame = useMemo(() => (s.live && s.engine ? s.engine.frameOf(s.live) : advanceFrame(first, idle)), [s.live, s.engine, idle, first]);

	// A link's tab and setup replace the first frame's once the island runs.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(linked) => {
			const { setup, kind } = linked;
			if (setup) s.update((m, state) => m.createComparisonState(setup, kind ?? state.kind));
			else if (kind) s.update((_m, state) => ({ ...state, kind }));
		},
		writeUrlParams(frame.kind, frame.setup),
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
		const timer = setInterval(() => {
			// The first frame is settled: a round only ages it, so the clock need not load the engine.
			if (liveRef.current) tick();
			else setIdle((idleRef.current += 1));
		}, TICK_MS);
		return () => clearInterval(timer);
		// `tick` is a new function each render but only forwards to the engine's update; re-arming
		// the interval on every render would restart it after each tick.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [playing, onScreen]);

	return {
		rootRef,
		t,
		frame,
		kind: frame.kind,
		playing,
		announcement: frame.announcement,
		urlNotes,
		/** Whether the engine's state is live (before: the build-time first frame, aged by the clock). */
		live: s.live !== null,
		failure: s.failure,
		prepare: s.prepare,
		kindName: (k: ComparisonKind) => kindName(t, k),
		selectKind: (kind: ComparisonKind) => dispatch({ type: 'selectKind', kind }),
		scaleBy: (delta: number) => dispatch({ type: 'scaleBy', delta }),
		setToleration: (on: boolean) => dispatch({ type: 'setToleration', on }),
		addWorker: () => dispatch({ type: 'addWorker' }),
		removeWorker: () => dispatch({ type: 'removeWorker' }),
		deletePod: (name: string) => dispatch({ type: 'deletePod', name }),
		togglePlaying() {
			setPlaying((p) => !p);
			const said = playing ? t.announcePaused : t.announcePlaying;
			s.update((_m, state) => ({ ...state, announcement: said }));
		},
		stepOnce: tick,
	};
}

/** Everything the widget's parts read. */
export type ComparisonState = ReturnType<typeof useControllerComparison>;
