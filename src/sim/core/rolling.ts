/**
 * Rolling-update arithmetic of the Deployment controller, kept pure so it can be
 * tested against the facts sheet directly (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
 */
import type { IntOrPercent } from './types.ts';

/** Resolved rollout fenceposts for a replica count. */
export interface RollingBounds {
	/** maxSurge as a number of Pods (percent rounded up, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly surge: number;
	/** maxUnavailable as a number of Pods (percent rounded down, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/; 1 if both resolve to 0, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly unavailable: number;
	/** Most Pods allowed during a rollout: replicas + surge (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly maxTotal: number;
	/** Fewest available Pods allowed during a rollout: replicas - unavailable (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly minAvailable: number;
}

/** Whether a value is a percent string like "25%". */
export function isPercent(value: IntOrPercent): value is string {
	return typeof value === 'string' && /^[0-9]+%$/.test(value);
}

/** Turn an int-or-percent into a number of Pods of `total`, rounding up or down (GetScaledValueFromIntOrPercent). */
export function scaleIntOrPercent(value: IntOrPercent, total: number, roundUp: boolean): number {
	if (typeof value === 'number') return value;
	if (!isPercent(value)) throw new Error(`invalid value for IntOrString: invalid type: string is not a percentage: ${value}`);
	const scaled = (Number.parseInt(value, 10) * total) / 100;
	return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * Resolve maxSurge and maxUnavailable for `replicas` like ResolveFenceposts plus the
 * controller's MaxUnavailable clamp (never more than replicas; 0 when replicas is 0).
 */
export function resolveRollingBounds(replicas: number, maxSurge: IntOrPercent, maxUnavailable: IntOrPercent): RollingBounds {
	const surge = scaleIntOrPercent(maxSurge, replicas, true);
	let unavailable = scaleIntOrPercent(maxUnavailable, replicas, false);
	if (surge === 0 && unavailable === 0) unavailable = 1;
	unavailable = Math.min(unavailable, replicas);
	return { surge, unavailable, maxTotal: replicas + surge, minAvailable: replicas - unavailable };
}

/**
 * Size the new ReplicaSet may grow to now: min(replicas + surge - currentTotal,
 * replicas - newRS) added to its size, never shrinking it (NewRSNewReplicas, kubernetes/kubernetes pkg/controller/deployment/rolling.go).
 */
export function computeNewReplicaSetSize(bounds: RollingBounds, replicas: number, currentTotal: number, newReplicaSetSize: number): number {
	if (currentTotal >= bounds.maxTotal) return newReplicaSetSize;
	const scaleUp = Math.min(bounds.maxTotal - currentTotal, replicas - newReplicaSetSize);
	return newReplicaSetSize + Math.max(0, scaleUp);
}

/** How many old Pods may go now: allPods - minAvailable - newRSUnavailable (kubernetes/kubernetes pkg/controller/deployment/rolling.go). */
export function computeMaxScaledDown(bounds: RollingBounds, allPods: number, newReplicaSetUnavailable: number): number {
	return allPods - bounds.minAvailable - newReplicaSetUnavailable;
}
