/**
 * Adapts the comparison cluster to UI state: holds the Cluster and the selected kind,
 * dispatches commands through the sim's reducer, ticks on a timer while playing, and
 * composes the live-region sentence from what the model says changed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ControllerComparisonStrings } from '../../i18n/controller-comparison';
import { fill } from '../shared/fill';
import {
	buildAddWorkerAction,
	buildRemoveWorkerAction,
	buildScaleAction,
	buildTolerationAction,
	countReadyPods,
	createComparisonCluster,
	describeWorkloadChange,
	getDesiredCount,
	hasControlPlaneToleration,
	step,
	type Cluster,
	type ClusterAction,
	type ComparisonKind,
} from '../../sim/index';

/** Real milliseconds per simulated tick while playing. */
export const TICK_MS = 1000;

/** The cluster every visitor starts from (deterministic, so server and browser agree). */
const INITIAL_CLUSTER = createComparisonCluster();

/** State and actions of the comparison widget; `t` is the page locale's strings table. */
export function useControllerComparison(t: ControllerComparisonStrings) {
	const [cluster, setCluster] = useState<Cluster>(INITIAL_CLUSTER);
	const [kind, setKind] = useState<ComparisonKind>('ReplicaSet');
	const [playing, setPlaying] = useState(true);
	const [announcement, setAnnouncement] = useState('');
	// Timer callbacks and handlers read the latest values through refs, not stale closures.
	const current = useRef({ cluster, kind });
	current.current = { cluster, kind };

	const kindName = (k: ComparisonKind): string => t[`kind${k}`];

	const describeChange = (before: Cluster, after: Cluster, k: ComparisonKind): string => {
		const change = describeWorkloadChange(before, after, k);
		const parts = [
			change.created.length ? fill(t.changeCreated, { names: change.created.join(', ') }) : '',
			change.terminating.length ? fill(t.changeTerminating, { names: change.terminating.join(', ') }) : '',
			change.removed.length ? fill(t.changeRemoved, { names: change.removed.join(', ') }) : '',
			change.running.length ? fill(t.changeRunning, { names: change.running.join(', ') }) : '',
		].filter(Boolean);
		if (parts.length === 0) return '';
		const { ready, desired } = countReadyPods(after, k);
		return `${parts.join(' ')} ${fill(t.ready, { ready, desired })}.`;
	};

	const commit = (next: Cluster, lead = '') => {
		const { cluster: before, kind: k } = current.current;
		current.current = { cluster: next, kind: k };
		setCluster(next);
		const message = [lead, describeChange(before, next, k)].filter(Boolean).join(' ');
		if (message) setAnnouncement(message);
	};

	const dispatch = (action: ClusterAction | undefined, lead: string) => {
		if (!action) return;
		commit(step(current.current.cluster, action), lead);
	};

	const tick = () => commit(step(current.current.cluster, { type: 'tick' }));

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
		cluster,
		kind,
		playing,
		announcement,
		kindName,
		selectKind(k: ComparisonKind) {
			if (k === current.current.kind) return;
			current.current = { ...current.current, kind: k };
			setKind(k);
			const { ready, desired } = countReadyPods(current.current.cluster, k);
			setAnnouncement(fill(t.announceKind, { kind: kindName(k), ready, desired }));
		},
		scaleBy(delta: number) {
			const k = current.current.kind;
			if (k === 'DaemonSet') return;
			const action = buildScaleAction(k, getDesiredCount(current.current.cluster, k) + delta);
			if (action.type === 'scale' && action.replicas !== getDesiredCount(current.current.cluster, k)) dispatch(action, fill(t.announceScaled, { n: action.replicas }));
		},
		setToleration(on: boolean) {
			if (on !== hasControlPlaneToleration(current.current.cluster)) dispatch(buildTolerationAction(on), on ? t.announceTolerationOn : t.announceTolerationOff);
		},
		addWorker() {
			const action = buildAddWorkerAction(current.current.cluster);
			if (action?.type === 'addNode') dispatch(action, fill(t.announceNodeAdded, { name: action.node.name }));
		},
		removeWorker() {
			const action = buildRemoveWorkerAction(current.current.cluster);
			if (action?.type === 'removeNode') dispatch(action, fill(t.announceNodeRemoved, { name: action.name }));
		},
		deletePod(name: string) {
			dispatch({ type: 'deletePod', name }, fill(t.announceDeleted, { name }));
		},
		togglePlaying() {
			setPlaying((p) => !p);
			setAnnouncement(playing ? t.announcePaused : t.announcePlaying);
		},
		stepOnce: tick,
	};
}

/** Everything the widget's parts read. */
export type ComparisonState = ReturnType<typeof useControllerComparison>;
