/**
 * Views over checkConnection for the traffic-check widget (https://kubernetes.io/docs/concepts/services-networking/network-policies/): a model with the
 * chosen policies applied in the order the learner switched them on (to show that order
 * never changes a verdict), the ports the Pods listen on, and the verdict for every pair of
 * Pods on one port.
 */
import { checkConnection, type ConnectionVerdict, type NetworkModel, type NetworkPodRef, type NetworkPolicy } from './network-policy.ts';

/** Returns the model with exactly the named policies, in the given order; unknown names are ignored. */
export function applyPoliciesInOrder(model: NetworkModel, available: readonly NetworkPolicy[], names: readonly string[]): NetworkModel {
	const policies = names.flatMap((name) => available.filter((p) => p.name === name));
	return { ...model, policies };
}

/** The container ports of the model's Pods, ascending and without duplicates. */
export function listPodPorts(model: NetworkModel): number[] {
	const ports = new Set(model.pods.flatMap((pod) => (pod.ports ?? []).map((p) => p.containerPort)));
	return [...ports].sort((a, b) => a - b);
}

/** One cell of the matrix: the verdict, or null for a Pod and itself (not a connection between Pods). */
export interface MatrixCell {
	to: NetworkPodRef;
	verdict: ConnectionVerdict | null;
}

/** The verdicts of every source Pod (row) to every destination Pod (column) on one port. */
export interface ConnectionMatrix {
	pods: NetworkPodRef[];
	rows: Array<{ from: NetworkPodRef; cells: MatrixCell[] }>;
	/** How many of the pairs (self excluded) are allowed. */
	allowedCount: number;
	pairCount: number;
}

/** Checks every ordered pair of different Pods on a TCP port (https://kubernetes.io/docs/concepts/services-networking/network-policies/). */
export function buildConnectionMatrix(model: NetworkModel, port: number): ConnectionMatrix {
	const pods = model.pods.map((p) => ({ namespace: p.namespace, name: p.name }));
	let allowedCount = 0;
	let pairCount = 0;
	const rows = pods.map((from) => ({
		from,
		cells: pods.map((to): MatrixCell => {
			if (from.namespace === to.namespace && from.name === to.name) return { to, verdict: null };
			const verdict = checkConnection(model, from, to, port);
			pairCount += 1;
			if (verdict.allowed) allowedCount += 1;
			return { to, verdict };
		}),
	}));
	return { pods, rows, allowedCount, pairCount };
}
