/**
 * Adapts the ReplicaSet scenario of src/sim to UI state: the cluster, auto-ticking (one
 * control-loop round per interval, or one at a time while paused), `kubectl scale` from
 * the slider and buttons, `kubectl delete pod` from each Pod chip, and the counts for the
 * live region. Keyboard focus that sat on a Pod that is gone moves to the Pods area.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index';
import { strings } from '../../i18n/replica-slider';
import {
	DEMO_REPLICASET_NAME,
	DEMO_REPLICA_RANGE,
	countReplicas,
	createReplicaSetDemo,
	formatKubectlGet,
	formatReplicaSetYaml,
	getPodsTable,
	getReplicaSetsTable,
	groupPodsByNode,
	step,
	type Cluster,
} from '../../sim/index';

/** Seed of the scenario: the server render and the first client render build the same cluster. */
const SEED = 3;

/** Real milliseconds between ticks while playing. */
const TICK_INTERVAL_MS = 1000;

/** State and actions of the ReplicaSlider island. */
export function useReplicaSlider(locale: Locale) {
	const t = strings[locale];
	const [cluster, setCluster] = useState<Cluster>(() => createReplicaSetDemo({ seed: SEED }));
	const [playing, setPlaying] = useState(true);
	const [hydrated, setHydrated] = useState(false);
	const podsArea = useRef<HTMLDivElement>(null);
	const focusedPod = useRef<string | null>(null);

	const rs = cluster.replicaSets.find((r) => r.name === DEMO_REPLICASET_NAME)!;
	const counts = countReplicas(cluster, DEMO_REPLICASET_NAME)!;
	const placement = useMemo(() => groupPodsByNode(cluster, DEMO_REPLICASET_NAME), [cluster]);
	const yaml = useMemo(() => formatReplicaSetYaml(rs), [rs]);
	const rsOutput = formatKubectlGet(getReplicaSetsTable(cluster));
	const podsOutput = formatKubectlGet(getPodsTable(cluster));
	const status = [
		t.counts(counts.desired, counts.current, counts.ready),
		counts.terminating > 0 ? t.terminating(counts.terminating) : '',
		counts.settled ? t.settled : t.reconciling,
	]
		.filter(Boolean)
		.join(' ');

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
		const timer = setInterval(() => setCluster((c) => step(c, { type: 'tick' })), TICK_INTERVAL_MS);
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

	const scaleTo = (replicas: number) => {
		const next = Math.min(DEMO_REPLICA_RANGE.max, Math.max(DEMO_REPLICA_RANGE.min, Math.round(replicas)));
		setCluster((c) => step(c, { type: 'scale', kind: 'ReplicaSet', name: DEMO_REPLICASET_NAME, replicas: next }));
	};

	return {
		t,
		hydrated,
		playing,
		counts,
		placement,
		yaml,
		rsOutput,
		podsOutput,
		announcement,
		podsArea,
		replicas: rs.spec.replicas,
		range: DEMO_REPLICA_RANGE,
		scaleTo,
		togglePlaying: () => setPlaying((p) => !p),
		stepOnce: () => setCluster((c) => step(c, { type: 'tick' })),
		deletePod: (name: string) => setCluster((c) => step(c, { type: 'deletePod', name })),
		notePodFocus: (name: string | null) => {
			focusedPod.current = name;
		},
	};
}
