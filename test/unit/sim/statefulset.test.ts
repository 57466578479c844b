import { describe, expect, it } from 'vitest';
import { createDemoCluster, getPvcsTable, getStatefulSetsTable, step, type Cluster } from '../../../src/sim/index.ts';
import { run, tick, tickUntil, webStatefulSet } from './fixtures.ts';

const names = (c: Cluster) =>
	c.pods
		.filter((p) => !p.deleting)
		.map((p) => p.name)
		.sort();
const allReady = (n: number) => (c: Cluster) => c.pods.length === n && c.pods.every((p) => p.ready && !p.deleting);

function web(overrides: Parameters<typeof webStatefulSet>[0] = {}): Cluster {
	return run(createDemoCluster(), { type: 'apply', manifest: webStatefulSet(overrides) });
}

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
describe('StatefulSet', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('creates web-0, web-1, web-2 in order, each after its predecessor is Running and Ready', () => {
		let c = web();
		expect(c.lastResult?.output).toBe('statefulset.apps/web created');
		const order: string[][] = [];
		for (let i = 0; i < 10; i++) {
			c = tick(c);
			order.push(names(c));
			const created = c.pods.map((p) => Number(p.name.split('-')[1]));
			for (const ordinal of created) {
				for (let prev = 0; prev < ordinal; prev++) {
					// A Pod exists only once every predecessor was Running and Ready.
					expect(c.pods.find((p) => p.name === `web-${prev}`)).toBeDefined();
				}
			}
		}
		expect(order[0]).toEqual(['web-0']);
		expect(order.findIndex((n) => n.includes('web-1'))).toBeGreaterThan(order.findIndex((n) => n.includes('web-0')) + 1);
		expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
		const pod = c.pods.find((p) => p.name === 'web-1')!;
		expect(pod.labels['statefulset.kubernetes.io/pod-name']).toBe('web-1');
		expect(pod.labels['apps.kubernetes.io/pod-index']).toBe('1');
		expect(pod.spec.volumes).toEqual([{ name: 'www', claimName: 'www-web-1' }]);
		expect(formatReady(c)).toBe('3/3');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('scales down in reverse order, web-2 first, and keeps the PVCs', () => {
		let c = tickUntil(web({ replicas: 4 }), allReady(4));
		c = run(c, { type: 'scale', kind: 'StatefulSet', name: 'web', replicas: 1 });
		const removed: string[] = [];
		for (let i = 0; i < 8; i++) {
			c = tick(c);
			for (const p of c.pods) if (p.deleting && !removed.includes(p.name)) removed.push(p.name);
		}
		expect(removed).toEqual(['web-3', 'web-2', 'web-1']);
		expect(names(c)).toEqual(['web-0']);
		expect(c.pvcs.map((p) => p.name).sort()).toEqual(['www-web-0', 'www-web-1', 'www-web-2', 'www-web-3']);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('a deleted Pod comes back with the same name and the same PVC', () => {
		let c = tickUntil(web(), allReady(3));
		const old = c.pods.find((p) => p.name === 'web-1')!;
		const pvc = c.pvcs.find((p) => p.name === 'www-web-1')!;
		c = tickUntil(run(c, { type: 'deletePod', name: 'web-1' }), (x) => x.pods.some((p) => p.name === 'web-1' && p.uid !== old.uid && p.ready));
		const fresh = c.pods.find((p) => p.name === 'web-1')!;
		expect(fresh.uid).not.toBe(old.uid);
		expect(fresh.spec.volumes).toEqual([{ name: 'www', claimName: 'www-web-1' }]);
		expect(c.pvcs.find((p) => p.name === 'www-web-1')!.uid).toBe(pvc.uid);
		expect(c.pvcs).toHaveLength(3);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('deleting the StatefulSet removes its Pods but not its PVCs', () => {
		let c = tickUntil(web(), allReady(3));
		c = tick(run(c, { type: 'delete', kind: 'StatefulSet', name: 'web' }), 2);
		expect(c.pods).toHaveLength(0);
		expect(getPvcsTable(c).rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
			['www-web-0', 'Bound', '1Gi', 'RWO'],
			['www-web-1', 'Bound', '1Gi', 'RWO'],
			['www-web-2', 'Bound', '1Gi', 'RWO'],
		]);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('Parallel creates and removes all Pods at once', () => {
		let c = tick(web({ podManagementPolicy: 'Parallel' }));
		expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
		c = tickUntil(c, allReady(3));
		c = tick(run(c, { type: 'scale', kind: 'StatefulSet', name: 'web', replicas: 0 }));
		expect(c.pods.every((p) => p.deleting)).toBe(true);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('a rolling update replaces Pods one at a time from the highest ordinal', () => {
		let c = tickUntil(web(), allReady(3));
		c = run(c, { type: 'setImage', kind: 'StatefulSet', name: 'web', container: 'nginx', image: 'registry.k8s.io/nginx-slim:0.25' });
		const deletions: string[] = [];
		c = tickUntil(c, (x) => {
			for (const p of x.pods) if (p.deleting && !deletions.includes(p.name)) deletions.push(p.name);
			return x.pods.length === 3 && x.pods.every((p) => p.ready && p.image.endsWith('0.25'));
		});
		expect(deletions).toEqual(['web-2', 'web-1', 'web-0']);
		const sts = c.statefulSets[0]!;
		expect(sts.status.currentRevision).toBe(sts.status.updateRevision);
		expect(sts.status.updatedReplicas).toBe(3);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('a partition keeps lower ordinals on the old revision, even when recreated', () => {
		let c = tickUntil(web({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }), allReady(3));
		c = run(c, { type: 'setImage', kind: 'StatefulSet', name: 'web', container: 'nginx', image: 'registry.k8s.io/nginx-slim:0.25' });
		c = tick(c, 10);
		const image = (n: string) => c.pods.find((p) => p.name === n)!.image;
		expect([image('web-0'), image('web-1'), image('web-2')]).toEqual([
			'registry.k8s.io/nginx-slim:0.24',
			'registry.k8s.io/nginx-slim:0.24',
			'registry.k8s.io/nginx-slim:0.25',
		]);
		c = tickUntil(run(c, { type: 'deletePod', name: 'web-0' }), allReady(3));
		expect(image('web-0')).toBe('registry.k8s.io/nginx-slim:0.24');
	});

	it('OnDelete updates a Pod only when it is deleted', () => {
		let c = tickUntil(web({ updateStrategy: { type: 'OnDelete' } }), allReady(3));
		c = tick(run(c, { type: 'setImage', kind: 'StatefulSet', name: 'web', container: 'nginx', image: 'registry.k8s.io/nginx-slim:0.25' }), 6);
		expect(c.pods.every((p) => p.image.endsWith('0.24'))).toBe(true);
		c = tickUntil(run(c, { type: 'deletePod', name: 'web-1' }), allReady(3));
		expect(c.pods.find((p) => p.name === 'web-1')!.image).toBe('registry.k8s.io/nginx-slim:0.25');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('ordinals.start shifts the names and serviceName is optional', () => {
		const { serviceName: _s, ...spec } = webStatefulSet({ ordinals: { start: 5 }, replicas: 2 }).spec;
		const c = tickUntil(run(createDemoCluster(), { type: 'apply', manifest: { ...webStatefulSet(), spec } }), allReady(2));
		expect(names(c)).toEqual(['web-5', 'web-6']);
	});

	it('a stuck Pod stops an ordered rollout; a bad image blocks the next ordinal', () => {
		let c = web({ template: { metadata: { labels: { app: 'nginx-sts' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.161' }] } } });
		c = tick(c, 10);
		expect(names(c)).toEqual(['web-0']);
		expect(step(c, { type: 'scale', kind: 'StatefulSet', name: 'web', replicas: 0 }).lastResult?.ok).toBe(true);
		c = tick(run(c, { type: 'scale', kind: 'StatefulSet', name: 'web', replicas: 0 }));
		expect(c.pods.every((p) => p.deleting)).toBe(true);
	});

	it('rejects changes to fields other than replicas, template and updateStrategy', () => {
		const c = web();
		const changed = step(c, { type: 'apply', manifest: webStatefulSet({ podManagementPolicy: 'Parallel' }) });
		expect(changed.lastResult).toMatchObject({
			ok: false,
			output: expect.stringContaining("spec: Forbidden: updates to statefulset spec for fields other than 'replicas'"),
		});
		expect(step(c, { type: 'apply', manifest: webStatefulSet({ replicas: 5 }) }).lastResult?.output).toBe('statefulset.apps/web configured');
	});
});

function formatReady(c: Cluster): string {
	return getStatefulSetsTable(c).rows[0]![1]!;
}
