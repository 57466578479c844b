/**
 * Editable Pods for the resource-scheduler widget (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/): a Pod's first app container
 * has its cpu/memory requests and limits as text, exactly as a manifest would carry them.
 * Reading a draft parses that text with the exact quantity parser, so invalid text gets the
 * API server's own message and the Pod is not created; a valid draft becomes a ResourcePod
 * that the scheduler, the QoS rules and the usage rules see.
 *
 * Other containers of a Pod (init containers, sidecars) are kept as they are, so the demo
 * Pod with an init container still shows why its effective request is larger (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/).
 */
import { parseCpuQuantity, parseMemoryQuantity, type QuantityResult } from '../core/quantity-exact.ts';
import {
	RESOURCE_NAMES,
	explainQos,
	formatAmount,
	orderForEviction,
	simulateUsage,
	validatePodResources,
	type QosClass,
	type QosExplanation,
	type ResourceContainer,
	type ResourceList,
	type ResourceName,
	type ResourcePod,
	type UsageOutcome,
} from './resources.ts';
import { schedulePods, type NodeUsage, type Placement, type ResourceNode } from './resources-schedule.ts';

/** One editable amount of the first container. */
export type ResourceField = 'cpuRequest' | 'cpuLimit' | 'memoryRequest' | 'memoryLimit';

/** The editable amounts in the order the widget shows them. */
export const RESOURCE_FIELDS: readonly ResourceField[] = ['cpuRequest', 'cpuLimit', 'memoryRequest', 'memoryLimit'];

/** The text of every editable amount; '' means "not set". */
export type ResourceFieldText = Record<ResourceField, string>;

/** A Pod under edit: the text of its first container's amounts, and the rest of the Pod as it is. */
export interface PodDraft {
	name: string;
	text: ResourceFieldText;
	/** The Pod the draft started from; its first container's resources are replaced when read. */
	base: ResourcePod;
}

const FIELD_PARTS: Record<ResourceField, { kind: 'requests' | 'limits'; resource: ResourceName }> = {
	cpuRequest: { kind: 'requests', resource: 'cpu' },
	cpuLimit: { kind: 'limits', resource: 'cpu' },
	memoryRequest: { kind: 'requests', resource: 'memory' },
	memoryLimit: { kind: 'limits', resource: 'memory' },
};

/** The manifest path of a field of the first container, e.g. spec.containers[0].resources.requests[cpu]. */
export function describeFieldPath(field: ResourceField): string {
	const { kind, resource } = FIELD_PARTS[field];
	return `spec.containers[0].resources.${kind}[${resource}]`;
}

function formatOptional(resource: ResourceName, amount: number | undefined): string {
	return amount === undefined ? '' : formatAmount(resource, amount);
}

/** Turns a Pod into a draft whose text shows its first container's amounts ("500m", "128Mi"). */
export function toPodDraft(pod: ResourcePod): PodDraft {
	const first = pod.containers[0];
	const text = {} as ResourceFieldText;
	for (const field of RESOURCE_FIELDS) {
		const { kind, resource } = FIELD_PARTS[field];
		text[field] = formatOptional(resource, first?.[kind]?.[resource]);
	}
	return { name: pod.name, text, base: pod };
}

/** A new one-container Pod named pod-<n> (the first n not taken) with nothing set: BestEffort. */
export function createBlankPodDraft(existing: readonly PodDraft[]): PodDraft {
	const taken = new Set(existing.map((d) => d.name));
	let n = 1;
	while (taken.has(`pod-${n}`)) n += 1;
	const name = `pod-${n}`;
	return toPodDraft({ name, containers: [{ name: 'app' }] });
}

/** Returns the draft with one field's text replaced. */
export function setDraftField(draft: PodDraft, field: ResourceField, text: string): PodDraft {
	return { ...draft, text: { ...draft.text, [field]: text } };
}

/** Outcome of reading a draft: the Pod as created, or why the API server rejects it. */
export type DraftCheck =
	| {
			ok: true;
			pod: ResourcePod;
			/** Resources whose request was empty and got the limit's value (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
			defaulted: ResourceName[];
	  }
	| {
			ok: false;
			/** Quantity syntax errors per field, in the API server's words (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
			fieldErrors: Partial<Record<ResourceField, string>>;
			/** The API server's rejection: BadRequest for unparsable text, Invalid for a request above its limit. */
			message: string;
	  };

function parseField(field: ResourceField, text: string): QuantityResult {
	return FIELD_PARTS[field].resource === 'cpu' ? parseCpuQuantity(text) : parseMemoryQuantity(text);
}

/**
 * Reads a draft like the API server reads a manifest: every non-empty amount must parse
 * (else BadRequest with the quantity message), a request may not exceed its limit (else
 * 422 Invalid), and a request left empty takes the limit (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/).
 */
export function readPodDraft(draft: PodDraft): DraftCheck {
	const requests: ResourceList = {};
	const limits: ResourceList = {};
	const fieldErrors: Partial<Record<ResourceField, string>> = {};
	for (const field of RESOURCE_FIELDS) {
		const text = draft.text[field].trim();
		if (text === '') continue;
		const parsed = parseField(field, text);
		const { kind, resource } = FIELD_PARTS[field];
		if (!parsed.ok) fieldErrors[field] = parsed.error;
		else (kind === 'requests' ? requests : limits)[resource] = parsed.value;
	}
	const firstError = RESOURCE_FIELDS.map((f) => fieldErrors[f]).find((e) => e !== undefined);
	if (firstError !== undefined) {
		return { ok: false, fieldErrors, message: `Pod in version "v1" cannot be handled as a Pod: ${firstError}` };
	}
	const [first, ...rest] = draft.base.containers;
	const container: ResourceContainer = {
		name: first?.name ?? 'app',
		...(Object.keys(requests).length > 0 ? { requests } : {}),
		...(Object.keys(limits).length > 0 ? { limits } : {}),
	};
	const pod: ResourcePod = { ...draft.base, name: draft.name, containers: [container, ...rest] };
	const invalid = validatePodResources(pod);
	if (invalid.length > 0) {
		return { ok: false, fieldErrors: {}, message: `The Pod "${draft.name}" is invalid: ${invalid.length === 1 ? invalid[0] : `[${invalid.join(', ')}]`}` };
	}
	const defaulted = RESOURCE_NAMES.filter((r) => limits[r] !== undefined && requests[r] === undefined);
	return { ok: true, pod, defaulted };
}

