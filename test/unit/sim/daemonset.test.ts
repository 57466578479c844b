import { describe, expect, it } from 'vitest';
import { createDemoCluster, DAEMONSET_AUTO_TOLERATIONS, getDaemonSetsTable, shouldRunDaemonPod, type Cluster } from '../../../src/sim/index.ts';
import { fluentdDaemonSet, run, tick, tickUntil } from './fixtures.ts';

const podNodes = (c: Cluster) =>
	c.pods
		.filter((p) => !p.deleting)
		.map((p) => p.nodeName ?? p.requiredNodeName)
		.sort();
const settled = (n: number) => (c: Cluster) => c.pods.length === n && c.pods.every((p) => p.ready);

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/, https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation, kubernetes/kubernetes pkg/apis/apps/v1/defaults.go
describe('DaemonSet', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/, https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation
	it('runs one Pod per worker and none on the tainted control plane without a toleration', () => {
		const c = tickUntil(run(createDemoCluster(), { type: 'apply', manifest: fluentdDaemonSet(false) }), settled(3));
		expect(podNodes(c)).toEqual(['worker-1', 'worker-2', 'worker-3']);
		expect(getDaemonSetsTable(c).rows[0]!.slice(0, 7)).toEqual(['fluentd-elasticsearch', '3', '3', '3', '3', '3', '<none>']);
		expect(c.pods.every((p) => /^fluentd-elasticsearch-[a-z0-9]{5}$/.test(p.name))).toBe(true);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
	it('runs on the control plane too with the control-plane toleration', () => {
		const c = tickUntil(run(createDemoCluster(), { type: 'apply', manifest: fluentdDaemonSet(true) }), settled(4));
		expect(podNodes(c)).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3']);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
	it('the automatic tolerations do not include the control-plane taint', () => {
		expect(DAEMONSET_AUTO_TOLERATIONS.map((t) => t.key)).not.toContain('node-role.kubernetes.io/control-plane');
		expect(DAEMONSET_AUTO_TOLERATIONS.map((t) => `${t.key}:${t.effect}`)).toEqual([
			'node.kubernetes.io/not-ready:NoExecute',
			'node.kubernetes.io/unreachable:NoExecute',
			'node.kubernetes.io/disk-pressure:NoSchedule',
			'node.kubernetes.io/memory-pressure:NoSchedule',
			'node.kubernetes.io/pid-pressure:NoSchedule',
			'node.kubernetes.io/unschedulable:NoSchedule',
		]);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
	it('an added node gets a Pod and a removed node’s Pod goes away', () => {
		let c = tickUntil(run(createDemoCluster(), { type: 'apply', manifest: fluentdDaemonSet(false) }), settled(3));
		c = tickUntil(run(c, { type: 'addNode', node: { name: 'worker-4' } }), settled(4));
		expect(podNodes(c)).toContain('worker-4');
		c = run(c, { type: 'removeNode', name: 'worker-2' });
		c = tick(c, 3);
		expect(podNodes(c)).toEqual(['worker-1', 'worker-3', 'worker-4']);
		expect(c.daemonSets[0]!.status.desiredNumberScheduled).toBe(3);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
	it('nodeSelector limits the nodes', () => {
		const ds = fluentdDaemonSet(true);
		const manifest = {
			...ds,
			spec: { ...ds.spec, template: { ...ds.spec.template, spec: { ...ds.spec.template.spec, nodeSelector: { 'kubernetes.io/hostname': 'worker-2' } } } },
		};
		const c = tickUntil(run(createDemoCluster(), { type: 'apply', manifest }), settled(1));
		expect(podNodes(c)).toEqual(['worker-2']);
		expect(getDaemonSetsTable(c).rows[0]![6]).toBe('kubernetes.io/hostname=worker-2');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
	it('a NotReady node is not eligible; its existing Pod tolerates not-ready and stays', () => {
		let c = tickUntil(run(createDemoCluster(), { type: 'apply', manifest: fluentdDaemonSet(false) }), settled(3));
		c = tick(run(c, { type: 'setNodeReady', name: 'worker-3', ready: false }), 40);
		expect(c.pods.filter((p) => p.nodeName === 'worker-3').map((p) => [p.phase, p.deleting])).toEqual([['Unknown', false]]);
		const notReady = c.nodes.find((n) => n.name === 'worker-3')!;
		expect(shouldRunDaemonPod(c.daemonSets[0]!, notReady)).toBe(false);
		expect(c.daemonSets[0]!.status.desiredNumberScheduled).toBe(3);
		c = tickUntil(run(c, { type: 'setNodeReady', name: 'worker-3', ready: true }), settled(3));
		// A NotReady node that joins gets no DaemonSet Pod until it is Ready.
		c = tick(run(c, { type: 'addNode', node: { name: 'late', ready: false } }), 3);
		expect(podNodes(c)).not.toContain('late');
	});

	// Source: kubernetes/kubernetes pkg/apis/apps/v1/defaults.go
	it('a rolling update replaces at most one Pod at a time by default', () => {
		let c = tickUntil(run(createDemoCluster(), { type: 'apply', manifest: fluentdDaemonSet(false) }), settled(3));
		c = run(c, {
			type: 'setImage',
			kind: 'DaemonSet',
			name: 'fluentd-elasticsearch',
			container: 'fluentd-elasticsearch',
			image: 'quay.io/fluentd_elasticsearch/fluentd:v5.0.2',
		});
		expect(c.lastResult?.output).toBe('daemonset.apps/fluentd-elasticsearch image updated');
		let ticks = 0;
		while (!(c.pods.length === 3 && c.pods.every((p) => p.ready && p.image.endsWith('v5.0.2')))) {
			c = tick(c);
			const unavailable = 3 - c.pods.filter((p) => p.ready && !p.deleting).length;
			expect(unavailable).toBeLessThanOrEqual(1);
			expect(++ticks).toBeLessThan(40);
		}
		expect(c.daemonSets[0]!.status.updatedNumberScheduled).toBe(3);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
	it('deleting the DaemonSet removes its Pods', () => {
		let c = tickUntil(run(createDemoCluster(), { type: 'apply', manifest: fluentdDaemonSet(false) }), settled(3));
		c = tick(run(c, { type: 'delete', kind: 'DaemonSet', name: 'fluentd-elasticsearch' }), 2);
		expect(c.pods).toHaveLength(0);
	});
});
