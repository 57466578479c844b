/**
 * The ReplicaSet scenario: a ReplicaSet `nginx` (label app: nginx, nginx:1.14.2) on the
 * demo cluster, and the views a widget needs to watch it reconcile (https://kubernetes.io/docs/concepts/architecture/controller/, https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/): its Pods
 * grouped by node (plus the ones the scheduler has not placed yet) and desired /
 * current / ready counts.
 */
import { createDemoCluster } from './cluster.ts';
import { CONTROL_PLANE_KEY } from './constants.ts';
import type { ReplicaSetManifest } from './manifest-types.ts';
import { formatTable, type Table } from './kubectl.ts';
import { runUntilSettled, step } from './step.ts';
import type { Cluster, Pod } from './types.ts';

/** Name of the scenario's ReplicaSet (its Pods are `nginx-<5 chars>`). */
export const DEMO_REPLICASET_NAME = 'nginx';

/** The replica counts the widget offers. */
export const DEMO_REPLICA_RANGE = { min: 0, max: 10 } as const;

/** The scenario's ReplicaSet manifest with `replicas` Pods. */
export function buildNginxReplicaSetManifest(replicas = 3): ReplicaSetManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: { name: DEMO_REPLICASET_NAME, labels: { app: 'nginx' } },
		spec: {
			replicas,
			selector: { matchLabels: { app: 'nginx' } },
			template: {
				metadata: { labels: { app: 'nginx' } },
				spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
			},
		},
	};
}

/** Options of `createReplicaSetDemo`. */
export interface ReplicaSetDemoOptions {
	/** PRNG seed (Pod names); the same seed gives the same cluster. Default 1. */
	readonly seed?: number;
	/** Starting replicas. Default 3. */
	readonly replicas?: number;
}

/** The demo cluster with the ReplicaSet applied and all its Pods Running. */
export function createReplicaSetDemo(options: ReplicaSetDemoOptions = {}): Cluster {
	const cluster = createDemoCluster(options.seed === undefined ? {} : { seed: options.seed });
	return runUntilSettled(step(cluster, { type: 'apply', manifest: buildNginxReplicaSetManifest(options.replicas ?? 3) }));
}

/** One node and the Pods bound to it. */
export interface NodePods {
	readonly name: string;
	readonly ip: string;
	/** Carries the control-plane taint: ordinary Pods never land here (https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation). */
	readonly controlPlane: boolean;
	readonly pods: readonly Pod[];
}

/** Pods by where they are: not yet scheduled, or on a node (nodes by name). */
export interface PodPlacement {
	readonly unscheduled: readonly Pod[];
	readonly nodes: readonly NodePods[];
}

/** Oldest first, so a Pod keeps its place while newer ones are added after it. */
function byAge(a: Pod, b: Pod): number {
	return a.createdAt - b.createdAt || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Group Pods (optionally only those owned by `ownerName`) by node; unbound Pods are `unscheduled`. */
export function groupPodsByNode(cluster: Cluster, ownerName?: string): PodPlacement {
	const pods = cluster.pods.filter((p) => ownerName === undefined || p.owner?.name === ownerName).sort(byAge);
	return {
		unscheduled: pods.filter((p) => p.nodeName === undefined),
		nodes: [...cluster.nodes]
			.sort((a, b) => (a.name < b.name ? -1 : 1))
			.map((n) => ({
				name: n.name,
				ip: n.ip,
				controlPlane: n.taints.some((t) => t.key === CONTROL_PLANE_KEY),
				pods: pods.filter((p) => p.nodeName === n.name),
			})),
	};
}

/** Desired and observed counts of a ReplicaSet (the DESIRED / CURRENT / READY columns). */
export interface ReplicaCounts {
	readonly desired: number;
	/** status.replicas: Pods that are not terminating (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), as the controller last counted. */
	readonly current: number;
	/** status.readyReplicas. */
	readonly ready: number;
	/** Pods of the ReplicaSet still shutting down (STATUS Terminating). */
	readonly terminating: number;
	/** Nothing left to do: current and ready equal desired and no Pod is terminating. */
	readonly settled: boolean;
}

/**
 * The counts `kubectl get rs` shows (spec and status, so they agree with the table; the
 * status catches up on the next tick after a command) plus the terminating Pods.
 */
export function countReplicas(cluster: Cluster, name: string): ReplicaCounts | undefined {
	const rs = cluster.replicaSets.find((r) => r.name === name);
	if (!rs) return undefined;
	const terminating = cluster.pods.filter((p) => p.owner?.uid === rs.uid && p.deleting).length;
	const desired = rs.spec.replicas;
	const { replicas: current, readyReplicas: ready } = rs.status;
	return { desired, current, ready, terminating, settled: current === desired && ready === desired && terminating === 0 };
}

/** What `kubectl get` prints for a table: the columns, or kubectl's notice when nothing matches. */
export function formatKubectlGet(table: Table): string {
	return table.rows.length === 0 ? 'No resources found in default namespace.' : formatTable(table);
}
