/**
 * Container and Pod resources: requests, limits, QoS classes and what happens when a
 * container uses more than its limit. Facts https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/.
 *
 * Amounts are plain numbers: CPU in millicores, memory in bytes (parse strings with
 * quantity-exact.ts). A missing key means "not set", which is different from 0 for admission
 * (quota constraints look at presence) but the same for QoS (zero amounts do not count).
 */
import { formatCpuQuantity, formatMemoryQuantity } from '../core/quantity-exact.ts';

/** The two compute resources the simulator models. */
export type ResourceName = 'cpu' | 'memory';

/** Every modelled resource, in the order messages list them. */
export const RESOURCE_NAMES: readonly ResourceName[] = ['cpu', 'memory'];

/** A partial resource list: cpu in millicores, memory in bytes; a missing key is "not set". */
export type ResourceList = Partial<Record<ResourceName, number>>;

/** A complete amount of both resources (unset counts as 0). */
export type ResourceTotals = Record<ResourceName, number>;

/** One container's resources; `restartPolicy: 'Always'` on an init container makes it a sidecar (https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/). */
export interface ResourceContainer {
	name: string;
	requests?: ResourceList;
	limits?: ResourceList;
	restartPolicy?: 'Always';
}

/** The resource-relevant part of a Pod. */
export interface ResourcePod {
	name: string;
	namespace?: string;
	containers: ResourceContainer[];
	initContainers?: ResourceContainer[];
	/** Pod overhead (RuntimeClass), added on top of the containers (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
	overhead?: ResourceList;
}

/** QoS classes (https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/). */
export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

/** Formats an amount of one resource the way the API prints it ("500m", "128Mi"). */
export function formatAmount(resource: ResourceName, amount: number): string {
	return resource === 'cpu' ? formatCpuQuantity(amount) : formatMemoryQuantity(amount);
}

function defaultContainer(container: ResourceContainer): ResourceContainer {
	const limits = container.limits ?? {};
	const requests: ResourceList = { ...container.requests };
	for (const r of RESOURCE_NAMES) {
		if (limits[r] !== undefined && requests[r] === undefined) requests[r] = limits[r];
	}
	return { ...container, requests, limits: { ...limits } };
}

/**
 * Applies the API server's Pod defaulting: a container that sets a limit but no request
 * gets the limit as its request (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/, SetDefaults_Pod). Returns a new Pod.
 */
export function applyPodDefaults(pod: ResourcePod): ResourcePod {
	return {
		...pod,
		containers: pod.containers.map(defaultContainer),
		...(pod.initContainers ? { initContainers: pod.initContainers.map(defaultContainer) } : {}),
	};
}

/** Every container of a Pod with its field path, app containers first like the API server lists them. */
export function listContainers(pod: ResourcePod): Array<{ container: ResourceContainer; path: string }> {
	return [
		...pod.containers.map((container, i) => ({ container, path: `spec.containers[${i}]` })),
		...(pod.initContainers ?? []).map((container, i) => ({ container, path: `spec.initContainers[${i}]` })),
	];
}

/**
 * Validates requests against limits like Pod validation does: a request above its limit is
 * a 422 Invalid error. Returns the field errors (empty when valid), in the API's wording.
 */
export function validatePodResources(pod: ResourcePod): string[] {
	const errors: string[] = [];
	for (const { container, path } of listContainers(pod)) {
		for (const r of RESOURCE_NAMES) {
			for (const kind of ['requests', 'limits'] as const) {
				const value = container[kind]?.[r];
				if (value !== undefined && value < 0) {
					errors.push(`${path}.resources.${kind}[${r}]: Invalid value: "${formatAmount(r, value)}": must be greater than or equal to 0`);
				}
			}
			const request = container.requests?.[r];
			const limit = container.limits?.[r];
			if (request !== undefined && limit !== undefined && request > limit) {
				errors.push(
					`${path}.resources.requests: Invalid value: "${formatAmount(r, request)}": must be less than or equal to ${r} limit of ${formatAmount(r, limit)}`,
				);
			}
		}
	}
	return errors;
}

function readAmount(list: ResourceList | undefined, r: ResourceName): number {
	return list?.[r] ?? 0;
}

/**
 * The Pod-level amount the scheduler and quotas use (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/): app containers and sidecars add
 * up; a regular init container runs alone (next to the sidecars started before it), so the
 * Pod needs max(sum, largest init step); Pod overhead comes on top.
 */
function aggregate(pod: ResourcePod, kind: 'requests' | 'limits'): ResourceTotals {
	const totals = {} as ResourceTotals;
	for (const r of RESOURCE_NAMES) {
		let sum = pod.containers.reduce((acc, c) => acc + readAmount(c[kind], r), 0);
		let sidecars = 0;
		let initPeak = 0;
		for (const init of pod.initContainers ?? []) {
			const own = readAmount(init[kind], r);
			if (init.restartPolicy === 'Always') {
				sum += own;
				sidecars += own;
				initPeak = Math.max(initPeak, sidecars);
			} else {
				initPeak = Math.max(initPeak, own + sidecars);
			}
		}
		totals[r] = Math.max(sum, initPeak) + readAmount(pod.overhead, r);
	}
	return totals;
}

/** The Pod's effective requests after defaulting (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/); what the scheduler places by (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
export function effectiveRequests(pod: ResourcePod): ResourceTotals {
	return aggregate(applyPodDefaults(pod), 'requests');
}

/** The Pod's effective limits, aggregated like requests; unset limits count as 0 here. */
export function effectiveLimits(pod: ResourcePod): ResourceTotals {
	return aggregate(pod, 'limits');
}

/** Why a Pod got its QoS class, as a code the widget can translate. */
export type QosExplanation =
	| { qos: 'BestEffort'; because: 'no-requests-or-limits' }
	| { qos: 'Burstable'; because: 'missing-limit'; container: string; resource: ResourceName }
	| { qos: 'Burstable'; because: 'request-differs-from-limit'; resource: ResourceName }
	| { qos: 'Guaranteed'; because: 'all-requests-equal-limits' };

/**
 * Classifies a Pod and says why (https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/). Follows the kubelet's GetPodQOS: defaulting
 * first (limit-only containers get requests = limits, https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/), only cpu and memory count, zero
 * amounts are ignored, every container must set both limits, and the summed requests must
 * equal the summed limits.
 */
export function explainQos(pod: ResourcePod): QosExplanation {
	const defaulted = applyPodDefaults(pod);
	const requests: ResourceList = {};
	const limits: ResourceList = {};
	let missing: { container: string; resource: ResourceName } | undefined;
	for (const { container } of listContainers(defaulted)) {
		for (const r of RESOURCE_NAMES) {
			const request = container.requests?.[r] ?? 0;
			const limit = container.limits?.[r] ?? 0;
			if (request > 0) requests[r] = (requests[r] ?? 0) + request;
			if (limit > 0) limits[r] = (limits[r] ?? 0) + limit;
			else missing ??= { container: container.name, resource: r };
		}
	}
	if (Object.keys(requests).length === 0 && Object.keys(limits).length === 0) {
		return { qos: 'BestEffort', because: 'no-requests-or-limits' };
	}
	if (missing) return { qos: 'Burstable', because: 'missing-limit', ...missing };
	for (const r of RESOURCE_NAMES) {
		if (requests[r] !== limits[r]) return { qos: 'Burstable', because: 'request-differs-from-limit', resource: r };
	}
	return { qos: 'Guaranteed', because: 'all-requests-equal-limits' };
}

/** The Pod's QoS class: Guaranteed, Burstable or BestEffort (https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/). */
export function classifyQos(pod: ResourcePod): QosClass {
	return explainQos(pod).qos;
}

const EVICTION_RANK: Record<QosClass, number> = { BestEffort: 0, Burstable: 1, Guaranteed: 2 };

/**
 * Orders Pods for eviction under node pressure: BestEffort first, then Burstable, then
 * Guaranteed (https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/); Pods of one class keep their given order. (The kubelet also weighs
 * priority and usage above requests; the QoS order is what the docs teach.)
 */
export function orderForEviction<P extends ResourcePod>(pods: readonly P[]): Array<{ pod: P; qos: QosClass }> {
	return pods
		.map((pod, index) => ({ pod, qos: classifyQos(pod), index }))
		.sort((a, b) => EVICTION_RANK[a.qos] - EVICTION_RANK[b.qos] || a.index - b.index)
		.map(({ pod, qos }) => ({ pod, qos }));
}

/** What happens to a container using a given amount: fine, CPU-throttled, or OOM-killed. */
export type UsageOutcome = 'ok' | 'throttled' | 'oomkilled';

/**
 * Decides what a container's usage leads to (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/): above the CPU limit the kernel
 * throttles it (it is not killed); above the memory limit it is OOM-killed (reactively,
 * under memory pressure, so it may briefly exceed first). Without a limit a container may
 * use spare node capacity beyond its request. Memory wins when both are exceeded.
 */
export function simulateUsage(container: ResourceContainer, usage: ResourceList): UsageOutcome {
	const limits = container.limits ?? {};
	if (limits.memory !== undefined && (usage.memory ?? 0) > limits.memory) return 'oomkilled';
	if (limits.cpu !== undefined && (usage.cpu ?? 0) > limits.cpu) return 'throttled';
	return 'ok';
}
