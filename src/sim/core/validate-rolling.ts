/**
 * The API server's check of a Deployment's rolling-update knobs (ValidateRollingUpdateDeployment
 * in kubernetes/kubernetes pkg/apis/apps/validation/validation.go): a leaf over validate-common,
 * so the rollout simulator's settings form validates what is typed before the reducer has loaded.
 */
import { getIntOrPercentValue, invalid, validateIntOrPercent } from './validate-common.ts';
import type { FieldError } from './types.ts';

/** Field errors of `spec.strategy.rollingUpdate`'s maxSurge and maxUnavailable (a caller passes 25% for one the manifest leaves out). */
export function validateRollingUpdateKnobs(maxSurge: unknown, maxUnavailable: unknown): FieldError[] {
	const errors = [
		// Kubernetes caps only maxUnavailable at 100%; a surge of 200% is valid (ValidateRollingUpdateDeployment).
		...validateIntOrPercent(maxSurge, 'spec.strategy.rollingUpdate.maxSurge', false),
		...validateIntOrPercent(maxUnavailable, 'spec.strategy.rollingUpdate.maxUnavailable'),
	];
	if (errors.length === 0 && getIntOrPercentValue(maxSurge as number | string) === 0 && getIntOrPercentValue(maxUnavailable as number | string) === 0) {
		// Both zero would let the rollout make no progress at all (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
		errors.push(invalid('spec.strategy.rollingUpdate.maxUnavailable', maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
	}
	return errors;
}
