/**
 * Namespace resource policies at Pod admission: LimitRange defaults and min/max (https://kubernetes.io/docs/concepts/policy/limit-range/) and
 * ResourceQuota totals (https://kubernetes.io/docs/concepts/policy/resource-quotas/), with the API server's own error texts.
 *
 * The order is the API server's: Pod defaulting (limit-only containers get requests =
 * limits, https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/), LimitRanger mutation (inject default limits and requests), Pod validation
 * (request <= limit, 422 Invalid), LimitRanger validation (403 Forbidden), ResourceQuota
 * (403 Forbidden). Both policies act only at admission, never on running Pods (https://kubernetes.io/docs/concepts/policy/limit-range/).
 *
 * The caller passes the LimitRanges, ResourceQuotas and already admitted Pods of the Pod's
 * namespace (both policies are per namespace).
 */
import { formatCpuQuantity } from './quantity-exact.ts';
import {
	RESOURCE_NAMES,
	applyPodDefaults,
	effectiveLimits,
	effectiveRequests,
	formatAmount,
	listContainers,
	validatePodResources,
	type ResourceContainer,
	type ResourceList,
	type ResourceName,
	type ResourcePod,
} from './resources.ts';

/** One LimitRange item: per Container defaults and bounds, or per Pod bounds. */
export interface LimitRangeItem {
	type: 'Container' | 'Pod';
	/** Default limits injected into containers without one. */
	default?: ResourceList;
	/** Default requests injected into containers without one. */
	defaultRequest?: ResourceList;
	min?: ResourceList;
	max?: ResourceList;
	/** Largest allowed limit / request ratio, a plain number per resource (2 means limit <= 2 x request). */
	maxLimitRequestRatio?: Partial<Record<ResourceName, number>>;
}

/** A LimitRange object of the namespace. */
export interface LimitRange {
	name: string;
	limits: LimitRangeItem[];
}

/** Resource names a ResourceQuota may limit here; plain cpu/memory mean requests.cpu/requests.memory. */
export type QuotaResource = 'pods' | 'cpu' | 'memory' | 'requests.cpu' | 'requests.memory' | 'limits.cpu' | 'limits.memory';

/** Every QuotaResource, in the sorted order the API prints them. */
export const QUOTA_RESOURCES: readonly QuotaResource[] = ['cpu', 'limits.cpu', 'limits.memory', 'memory', 'pods', 'requests.cpu', 'requests.memory'];

/** A ResourceQuota object of the namespace: hard caps per resource. */
export interface ResourceQuota {
	name: string;
	hard: Partial<Record<QuotaResource, number>>;
}

/** Amounts per quota resource (usage, requests or caps). */
export type QuotaAmounts = Partial<Record<QuotaResource, number>>;

/** Which admission step decided. */
export type AdmissionStage = 'LimitRanger' | 'validation' | 'ResourceQuota';

/** The outcome of creating a Pod: admitted (possibly changed by defaults) or rejected. */
export type AdmissionResult =
	| {
			allowed: true;
			/** The Pod as stored, with defaults filled in. */
			pod: ResourcePod;
			/** The `kubernetes.io/limit-ranger` annotation when LimitRanger set defaults. */
			limitRangerAnnotation?: string;
	  }
	| { allowed: false; code: 403; reason: 'Forbidden'; stage: 'LimitRanger' | 'ResourceQuota'; message: string }
	| { allowed: false; code: 422; reason: 'Invalid'; stage: 'validation'; message: string };

/** Everything in the Pod's namespace that admission looks at. */
export interface AdmissionContext {
	limitRanges?: readonly LimitRange[];
	quotas?: readonly ResourceQuota[];
	/** Pods already admitted in the namespace; they make up the quotas' usage. */
	admittedPods?: readonly ResourcePod[];
}

function fill(target: ResourceList, source: ResourceList | undefined): void {
	for (const r of RESOURCE_NAMES) {
		const value = source?.[r];
		if (value !== undefined && target[r] === undefined) target[r] = value;
	}
}

/**
 * Applies the API defaults of a Container LimitRange item (SetDefaults_LimitRangeItem): a
 * missing default limit becomes max, a missing default request becomes the default limit,
 * then min (https://kubernetes.io/docs/concepts/policy/limit-range/: "default limit but no default request -> request defaults to the limit").
 */
