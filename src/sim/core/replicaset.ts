/**
 * ReplicaSet controller (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/): keeps `replicas` active Pods matching its selector,
 * adopting orphans with matching labels, creating `<rs>-<5 chars>` Pods and deleting
 * surplus ones in the real controller's order (unscheduled, Pending, not Ready,
 * doubled-up on a node, Ready for less time, newer first).
 */
import { recordEvent, type Draft, type StepContext } from './draft.ts';
import { matchesSelector } from './labels.ts';
import { createPod, deletePodGracefully, generatePodName, isActivePod, isAvailablePod } from './pod-factory.ts';
import type { Cluster, Pod, ReplicaSet, ReplicaSetStatus } from './types.ts';

/** Pods the ReplicaSet owns (by owner UID). */
export function getOwnedPods<P extends Pod>(pods: readonly P[], ownerUid: string): P[] {
	return pods.filter((p) => p.owner?.uid === ownerUid);
}

/** Observed replica counts of a ReplicaSet; terminating Pods do not count (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function computeReplicaSetStatus(cluster: Pick<Cluster, 'pods' | 'time'>, rs: ReplicaSet): ReplicaSetStatus {
	const active = getOwnedPods(cluster.pods, rs.uid).filter(isActivePod);
	return {
		replicas: active.length,
		readyReplicas: active.filter((p) => p.ready).length,
		availableReplicas: active.filter((p) => isAvailablePod(p, rs.spec.minReadySeconds, cluster.time)).length,
	};
}

const PHASE_RANK: Readonly<Record<Pod['phase'], number>> = { Pending: 0, Unknown: 1, Running: 2, Succeeded: 3, Failed: 3 };

/** Order Pods so the ones to delete first come first (the controller's ActivePodsWithRanks). */
export function rankPodsForDeletion<P extends Pod>(pods: readonly P[]): P[] {
	const perNode = new Map<string, number>();
	for (const p of pods) if (p.nodeName !== undefined) perNode.set(p.nodeName, (perNode.get(p.nodeName) ?? 0) + 1);
	const key = (p: Pod): number[] => [
		p.nodeName === undefined ? 0 : 1,
		PHASE_RANK[p.phase],
		p.ready ? 1 : 0,
		-(p.nodeName === undefined ? 0 : (perNode.get(p.nodeName) ?? 0)),
		-(p.readySince ?? 0),
		-p.restarts,
		-p.createdAt,
	];
	return [...pods].sort((a, b) => {
		const ka = key(a);
		const kb = key(b);
		for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
		return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
	});
}

/** One round of the ReplicaSet controller for every ReplicaSet. */
export function runReplicaSetController(ctx: StepContext): void {
	for (const rs of ctx.c.replicaSets) syncReplicaSet(ctx, rs);
}

function syncReplicaSet(ctx: StepContext, rs: Draft<ReplicaSet>): void {
	const object = `replicaset/${rs.name}`;
	for (const orphan of ctx.c.pods) {
		if (orphan.owner === undefined && !orphan.deleting && matchesSelector(rs.spec.selector, orphan.labels)) {
			orphan.owner = { kind: 'ReplicaSet', name: rs.name, uid: rs.uid };
		}
	}
	const active = getOwnedPods(ctx.c.pods, rs.uid).filter(isActivePod);
	const diff = active.length - rs.spec.replicas;
	if (diff < 0) {
		for (let i = 0; i < -diff; i++) {
			const name = generatePodName(ctx, rs.name);
			createPod(ctx, { name, template: rs.spec.template, owner: { kind: 'ReplicaSet', name: rs.name, uid: rs.uid } });
			recordEvent(ctx, 'Normal', 'SuccessfulCreate', object, `Created pod: ${name}`);
		}
	} else if (diff > 0) {
		for (const pod of rankPodsForDeletion(active).slice(0, diff)) {
			deletePodGracefully(ctx, pod);
			recordEvent(ctx, 'Normal', 'SuccessfulDelete', object, `Deleted pod: ${pod.name}`);
		}
	}
}

/** Refresh the stored status of every ReplicaSet from its Pods. */
export function refreshReplicaSetStatuses(ctx: StepContext): void {
	for (const rs of ctx.c.replicaSets) rs.status = computeReplicaSetStatus(ctx.c, rs);
}
