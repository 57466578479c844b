import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDemoCluster, getCondition, resolveRollingBounds, step, type Cluster, type IntOrPercent } from '../../../src/sim/index.ts';
import { nginxDeployment, run, tickUntil } from './fixtures.ts';

const knob = fc.oneof(
	fc.integer({ min: 0, max: 6 }),
	fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
);
const rawValue = (v: IntOrPercent): number => (typeof v === 'number' ? v : Number.parseInt(v, 10));
const strategyArb = fc
	.record({ replicas: fc.integer({ min: 0, max: 20 }), maxSurge: knob, maxUnavailable: knob })
	.filter((s) => rawValue(s.maxSurge) !== 0 || rawValue(s.maxUnavailable) !== 0);

/** Non-terminating Pods of the Deployment (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/: terminating Pods are not counted). */
const livePods = (c: Cluster) => c.pods.filter((p) => !p.deleting);
const availablePods = (c: Cluster) => livePods(c).filter((p) => p.ready);

function rolledOut(image: string) {
	return (c: Cluster): boolean => {
		const d = c.deployments[0]!;
		const live = livePods(c);
		return (
			d.status.observedGeneration === d.generation &&
			live.length === d.spec.replicas &&
			live.every((p) => p.image === image && p.ready) &&
			c.pods.length === live.length &&
			c.replicaSets.filter((rs) => rs.spec.replicas > 0).length <= 1
		);
	};
}

function deploy(replicas: number, maxSurge: IntOrPercent, maxUnavailable: IntOrPercent, seed: number): Cluster {
	const c = run(createDemoCluster({ seed }), {
		type: 'apply',
		manifest: nginxDeployment({ replicas, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } } }),
	});
	return tickUntil(c, rolledOut('nginx:1.14.2'));
}

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, kubernetes/kubernetes pkg/controller/deployment/rolling.go
describe('rolling update invariants', () => {
	it('never more than replicas + maxSurge Pods nor fewer than replicas - maxUnavailable available, and completes with a good image', () => {
		fc.assert(
			fc.property(strategyArb, fc.integer({ min: 1, max: 1000 }), ({ replicas, maxSurge, maxUnavailable }, seed) => {
				const bounds = resolveRollingBounds(replicas, maxSurge, maxUnavailable);
				let c = deploy(replicas, maxSurge, maxUnavailable, seed);
				c = run(c, { type: 'setImage', kind: 'Deployment', name: 'nginx-deployment', container: 'nginx', image: 'nginx:1.16.1' });
				let ticks = 0;
				while (!rolledOut('nginx:1.16.1')(c)) {
					c = step(c, { type: 'tick' });
					ticks += 1;
					expect(livePods(c).length).toBeLessThanOrEqual(bounds.maxTotal);
					expect(availablePods(c).length).toBeGreaterThanOrEqual(bounds.minAvailable);
					expect(ticks).toBeLessThan(400);
				}
				const d = c.deployments[0]!;
				expect(d.status.updatedReplicas).toBe(replicas);
				expect(getCondition(d, 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
			}),
			{ numRuns: 100 },
		);
	}, 60_000);

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('with a bad image the rollout stalls inside the same bounds and never finishes by itself', () => {
		fc.assert(
			fc.property(
				strategyArb.filter((s) => s.replicas > 0),
				fc.integer({ min: 1, max: 1000 }),
				({ replicas, maxSurge, maxUnavailable }, seed) => {
					const bounds = resolveRollingBounds(replicas, maxSurge, maxUnavailable);
					let c = deploy(replicas, maxSurge, maxUnavailable, seed);
					c = run(c, { type: 'setImage', kind: 'Deployment', name: 'nginx-deployment', container: 'nginx', image: 'nginx:1.161' });
					for (let i = 0; i < 70; i++) {
						c = step(c, { type: 'tick' });
						expect(livePods(c).length).toBeLessThanOrEqual(bounds.maxTotal);
						expect(availablePods(c).length).toBeGreaterThanOrEqual(bounds.minAvailable);
					}
					expect(availablePods(c).every((p) => p.image === 'nginx:1.14.2')).toBe(true);
					expect(getCondition(c.deployments[0]!, 'Progressing')?.reason).toBe('ProgressDeadlineExceeded');
					expect(c.deployments[0]!.spec.template.spec.containers[0]!.image).toBe('nginx:1.161');
				},
			),
			{ numRuns: 50 },
		);
	}, 60_000);

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('Recreate never runs old and new Pods at the same time', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1000 }), (replicas, seed) => {
				let c = run(createDemoCluster({ seed }), { type: 'apply', manifest: nginxDeployment({ replicas, strategy: { type: 'Recreate' } }) });
				c = tickUntil(c, rolledOut('nginx:1.14.2'));
				c = run(c, { type: 'setImage', kind: 'Deployment', name: 'nginx-deployment', container: 'nginx', image: 'nginx:1.16.1' });
				let ticks = 0;
				while (!rolledOut('nginx:1.16.1')(c)) {
					c = step(c, { type: 'tick' });
					const images = new Set(c.pods.map((p) => p.image));
					expect(images.size).toBeLessThanOrEqual(1);
					expect(++ticks).toBeLessThan(100);
				}
			}),
			{ numRuns: 40 },
		);
	}, 60_000);
});