export function defaultLimitRangeItem(item: LimitRangeItem): LimitRangeItem {
	if (item.type !== 'Container') return item;
	const limit: ResourceList = { ...item.default };
	fill(limit, item.max);
	const request: ResourceList = { ...item.defaultRequest };
	fill(request, limit);
	fill(request, item.min);
	return { ...item, default: limit, defaultRequest: request };
}

function mergeDefaults(container: ResourceContainer, limit: ResourceList, request: ResourceList, prefix: string, notes: string[]): ResourceContainer {
	const limits: ResourceList = { ...container.limits };
	const requests: ResourceList = { ...container.requests };
	const setLimits = RESOURCE_NAMES.filter((r) => limit[r] !== undefined && limits[r] === undefined);
	const setRequests = RESOURCE_NAMES.filter((r) => request[r] !== undefined && requests[r] === undefined);
	for (const r of setLimits) limits[r] = limit[r];
	for (const r of setRequests) requests[r] = request[r];
	// RESOURCE_NAMES is already in the sorted order the annotation lists resources in.
	if (setRequests.length > 0) notes.push(`${setRequests.join(', ')} request for ${prefix} ${container.name}`);
	if (setLimits.length > 0) notes.push(`${setLimits.join(', ')} limit for ${prefix} ${container.name}`);
	return { ...container, limits, requests };
}

/**
 * LimitRanger's mutation: injects each LimitRange's default limits and requests into
 * containers that lack them (https://kubernetes.io/docs/concepts/policy/limit-range/). Returns the new Pod and the annotation text it adds.
 */
export function applyLimitRangeDefaults(pod: ResourcePod, limitRanges: readonly LimitRange[]): { pod: ResourcePod; annotation?: string } {
	let current = pod;
	let annotation: string | undefined;
	for (const range of limitRanges) {
		const limit: ResourceList = {};
		const request: ResourceList = {};
		for (const item of range.limits.map(defaultLimitRangeItem)) {
			if (item.type !== 'Container') continue;
			Object.assign(limit, item.default);
			Object.assign(request, item.defaultRequest);
		}
		const notes: string[] = [];
		const containers = current.containers.map((c) => mergeDefaults(c, limit, request, 'container', notes));
		const initContainers = current.initContainers?.map((c) => mergeDefaults(c, limit, request, 'init container', notes));
		current = { ...current, containers, ...(initContainers ? { initContainers } : {}) };
		if (notes.length > 0) annotation = `LimitRanger plugin set: ${notes.join('; ')}`;
	}
	return annotation === undefined ? { pod: current } : { pod: current, annotation };
}

function checkMin(type: string, r: ResourceName, min: number, request: number | undefined, limit: number | undefined): string | undefined {
	const bound = formatAmount(r, min);
	if (request === undefined) return `minimum ${r} usage per ${type} is ${bound}.  No request is specified`;
	if (request < min) return `minimum ${r} usage per ${type} is ${bound}, but request is ${formatAmount(r, request)}`;
	if (limit !== undefined && limit < min) return `minimum ${r} usage per ${type} is ${bound}, but limit is ${formatAmount(r, limit)}`;
	return undefined;
}

function checkMax(type: string, r: ResourceName, max: number, request: number | undefined, limit: number | undefined): string | undefined {
	const bound = formatAmount(r, max);
	if (limit === undefined) return `maximum ${r} usage per ${type} is ${bound}.  No limit is specified`;
	if (limit > max) return `maximum ${r} usage per ${type} is ${bound}, but limit is ${formatAmount(r, limit)}`;
	if (request !== undefined && request > max) return `maximum ${r} usage per ${type} is ${bound}, but request is ${formatAmount(r, request)}`;
	return undefined;
}

function checkRatio(type: string, r: ResourceName, ratio: number, request: number | undefined, limit: number | undefined): string | undefined {
	// The ratio is a unitless quantity; the API prints 2 as "2" and 1.5 as "1500m".
	const bound = formatCpuQuantity(Math.round(ratio * 1000));
	if (!request) return `${r} max limit to request ratio per ${type} is ${bound}, but no request is specified or request is 0`;
	if (!limit) return `${r} max limit to request ratio per ${type} is ${bound}, but no limit is specified or limit is 0`;
	const observed = limit / request;
	if (observed > ratio) {
		return `${r} max limit to request ratio per ${type} is ${bound}, but provided ratio is ${observed.toFixed(6)}`;
	}
	return undefined;
}

