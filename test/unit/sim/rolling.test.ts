import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRollingBounds, scaleIntOrPercent } from '../../../src/sim/index.ts';
import { computeMaxScaledDown, computeNewReplicaSetSize, isPercent } from '../../../src/sim/core/rolling.ts';

describe('resolveRollingBounds with the apps/v1 defaults 25%/25%', () => {
	const bounds = (replicas: number) => resolveRollingBounds(replicas, '25%', '25%');

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('rolling update bounds for 3 replicas: 4 max, 3 min', () => {
		expect(bounds(3)).toEqual({ surge: 1, unavailable: 0, maxTotal: 4, minAvailable: 3 });
	});

	// Source: kubernetes/kubernetes pkg/controller/deployment/rolling.go
	it('rolling update bounds for 10 replicas: 13 max, 8 min', () => {
		expect(bounds(10)).toEqual({ surge: 3, unavailable: 2, maxTotal: 13, minAvailable: 8 });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('rolling update bounds for 1, 2, 4 and 5 replicas', () => {
		expect(bounds(1)).toEqual({ surge: 1, unavailable: 0, maxTotal: 2, minAvailable: 1 });
		expect(bounds(2)).toEqual({ surge: 1, unavailable: 0, maxTotal: 3, minAvailable: 2 });
		expect(bounds(4)).toEqual({ surge: 1, unavailable: 1, maxTotal: 5, minAvailable: 3 });
		expect(bounds(5)).toEqual({ surge: 2, unavailable: 1, maxTotal: 7, minAvailable: 4 });
	});
});

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
describe('rounding', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('maxSurge percent rounds up and maxUnavailable percent rounds down', () => {
		expect(scaleIntOrPercent('25%', 3, true)).toBe(1);
		expect(scaleIntOrPercent('25%', 3, false)).toBe(0);
		expect(scaleIntOrPercent('30%', 10, true)).toBe(3);
		expect(scaleIntOrPercent('35%', 10, false)).toBe(3);
		expect(scaleIntOrPercent(2, 10, true)).toBe(2);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('when both resolve to 0, maxUnavailable is forced to 1', () => {
		expect(resolveRollingBounds(3, 0, '25%')).toEqual({ surge: 0, unavailable: 1, maxTotal: 3, minAvailable: 2 });
		expect(resolveRollingBounds(1, '10%', '10%')).toMatchObject({ surge: 1, unavailable: 0 });
		expect(resolveRollingBounds(2, 0, '40%')).toMatchObject({ surge: 0, unavailable: 1 });
	});

	it('maxUnavailable never exceeds replicas, and is 0 for 0 replicas', () => {
		expect(resolveRollingBounds(2, 0, 5)).toEqual({ surge: 0, unavailable: 2, maxTotal: 2, minAvailable: 0 });
		expect(resolveRollingBounds(0, '25%', '25%')).toEqual({ surge: 0, unavailable: 0, maxTotal: 0, minAvailable: 0 });
	});

	it('rejects a string that is not a percent', () => {
		expect(isPercent('25%')).toBe(true);
		expect(isPercent('25')).toBe(false);
		expect(() => scaleIntOrPercent('abc', 3, true)).toThrow(/not a percentage/);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('max total = replicas + surge and min available = replicas - unavailable for any input', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 100 }),
				fc.oneof(
					fc.integer({ min: 0, max: 20 }),
					fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
				),
				fc.oneof(
					fc.integer({ min: 0, max: 20 }),
					fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
				),
				(replicas, surge, unavailable) => {
					const b = resolveRollingBounds(replicas, surge, unavailable);
					expect(b.maxTotal).toBe(replicas + b.surge);
					expect(b.minAvailable).toBe(replicas - b.unavailable);
					expect(b.minAvailable).toBeGreaterThanOrEqual(0);
					if (replicas > 0) expect(b.surge + b.unavailable).toBeGreaterThan(0);
				},
			),
			{ numRuns: 200 },
		);
	});
});

// Source: kubernetes/kubernetes pkg/controller/deployment/rolling.go
describe('controller arithmetic', () => {
	const b10 = resolveRollingBounds(10, 3, 2);

	it('new ReplicaSet grows to min(replicas + maxSurge - total, replicas - newRS)', () => {
		expect(computeNewReplicaSetSize(b10, 10, 10, 0)).toBe(3);
		expect(computeNewReplicaSetSize(b10, 10, 11, 5)).toBe(7);
		expect(computeNewReplicaSetSize(b10, 10, 13, 3)).toBe(3);
		expect(computeNewReplicaSetSize(b10, 10, 10, 9)).toBe(10);
	});

	it('old ReplicaSets may lose allPods - minAvailable - newRSUnavailable (the controller comment example)', () => {
		// 10 replicas, 13 Pods, 3 new ones not ready yet: nothing may go.
		expect(computeMaxScaledDown(b10, 13, 3)).toBe(2);
		expect(computeMaxScaledDown(b10, 13, 5)).toBe(0);
	});
});
