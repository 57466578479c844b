import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strings } from '../../../src/i18n/replica-slider.ts';
import {
	countReplicas,
	createDemoCluster,
	formatKubectlGet,
	formatReplicaSetYaml,
	formatTable,
	getPodsTable,
	getReplicaSetsTable,
	groupPodsByNode,
	printAgedTable,
	step,
	type Cluster,
} from '../../../src/sim/index.ts';
import {
	buildNginxReplicaSetManifest,
	createInitialState,
	createReplicaSetDemo,
	describeCounts,
	firstFrame,
	frameOf,
	markedLines,
	reduceReplicas,
} from '../../../src/widgets/ReplicaSlider/model.ts';
import { REPLICASET_NAME as DEMO_REPLICASET_NAME, clampReplicas, readUrlState, writeUrlState } from '../../../src/widgets/ReplicaSlider/frame.ts';
import { advanceFrame } from '../../../src/widgets/shared/advance-frame.ts';

function tick(c: Cluster, n = 1): Cluster {
	for (let i = 0; i < n; i++) c = reduceReplicas(c, { type: 'tick' });
	return c;
}

function scale(c: Cluster, replicas: number): Cluster {
	return reduceReplicas(c, { type: 'scale', replicas });
}

function counts(c: Cluster) {
	const r = countReplicas(c, DEMO_REPLICASET_NAME);
	if (!r) throw new Error('no ReplicaSet');
	return r;
}

describe('ReplicaSet scenario', () => {
	it('starts with 3 Running Pods named nginx-<5 chars>, one per worker, none on the control plane', () => {
		const c = createReplicaSetDemo();
		expect(counts(c)).toEqual({ desired: 3, current: 3, ready: 3, terminating: 0, settled: true });
		const placement = groupPodsByNode(c, DEMO_REPLICASET_NAME);
		expect(placement.unscheduled).toEqual([]);
		expect(placement.nodes.map((n) => [n.name, n.controlPlane, n.pods.length])).toEqual([
			['control-plane', true, 0],
			['worker-1', false, 1],
			['worker-2', false, 1],
			['worker-3', false, 1],
		]);
		expect(c.pods.every((p) => /^nginx-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(p.name) && p.status === 'Running')).toBe(true);
		expect(createReplicaSetDemo()).toEqual(c);
	});

	it('scaling to 5 goes Pending -> ContainerCreating -> Running tick by tick, then 5 5 5', () => {
		let c = scale(createReplicaSetDemo(), 5);
		expect(counts(c)).toMatchObject({ desired: 5, current: 3, settled: false });
		c = tick(c);
		const fresh = groupPodsByNode(c, DEMO_REPLICASET_NAME).unscheduled;
		expect(fresh.map((p) => p.status)).toEqual(['Pending', 'Pending']);
		expect(counts(c)).toMatchObject({ desired: 5, current: 5, ready: 3 });
		c = tick(c);
		const names = fresh.map((p) => p.name);
		expect(c.pods.filter((p) => names.includes(p.name)).map((p) => p.status)).toEqual(['ContainerCreating', 'ContainerCreating']);
		expect(groupPodsByNode(c, DEMO_REPLICASET_NAME).unscheduled).toEqual([]);
		c = tick(c);
		expect(counts(c)).toEqual({ desired: 5, current: 5, ready: 5, terminating: 0, settled: true });
		expect(getReplicaSetsTable(c).rows[0]!.slice(0, 4)).toEqual([DEMO_REPLICASET_NAME, '5', '5', '5']);
		const perNode = groupPodsByNode(c, DEMO_REPLICASET_NAME).nodes.map((n) => n.pods.length);
		expect(perNode).toEqual([0, 2, 2, 1]);
	});

	it('scaling to 0 shows the Pods Terminating for a tick, then none', () => {
		let c = tick(scale(createReplicaSetDemo(), 0));
		expect(counts(c)).toEqual({ desired: 0, current: 0, ready: 0, terminating: 3, settled: false });
		expect(c.pods.map((p) => p.status)).toEqual(['Terminating', 'Terminating', 'Terminating']);
		expect(formatKubectlGet(getPodsTable(c))).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nnginx-\w{5}\s+\d\/1\s+Terminating\s/);
		c = tick(c);
		expect(c.pods).toEqual([]);
		expect(formatKubectlGet(getPodsTable(c))).toBe('No resources found in default namespace.');
		expect(counts(c).settled).toBe(true);
		expect(formatTable(getReplicaSetsTable(c))).toMatch(/nginx\s+0\s+0\s+0\s/);
	});

	it('a deleted Pod is replaced by one with a new name and UID', () => {
		const start = createReplicaSetDemo();
		const victim = start.pods[0]!;
		let c = reduceReplicas(start, { type: 'deletePod', name: victim.name });
		expect(counts(c).terminating).toBe(1);
		c = tick(c, 3);
		expect(counts(c).settled).toBe(true);
		expect(c.pods.map((p) => p.name)).not.toContain(victim.name);
		expect(c.pods).toHaveLength(3);
		expect(c.pods.some((p) => !start.pods.some((s) => s.uid === p.uid))).toBe(true);
	});

	it('keeps Pods in age order per node so chips do not jump', () => {
		const c = tick(scale(createReplicaSetDemo(), 10), 3);
		for (const node of groupPodsByNode(c, DEMO_REPLICASET_NAME).nodes) {
			const ages = node.pods.map((p) => p.createdAt);
			expect(ages).toEqual([...ages].sort((a, b) => a - b));
		}
		expect(counts(c).current).toBe(10);
	});

	it('groups every Pod when no owner is given and reports no counts for an unknown ReplicaSet', () => {
		const c = step(createDemoCluster(), { type: 'apply', manifest: buildNginxReplicaSetManifest(2) });
		expect(groupPodsByNode(c).unscheduled).toHaveLength(0);
		expect(groupPodsByNode(tick(c)).unscheduled).toHaveLength(2);
		expect(countReplicas(c, 'missing')).toBeUndefined();
	});

	it('the YAML follows replicas and shows the status the controller reports', () => {
		let c = scale(createReplicaSetDemo(), 6);
		const rs = () => c.replicaSets[0]!;
		expect(parse(formatReplicaSetYaml(rs()).text)).toEqual({
			apiVersion: 'apps/v1',
			kind: 'ReplicaSet',
			metadata: { name: 'nginx', labels: { app: 'nginx' } },
			spec: {
				replicas: 6,
				selector: { matchLabels: { app: 'nginx' } },
				template: {
					metadata: { labels: { app: 'nginx' } },
					spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
				},
			},
			status: { replicas: 3, readyReplicas: 3, availableReplicas: 3 },
		});
		c = tick(scale(c, 0), 2);
		expect(parse(formatReplicaSetYaml(rs()).text).status).toEqual({ replicas: 0 });
	});
});

