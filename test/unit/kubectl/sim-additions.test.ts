// The reducer actions the lab added to src/sim: cordon honoured by the scheduler (NodeUnschedulable,
// kubernetes.io/docs/concepts/architecture/nodes/#manual-node-administration), labels, template annotations.
import { describe, expect, it } from 'vitest';
import { createDemoCluster, runUntilSettled, step, type Cluster } from '../../../src/sim/index';
import { nginxDeployment } from '../../../src/kubectl/state';

function settled(replicas: number): Cluster {
	return runUntilSettled(step(createDemoCluster(), { type: 'apply', manifest: nginxDeployment(replicas) }));
}

describe('setNodeUnschedulable', () => {
	it('keeps new Pods off a cordoned node while the Pods already there keep running', () => {
		let c = settled(3);
		const before = c.pods.filter((p) => p.nodeName === 'worker-1').map((p) => p.name);
		c = step(c, { type: 'setNodeUnschedulable', name: 'worker-1', unschedulable: true });
		expect(c.lastResult).toEqual({ ok: true, output: 'node/worker-1 cordoned' });
		c = runUntilSettled(step(c, { type: 'scale', kind: 'Deployment', name: 'nginx-deployment', replicas: 9 }));
		const onWorker1 = c.pods.filter((p) => p.nodeName === 'worker-1').map((p) => p.name);
		expect(onWorker1).toEqual(before);
		expect(c.pods.filter((p) => p.ready)).toHaveLength(9);
	});

	it('leaves Pods Pending with "node(s) were unschedulable" when every worker is cordoned', () => {
		let c = settled(1);
		for (const n of ['worker-1', 'worker-2', 'worker-3']) c = step(c, { type: 'setNodeUnschedulable', name: n, unschedulable: true });
		c = runUntilSettled(step(c, { type: 'scale', kind: 'Deployment', name: 'nginx-deployment', replicas: 2 }));
		const pending = c.pods.find((p) => p.nodeName === undefined);
		expect(pending?.unschedulableReason).toBe(
			'0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) were unschedulable.',
		);
		c = runUntilSettled(step(c, { type: 'setNodeUnschedulable', name: 'worker-2', unschedulable: false }));
		expect(c.pods.every((p) => p.nodeName !== undefined)).toBe(true);
	});

	it("records the kubelet's NodeNotSchedulable / NodeSchedulable Node events (recordNodeSchedulableEvent, pkg/kubelet/kubelet_node_status.go)", () => {
		let c = step(createDemoCluster(), { type: 'setNodeUnschedulable', name: 'worker-1', unschedulable: true });
		c = step(c, { type: 'setNodeUnschedulable', name: 'worker-1', unschedulable: true });
		c = step(c, { type: 'setNodeUnschedulable', name: 'worker-1', unschedulable: false });
		expect(c.events.filter((e) => e.object === 'node/worker-1').map((e) => [e.type, e.reason, e.message])).toEqual([
			['Normal', 'NodeNotSchedulable', 'Node worker-1 status is now: NodeNotSchedulable'],
			['Normal', 'NodeSchedulable', 'Node worker-1 status is now: NodeSchedulable'],
		]);
	});

	it('reports an unknown node like the API server', () => {
		const c = step(createDemoCluster(), { type: 'setNodeUnschedulable', name: 'nope', unschedulable: true });
		expect(c.lastResult).toEqual({ ok: false, output: 'Error from server (NotFound): nodes "nope" not found', errors: [] });
	});
});

describe('setLabels and setTemplateAnnotation', () => {
	it('a Pod relabelled out of its ReplicaSet selector is replaced', () => {
		let c = settled(2);
		const pod = c.pods[0]!;
		c = step(c, { type: 'setLabels', kind: 'Pod', name: pod.name, labels: { app: 'debug' } });
		c = runUntilSettled(c);
		expect(c.pods.filter((p) => p.labels['app'] === 'nginx' && !p.deleting)).toHaveLength(2);
	});

	it('rejects an invalid label value', () => {
		const c = step(settled(1), { type: 'setLabels', kind: 'Deployment', name: 'nginx-deployment', labels: { tier: 'bad value' } });
		expect(c.lastResult?.ok).toBe(false);
	});

	it('a template annotation starts a rollout to a new ReplicaSet (kubectl rollout restart)', () => {
		let c = settled(2);
		c = runUntilSettled(
			step(c, {
				type: 'setTemplateAnnotation',
				kind: 'Deployment',
				name: 'nginx-deployment',
				key: 'kubectl.kubernetes.io/restartedAt',
				value: '2026-01-05T09:00:00Z',
			}),
		);
		expect(c.replicaSets).toHaveLength(2);
		expect(c.deployments[0]!.status.updatedReplicas).toBe(2);
	});
});
