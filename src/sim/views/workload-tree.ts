/**
 * The ownership chain of a Deployment as one readonly value: Deployment ->
 * ReplicaSets (`<name>-<pod-template-hash>`, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/) -> Pods (`<rs>-<suffix>`), linked
 * through ownerReferences (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/). Widgets draw trees and rollout lanes from it.
 */
import { POD_TEMPLATE_HASH_LABEL } from '../core/constants.ts';
import { getDeploymentReplicaSets, getRevision } from '../core/deployment-util.ts';
import type { Cluster, Deployment, Pod, PodDisplayStatus, ReplicaSet } from '../core/types.ts';

/** One Pod as a tree leaf or lane chip. */
export interface PodNode {
	readonly name: string;
	/** The random part after the ReplicaSet name, e.g. `8lpxf`. */
	readonly suffix: string;
	/** STATUS as `kubectl get pods` prints it (Running, ImagePullBackOff, Terminating, ...). */
	readonly status: PodDisplayStatus;
	readonly ready: boolean;
	/** Graceful deletion in progress: not counted in replicas or availability (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly terminating: boolean;
	readonly image: string;
}

/** One ReplicaSet of a Deployment with its Pods, oldest Pod first. */
export interface ReplicaSetNode {
	readonly name: string;
	/** Its pod-template-hash label, the last part of its name (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly hash: string;
	/** `deployment.kubernetes.io/revision` (kubernetes/kubernetes pkg/controller/deployment/sync.go); 0 if not set yet. */
	readonly revision: number;
	readonly image: string;
	/** spec.replicas (DESIRED). */
	readonly desired: number;
	/** status.replicas, terminating Pods excluded (CURRENT). */
	readonly current: number;
	readonly ready: number;
	readonly available: number;
	readonly pods: readonly PodNode[];
}

/** A Deployment with its ReplicaSets, oldest ReplicaSet first. */
export interface DeploymentTree {
	readonly name: string;
	readonly replicas: number;
	readonly readyReplicas: number;
	readonly updatedReplicas: number;
	readonly availableReplicas: number;
	readonly replicaSets: readonly ReplicaSetNode[];
}

/** A Pod as a tree leaf. */
export function toPodNode(pod: Pod, replicaSetName: string): PodNode {
	return {
		name: pod.name,
		suffix: pod.name.startsWith(`${replicaSetName}-`) ? pod.name.slice(replicaSetName.length + 1) : pod.name,
		status: pod.deleting ? 'Terminating' : pod.status,
		ready: pod.ready,
		terminating: pod.deleting,
		image: pod.image,
	};
}

/** A ReplicaSet with the Pods it owns (by ownerReference UID), oldest first. */
export function toReplicaSetNode(cluster: Pick<Cluster, 'pods'>, rs: ReplicaSet): ReplicaSetNode {
	const pods = cluster.pods
		.filter((p) => p.owner?.uid === rs.uid)
		.sort((a, b) => a.createdAt - b.createdAt || (a.name < b.name ? -1 : 1))
		.map((p) => toPodNode(p, rs.name));
	return {
		name: rs.name,
		hash: rs.labels[POD_TEMPLATE_HASH_LABEL] ?? rs.name.slice(rs.name.lastIndexOf('-') + 1),
		revision: getRevision(rs),
		image: rs.spec.template.spec.containers[0]?.image ?? '',
		desired: rs.spec.replicas,
		current: rs.status.replicas,
		ready: rs.status.readyReplicas,
		available: rs.status.availableReplicas,
		pods,
	};
}

/** The Deployment's tree of ReplicaSets and Pods, or undefined if there is no such Deployment. */
export function getDeploymentTree(cluster: Pick<Cluster, 'deployments' | 'replicaSets' | 'pods'>, name: string): DeploymentTree | undefined {
	const d: Deployment | undefined = cluster.deployments.find((x) => x.name === name);
	if (!d) return undefined;
	return {
		name: d.name,
		replicas: d.spec.replicas,
		readyReplicas: d.status.readyReplicas,
		updatedReplicas: d.status.updatedReplicas,
		availableReplicas: d.status.availableReplicas,
		replicaSets: getDeploymentReplicaSets(cluster.replicaSets, d).map((rs) => toReplicaSetNode(cluster, rs)),
	};
}
