/**
 * What the controller comparison draws, as plain data (a Frame), and what the island needs
 * before its engine (model.ts with src/sim's reducer) has loaded: the scenario's constants, the
 * kinds and their names, the URL parameters (`controllers.kind`, `.replicaset`, `.statefulset`,
 * `.workers`, `.toleration`; shared/advance-frame.ts ages the frame before then). The first
 * frame is computed at build time (src/components/ControllerComparison.astro); this module
 * imports no reducer, so the page's static JavaScript stays small.
 */
import type { ControllerComparisonStrings } from '../../i18n/controller-comparison';
import type { AgedTable } from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The three workload kinds the comparison switches between. */
export type ComparisonKind = 'ReplicaSet' | 'StatefulSet' | 'DaemonSet';

/** The kinds in the order the widget shows them. */
export const COMPARISON_KINDS: readonly ComparisonKind[] = ['ReplicaSet', 'StatefulSet', 'DaemonSet'];

/** Name and selector label of each workload, as in the controllers page's examples. */
export const COMPARISON_WORKLOADS: Readonly<Record<ComparisonKind, { readonly name: string; readonly labelKey: string; readonly labelValue: string }>> = {
	ReplicaSet: { name: 'frontend', labelKey: 'tier', labelValue: 'frontend' },
	StatefulSet: { name: 'web', labelKey: 'app', labelValue: 'web' },
	DaemonSet: { name: 'fluentd-elasticsearch', labelKey: 'name', labelValue: 'fluentd-elasticsearch' },
};

/** Replica bounds of the scale control; five Pods still fit a node card. */
export const COMPARISON_MAX_REPLICAS = 5;
/** Worker bounds of the add/remove node control. */
export const COMPARISON_MIN_WORKERS = 1;
export const COMPARISON_MAX_WORKERS = 5;
/** Replicas the ReplicaSet and StatefulSet start with (the page's examples). */
export const COMPARISON_INITIAL_REPLICAS = 3;

/** Settings the comparison can start from (a link's): replicas, workers and the toleration. */
export interface ComparisonSetup {
	readonly replicaSetReplicas: number;
	readonly statefulSetReplicas: number;
	readonly workers: number;
	readonly tolerate: boolean;
}

/** The page's setup: 3 and 3 replicas, three workers, DaemonSet without the toleration. */
export const FIRST_SETUP: ComparisonSetup = {
	replicaSetReplicas: COMPARISON_INITIAL_REPLICAS,
	statefulSetReplicas: COMPARISON_INITIAL_REPLICAS,
	workers: 3,
	tolerate: false,
};

/** The name of a kind in the page's language. */
export function kindName(t: ControllerComparisonStrings, kind: ComparisonKind): string {
	return t[`kind${kind}`];
}

/** The command the terminal shows for a workload: `kubectl get pods -l tier=frontend -o wide`. */
export function getWorkloadPodsCommand(kind: ComparisonKind): string {
	const w = COMPARISON_WORKLOADS[kind];
	return `kubectl get pods -l ${w.labelKey}=${w.labelValue} -o wide`;
}

/** One Pod chip. */
export interface PodChip {
	readonly uid: string;
	readonly name: string;
	/** kubectl's STATUS column. */
	readonly status: string;
	/** Graceful deletion started: no delete button. */
	readonly deleting: boolean;
	/** PVCs the Pod mounts (StatefulSet Pods: `www-web-1`). */
	readonly claims: readonly string[];
}

/** One node with the selected workload's Pods on it. */
export interface NodeLane {
	readonly name: string;
	readonly controlPlane: boolean;
	/** Whether the workload may place a Pod here. */
	readonly eligible: boolean;
	readonly pods: readonly PodChip[];
}

/** One of the StatefulSet's PVCs and the Pod using it, if any. */
export interface ClaimRow {
	readonly uid: string;
	readonly name: string;
	readonly phase: string;
	/** The Pod (not terminating) that mounts it, or null while it waits for one. */
	readonly user: string | null;
}

/** Everything the parts draw, computed by the engine from its state (model.ts `frameOf`). */
export interface ComparisonFrame {
	/** The simulated clock, seconds. */
	readonly time: number;
	/** The selected tab. */
	readonly kind: ComparisonKind;
	/** The last sentence for the live region. */
	readonly announcement: string;
	/** The selected workload's desired and Ready Pods. */
	readonly desired: number;
	readonly ready: number;
	/** Whether the DaemonSet tolerates the control-plane taint. */
	readonly tolerated: boolean;
	/** Whether a worker can be added or removed (within the worker bounds). */
	readonly canAddWorker: boolean;
	readonly canRemoveWorker: boolean;
	/** Nodes with the selected workload's Pods, and its Pods no node was chosen for yet. */
	readonly lanes: readonly NodeLane[];
	readonly unassigned: readonly PodChip[];
	/** The StatefulSet's PVCs by ordinal (empty for the other kinds). */
	readonly claims: readonly ClaimRow[];
	/** `kubectl get pods -l <selector> -o wide` for the selected workload. */
	readonly table: AgedTable;
	/** The setup the cluster shows now, for the URL. */
	readonly setup: ComparisonSetup;
}

/** Prefix of the widget's URL parameters. */
export const URL_PREFIX = 'controllers';
const ON_OFF = ['on', 'off'] as const;

/** What a link can set: the tab and the setup the cluster starts from. */
export interface ComparisonUrlState {
	readonly kind?: ComparisonKind;
	readonly setup?: ComparisonSetup;
}

/** Decodes `controllers.kind`, `.replicaset` and `.statefulset` (0..5 replicas), `.workers` (1..5) and `.toleration` (on/off). */
export function readUrlState(params: UrlParamSource): UrlRead<ComparisonUrlState> {
	const reader = createUrlReader(params, URL_PREFIX);
	const kind = reader.choice('kind', COMPARISON_KINDS);
	const rs = reader.int('replicaset', 0, COMPARISON_MAX_REPLICAS);
	const sts = reader.int('statefulset', 0, COMPARISON_MAX_REPLICAS);
	const workers = reader.int('workers', COMPARISON_MIN_WORKERS, COMPARISON_MAX_WORKERS);
	const toleration = reader.choice('toleration', ON_OFF);
	const setup =
		rs === undefined && sts === undefined && workers === undefined && toleration === undefined
			? undefined
			: {
					replicaSetReplicas: rs ?? FIRST_SETUP.replicaSetReplicas,
					statefulSetReplicas: sts ?? FIRST_SETUP.statefulSetReplicas,
					workers: workers ?? FIRST_SETUP.workers,
					tolerate: toleration === undefined ? FIRST_SETUP.tolerate : toleration === 'on',
				};
	return { state: { ...(kind ? { kind } : {}), ...(setup ? { setup } : {}) }, notes: reader.notes };
}

/** The URL parameters of a tab and setup; what equals the page's first state is left out. */
export function writeUrlParams(kind: ComparisonKind, setup: ComparisonSetup): Record<string, string> {
	return writeParams(URL_PREFIX, {
		kind: kind === 'ReplicaSet' ? undefined : kind,
		replicaset: setup.replicaSetReplicas === FIRST_SETUP.replicaSetReplicas ? undefined : setup.replicaSetReplicas,
		statefulset: setup.statefulSetReplicas === FIRST_SETUP.statefulSetReplicas ? undefined : setup.statefulSetReplicas,
		workers: setup.workers === FIRST_SETUP.workers ? undefined : setup.workers,
		toleration: setup.tolerate === FIRST_SETUP.tolerate ? undefined : setup.tolerate ? 'on' : 'off',
	});
}
