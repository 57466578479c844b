import { describe, expect, it } from 'vitest';
import { createCluster, createDemoCluster, findNodeForPod, step, type Cluster, type PodManifest, type ReplicaSetManifest } from '../../../src/sim/index.ts';
import { activePods, nginxCluster, nginxDeployment, run, tick, tickUntil } from './fixtures.ts';

function barePod(name: string, labels: Record<string, string> = { app: 'solo' }, extra: Partial<PodManifest['spec']> = {}): PodManifest {
	return { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2' }], ...extra } };
}

function replicaSet(replicas: number, cpu?: string): ReplicaSetManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: { name: 'frontend' },
		spec: {
			replicas,
			selector: { matchLabels: { tier: 'frontend' } },
			template: {
				metadata: { labels: { tier: 'frontend' } },
				spec: { containers: [{ name: 'php', image: 'php:8', ...(cpu ? { resources: { requests: { cpu } } } : {}) }] },
			},
		},
	};
}

const PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'];

// Source: https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation
describe('the demo cluster', () => {
	it('has a tainted control-plane node and three workers', () => {
		const c = createDemoCluster();
		expect(c.nodes.map((n) => n.name)).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3']);
		expect(c.nodes[0]!.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
		expect(c.nodes[0]!.labels['node-role.kubernetes.io/control-plane']).toBe('');
		expect(c.nodes.slice(1).every((n) => n.taints.length === 0)).toBe(true);
		expect(c.nodes[1]!.capacity).toEqual({ cpu: 2000, memory: 4 * 2 ** 30, pods: 110 });
		expect(createDemoCluster({ controlPlane: false, workers: 2 }).nodes.map((n) => n.name)).toEqual(['worker-1', 'worker-2']);
	});
});

// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/
describe('Pod lifecycle', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/
	it('uses only the five real phases; Terminating and ContainerCreating are display statuses', () => {
		let c = run(createDemoCluster(), { type: 'apply', manifest: nginxDeployment() });
		const seenPhases = new Set<string>();
		const seenStatus = new Set<string>();
		for (let i = 0; i < 6; i++) {
			c = tick(c);
			if (i === 3) c = run(c, { type: 'deletePod', name: c.pods[0]!.name });
			for (const p of c.pods) {
				seenPhases.add(p.phase);
				seenStatus.add(p.status);
			}
		}
		expect([...seenPhases].every((p) => PHASES.includes(p))).toBe(true);
		expect(seenStatus).toEqual(new Set(['Pending', 'ContainerCreating', 'Running', 'Terminating']));
		expect(c.pods.find((p) => p.status === 'Terminating')).toBeUndefined();
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/
	it('a deleted Pod is replaced by a new Pod with a new name and UID', () => {
		const c0 = nginxCluster();
		const victim = c0.pods[0]!;
		let c = run(c0, { type: 'deletePod', name: victim.name });
		expect(c.lastResult?.output).toBe(`pod "${victim.name}" deleted`);
		expect(c.pods.find((p) => p.name === victim.name)!.status).toBe('Terminating');
		c = tick(c);
		expect(c.pods.find((p) => p.name === victim.name)).toBeUndefined();
		const fresh = c.pods.filter((p) => !c0.pods.some((o) => o.name === p.name));
		expect(fresh).toHaveLength(1);
		expect(fresh[0]!.uid).not.toBe(victim.uid);
		expect(step(c, { type: 'deletePod', name: 'nope' }).lastResult).toMatchObject({
			ok: false,
			output: 'Error from server (NotFound): pods "nope" not found',
		});
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/
	it('a bare Pod runs but nothing replaces it when deleted', () => {
		let c = tick(run(createDemoCluster(), { type: 'apply', manifest: barePod('solo') }), 2);
		expect(c.pods[0]).toMatchObject({ phase: 'Running', ready: true });
		expect(c.pods[0]!.ip).toMatch(/^10\.244\.[0-9]+\.[0-9]+$/);
		expect(step(c, { type: 'apply', manifest: barePod('solo') }).lastResult?.output).toBe('pod/solo unchanged');
		expect(step(c, { type: 'apply', manifest: barePod('solo', { app: 'other' }) }).lastResult?.output).toBe('pod/solo configured');
		expect(
			step(c, { type: 'apply', manifest: { ...barePod('solo'), spec: { containers: [{ name: 'nginx', image: 'nginx:1.16.1' }] } } }).lastResult,
		).toMatchObject({ ok: false });
		c = tick(run(c, { type: 'delete', kind: 'Pod', name: 'solo' }), 3);
		expect(c.pods).toHaveLength(0);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/
	it('a ReplicaSet adopts a bare Pod with matching labels and counts it', () => {
		let c = tick(run(createDemoCluster(), { type: 'apply', manifest: barePod('stray', { tier: 'frontend' }) }), 2);
		c = tick(run(c, { type: 'apply', manifest: replicaSet(3) }), 3);
		expect(c.lastResult?.output).toBe('replicaset.apps/frontend created');
		expect(c.pods.find((p) => p.name === 'stray')!.owner).toMatchObject({ kind: 'ReplicaSet', name: 'frontend' });
		expect(activePods(c, '')).toHaveLength(3);
		expect(c.pods.filter((p) => /^frontend-[a-z0-9]{5}$/.test(p.name))).toHaveLength(2);
	});

	it('scale-down deletes unscheduled, then not-ready, then newest Pods first', () => {
		let c = run(createCluster({ nodes: [{ name: 'small', capacity: { cpu: 1000 } }] }), { type: 'apply', manifest: replicaSet(2, '400m') });
		c = tick(c, 3);
		c = run(c, { type: 'scale', kind: 'ReplicaSet', name: 'frontend', replicas: 4 });
		c = tick(c, 2);
		expect(c.pods.filter((p) => p.nodeName === undefined)).toHaveLength(2);
		c = run(c, { type: 'scale', kind: 'ReplicaSet', name: 'frontend', replicas: 2 });
		c = tick(c);
		expect(c.pods).toHaveLength(2);
		expect(c.pods.every((p) => p.nodeName === 'small' && p.status === 'Running')).toBe(true);
	});
});

// Source: https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-scheduler, https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation, https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('scheduler', () => {
	// Source: https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation
	it('spreads Pods over the workers, fewest Pods first, never on the tainted control plane', () => {
		const c = nginxCluster({ replicas: 6 });
		const perNode = new Map<string, number>();
		for (const p of c.pods) perNode.set(p.nodeName!, (perNode.get(p.nodeName!) ?? 0) + 1);
		expect(Object.fromEntries(perNode)).toEqual({ 'worker-1': 2, 'worker-2': 2, 'worker-3': 2 });
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('explains an unschedulable Pod like the real scheduler', () => {
		let c = run(createDemoCluster(), { type: 'apply', manifest: replicaSet(7, '900m') });
		c = tick(c, 2);
		const pending = c.pods.filter((p) => p.nodeName === undefined);
		expect(pending).toHaveLength(1);
		expect(pending[0]!.unschedulableReason).toBe(
			'0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 Insufficient cpu.',
		);
		expect(pending[0]!.status).toBe('Pending');
		expect(c.events.filter((e) => e.reason === 'FailedScheduling')).toHaveLength(1);
		// A new node makes room.
		c = tick(run(c, { type: 'addNode', node: { name: 'worker-4' } }));
		expect(c.pods.find((p) => p.name === pending[0]!.name)!.nodeName).toBe('worker-4');
	});

	it('checks memory, Pod count, nodeSelector and tolerations', () => {
		const nodes = createCluster({
			nodes: [
				{ name: 'a', capacity: { memory: 2 ** 30, pods: 1 } },
				{ name: 'b', labels: { disk: 'ssd' }, taints: [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }] },
			],
		});
		let c = run(nodes, { type: 'apply', manifest: barePod('big', { app: 'big' }) });
		const big = { ...c.pods[0]!, requests: { cpu: 0, memory: 2 ** 31 } };
		expect(findNodeForPod(c.nodes, c.pods, big)).toEqual({
			reason: '0/2 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint {dedicated: db}.',
		});
		const tolerant = {
			...big,
			requests: { cpu: 0, memory: 0 },
			spec: {
				...big.spec,
				nodeSelector: { disk: 'ssd' },
				tolerations: [{ key: 'dedicated', operator: 'Equal' as const, value: 'db', effect: 'NoSchedule' as const }],
			},
		};
		expect(findNodeForPod(c.nodes, c.pods, tolerant)).toEqual({ node: 'b' });
		const selective = { ...tolerant, spec: { ...tolerant.spec, nodeSelector: { disk: 'hdd' } } };
		expect(findNodeForPod(c.nodes, c.pods, selective)).toEqual({ reason: "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector." });
		c = tick(c);
		const full = { ...c.pods[0]!, name: 'second', nodeName: undefined, requests: { cpu: 0, memory: 0 } };
		expect(findNodeForPod(c.nodes.slice(0, 1), c.pods, full)).toEqual({ reason: '0/1 nodes are available: 1 Too many pods.' });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/
	it('a removed node loses its Pods and the ReplicaSet replaces them elsewhere', () => {
		const c0 = nginxCluster();
		const lost = c0.pods.filter((p) => p.nodeName === 'worker-1').map((p) => p.name);
		let c = run(c0, { type: 'removeNode', name: 'worker-1' });
		expect(c.lastResult?.output).toBe('node "worker-1" deleted');
		expect(c.pods.some((p) => lost.includes(p.name))).toBe(false);
		c = tickUntil(c, (x) => x.pods.length === 3 && x.pods.every((p) => p.ready));
		expect(c.pods.every((p) => p.nodeName === 'worker-2' || p.nodeName === 'worker-3')).toBe(true);
		expect(step(c, { type: 'removeNode', name: 'worker-1' }).lastResult?.ok).toBe(false);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/
	it('a NotReady node makes its Pods Unknown, evicts them after 300 s, and they return when it does', () => {
		let c = run(nginxCluster(), { type: 'setNodeReady', name: 'worker-1', ready: false });
		const onNode = (x: Cluster) => x.pods.filter((p) => p.nodeName === 'worker-1');
		c = tick(c);
		expect(onNode(c).every((p) => p.phase === 'Unknown' && !p.ready)).toBe(true);
		expect(c.deployments[0]!.status.availableReplicas).toBe(2);
		c = tick(c, 28);
		expect(onNode(c).every((p) => p.status === 'Unknown')).toBe(true);
		c = tick(c, 2);
		expect(onNode(c).every((p) => p.status === 'Terminating')).toBe(true);
		c = tick(c, 2);
		expect(c.pods.filter((p) => !p.deleting && p.ready)).toHaveLength(3);
		c = tick(run(c, { type: 'setNodeReady', name: 'worker-1', ready: true }));
		expect(onNode(c).filter((p) => p.deleting)).toHaveLength(0);
		expect(step(c, { type: 'setNodeReady', name: 'x', ready: true }).lastResult?.ok).toBe(false);
	});

	it('Pods on a node that recovers before the eviction deadline come back Running', () => {
		let c = tick(run(nginxCluster(), { type: 'setNodeReady', name: 'worker-2', ready: false }), 3);
		c = tick(run(c, { type: 'setNodeReady', name: 'worker-2', ready: true }));
		expect(c.pods.every((p) => p.phase === 'Running' && p.ready)).toBe(true);
		expect(c.nodes.find((n) => n.name === 'worker-2')!.notReadySince).toBeUndefined();
	});

	it('addNode rejects duplicates and bad names', () => {
		const c = createDemoCluster();
		expect(step(c, { type: 'addNode', node: { name: 'worker-1' } }).lastResult?.output).toMatch(/AlreadyExists/);
		expect(step(c, { type: 'addNode', node: { name: 'Bad_Name' } }).lastResult?.output).toMatch(/is invalid: metadata.name/);
		const added = step(c, { type: 'addNode', node: { name: 'edge', ready: false } });
		expect(added.nodes.at(-1)).toMatchObject({ name: 'edge', ready: false, ip: '192.168.49.6' });
	});
});
