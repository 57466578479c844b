/**
 * UI state of the ReplicaSlider: the cluster (changed only through the model's reducer),
 * auto-ticking (one control-loop round per interval, or one at a time while paused), the
 * live region, the page URL, and keyboard focus that sat on a Pod that is gone.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReplicaSliderStrings } from '../../i18n/replica-slider';
import { countReplicas, formatKubectlGet, formatReplicaSetYaml, getPodsTable, getReplicaSetsTable, groupPodsByNode, type Cluster } from '../../sim/index';
import { useUrlState } from '../shared/use-url-state';
import {
	REPLICASET_NAME,
	REPLICA_RANGE,
	URL_PREFIX,
	createReplicaSetDemo,
	describeCounts,
	markedLines,
	readUrlState,
	reduceReplicas,
	writeUrlState,
	type ReplicaAction,
} from './model';

/** Real milliseconds between ticks while playing. */
const TICK_INTERVAL_MS = 1000;

/** State and actions of the ReplicaSlider island. */
export function useReplicaSlider(t: ReplicaSliderStrings) {
	const [cluster, setCluster] = useState<Cluster>(() => createReplicaSetDemo());
	const [playing, setPlaying] = useState(true);
	const [hydrated, setHydrated] = useState(false);
	const podsArea = useRef<HTMLDivElement>(null);
	const focusedPod = useRef<string | null>(null);
	const dispatch = (action: ReplicaAction) => setCluster((c) => reduceReplicas(c, action));

	const rs = cluster.replicaSets.find((r) => r.name === REPLICASET_NAME)!;
	const counts = countReplicas(cluster, REPLICASET_NAME)!;
	const placement = useMemo(() => groupPodsByNode(cluster, REPLICASET_NAME), [cluster]);
	const yaml = useMemo(() => formatReplicaSetYaml(rs), [rs]);
	const rsOutput = formatKubectlGet(getReplicaSetsTable(cluster));
	const podsOutput = formatKubectlGet(getPodsTable(cluster));
	const status = describeCounts(t, counts);

	// A link's replica count replaces the first frame's, settled, before `hydrated` is set.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(state) => {
			if (state.replicas !== undefined) setCluster(createReplicaSetDemo({ replicas: state.replicas }));
		},
		writeUrlState(rs.spec.replicas),
	);
	useEffect(() => setHydrated(true), []);

	// Read the counts out when they change (not on every tick, not on the first render).
	const [announcement, setAnnouncement] = useState('');
	const lastStatus = useRef(status);
	useEffect(() => {
		if (status === lastStatus.current) return;
		lastStatus.current = status;
		setAnnouncement(status);
	}, [status]);

	useEffect(() => {
		if (!hydrated || !playing) return;
		const timer = setInterval(() => dispatch({ type: 'tick' }), TICK_INTERVAL_MS);
		return () => clearInterval(timer);
	}, [hydrated, playing]);

	// A deleted Pod's chip (and its focused button) disappears on a later tick; keep the
	// keyboard user in the Pods area rather than back at the top of the page.
	useEffect(() => {
		const name = focusedPod.current;
		if (name === null || cluster.pods.some((p) => p.name === name)) return;
		focusedPod.current = null;
		const active = document.activeElement;
		if (active === null || active === document.body) podsArea.current?.focus({ preventScroll: true });
	}, [cluster]);

	return {
		t,
		hydrated,
		playing,
		counts,
		placement,
		yaml: yaml.text,
		marked: markedLines(yaml.fields),
		rsOutput,
		podsOutput,
		announcement,
		urlNotes,
		podsArea,
		replicas: rs.spec.replicas,
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
