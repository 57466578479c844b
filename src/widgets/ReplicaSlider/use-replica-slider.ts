/**
 * UI state of the ReplicaSlider: the cluster (built and changed only by the engine, model.ts,
 * loaded when the learner reaches for the widget), auto-ticking (one control-loop round per
 * interval, or one at a time while paused), the live region, the page URL, and keyboard focus
 * that sat on a Pod that is gone. Until the engine has loaded the island draws the build-time
 * first frame; its clock still runs (the settled cluster only ages), and the engine's first
 * state includes the rounds it counted.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReplicaSliderStrings } from '../../i18n/replica-slider';
import { printAgedTable } from '../../sim/index';
import { advanceFrame } from '../shared/advance-frame';
import { createEngineLoader } from '../shared/engine';
import { useEngine } from '../shared/use-engine';
import { useUrlState } from '../shared/use-url-state';
import { REPLICA_RANGE, URL_PREFIX, readUrlState, writeUrlState, type ReplicaFrame } from './frame';
import type * as Model from './model';

/** Real milliseconds between ticks while playing. */
const TICK_INTERVAL_MS = 1000;

/** User Timing name of the engine's download and evaluation (read by the end-to-end test). */
export const ENGINE_MEASURE = 'replica-slider:engine';

const engine = createEngineLoader<typeof Model>(ENGINE_MEASURE, () => import('./model'));

/** State and actions of the ReplicaSlider island; `first` is the build-time first frame. */
export function useReplicaSlider(t: ReplicaSliderStrings, first: ReplicaFrame) {
	// Control-loop rounds the clock ran before the engine loaded; the engine's first state replays them.
	const idleRef = useRef(0);
	const [idle, setIdle] = useState(0);
	const s = useEngine(engine, (m) => m.createInitialState(idleRef.current));
	const liveRef = useRef(false);
	liveRef.current = s.live !== null;
	const [playing, setPlaying] = useState(true);
	const [hydrated, setHydrated] = useState(false);
	const podsArea = useRef<HTMLDivElement>(null);
	const focusedPod = useRef<string | null>(null);
	const dispatch = (action: Model.ReplicaAction) => s.update((m, c) => m.reduceReplicas(c, action));

	const frame = useMemo(() => (s.live && s.engine ? s.engine.frameOf(t, s.live) : advanceFrame(first, idle)), [s.live, s.engine, idle, first, t]);

	// A link's replica count replaces the first frame's, settled, before `hydrated` is set.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(state) => {
			const replicas = state.replicas;
			if (replicas !== undefined) s.update((m) => m.createReplicaSetDemo({ replicas }));
		},
		writeUrlState(frame.replicas),
	);
	useEffect(() => setHydrated(true), []);

	// Read the counts out when they change (not on every tick, not on the first render).
	const [announcement, setAnnouncement] = useState('');
	const lastStatus = useRef(frame.status);
	useEffect(() => {
		if (frame.status === lastStatus.current) return;
		lastStatus.current = frame.status;
		setAnnouncement(frame.status);
	}, [frame.status]);

	useEffect(() => {
		if (!hydrated || !playing) return;
		const timer = setInterval(() => {
			// The first frame is settled: a round only ages it, so the clock need not load the engine.
			if (liveRef.current) dispatch({ type: 'tick' });
			else setIdle((idleRef.current += 1));
		}, TICK_INTERVAL_MS);
		return () => clearInterval(timer);
		// `dispatch` is a new function each render but only forwards to the engine's update.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [hydrated, playing]);

	// A deleted Pod's chip (and its focused button) disappears on a later tick; keep the
	// keyboard user in the Pods area rather than back at the top of the page.
	useEffect(() => {
		const name = focusedPod.current;
		if (name === null) return;
		const lanes = [frame.lanes.unscheduled, ...frame.lanes.nodes.map((n) => n.pods)];
		if (lanes.some((pods) => pods.some((p) => p.name === name))) return;
		focusedPod.current = null;
		const active = document.activeElement;
		if (active === null || active === document.body) podsArea.current?.focus({ preventScroll: true });
	}, [frame]);

	return {
		t,
		hydrated,
		/** Whether the engine's state is live (before: the build-time first frame, aged by the clock). */
		live: s.live !== null,
		failure: s.failure,
		prepare: s.prepare,
		playing,
		frame,
		rsOutput: printAgedTable(frame.rsTable, frame.time),
		podsOutput: printAgedTable(frame.podsTable, frame.time),
		announcement,
		urlNotes,
		podsArea,
		range: REPLICA_RANGE,
		scaleTo: (replicas: number) => dispatch({ type: 'scale', replicas }),
		togglePlaying: () => setPlaying((p) => !p),
		stepOnce: () => dispatch({ type: 'tick' }),
		deletePod: (name: string) => dispatch({ type: 'deletePod', name }),
		notePodFocus: (name: string | null) => {
			focusedPod.current = name;
		},
	};
}