/** One Pod of a plan: how it was read, its QoS and where the scheduler put it. */
export interface DraftPodView {
	name: string;
	check: DraftCheck;
	/** Set only for Pods the API server accepted. */
	qos?: QosExplanation;
	placement?: Placement;
}

/** Everything the widget shows for a list of drafts on a set of nodes. */
export interface DraftPlan {
	pods: DraftPodView[];
	nodes: NodeUsage[];
	/** Per node, its Pods in the order the kubelet evicts them under pressure (https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/). */
	evictionOrder: Record<string, Array<{ pod: string; qos: QosClass }>>;
}

/**
 * Reads every draft, schedules the accepted Pods in list order by requests only (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/), and
 * classifies each by QoS (https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/). Rejected drafts do not exist for the scheduler.
 */
export function planPodDrafts(nodes: readonly ResourceNode[], drafts: readonly PodDraft[]): DraftPlan {
	const checks = drafts.map((d) => ({ name: d.name, check: readPodDraft(d) }));
	const accepted = checks.flatMap(({ check }) => (check.ok ? [check.pod] : []));
	const schedule = schedulePods(nodes, accepted);
	const byName = new Map(schedule.placements.map((p) => [p.pod, p]));
	const podByName = new Map(accepted.map((p) => [p.name, p]));
	const pods = checks.map(({ name, check }): DraftPodView => {
		if (!check.ok) return { name, check };
		const placement = byName.get(name);
		return { name, check, qos: explainQos(check.pod), ...(placement ? { placement } : {}) };
	});
	const evictionOrder: DraftPlan['evictionOrder'] = {};
	for (const node of schedule.nodes) {
		const onNode = node.pods.flatMap((n) => {
			const pod = podByName.get(n);
			return pod ? [pod] : [];
		});
		evictionOrder[node.name] = orderForEviction(onNode).map(({ pod, qos }) => ({ pod: pod.name, qos }));
	}
	return { pods, nodes: schedule.nodes, evictionOrder };
}

/** Where a Pod ended up, in one word: a node name, "Pending" or "Rejected". */
export function summarizePlacement(view: DraftPodView): string {
	if (!view.check.ok) return 'Rejected';
	if (!view.placement) return 'Pending';
	return view.placement.status === 'Scheduled' ? view.placement.node : 'Pending';
}

/** A Pod whose placement differs between two plans; undefined means absent from that plan. */
export interface PlacementChange {
	pod: string;
	before?: string;
	after?: string;
}

/** Lists the Pods that were added, removed, moved, became Pending or got rejected between two plans. */
export function diffPlans(before: DraftPlan, after: DraftPlan): PlacementChange[] {
	const old = new Map(before.pods.map((p) => [p.name, summarizePlacement(p)]));
	const now = new Map(after.pods.map((p) => [p.name, summarizePlacement(p)]));
	const changes: PlacementChange[] = [];
	for (const [pod, place] of now) {
		const was = old.get(pod);
		if (was !== place) changes.push({ pod, ...(was === undefined ? {} : { before: was }), after: place });
	}
	for (const [pod, was] of old) if (!now.has(pod)) changes.push({ pod, before: was });
	return changes;
}

/** The text of a usage to simulate; '' means "uses none of it". */
export interface UsageText {
	cpu: string;
	memory: string;
}

/** What a container's usage leads to, with the limits it was compared with, or parse errors. */
export type UsageCheck =
	| { ok: true; outcome: UsageOutcome; usage: Record<ResourceName, number>; limits: ResourceList }
	| { ok: false; reason: 'usage-invalid'; errors: Partial<Record<ResourceName, string>> }
	| { ok: false; reason: 'pod-rejected' };

/**
 * Runs a usage against the first container of a draft (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/): over the memory limit is
 * OOMKilled, over the CPU limit is throttled, no limit means it may use spare node capacity.
 * The draft must read as valid, since only a created Pod runs.
 */
export function simulateDraftUsage(draft: PodDraft, usage: UsageText): UsageCheck {
	const cpu = usage.cpu.trim() === '' ? { ok: true as const, value: 0 } : parseCpuQuantity(usage.cpu);
	const memory = usage.memory.trim() === '' ? { ok: true as const, value: 0 } : parseMemoryQuantity(usage.memory);
	if (!cpu.ok || !memory.ok) {
		return { ok: false, reason: 'usage-invalid', errors: { ...(cpu.ok ? {} : { cpu: cpu.error }), ...(memory.ok ? {} : { memory: memory.error }) } };
	}
	const check = readPodDraft(draft);
	const container = check.ok ? check.pod.containers[0] : undefined;
	if (!container) return { ok: false, reason: 'pod-rejected' };
	const amounts = { cpu: cpu.value, memory: memory.value };
	return { ok: true, outcome: simulateUsage(container, amounts), usage: amounts, limits: { ...container.limits } };
}

/** The exit code of an OOM-killed container: 128 + 9 (SIGKILL). */
export const OOM_EXIT_CODE = 137;
