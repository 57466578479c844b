import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/controller-comparison.ts';
import { formatTable, printAgedTable, runUntilSettled, step, type Cluster, type ClusterAction } from '../../../src/sim/index.ts';
import { advanceFrame } from '../../../src/widgets/shared/advance-frame.ts';
import {
	createComparisonState,
	createInitialState,
	describeSetup,
	firstFrame,
	frameOf,
	reduceComparison,
	writeUrlState,
	buildAddWorkerAction,
	buildRemoveWorkerAction,
	buildScaleAction,
	buildTolerationAction,
	countReadyPods,
	createComparisonCluster,
	describeWorkloadChange,
	getDesiredCount,
	getPlacement,
	getPodClaimNames,
	getWorkloadClaims,
	getWorkloadPods,
	getWorkloadPodsTable,
	hasControlPlaneToleration,
	type ComparisonAction,
	type ComparisonState,
} from '../../../src/widgets/ControllerComparison/model.ts';
import {
	COMPARISON_MAX_REPLICAS,
	FIRST_SETUP,
	readUrlState,
	getWorkloadPodsCommand,
	type ComparisonKind,
} from '../../../src/widgets/ControllerComparison/frame.ts';

const tick = (c: Cluster) => step(c, { type: 'tick' });
const names = (c: Cluster, kind: ComparisonKind) =>
	getWorkloadPods(c, kind)
		.filter((p) => !p.deleting)
		.map((p) => p.name);
const status = (c: Cluster, name: string) => getWorkloadPods(c, 'StatefulSet').find((p) => p.name === name && !p.deleting)?.status;
const podsPerNode = (c: Cluster, kind: ComparisonKind) =>
	Object.fromEntries(getPlacement(c, kind).lanes.map((l) => [l.name, l.pods.filter((p) => !p.deleting).length]));
function act(c: Cluster, action: ClusterAction | undefined): Cluster {
	if (!action) throw new Error('no action');
	const next = step(c, action);
	expect(next.lastResult?.ok, next.lastResult?.output).toBe(true);
	return next;
}

