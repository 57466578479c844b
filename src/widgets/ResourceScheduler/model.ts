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
import {
	RESOURCE_FIELDS,
	diffPlans,
	formatAmount,
	mustParseCpu as cpu,
	mustParseMemory as mem,
	setDraftField,
	simulateDraftUsage,
	summarizePlacement,
	toPodDraft,
	createBlankPodDraft,
	type DraftPlan,
	type PodDraft,
	type ResourceField,
	type ResourceNode,
	type ResourcePod,
	type UsageCheck,
	type UsageText,
} from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The scenario (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/): amounts written as a manifest would. */
/** Three worker nodes of different sizes. */
export const DEMO_NODES: readonly ResourceNode[] = [
	{ name: 'node-1', allocatable: { cpu: cpu('2'), memory: mem('4Gi'), pods: 110 } },
	{ name: 'node-2', allocatable: { cpu: cpu('2'), memory: mem('4Gi'), pods: 110 } },
	{ name: 'node-3', allocatable: { cpu: cpu('4'), memory: mem('2Gi'), pods: 110 } },
];

/** Pods to place, one of each QoS class plus a large one that stays Pending. */
export const DEMO_PODS: readonly ResourcePod[] = [
	{ name: 'api', containers: [{ name: 'api', requests: { cpu: cpu('500m'), memory: mem('512Mi') }, limits: { cpu: cpu('500m'), memory: mem('512Mi') } }] },
	{ name: 'web', containers: [{ name: 'nginx', requests: { cpu: cpu('250m'), memory: mem('64Mi') }, limits: { cpu: cpu('500m'), memory: mem('128Mi') } }] },
	{ name: 'cache', containers: [{ name: 'redis', limits: { cpu: cpu('1'), memory: mem('1Gi') } }] },
	{ name: 'batch', containers: [{ name: 'worker' }] },
	{
		name: 'report',
		containers: [{ name: 'app', requests: { cpu: cpu('1'), memory: mem('1Gi') } }],
		initContainers: [{ name: 'migrate', requests: { cpu: cpu('2'), memory: mem('256Mi') } }],
	},
	{ name: 'ml-train', containers: [{ name: 'trainer', requests: { cpu: cpu('2500m'), memory: mem('3Gi') } }] },
];

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

/** The Pod drafts the page starts with. */
export function createFirstDrafts(): PodDraft[] {
	return DEMO_PODS.map(toPodDraft);
}

/** What a learner does to the Pods: edit one amount, add a blank Pod, remove one. */
export type DraftAction = { type: 'edit'; pod: string; field: ResourceField; text: string } | { type: 'add' } | { type: 'remove'; pod: string };

/** The reducer over the drafts (the plan is derived from them with planPodDrafts). */
export function reduceDrafts(drafts: readonly PodDraft[], action: DraftAction): PodDraft[] {
	switch (action.type) {
		case 'edit':
			return drafts.map((d) => (d.name === action.pod ? setDraftField(d, action.field, action.text) : d));
		case 'add':
			return [...drafts, createBlankPodDraft(drafts)];
		case 'remove':
			return drafts.filter((d) => d.name !== action.pod);
	}
}

/** The sentence after a committed change: what moved since the last announcement, then the totals. */
export function describePlanChange(t: ResourceSchedulerStrings, before: DraftPlan, after: DraftPlan): string {
	const place = (p: string) => (p === 'Rejected' ? t.placeRejected : p);
	const parts = diffPlans(before, after).map((c) => {
		if (c.before === undefined) return t.added(c.pod, place(c.after ?? ''));
		if (c.after === undefined) return t.removed(c.pod);
		return t.changed(c.pod, place(c.before), place(c.after));
	});
	const places = after.pods.map(summarizePlacement);
	const pending = places.filter((p) => p === 'Pending').length;
	const rejected = places.filter((p) => p === 'Rejected').length;
	const summary = t.summary(places.length - pending - rejected, pending, rejected);
	return [parts.length > 0 ? parts.join('. ') + '.' : t.noChange, summary].join(' ');
}

/** Prefix of the widget's URL parameters: `?scheduler.web.cpuRequest=500m`. */
export const URL_PREFIX = 'scheduler';
/** What a link may put in an amount field: a quantity's characters, short (the API-server check runs on it like on typed text). */
const AMOUNT_TEXT = /^[0-9.]{0,12}[a-zA-Z]{0,2}$/;

/** Decodes `scheduler.<pod>.<field>` for the page's Pods: each amount as text, which the widget then checks like typed text. */
export function readUrlState(params: UrlParamSource): UrlRead<PodDraft[]> {
	const reader = createUrlReader(params, URL_PREFIX);
	let drafts = createFirstDrafts();
	for (const pod of DEMO_PODS) {
		for (const field of RESOURCE_FIELDS) {
			const text = reader.text(`${pod.name}.${field}`, (v) => AMOUNT_TEXT.test(v));
			if (text !== undefined) drafts = reduceDrafts(drafts, { type: 'edit', pod: pod.name, field, text });
		}
	}
	return { state: drafts, notes: reader.notes };
}

/** The URL parameters of the page's Pods whose amounts differ from the page's (added Pods stay out of the link). */
export function writeUrlState(drafts: readonly PodDraft[]): Record<string, string> {
	const first = new Map(createFirstDrafts().map((d) => [d.name, d]));
	const values: Record<string, string> = {};
	for (const d of drafts) {
		const base = first.get(d.name);
		if (!base) continue;
		for (const field of RESOURCE_FIELDS) if (d.text[field] !== base.text[field]) values[`${d.name}.${field}`] = d.text[field];
	}
	return writeParams(URL_PREFIX, values);
}
