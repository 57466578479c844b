/**
 * The ResourceScheduler scenario, pure: the usage run against the plan the scheduler made.
 *
 * A usage only means something for a Pod that runs. A rejected Pod was never created and a
 * Pending Pod has no node, so neither runs any container
 * (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase). A running
 * container above its memory limit is OOM-killed, above its CPU limit throttled
 * (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). Memory a
 * Pod without a (large enough) limit takes beyond what its node has left runs the node out of
 * memory: the kubelet evicts under node pressure, ranking Pods first by whether their usage
 * exceeds their requests, then priority, then usage relative to requests — it does not rank
 * by QoS class. Here every other Pod is taken to use its request, so the Pod under test is
 * the only one above its request and is evicted first; if memory runs out before the kubelet
 * acts, the kernel OOM killer ends the container instead
 * (https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/).
 */
import type { strings } from '../../i18n/resource-scheduler';
import { formatAmount, simulateDraftUsage, type DraftPlan, type PodDraft, type UsageCheck, type UsageText } from '../../sim/index';

/** The strings the sentences are built from. */
export type ResourceSchedulerStrings = (typeof strings)['ko'];

/** A usage run: the container's outcome, or why no container runs. */
export type UsageRun =
	| UsageCheck
	| { ok: false; reason: 'pod-pending' }
	| { ok: true; outcome: 'evicted'; usage: { cpu: number; memory: number }; limits: { cpu?: number; memory?: number }; node: string; nodeMemory: number };

/**
 * Runs a usage for one Pod of the plan: rejected and Pending Pods do not run; a running Pod
 * above its memory limit is OOMKilled; above the memory its node has left it is evicted
 * under node pressure; above its CPU limit it is throttled.
 */
export function runPodUsage(plan: DraftPlan, draft: PodDraft, usage: UsageText): UsageRun {
	const check = simulateDraftUsage(draft, usage);
	if (!check.ok || check.outcome === 'oomkilled') return check;
	const view = plan.pods.find((p) => p.name === draft.name);
	const placement = view?.placement;
	if (!placement || placement.status !== 'Scheduled') return { ok: false, reason: 'pod-pending' };
	const node = plan.nodes.find((n) => n.name === placement.node);
	if (!node) return { ok: false, reason: 'pod-pending' };
	// The other Pods on the node are taken at their requests; what is left is this Pod's share.
	const othersRequest = node.requested.memory - placement.requests.memory;
	const left = node.allocatable.memory - othersRequest;
	if (check.usage.memory > left) {
		return { ok: true, outcome: 'evicted', usage: check.usage, limits: check.limits, node: node.name, nodeMemory: left };
	}
	return check;
}

/** The sentence for a usage outcome, shown under the form and announced. */
export function describeUsage(t: ResourceSchedulerStrings, pod: string, result: UsageRun): string {
	if (!result.ok) {
		if (result.reason === 'pod-rejected') return t.usageRejected(pod);
		if (result.reason === 'pod-pending') return t.usagePending(pod);
		return t.usageInvalid;
	}
	const { usage, limits } = result;
	if (result.outcome === 'evicted') return t.usageEvicted(pod, formatAmount('memory', usage.memory), formatAmount('memory', result.nodeMemory), result.node);
	if (result.outcome === 'oomkilled') return t.usageOom(pod, formatAmount('memory', usage.memory), formatAmount('memory', limits.memory ?? 0));
	if (result.outcome === 'throttled') return t.usageThrottled(pod, formatAmount('cpu', usage.cpu), formatAmount('cpu', limits.cpu ?? 0));
	return limits.cpu === undefined && limits.memory === undefined ? t.usageNoLimit(pod) : t.usageOk(pod);
}
