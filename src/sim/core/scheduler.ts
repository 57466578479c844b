/**
 * kube-scheduler (https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-scheduler): binds each unscheduled Pod to a feasible node, filtering like
 * the real plugins (TaintToleration, NodeAffinity, NodeResourcesFit by requests https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/)
 * and scoring by fewest Pods, ties by node name. A Pod that fits nowhere stays
 * Pending with the scheduler's "0/N nodes are available: ..." message.
 */
import { recordEvent, type Draft, type StepContext } from './draft.ts';
import { findUntoleratedTaint, matchesNodeSelector, toleratesTaint } from './labels.ts';
import { claimSchedulingProblem } from './storage.ts';
import type { Node, Pod, Taint } from './types.ts';

/** The taint a cordoned node is treated as having (node.kubernetes.io/unschedulable:NoSchedule). */
const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

/** Why a node cannot take a Pod: reasons of the first failing filter, empty when it fits. */
export function explainNodeFit(node: Node, pod: Pod, podsOnNode: readonly Pod[]): readonly string[] {
	// NodeUnschedulable runs first among the filter plugins (pkg/scheduler/framework/plugins/nodeunschedulable).
	if (node.unschedulable && !(pod.spec.tolerations ?? []).some((t) => toleratesTaint(t, UNSCHEDULABLE_TAINT))) return ['node(s) were unschedulable'];
	const taint = findUntoleratedTaint(node, pod.spec.tolerations);
	if (taint) return [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`];
	const affinityOk = (pod.requiredNodeName === undefined || pod.requiredNodeName === node.name) && matchesNodeSelector(pod.spec.nodeSelector, node.labels);
	if (!affinityOk) return ["node(s) didn't match Pod's node affinity/selector"];
	const holding = podsOnNode.filter((p) => p.phase !== 'Succeeded' && p.phase !== 'Failed');
	const reasons: string[] = [];
	if (holding.length + 1 > node.capacity.pods) reasons.push('Too many pods');
	const usedCpu = holding.reduce((sum, p) => sum + p.requests.cpu, 0);
	const usedMemory = holding.reduce((sum, p) => sum + p.requests.memory, 0);
	if (pod.requests.cpu > 0 && usedCpu + pod.requests.cpu > node.capacity.cpu) reasons.push('Insufficient cpu');
	if (pod.requests.memory > 0 && usedMemory + pod.requests.memory > node.capacity.memory) reasons.push('Insufficient memory');
	return reasons;
}

/** Pick a node for the Pod, or explain why none fits (the FailedScheduling message). */
export function findNodeForPod(nodes: readonly Node[], pods: readonly Pod[], pod: Pod): { readonly node: string } | { readonly reason: string } {
	const histogram = new Map<string, number>();
	const feasible: { name: string; count: number }[] = [];
	for (const node of nodes) {
		const onNode = pods.filter((p) => p.nodeName === node.name);
		const reasons = explainNodeFit(node, pod, onNode);
		if (reasons.length === 0) feasible.push({ name: node.name, count: onNode.filter((p) => !p.deleting).length });
		for (const reason of reasons) histogram.set(reason, (histogram.get(reason) ?? 0) + 1);
	}
	if (feasible.length > 0) {
		feasible.sort((a, b) => a.count - b.count || (a.name < b.name ? -1 : 1));
		return { node: feasible[0]!.name };
	}
	const parts = [...histogram].map(([reason, count]) => `${count} ${reason}`).sort();
	return { reason: `0/${nodes.length} nodes are available${parts.length ? `: ${parts.join(', ')}` : ''}.` };
}

/** One scheduling round: every unscheduled Pod, oldest first, is bound or marked unschedulable. */
export function runScheduler(ctx: StepContext): void {
	const queue = ctx.c.pods.filter((p) => p.nodeName === undefined && !p.deleting).sort((a, b) => a.createdAt - b.createdAt || (a.name < b.name ? -1 : 1));
	for (const pod of queue) {
		// VolumeBinding: a Pod waits for its claims to exist and bind (storage.ts).
		const claimProblem = claimSchedulingProblem(ctx.c, pod);
		const result = claimProblem ? { reason: claimProblem } : findNodeForPod(ctx.c.nodes, ctx.c.pods, pod);
		if ('node' in result) bindPod(ctx, pod, result.node);
		else if (pod.unschedulableReason !== result.reason) {
			pod.unschedulableReason = result.reason;
			recordEvent(ctx, 'Warning', 'FailedScheduling', `pod/${pod.name}`, result.reason);
		}
	}
}

function bindPod(ctx: StepContext, pod: Draft<Pod>, nodeName: string): void {
	pod.nodeName = nodeName;
	pod.status = 'ContainerCreating';
	delete pod.unschedulableReason;
	recordEvent(ctx, 'Normal', 'Scheduled', `pod/${pod.name}`, `Successfully assigned default/${pod.name} to ${nodeName}`);
}