describe('controller comparison cluster', () => {
	const start = createComparisonCluster();

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/, https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/, https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
	it('starts settled and deterministic: 3 ReplicaSet Pods, web-0..2, one DaemonSet Pod per worker', () => {
		expect(createComparisonCluster()).toEqual(start);
		expect(start.lastResult).toBeUndefined();
		expect(start.nodes.map((n) => n.name)).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3']);
		expect(names(start, 'ReplicaSet')).toHaveLength(3);
		for (const name of names(start, 'ReplicaSet')) expect(name).toMatch(/^frontend-[a-z0-9]{5}$/);
		expect(names(start, 'StatefulSet')).toEqual(['web-0', 'web-1', 'web-2']);
		expect(start.pods.every((p) => p.status === 'Running' && p.ready)).toBe(true);
		expect(countReadyPods(start, 'DaemonSet')).toEqual({ ready: 3, desired: 3 });
		expect(podsPerNode(start, 'DaemonSet')).toEqual({ 'control-plane': 0, 'worker-1': 1, 'worker-2': 1, 'worker-3': 1 });
	});

	// Source: https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation
	it('spreads ReplicaSet Pods over the workers and never onto the tainted control plane', () => {
		const placement = getPlacement(start, 'ReplicaSet');
		expect(placement.lanes[0]).toMatchObject({ name: 'control-plane', controlPlane: true, eligible: false, pods: [] });
		expect(placement.lanes.slice(1).map((l) => l.pods.length)).toEqual([1, 1, 1]);
		expect(placement.unassigned).toEqual([]);
		const five = runUntilSettled(act(start, buildScaleAction('ReplicaSet', 5)));
		expect(
			Math.max(...Object.values(podsPerNode(five, 'ReplicaSet'))) -
				Math.min(
					...getPlacement(five, 'ReplicaSet')
						.lanes.slice(1)
						.map((l) => l.pods.length),
				),
		).toBeLessThanOrEqual(1);
		expect(podsPerNode(five, 'ReplicaSet')['control-plane']).toBe(0);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('StatefulSet scale 0 -> 3 creates web-1 only after web-0 is Running, and so on', () => {
		let c = runUntilSettled(act(start, buildScaleAction('StatefulSet', 0)));
		expect(names(c, 'StatefulSet')).toEqual([]);
		c = act(c, buildScaleAction('StatefulSet', 3));
		const seen: string[][] = [];
		for (let i = 0; i < 12; i++) {
			c = tick(c);
			seen.push(names(c, 'StatefulSet'));
			if (names(c, 'StatefulSet').includes('web-1')) expect(status(c, 'web-0')).toBe('Running');
			if (names(c, 'StatefulSet').includes('web-2')) expect(status(c, 'web-1')).toBe('Running');
		}
		expect(seen[0]).toEqual(['web-0']);
		expect(seen.at(-1)).toEqual(['web-0', 'web-1', 'web-2']);
		// The PVCs of the first run were kept and are mounted again (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/).
		expect(getWorkloadClaims(c, 'StatefulSet').map((p) => p.name)).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('StatefulSet scale 3 -> 1 terminates web-2 first, then web-1, and keeps their PVCs', () => {
		let c = act(start, buildScaleAction('StatefulSet', 1));
		const terminated: string[] = [];
		for (let i = 0; i < 6; i++) {
			const next = tick(c);
			terminated.push(...describeWorkloadChange(c, next, 'StatefulSet').terminating);
			c = next;
		}
		expect(terminated).toEqual(['web-2', 'web-1']);
		expect(names(c, 'StatefulSet')).toEqual(['web-0']);
		expect(getWorkloadClaims(c, 'StatefulSet').map((p) => `${p.name}:${p.phase}`)).toEqual(['www-web-0:Bound', 'www-web-1:Bound', 'www-web-2:Bound']);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/, https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
	it('a deleted web-1 comes back as a new Pod with the same name and PVC www-web-1', () => {
		const old = getWorkloadPods(start, 'StatefulSet').find((p) => p.name === 'web-1')!;
		let c = act(start, { type: 'deletePod', name: 'web-1' });
		const changes = [];
		for (let i = 0; i < 5; i++) {
			const next = tick(c);
			changes.push(describeWorkloadChange(c, next, 'StatefulSet'));
			c = next;
		}
		const fresh = getWorkloadPods(c, 'StatefulSet').find((p) => p.name === 'web-1')!;
		expect(fresh.uid).not.toBe(old.uid);
		expect(fresh.ready).toBe(true);
		expect(getPodClaimNames(fresh)).toEqual(['www-web-1']);
		expect(changes.flatMap((x) => x.removed)).toEqual(['web-1']);
		expect(changes.flatMap((x) => x.created)).toEqual(['web-1']);
		expect(changes.flatMap((x) => x.running)).toEqual(['web-1']);
		expect(getWorkloadClaims(c, 'StatefulSet')).toEqual(getWorkloadClaims(start, 'StatefulSet'));
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/, https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/
	it('a deleted ReplicaSet Pod is replaced by one with a new random name', () => {
		const victim = names(start, 'ReplicaSet')[0]!;
		const c = runUntilSettled(act(start, { type: 'deletePod', name: victim }));
		expect(names(c, 'ReplicaSet')).toHaveLength(3);
		expect(names(c, 'ReplicaSet')).not.toContain(victim);
		expect(getPodClaimNames(getWorkloadPods(c, 'ReplicaSet')[0]!)).toEqual([]);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/, https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation, kubernetes/kubernetes pkg/apis/apps/v1/defaults.go
	it('DaemonSet: the toleration puts a Pod on the control plane; removing it takes the Pod away again', () => {
		expect(hasControlPlaneToleration(start)).toBe(false);
		expect(getPlacement(start, 'DaemonSet').lanes[0]).toMatchObject({ name: 'control-plane', eligible: false });
		let c = runUntilSettled(act(start, buildTolerationAction(true)));
		expect(hasControlPlaneToleration(c)).toBe(true);
		expect(getDesiredCount(c, 'DaemonSet')).toBe(4);
		expect(podsPerNode(c, 'DaemonSet')).toEqual({ 'control-plane': 1, 'worker-1': 1, 'worker-2': 1, 'worker-3': 1 });
		expect(getPlacement(c, 'DaemonSet').lanes[0]?.eligible).toBe(true);
		c = runUntilSettled(act(c, buildTolerationAction(false)));
		expect(podsPerNode(c, 'DaemonSet')).toEqual({ 'control-plane': 0, 'worker-1': 1, 'worker-2': 1, 'worker-3': 1 });
		expect(countReadyPods(c, 'DaemonSet')).toEqual({ ready: 3, desired: 3 });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
	it('DaemonSet: an added worker gets a Pod, a removed one loses it; ReplicaSet Pods are replaced elsewhere', () => {
		let c = act(start, buildAddWorkerAction(start));
		expect(c.nodes.map((n) => n.name)).toContain('worker-4');
		c = runUntilSettled(c);
		expect(podsPerNode(c, 'DaemonSet')['worker-4']).toBe(1);
		c = runUntilSettled(act(c, buildRemoveWorkerAction(c)));
		expect(c.nodes.map((n) => n.name)).not.toContain('worker-4');
		expect(countReadyPods(c, 'DaemonSet')).toEqual({ ready: 3, desired: 3 });
		c = runUntilSettled(act(c, buildRemoveWorkerAction(c)));
		expect(countReadyPods(c, 'ReplicaSet')).toEqual({ ready: 3, desired: 3 });
		expect(getPlacement(c, 'ReplicaSet').lanes.map((l) => l.name)).toEqual(['control-plane', 'worker-1', 'worker-2']);
		expect(countReadyPods(c, 'StatefulSet')).toEqual({ ready: 3, desired: 3 });
	});

	it('keeps the worker count within bounds and numbers new workers from the lowest free number', () => {
		let c = start;
		for (let i = 0; i < 2; i++) c = act(c, buildRemoveWorkerAction(c));
		expect(buildRemoveWorkerAction(c)).toBeUndefined();
		for (let i = 0; i < 4; i++) c = act(c, buildAddWorkerAction(c));
		expect(c.nodes.map((n) => n.name)).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3', 'worker-4', 'worker-5']);
		expect(buildAddWorkerAction(c)).toBeUndefined();
	});

	it('clamps scale requests to 0..max', () => {
		expect(buildScaleAction('StatefulSet', 9)).toMatchObject({ replicas: COMPARISON_MAX_REPLICAS });
		expect(buildScaleAction('ReplicaSet', -2)).toMatchObject({ replicas: 0, name: 'frontend' });
	});

	it("prints the workload's Pods like kubectl get pods -l ... -o wide", () => {
		expect(getWorkloadPodsCommand('StatefulSet')).toBe('kubectl get pods -l app=web -o wide');
		const table = getWorkloadPodsTable(start, 'StatefulSet');
		expect(table.columns).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES']);
		expect(table.rows.map((r) => r[0])).toEqual(['web-0', 'web-1', 'web-2']);
		expect(formatTable(getWorkloadPodsTable(start, 'DaemonSet'))).not.toContain('control-plane');
		expect(getWorkloadPodsTable(runUntilSettled(act(start, buildScaleAction('ReplicaSet', 0))), 'ReplicaSet').rows).toEqual([]);
	});
});

describe('ControllerComparison model', () => {
	const t = strings.en;

	it('plays the page: scale the StatefulSet, tolerate the control plane, add a worker, all through the reducer', () => {
		let s = createComparisonState();
		s = reduceComparison(t, s, { type: 'selectKind', kind: 'StatefulSet' });
		expect(s.announcement).toBe(`Showing the ${t.kindStatefulSet}. Ready 3/3.`);
		s = reduceComparison(t, s, { type: 'scaleBy', delta: 1 });
		expect(s.announcement.startsWith('Set replicas to 4.')).toBe(true);
		for (let i = 0; i < 10; i++) s = reduceComparison(t, s, { type: 'tick' });
		expect(countReadyPods(s.cluster, 'StatefulSet')).toEqual({ ready: 4, desired: 4 });
		expect(names(s.cluster, 'StatefulSet')).toEqual(['web-0', 'web-1', 'web-2', 'web-3']);
		s = reduceComparison(t, reduceComparison(t, s, { type: 'selectKind', kind: 'DaemonSet' }), { type: 'setToleration', on: true });
		expect(s.announcement.startsWith(t.announceTolerationOn)).toBe(true);
		expect(reduceComparison(t, s, { type: 'setToleration', on: true })).toBe(s);
		expect(reduceComparison(t, s, { type: 'scaleBy', delta: 1 })).toBe(s);
		s = reduceComparison(t, s, { type: 'addWorker' });
		expect(s.announcement).toContain('worker-4');
		expect(s.announcement.startsWith(t.announceNodeAdded.replace('{name}', 'worker-4'))).toBe(true);
		s = runUntilTicks(s, 20);
		expect(countReadyPods(s.cluster, 'DaemonSet')).toEqual({ ready: 5, desired: 5 });
		s = reduceComparison(t, s, { type: 'removeWorker' });
		expect(describeSetup(s.cluster)).toEqual({ replicaSetReplicas: 3, statefulSetReplicas: 4, workers: 3, tolerate: true });
		const pod = getWorkloadPods(s.cluster, 'DaemonSet')[0]!.name;
		expect(reduceComparison(t, s, { type: 'deletePod', name: pod }).announcement).toContain(pod);
	});

	function runUntilTicks(s: ReturnType<typeof createComparisonState>, n: number) {
		for (let i = 0; i < n; i++) s = reduceComparison(t, s, { type: 'tick' });
		return s;
	}

	it('stops at the bounds: 0..5 replicas, 1..5 workers', () => {
		let s = createComparisonState({ ...FIRST_SETUP, replicaSetReplicas: COMPARISON_MAX_REPLICAS, workers: 5 });
		expect(reduceComparison(t, s, { type: 'scaleBy', delta: 1 })).toBe(s);
		expect(reduceComparison(t, s, { type: 'addWorker' })).toBe(s);
		s = createComparisonState({ ...FIRST_SETUP, replicaSetReplicas: 0, workers: 1 });
		expect(reduceComparison(t, s, { type: 'scaleBy', delta: -1 })).toBe(s);
		expect(reduceComparison(t, s, { type: 'removeWorker' })).toBe(s);
		expect(describeSetup(s.cluster)).toEqual({ ...FIRST_SETUP, replicaSetReplicas: 0, workers: 1 });
	});

	it('reads and writes controllers.kind/replicaset/statefulset/workers/toleration', () => {
		const read = (q: string) => readUrlState(new URLSearchParams(q));
		expect(read('controllers.kind=DaemonSet&controllers.toleration=on')).toEqual({
			state: { kind: 'DaemonSet', setup: { ...FIRST_SETUP, tolerate: true } },
			notes: [],
		});
		const r = read('controllers.statefulset=9&controllers.workers=0&controllers.kind=Job&controllers.replicaset=two');
		expect(r.state).toEqual({ setup: { ...FIRST_SETUP, statefulSetReplicas: 5, workers: 1 } });
		expect(r.notes.map((n) => [n.key, n.kind, n.used])).toEqual([
			['controllers.kind', 'ignored', undefined],
			['controllers.replicaset', 'ignored', undefined],
			['controllers.statefulset', 'clamped', '5'],
			['controllers.workers', 'clamped', '1'],
		]);
		expect(writeUrlState(createComparisonState())).toEqual({});
		const s = createComparisonState({ ...FIRST_SETUP, statefulSetReplicas: 1, workers: 4, tolerate: true }, 'StatefulSet');
		expect(writeUrlState(s)).toEqual({
			'controllers.kind': 'StatefulSet',
			'controllers.statefulset': '1',
			'controllers.workers': '4',
			'controllers.toleration': 'on',
		});
		expect(read(new URLSearchParams(writeUrlState(s)).toString()).state).toEqual({ kind: 'StatefulSet', setup: describeSetup(s.cluster) });
	});
});

describe('ControllerComparison frame', () => {
	const t = strings.en;
	const play = (s: ComparisonState, ...actions: ComparisonAction[]) => actions.reduce((x, a) => reduceComparison(t, x, a), s);
	const ticks = (n: number): ComparisonAction[] => Array.from({ length: n }, () => ({ type: 'tick' }));

	it('the first frame is the first state drawn, as plain data', () => {
		const first = firstFrame();
		expect(first).toEqual(frameOf(createInitialState()));
		expect(structuredClone(first)).toEqual(first);
		expect(JSON.parse(JSON.stringify(first))).toEqual(first);
		expect(first).toMatchObject({ kind: 'ReplicaSet', desired: 3, ready: 3, tolerated: false, canAddWorker: true, canRemoveWorker: true, claims: [] });
		expect(first.lanes.map((l) => [l.name, l.controlPlane, l.eligible, l.pods.length])).toEqual([
			['control-plane', true, false, 0],
			['worker-1', false, true, 1],
			['worker-2', false, true, 1],
			['worker-3', false, true, 1],
		]);
		expect(first.setup).toEqual(FIRST_SETUP);
		expect(printAgedTable(first.table, first.time)).toBe(formatTable(getWorkloadPodsTable(createComparisonCluster(), 'ReplicaSet')));
	});

	it('a round of the settled first state changes nothing but the clock, so the island can age the first frame alone', () => {
		for (const n of [1, 2, 7, 40]) {
			expect(frameOf(play(createInitialState(), ...ticks(n)))).toEqual(advanceFrame(firstFrame(), n));
			// The engine's first state after the clock counted `n` rounds is those rounds played one by one.
			expect(createInitialState(n)).toEqual(play(createInitialState(), ...ticks(n)));
		}
	});

	it('frames after actions carry what the parts show: lanes, claims and their users, counts, bounds and kubectl text', () => {
		let s = play(createInitialState(), { type: 'selectKind', kind: 'StatefulSet' }, { type: 'scaleBy', delta: -2 }, ...ticks(4));
		let frame = frameOf(s);
		expect(frame).toMatchObject({ kind: 'StatefulSet', desired: 1, ready: 1 });
		expect(frame.lanes.flatMap((l) => l.pods.map((p) => [p.name, p.claims]))).toEqual([['web-0', ['www-web-0']]]);
		expect(frame.claims.map((c) => [c.name, c.user])).toEqual([
			['www-web-0', 'web-0'],
			['www-web-1', null],
			['www-web-2', null],
		]);
		expect(frame.announcement).toBe(s.announcement);
		expect(printAgedTable(frame.table, frame.time)).toBe(formatTable(getWorkloadPodsTable(s.cluster, 'StatefulSet')));
		s = play(
			s,
			{ type: 'selectKind', kind: 'DaemonSet' },
			{ type: 'setToleration', on: true },
			{ type: 'removeWorker' },
			{ type: 'removeWorker' },
			...ticks(1),
		);
		frame = frameOf(s);
		expect(frame).toMatchObject({ kind: 'DaemonSet', tolerated: true, canRemoveWorker: false, canAddWorker: true, claims: [] });
		expect(frame.lanes.find((l) => l.controlPlane)!.eligible).toBe(true);
		expect(frame.setup).toEqual({ replicaSetReplicas: 3, statefulSetReplicas: 1, workers: 1, tolerate: true });
		expect(frame.unassigned.every((p) => p.status === 'Pending')).toBe(true);
	});
});
