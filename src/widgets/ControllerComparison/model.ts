/**
 * The ControllerComparison scenario, pure: one demo cluster (tainted control plane + workers) running the
 * controllers page's three workloads side by side, the ReplicaSet `frontend`, the
 * StatefulSet `web` (OrderedReady, one PVC per Pod from `www`) and the DaemonSet
 * `fluentd-elasticsearch`, plus the views and commands the widget needs: Pods per node,
 * the `kubectl get pods -l ... -o wide` table, what changed between two clusters, and
 * the actions for scale, toleration, add/remove worker (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/, https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/).
 *
 * Also the reducer over the widget's state (cluster, selected kind, announcement), the
 * sentences built from the page's strings, and `frameOf`, what the island draws. This is the
 * widget's engine, loaded on the learner's first reach; the constants and the URL parameters
 * (`?controllers.kind=StatefulSet`) live in frame.ts, which the island imports without it.
 */
import type { ControllerComparisonStrings } from '../../i18n/controller-comparison';
import {
	CONTROL_PLANE_KEY,
	createDemoCluster,
	findUntoleratedTaint,
	getPodsTable,
	isControlPlaneNode,
	runUntilSettled,
	shouldRunDaemonPod,
	step,
	TICK_SECONDS,
	toAgedTable,
	type Cluster,
	type ClusterAction,
	type DaemonSetManifest,
	type Node,
	type PersistentVolumeClaim,
	type Pod,
	type ReplicaSetManifest,
	type StatefulSetManifest,
	type Table,
	type Toleration,
} from '../../sim/index';
import { fill } from '../shared/fill';
import {
	COMPARISON_INITIAL_REPLICAS,
	COMPARISON_MAX_REPLICAS,
	COMPARISON_MAX_WORKERS,
	COMPARISON_MIN_WORKERS,
	COMPARISON_WORKLOADS,
	FIRST_SETUP,
	kindName,
	writeUrlParams,
	type ComparisonFrame,
	type ComparisonKind,
	type ComparisonSetup,
	type PodChip,
} from './frame';

/** The toleration the page's DaemonSet adds to run on control-plane nodes too (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export const CONTROL_PLANE_TOLERATION: Toleration = { key: CONTROL_PLANE_KEY, operator: 'Exists', effect: 'NoSchedule' };

function labelsOf(kind: ComparisonKind): Record<string, string> {
	const w = COMPARISON_WORKLOADS[kind];
	return { [w.labelKey]: w.labelValue };
}

/** The ReplicaSet `frontend` of the controllers page (nginx:1.14.2, tier=frontend). */
export function buildReplicaSetManifest(replicas = COMPARISON_INITIAL_REPLICAS): ReplicaSetManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: { name: COMPARISON_WORKLOADS.ReplicaSet.name, labels: { app: 'guestbook', ...labelsOf('ReplicaSet') } },
		spec: {
			replicas,
			selector: { matchLabels: labelsOf('ReplicaSet') },
			template: { metadata: { labels: labelsOf('ReplicaSet') }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2' }] } },
		},
	};
}

/** The StatefulSet `web` of the controllers page: OrderedReady, volumeClaimTemplate `www` of 1Gi (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export function buildStatefulSetManifest(replicas = COMPARISON_INITIAL_REPLICAS): StatefulSetManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'StatefulSet',
		metadata: { name: COMPARISON_WORKLOADS.StatefulSet.name },
		spec: {
			serviceName: 'web',
			replicas,
			selector: { matchLabels: labelsOf('StatefulSet') },
			template: {
				metadata: { labels: labelsOf('StatefulSet') },
				spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80, name: 'http' }] }] },
			},
			volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
		},
	};
}

/** The DaemonSet `fluentd-elasticsearch` of the controllers page, with or without the control-plane toleration (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export function buildDaemonSetManifest(tolerateControlPlane: boolean): DaemonSetManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'DaemonSet',
		metadata: { name: COMPARISON_WORKLOADS.DaemonSet.name, labels: { 'k8s-app': 'fluentd-logging' } },
		spec: {
			selector: { matchLabels: labelsOf('DaemonSet') },
			template: {
				metadata: { labels: labelsOf('DaemonSet') },
				spec: {
					...(tolerateControlPlane ? { tolerations: [CONTROL_PLANE_TOLERATION] } : {}),
					containers: [
						{
							name: 'fluentd-elasticsearch',
							image: 'quay.io/fluentd_elasticsearch/fluentd:v2.5.2',
							resources: { limits: { memory: '200Mi' }, requests: { cpu: '100m', memory: '200Mi' } },
						},
					],
					terminationGracePeriodSeconds: 30,
				},
			},
		},
	};
}

/**
 * The comparison's starting cluster: `control-plane` (tainted) and `worker-1..N` with the
 * three workloads applied and settled (by default the page's setup). Deterministic, so the
 * server-rendered first frame equals the one the browser computes.
 */
