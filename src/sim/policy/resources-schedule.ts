/**
 * Request-based placement of Pods on nodes, with the scheduler's own "0/3 nodes are
 * available" message for Pods that stay Pending (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/, https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-scheduler).
 *
 * Only requests count, never actual usage (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). Filtering mirrors the NodeResourcesFit
 * plugin: per node it reports every resource that does not fit ("Too many pods",
 * "Insufficient cpu", "Insufficient memory"), a resource the Pod does not request never
 * fails, and the message counts each reason over all nodes and sorts the "<count> <reason>"
 * strings like Go's sort.Strings. Real messages then add a preemption note
 * ("preemption: 0/3 nodes are available: ..."); the simulator does not model preemption, so
 * it stops after the filter reasons.
 *
 * Scoring is simplified and deterministic: among feasible nodes the one with the most free
 * CPU wins, ties go to the alphabetically first name. (The real default scores a mix of free
 * CPU and memory and breaks ties at random.)
 */
import { effectiveRequests, type ResourcePod, type ResourceTotals } from './resources.ts';

/** A node's allocatable capacity: cpu in millicores, memory in bytes, optional Pod count limit. */
export interface ResourceNode {
	name: string;
	allocatable: ResourceTotals & { pods?: number };
}

/** One filter failure reason, worded like the scheduler. */
export type FitReason = 'Too many pods' | 'Insufficient cpu' | 'Insufficient memory';

/** Where a Pod went: a node, or Pending with the FailedScheduling message. */
export type Placement =
	| { pod: string; status: 'Scheduled'; node: string; requests: ResourceTotals }
	| {
			pod: string;
			status: 'Pending';
			reason: 'Unschedulable';
			message: string;
			requests: ResourceTotals;
			/** The reasons per node name, for the widget to show node by node. */
			nodeReasons: Record<string, FitReason[]>;
	  };

/** A node after placement: what its Pods request and what is left. */
export interface NodeUsage {
	name: string;
	allocatable: ResourceNode['allocatable'];
	requested: ResourceTotals;
	free: ResourceTotals;
	pods: string[];
}

/** The result of placing a list of Pods. */
export interface ScheduleResult {
	placements: Placement[];
	nodes: NodeUsage[];
}

/** The scheduler's message when the cluster has no nodes at all. */
export const NO_NODES_MESSAGE = 'no nodes available to schedule pods';

/** Lists why a Pod with these requests does not fit on a node; empty means it fits (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
export function findFitReasons(requests: ResourceTotals, node: NodeUsage): FitReason[] {
	const reasons: FitReason[] = [];
	if (node.allocatable.pods !== undefined && node.pods.length + 1 > node.allocatable.pods) reasons.push('Too many pods');
	if (requests.cpu > 0 && requests.cpu > node.free.cpu) reasons.push('Insufficient cpu');
	if (requests.memory > 0 && requests.memory > node.free.memory) reasons.push('Insufficient memory');
	return reasons;
}

/** Builds "0/3 nodes are available: 1 Insufficient cpu, 2 Insufficient memory." from per-node reasons. */
export function formatUnschedulableMessage(nodeCount: number, nodeReasons: Record<string, readonly FitReason[]>): string {
	if (nodeCount === 0) return NO_NODES_MESSAGE;
	const counts = new Map<string, number>();
	for (const reasons of Object.values(nodeReasons)) {
		for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
	}
	// Go sorts the finished "<count> <reason>" strings bytewise; so does the default JS sort.
	const parts = [...counts].map(([reason, count]) => `${count} ${reason}`).sort();
	return `0/${nodeCount} nodes are available: ${parts.join(', ')}.`;
}

function compareByFreeCpu(a: NodeUsage, b: NodeUsage): number {
	if (a.free.cpu !== b.free.cpu) return b.free.cpu - a.free.cpu;
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Places Pods in the given order on the nodes by their requests only (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). Each Pod goes
 * to the feasible node with the most free CPU (ties: first name); a Pod that fits nowhere
 * stays Pending with the scheduler's message. Deterministic.
 */
export function schedulePods(nodes: readonly ResourceNode[], pods: readonly ResourcePod[]): ScheduleResult {
	const usage: NodeUsage[] = nodes.map((node) => ({
		name: node.name,
		allocatable: { ...node.allocatable },
		requested: { cpu: 0, memory: 0 },
		free: { cpu: node.allocatable.cpu, memory: node.allocatable.memory },
		pods: [],
	}));
	const placements: Placement[] = [];
	for (const pod of pods) {
		const raw = effectiveRequests(pod);
		// The scheduler reads memory as whole bytes, rounding up ("400m" of memory is 1 byte, https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/).
		const requests = { cpu: raw.cpu, memory: Math.ceil(raw.memory) };
		const nodeReasons: Record<string, FitReason[]> = {};
		const feasible: NodeUsage[] = [];
		for (const node of usage) {
			const reasons = findFitReasons(requests, node);
			if (reasons.length === 0) feasible.push(node);
			else nodeReasons[node.name] = reasons;
		}
		const chosen = [...feasible].sort(compareByFreeCpu)[0];
		if (!chosen) {
			const message = formatUnschedulableMessage(usage.length, nodeReasons);
			placements.push({ pod: pod.name, status: 'Pending', reason: 'Unschedulable', message, requests, nodeReasons });
			continue;
		}
		chosen.pods.push(pod.name);
		chosen.requested = { cpu: chosen.requested.cpu + requests.cpu, memory: chosen.requested.memory + requests.memory };
		chosen.free = { cpu: chosen.free.cpu - requests.cpu, memory: chosen.free.memory - requests.memory };
		placements.push({ pod: pod.name, status: 'Scheduled', node: chosen.name, requests });
	}
	return { placements, nodes: usage };
}