/** Every min, then max, then ratio violation of one item, in LimitRanger's order. */
function checkBounds(item: LimitRangeItem, requests: ResourceList, limits: ResourceList): string[] {
	const found = [
		...RESOURCE_NAMES.map((r) => {
			const min = item.min?.[r];
			return min === undefined ? undefined : checkMin(item.type, r, min, requests[r], limits[r]);
		}),
		...RESOURCE_NAMES.map((r) => {
			const max = item.max?.[r];
			return max === undefined ? undefined : checkMax(item.type, r, max, requests[r], limits[r]);
		}),
		...RESOURCE_NAMES.map((r) => {
			const ratio = item.maxLimitRequestRatio?.[r];
			return ratio === undefined ? undefined : checkRatio(item.type, r, ratio, requests[r], limits[r]);
		}),
	];
	return found.filter((error): error is string => error !== undefined);
}

function toPodLevel(pod: ResourcePod, pick: (c: ResourceContainer) => ResourceList | undefined, totals: Record<ResourceName, number>): ResourceList {
	const present = listContainers(pod).map(({ container }) => pick(container) ?? {});
	const list: ResourceList = {};
	for (const r of RESOURCE_NAMES) if (present.some((p) => p[r] !== undefined)) list[r] = totals[r];
	return list;
}

/** LimitRanger's validation of one LimitRange: every min/max/ratio violation, in the API's words (https://kubernetes.io/docs/concepts/policy/limit-range/). */
export function validateLimitRange(pod: ResourcePod, range: LimitRange): string[] {
	const errors: string[] = [];
	for (const item of range.limits) {
		if (item.type === 'Container') {
			for (const { container } of listContainers(pod)) errors.push(...checkBounds(item, container.requests ?? {}, container.limits ?? {}));
		} else {
			const requests = toPodLevel(pod, (c) => c.requests, effectiveRequests(pod));
			const limits = toPodLevel(pod, (c) => c.limits, effectiveLimits(pod));
			errors.push(...checkBounds(item, requests, limits));
		}
	}
	return errors;
}

/** Joins errors like Go's utilerrors aggregate: one as is, several as "[a, b]". */
function aggregateErrors(errors: readonly string[]): string {
	return errors.length === 1 ? (errors[0] ?? '') : `[${errors.join(', ')}]`;
}

/** The quota usage one Pod adds (podComputeUsageHelper): pods 1 plus its requests and limits. */
export function podQuotaUsage(pod: ResourcePod): QuotaAmounts {
	const requests = effectiveRequests(pod);
	const limits = effectiveLimits(pod);
	return {
		pods: 1,
		cpu: requests.cpu,
		'requests.cpu': requests.cpu,
		memory: requests.memory,
		'requests.memory': requests.memory,
		'limits.cpu': limits.cpu,
		'limits.memory': limits.memory,
	};
}

/** A quota's current usage: the sum over the admitted Pods, for the resources it limits. */
export function computeQuotaUsed(quota: ResourceQuota, admittedPods: readonly ResourcePod[]): QuotaAmounts {
	const used: QuotaAmounts = {};
	for (const key of QUOTA_RESOURCES) {
		if (quota.hard[key] === undefined) continue;
		used[key] = admittedPods.reduce((sum, pod) => sum + (podQuotaUsage(pod)[key] ?? 0), 0);
	}
	return used;
}

function formatQuotaAmount(key: QuotaResource, value: number): string {
	if (key === 'pods') return String(value);
	return formatAmount(key.endsWith('cpu') ? 'cpu' : 'memory', value);
}

function prettyPrint(amounts: QuotaAmounts, keys: readonly QuotaResource[]): string {
	return keys.map((k) => `${k}=${formatQuotaAmount(k, amounts[k] ?? 0)}`).join(',');
}

// Which container field must be set when a quota limits each resource (https://kubernetes.io/docs/concepts/policy/resource-quotas/).
const REQUIRED_FIELD: Record<Exclude<QuotaResource, 'pods'>, { kind: 'requests' | 'limits'; resource: ResourceName }> = {
	cpu: { kind: 'requests', resource: 'cpu' },
	'requests.cpu': { kind: 'requests', resource: 'cpu' },
	memory: { kind: 'requests', resource: 'memory' },
	'requests.memory': { kind: 'requests', resource: 'memory' },
	'limits.cpu': { kind: 'limits', resource: 'cpu' },
	'limits.memory': { kind: 'limits', resource: 'memory' },
};

