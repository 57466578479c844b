/**
 * Views of Pods every workload widget needs: Pods grouped by node (plus the ones the
 * scheduler has not placed yet), a ReplicaSet's DESIRED / CURRENT / READY counts, and
 * what `kubectl get` prints for an empty table
 * (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/).
 */
import { CONTROL_PLANE_KEY } from '../core/constants.ts';
import type { Cluster, Pod } from '../core/types.ts';

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

export { formatKubectlGet } from './table-text.ts';