describe('ReplicaSlider model', () => {
	const t = strings.en;

	it('plays the page: scale 3 -> 5, the live sentence follows until in sync, the marked line is spec.replicas', () => {
		let c = createReplicaSetDemo();
		expect(describeCounts(t, counts(c))).toBe('desired 3, current 3, ready 3. In sync.');
		c = scale(c, 5);
		expect(describeCounts(t, counts(c))).toBe('desired 5, current 3, ready 3. The ReplicaSet is reconciling.');
		c = tick(c, 3);
		expect(describeCounts(t, counts(c))).toBe('desired 5, current 5, ready 5. In sync.');
		const yaml = formatReplicaSetYaml(c.replicaSets[0]!);
		const [line] = markedLines(yaml.fields);
		expect(yaml.text.split('\n')[line! - 1]).toBe('  replicas: 5');
		c = tick(scale(c, 2));
		expect(describeCounts(t, counts(c))).toBe('desired 2, current 2, ready 2. 3 Pods are terminating. The ReplicaSet is reconciling.');
	});

	it('clamps what the slider asks for to 0..10 and whole numbers', () => {
		expect([clampReplicas(-1), clampReplicas(4.6), clampReplicas(99)]).toEqual([0, 5, 10]);
		expect(counts(scale(createReplicaSetDemo(), 42)).desired).toBe(10);
	});

	it('starts settled at a linked replica count', () => {
		expect(counts(createReplicaSetDemo({ replicas: 7 }))).toEqual({ desired: 7, current: 7, ready: 7, terminating: 0, settled: true });
	});

	it('reads and writes replicaset.replicas: valid, clamped, malformed and hostile values', () => {
		const read = (q: string) => readUrlState(new URLSearchParams(q));
		expect(read('replicaset.replicas=7')).toEqual({ state: { replicas: 7 }, notes: [] });
		expect(read('')).toEqual({ state: {}, notes: [] });
		expect(read('replicaset.replicas=99')).toEqual({
			state: { replicas: 10 },
			notes: [{ key: 'replicaset.replicas', value: '99', kind: 'clamped', used: '10' }],
		});
		expect(read('replicaset.replicas=-4').state).toEqual({ replicas: 0 });
		for (const bad of ['abc', '3.5', '1e3', '', '<script>', '0x10', '9'.repeat(200)]) {
			const r = read(`replicaset.replicas=${encodeURIComponent(bad)}`);
			expect(r.state).toEqual({});
			expect(r.notes).toHaveLength(1);
			expect(r.notes[0]!.kind).toBe('ignored');
			expect(r.notes[0]!.value.length).toBeLessThanOrEqual(41);
		}
		expect(read('rollout.replicas=7&replicas=7').state).toEqual({});
		expect(writeUrlState(7)).toEqual({ 'replicaset.replicas': '7' });
		expect(writeUrlState(3)).toEqual({});
		expect(read(new URLSearchParams(writeUrlState(10)).toString()).state).toEqual({ replicas: 10 });
	});
});