/**
 * The quota evaluator's constraint: if a quota limits cpu or memory, every container must
 * set that request or limit (https://kubernetes.io/docs/concepts/policy/resource-quotas/). Returns "must specify limits.cpu for: app; ..." or undefined.
 */
export function findQuotaConstraintError(pod: ResourcePod, quota: ResourceQuota): string | undefined {
	const missing = new Map<string, Set<string>>();
	for (const key of QUOTA_RESOURCES) {
		if (key === 'pods' || quota.hard[key] === undefined) continue;
		const { kind, resource } = REQUIRED_FIELD[key];
		for (const { container } of listContainers(pod)) {
			if (container[kind]?.[resource] !== undefined) continue;
			const names = missing.get(key) ?? new Set<string>();
			missing.set(key, names.add(container.name));
		}
	}
	if (missing.size === 0) return undefined;
	const parts = [...missing].map(([key, names]) => `${key} for: ${[...names].sort().join(',')}`);
	return `must specify ${parts.join('; ')}`;
}

/**
 * ResourceQuota admission (https://kubernetes.io/docs/concepts/policy/resource-quotas/): first every quota's constraint, then whether the Pod's
 * usage fits under each quota's hard caps. Returns the error text or undefined.
 */
export function checkResourceQuotas(pod: ResourcePod, quotas: readonly ResourceQuota[], admittedPods: readonly ResourcePod[]): string | undefined {
	for (const quota of quotas) {
		const error = findQuotaConstraintError(pod, quota);
		if (error) return `failed quota: ${quota.name}: ${error}`;
	}
	const delta = podQuotaUsage(pod);
	for (const quota of quotas) {
		const used = computeQuotaUsed(quota, admittedPods);
		// Zero usage is not charged, and only resources this quota limits are compared.
		const charged = QUOTA_RESOURCES.filter((k) => quota.hard[k] !== undefined && (delta[k] ?? 0) > 0);
		const exceeded = charged.filter((k) => (used[k] ?? 0) + (delta[k] ?? 0) > (quota.hard[k] ?? 0));
		if (exceeded.length > 0) {
			return `exceeded quota: ${quota.name}, requested: ${prettyPrint(delta, exceeded)}, used: ${prettyPrint(used, exceeded)}, limited: ${prettyPrint(quota.hard, exceeded)}`;
		}
	}
	return undefined;
}

/**
 * Runs a Pod through admission as the API server would (see the file comment) and returns
 * the stored Pod or the rejection with its HTTP code and message.
 */
export function admitPod(pod: ResourcePod, context: AdmissionContext = {}): AdmissionResult {
	const limitRanges = context.limitRanges ?? [];
	const mutated = applyLimitRangeDefaults(applyPodDefaults(pod), limitRanges);
	const invalid = validatePodResources(mutated.pod);
	if (invalid.length > 0) {
		return { allowed: false, code: 422, reason: 'Invalid', stage: 'validation', message: `Pod "${pod.name}" is invalid: ${aggregateErrors(invalid)}` };
	}
	for (const range of limitRanges) {
		const errors = validateLimitRange(mutated.pod, range);
		if (errors.length > 0) {
			return { allowed: false, code: 403, reason: 'Forbidden', stage: 'LimitRanger', message: `pods "${pod.name}" is forbidden: ${aggregateErrors(errors)}` };
		}
	}
	const quotaError = checkResourceQuotas(mutated.pod, context.quotas ?? [], context.admittedPods ?? []);
	if (quotaError) {
		return { allowed: false, code: 403, reason: 'Forbidden', stage: 'ResourceQuota', message: `pods "${pod.name}" is forbidden: ${quotaError}` };
	}
	return mutated.annotation === undefined
		? { allowed: true, pod: mutated.pod }
		: { allowed: true, pod: mutated.pod, limitRangerAnnotation: mutated.annotation };
}

/** Renders a rejection the way `kubectl apply -f <file>` prints it. */
export function formatKubectlError(result: Extract<AdmissionResult, { allowed: false }>, file: string): string {
	if (result.code === 422) return `The ${result.message}`;
	return `Error from server (Forbidden): error when creating "${file}": ${result.message}`;
}