export function createComparisonCluster(options: { readonly seed?: number; readonly setup?: ComparisonSetup } = {}): Cluster {
	const setup = options.setup ?? FIRST_SETUP;
	let c = createDemoCluster({ seed: options.seed ?? 7 });
	for (let n = 4; n <= setup.workers; n++) c = step(c, { type: 'addNode', node: { name: `worker-${n}` } });
	for (let n = 3; n > setup.workers; n--) c = step(c, { type: 'removeNode', name: `worker-${n}` });
	c = step(c, { type: 'apply', manifest: buildReplicaSetManifest(setup.replicaSetReplicas) });
	c = step(c, { type: 'apply', manifest: buildStatefulSetManifest(setup.statefulSetReplicas) });
	c = step(c, { type: 'apply', manifest: buildDaemonSetManifest(setup.tolerate) });
	const settled = runUntilSettled(c);
	// The commands above leave their kubectl output; a fresh cluster has none.
	const { lastResult: _ignored, ...rest } = settled;
	return rest;
}

function ordinalOf(pod: Pod): number {
	const match = /-([0-9]+)$/.exec(pod.name);
	return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/** The workload's Pods (by owner), StatefulSet Pods by ordinal, the others by name. */
export function getWorkloadPods(cluster: Cluster, kind: ComparisonKind): Pod[] {
	const name = COMPARISON_WORKLOADS[kind].name;
	const pods = cluster.pods.filter((p) => p.owner?.kind === kind && p.owner.name === name);
	return kind === 'StatefulSet'
		? pods.sort((a, b) => ordinalOf(a) - ordinalOf(b) || Number(a.deleting) - Number(b.deleting))
		: pods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Desired Pod count: `replicas` for ReplicaSet and StatefulSet, eligible nodes for the DaemonSet (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export function getDesiredCount(cluster: Cluster, kind: ComparisonKind): number {
	const name = COMPARISON_WORKLOADS[kind].name;
	if (kind === 'ReplicaSet') return cluster.replicaSets.find((r) => r.name === name)?.spec.replicas ?? 0;
	if (kind === 'StatefulSet') return cluster.statefulSets.find((s) => s.name === name)?.spec.replicas ?? 0;
	const ds = cluster.daemonSets.find((d) => d.name === name);
	return ds ? cluster.nodes.filter((n) => shouldRunDaemonPod(ds, n)).length : 0;
}

/** Whether the comparison's DaemonSet tolerates the control-plane taint. */
export function hasControlPlaneToleration(cluster: Cluster): boolean {
	const ds = cluster.daemonSets.find((d) => d.name === COMPARISON_WORKLOADS.DaemonSet.name);
	return (ds?.spec.template.spec.tolerations ?? []).some((t) => t.key === CONTROL_PLANE_KEY && t.effect === 'NoSchedule');
}

/** `kubectl apply` of the DaemonSet with or without the control-plane toleration (a template change, so a rollout, kubernetes/kubernetes pkg/apis/apps/v1/defaults.go). */
export function buildTolerationAction(tolerate: boolean): ClusterAction {
	return { type: 'apply', manifest: buildDaemonSetManifest(tolerate) };
}

/** `kubectl scale` of the ReplicaSet or StatefulSet, clamped to 0..COMPARISON_MAX_REPLICAS. */
export function buildScaleAction(kind: Exclude<ComparisonKind, 'DaemonSet'>, replicas: number): ClusterAction {
	const clamped = Math.min(COMPARISON_MAX_REPLICAS, Math.max(0, Math.round(replicas)));
	return { type: 'scale', kind, name: COMPARISON_WORKLOADS[kind].name, replicas: clamped };
}

function workerNumbers(cluster: Cluster): number[] {
	return cluster.nodes
		.map((n) => /^worker-([0-9]+)$/.exec(n.name))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => Number(m[1]));
}

/** A new worker `worker-<lowest free number>`, or undefined at COMPARISON_MAX_WORKERS. */
export function buildAddWorkerAction(cluster: Cluster): ClusterAction | undefined {
	const numbers = workerNumbers(cluster);
	if (numbers.length >= COMPARISON_MAX_WORKERS) return undefined;
	let n = 1;
	while (numbers.includes(n)) n++;
	return { type: 'addNode', node: { name: `worker-${n}` } };
}

/** Removes the highest-numbered worker, or undefined at COMPARISON_MIN_WORKERS. */
export function buildRemoveWorkerAction(cluster: Cluster): ClusterAction | undefined {
	const numbers = workerNumbers(cluster);
	if (numbers.length <= COMPARISON_MIN_WORKERS) return undefined;
	return { type: 'removeNode', name: `worker-${Math.max(...numbers)}` };
}

/** One node as the comparison draws it, with the workload's Pods on it. */
export interface NodeLane {
	readonly name: string;
	readonly controlPlane: boolean;
	/** Whether the workload may place a Pod here (its taints are tolerated; DaemonSet: nodeSelector too). */
	readonly eligible: boolean;
	readonly pods: readonly Pod[];
}

/** Where the workload's Pods are: one lane per node, and the Pods no node was chosen for yet. */
export interface ComparisonPlacement {
	readonly lanes: readonly NodeLane[];
	readonly unassigned: readonly Pod[];
}

/** Pods of the workload per node (a DaemonSet Pod counts on its target node before binding, https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export function getPlacement(cluster: Cluster, kind: ComparisonKind): ComparisonPlacement {
	const pods = getWorkloadPods(cluster, kind);
	const nodeOf = (p: Pod): string | undefined => p.nodeName ?? p.requiredNodeName;
	const eligible = (node: Node): boolean => {
		if (kind === 'DaemonSet') {
			const ds = cluster.daemonSets.find((d) => d.name === COMPARISON_WORKLOADS.DaemonSet.name);
			return ds !== undefined && shouldRunDaemonPod(ds, node);
		}
		return findUntoleratedTaint(node, []) === undefined;
	};
	const lanes = cluster.nodes.map((node) => ({
		name: node.name,
		controlPlane: isControlPlaneNode(node),
		eligible: eligible(node),
		pods: pods.filter((p) => nodeOf(p) === node.name),
	}));
	return { lanes, unassigned: pods.filter((p) => nodeOf(p) === undefined || !cluster.nodes.some((n) => n.name === nodeOf(p))) };
}

/** PVC names a Pod mounts (StatefulSet Pods: `www-web-1`, https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export function getPodClaimNames(pod: Pod): string[] {
	return (pod.spec.volumes ?? []).map((v) => v.claimName);
}

/** The StatefulSet's PVCs by ordinal; they stay after scale-down and Pod deletion (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export function getWorkloadClaims(cluster: Cluster, kind: ComparisonKind): PersistentVolumeClaim[] {
	if (kind !== 'StatefulSet') return [];
	const w = COMPARISON_WORKLOADS.StatefulSet;
	const pattern = new RegExp(`^[a-z0-9-]+-${w.name}-([0-9]+)$`);
	return cluster.pvcs
		.filter((pvc) => pvc.labels[w.labelKey] === w.labelValue && pattern.test(pvc.name))
		.sort((a, b) => Number(pattern.exec(a.name)?.[1]) - Number(pattern.exec(b.name)?.[1]));
}

/** What `kubectl get pods -l <selector> -o wide` prints for the workload (rows sorted by name). */
export function getWorkloadPodsTable(cluster: Cluster, kind: ComparisonKind): Table {
	const w = COMPARISON_WORKLOADS[kind];
	return getPodsTable({ ...cluster, pods: cluster.pods.filter((p) => p.labels[w.labelKey] === w.labelValue) }, { wide: true });
}

/** What happened to a workload's Pods between two clusters, by Pod name. */
export interface WorkloadChange {
	/** New Pod objects (a replacement with an old name counts: it has a new UID, https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). */
	readonly created: readonly string[];
	/** Pods that became Running and Ready. */
	readonly running: readonly string[];
	/** Pods whose graceful deletion started. */
	readonly terminating: readonly string[];
	/** Pods that are gone. */
	readonly removed: readonly string[];
}

/** Compares the workload's Pods of two clusters (by UID, so a recreated `web-1` is new). */
export function describeWorkloadChange(before: Cluster, after: Cluster, kind: ComparisonKind): WorkloadChange {
	const prev = new Map(getWorkloadPods(before, kind).map((p) => [p.uid, p]));
	const next = getWorkloadPods(after, kind);
	const nextUids = new Set(next.map((p) => p.uid));
	return {
		created: next.filter((p) => !prev.has(p.uid)).map((p) => p.name),
		running: next.filter((p) => p.ready && !p.deleting && !prev.get(p.uid)?.ready).map((p) => p.name),
		terminating: next.filter((p) => p.deleting && prev.has(p.uid) && !prev.get(p.uid)?.deleting).map((p) => p.name),
		removed: [...prev.values()].filter((p) => !nextUids.has(p.uid)).map((p) => p.name),
	};
}

/** Counts for the summary line: Running and Ready Pods of the desired count. */
export function countReadyPods(cluster: Cluster, kind: ComparisonKind): { readonly ready: number; readonly desired: number } {
	return {
		ready: getWorkloadPods(cluster, kind).filter((p) => p.ready && !p.deleting).length,
		desired: getDesiredCount(cluster, kind),
	};
}

/** The widget's state: the cluster, the selected kind and the last sentence for the live region. */
export interface ComparisonState {
	readonly cluster: Cluster;
	readonly kind: ComparisonKind;
	readonly announcement: string;
}

/** What a learner (or the clock) does. */
export type ComparisonAction =
	| { type: 'selectKind'; kind: ComparisonKind }
	| { type: 'scaleBy'; delta: number }
	| { type: 'setToleration'; on: boolean }
	| { type: 'addWorker' }
	| { type: 'removeWorker' }
	| { type: 'deletePod'; name: string }
	| { type: 'tick' };

/** The state a setup starts from, ReplicaSet tab, nothing announced. */
export function createComparisonState(setup: ComparisonSetup = FIRST_SETUP, kind: ComparisonKind = 'ReplicaSet'): ComparisonState {
	return { cluster: createComparisonCluster({ setup }), kind, announcement: '' };
}

/** What changed for the selected workload, with its Ready count, or '' when nothing did. */
export function describeChange(t: ControllerComparisonStrings, before: Cluster, after: Cluster, kind: ComparisonKind): string {
	const change = describeWorkloadChange(before, after, kind);
	const parts = [
		change.created.length ? fill(t.changeCreated, { names: change.created.join(', ') }) : '',
		change.terminating.length ? fill(t.changeTerminating, { names: change.terminating.join(', ') }) : '',
		change.removed.length ? fill(t.changeRemoved, { names: change.removed.join(', ') }) : '',
		change.running.length ? fill(t.changeRunning, { names: change.running.join(', ') }) : '',
	].filter(Boolean);
	if (parts.length === 0) return '';
	const { ready, desired } = countReadyPods(after, kind);
	return `${parts.join(' ')} ${fill(t.ready, { ready, desired })}.`;
}

/** Runs a cluster action; the announcement is the lead plus what changed (kept when both are empty). */
function commit(t: ControllerComparisonStrings, s: ComparisonState, action: ClusterAction | undefined, lead = ''): ComparisonState {
	if (!action) return s;
	const cluster = step(s.cluster, action);
	const message = [lead, describeChange(t, s.cluster, cluster, s.kind)].filter(Boolean).join(' ');
	return { ...s, cluster, announcement: message || s.announcement };
}

/** The reducer: each learner action as kubectl would do it, and the control loops' tick. */
export function reduceComparison(t: ControllerComparisonStrings, s: ComparisonState, action: ComparisonAction): ComparisonState {
	switch (action.type) {
		case 'selectKind': {
			if (action.kind === s.kind) return s;
			const { ready, desired } = countReadyPods(s.cluster, action.kind);
			return { ...s, kind: action.kind, announcement: fill(t.announceKind, { kind: kindName(t, action.kind), ready, desired }) };
		}
		case 'scaleBy': {
			if (s.kind === 'DaemonSet') return s;
			const desired = getDesiredCount(s.cluster, s.kind);
			const scale = buildScaleAction(s.kind, desired + action.delta);
			return scale.type === 'scale' && scale.replicas !== desired ? commit(t, s, scale, fill(t.announceScaled, { n: scale.replicas })) : s;
		}
		case 'setToleration':
			return action.on === hasControlPlaneToleration(s.cluster)
				? s
				: commit(t, s, buildTolerationAction(action.on), action.on ? t.announceTolerationOn : t.announceTolerationOff);
		case 'addWorker': {
			const add = buildAddWorkerAction(s.cluster);
			return add?.type === 'addNode' ? commit(t, s, add, fill(t.announceNodeAdded, { name: add.node.name })) : s;
		}
		case 'removeWorker': {
			const remove = buildRemoveWorkerAction(s.cluster);
			return remove?.type === 'removeNode' ? commit(t, s, remove, fill(t.announceNodeRemoved, { name: remove.name })) : s;
		}
		case 'deletePod':
			return commit(t, s, { type: 'deletePod', name: action.name }, fill(t.announceDeleted, { name: action.name }));
		case 'tick':
			return commit(t, s, { type: 'tick' });
	}
}

/** The setup a cluster shows now (replicas as desired, workers counted), for the URL. */
export function describeSetup(cluster: Cluster): ComparisonSetup {
	return {
		replicaSetReplicas: getDesiredCount(cluster, 'ReplicaSet'),
		statefulSetReplicas: getDesiredCount(cluster, 'StatefulSet'),
		workers: workerNumbers(cluster).length,
		tolerate: hasControlPlaneToleration(cluster),
	};
}

/** The URL parameters of a state; what equals the page's first state is left out. */
export function writeUrlState(s: ComparisonState): Record<string, string> {
	return writeUrlParams(s.kind, describeSetup(s.cluster));
}

/** The page's first state, `ticks` control-loop rounds on (the rounds the island's clock counted before the engine loaded). */
export function createInitialState(ticks = 0): ComparisonState {
	const s = createComparisonState();
	// A settled cluster has nothing to reconcile, so one round over the whole span equals `ticks`
	// rounds (model tests check it) and costs the same after an hour as after a second.
	return ticks > 0 ? { ...s, cluster: step(s.cluster, { type: 'tick', seconds: ticks * TICK_SECONDS }) } : s;
}

function chip(pod: Pod): PodChip {
	return { uid: pod.uid, name: pod.name, status: pod.status, deleting: pod.deleting, claims: getPodClaimNames(pod) };
}

/** Everything the island draws for a state, as plain data (the build-time first frame is one). */
export function frameOf(s: ComparisonState): ComparisonFrame {
	const { cluster, kind } = s;
	const placement = getPlacement(cluster, kind);
	const pods = getWorkloadPods(cluster, kind);
	const table = getWorkloadPodsTable(cluster, kind);
	const { ready, desired } = countReadyPods(cluster, kind);
	return {
		time: cluster.time,
		kind,
		announcement: s.announcement,
		desired,
		ready,
		tolerated: hasControlPlaneToleration(cluster),
		canAddWorker: buildAddWorkerAction(cluster) !== undefined,
		canRemoveWorker: buildRemoveWorkerAction(cluster) !== undefined,
		lanes: placement.lanes.map((lane) => ({ name: lane.name, controlPlane: lane.controlPlane, eligible: lane.eligible, pods: lane.pods.map(chip) })),
		unassigned: placement.unassigned.map(chip),
		claims: getWorkloadClaims(cluster, kind).map((pvc) => ({
			uid: pvc.uid,
			name: pvc.name,
			phase: pvc.phase,
			user: pods.find((p) => !p.deleting && getPodClaimNames(p).includes(pvc.name))?.name ?? null,
		})),
		table: toAgedTable(
			table,
			table.rows.map((row) => cluster.pods.find((p) => p.name === row[0])?.createdAt ?? cluster.time),
		),
		setup: describeSetup(cluster),
	};
}

/** The frame the page is built with. */
export function firstFrame(): ComparisonFrame {
	return frameOf(createInitialState());
}