describe('ReplicaSlider frame', () => {
	const t = strings.en;

	it('the first frame is the first state drawn, as plain data', () => {
		const first = firstFrame(t);
		expect(first).toEqual(frameOf(t, createInitialState()));
		expect(structuredClone(first)).toEqual(first);
		expect(JSON.parse(JSON.stringify(first))).toEqual(first);
		expect(first).toMatchObject({
			replicas: 3,
			counts: { desired: 3, current: 3, ready: 3, settled: true },
			status: 'desired 3, current 3, ready 3. In sync.',
		});
		expect(first.lanes.nodes.map((n) => [n.name, n.pods.length])).toEqual([
			['control-plane', 0],
			['worker-1', 1],
			['worker-2', 1],
			['worker-3', 1],
		]);
	});

	it('a round of the settled first state changes nothing but the clock, so the island can age the first frame alone', () => {
		for (const ticks of [1, 2, 7, 13, 40]) {
			expect(frameOf(t, createInitialState(ticks))).toEqual(advanceFrame(firstFrame(t), ticks));
			// The engine's first state after the clock counted `ticks` rounds is those rounds played one by one.
			expect(createInitialState(ticks)).toEqual(tick(createInitialState(), ticks));
		}
	});

	it('frames after actions carry what the parts show: chips, counts, YAML mark and kubectl text', () => {
		let c = tick(scale(createInitialState(), 5));
		let frame = frameOf(t, c);
		expect(frame.lanes.unscheduled.map((p) => p.status)).toEqual(['Pending', 'Pending']);
		expect(frame.counts).toMatchObject({ desired: 5, current: 5, ready: 3 });
		expect(frame.yaml.split('\n')[frame.marked[0]! - 1]).toBe('  replicas: 5');
		expect(printAgedTable(frame.podsTable, frame.time)).toBe(formatKubectlGet(getPodsTable(c)));
		expect(printAgedTable(frame.rsTable, frame.time)).toBe(formatKubectlGet(getReplicaSetsTable(c)));
		const victim = frame.lanes.nodes.flatMap((n) => n.pods)[0]!.name;
		c = reduceReplicas(c, { type: 'deletePod', name: victim });
		frame = frameOf(t, c);
		expect(frame.lanes.nodes.flatMap((n) => n.pods).find((p) => p.name === victim)).toMatchObject({ status: 'Terminating', deleting: true });
		c = tick(scale(c, 0), 3);
		frame = frameOf(t, c);
		expect(printAgedTable(frame.podsTable, frame.time)).toBe('No resources found in default namespace.');
		expect(frame.status).toBe('desired 0, current 0, ready 0. In sync.');
	});
});
