/**
 * What the ReplicaSlider draws, as plain data (a Frame), and what the island needs before its
 * engine (model.ts with src/sim's reducer) has loaded: the scenario's constants, the URL
 * parameter `replicaset.replicas` (shared/advance-frame.ts ages the frame before then). The
 * first frame is computed at build time (src/components/ReplicaSlider.astro); this module
 * imports no reducer, so the page's static JavaScript stays small.
 */
import type { AgedTable, ReplicaCounts } from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** Name of the scenario's ReplicaSet (its Pods are `nginx-<5 chars>`). */
export const REPLICASET_NAME = 'nginx';
/** The replica counts the slider offers: ten Pods still fit three worker lanes. */
export const REPLICA_RANGE = { min: 0, max: 10 } as const;
/** Replicas the page starts with. */
export const FIRST_REPLICAS = 3;

/** One Pod chip. */
export interface PodChip {
	readonly uid: string;
	readonly name: string;
	/** kubectl's STATUS column (Pending, ContainerCreating, Running, Terminating, ...). */
	readonly status: string;
	/** Graceful deletion started: the delete button is disabled. */
	readonly deleting: boolean;
}

/** One node's lane. */
export interface NodeLane {
	readonly name: string;
	readonly ip: string;
	/** Carries the control-plane taint: its lane is drawn only when a Pod is on it. */
	readonly controlPlane: boolean;
	readonly pods: readonly PodChip[];
}

/** Pods by where they are: not yet scheduled, or on a node (nodes by name, Pods oldest first). */
export interface LanesFrame {
	readonly unscheduled: readonly PodChip[];
	readonly nodes: readonly NodeLane[];
}

/** Everything the parts draw, computed by the engine from its cluster (model.ts `frameOf`). */
export interface ReplicaFrame {
	/** The simulated clock, seconds. */
	readonly time: number;
	/** spec.replicas: the slider's value. */
	readonly replicas: number;
	readonly counts: ReplicaCounts;
	/** The sentence the live region reads (counts and whether the ReplicaSet is in sync). */
	readonly status: string;
	readonly lanes: LanesFrame;
	/** The ReplicaSet's YAML and the line of spec.replicas to mark. */
	readonly yaml: string;
	readonly marked: readonly number[];
	/** `kubectl get rs` and `kubectl get pods`. */
	readonly rsTable: AgedTable;
	readonly podsTable: AgedTable;
}

/** A requested replica count as the slider can set it: whole, within REPLICA_RANGE. */
export function clampReplicas(replicas: number): number {
	return Math.min(REPLICA_RANGE.max, Math.max(REPLICA_RANGE.min, Math.round(replicas)));
}

/** Prefix of the slider's URL parameters. */
export const URL_PREFIX = 'replicaset';

/** Decodes `replicaset.replicas` (clamped to REPLICA_RANGE). */
export function readUrlState(params: UrlParamSource): UrlRead<{ readonly replicas?: number }> {
	const reader = createUrlReader(params, URL_PREFIX);
	const replicas = reader.int('replicas', REPLICA_RANGE.min, REPLICA_RANGE.max);
	return { state: replicas === undefined ? {} : { replicas }, notes: reader.notes };
}

/** The URL parameters of the desired replicas; the first count is left out. */
export function writeUrlState(replicas: number): Record<string, string> {
	return writeParams(URL_PREFIX, { replicas: replicas === FIRST_REPLICAS ? undefined : replicas });
}
