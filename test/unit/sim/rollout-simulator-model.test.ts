import { describe, expect, it } from 'vitest';
import {
	advanceRollout,
	createDemoCluster,
	createRolloutManifest,
	describeRollout,
	explainRollingBounds,
	formatAnnotateOutput,
	formatRolloutHistory,
	getDeploymentTree,
	getRolloutHistory,
	isRolloutSettled,
	parseIntOrPercentInput,
	step,
	validateManifest,
	type Cluster,
	type RolloutView,
} from '../../../src/sim/index.ts';
import { run } from './fixtures.ts';

const NAME = 'nginx-deployment';
const settings = { replicas: 3, maxSurge: '25%', maxUnavailable: '25%', image: 'nginx:1.14.2' } as const;

/** The simulator's starting point: nginx 1.14.2 applied and fully rolled out. */
function startCluster(replicas = 3): Cluster {
	const c = run(createDemoCluster(), { type: 'apply', manifest: createRolloutManifest({ ...settings, replicas, changeCause: 'first' }) });
	return advanceRollout(c, NAME, 600).cluster;
}

function view(c: Cluster): RolloutView {
	const v = describeRollout(c, NAME);
	if (!v) throw new Error('no deployment');
	return v;
}

function setImage(c: Cluster, image: string): Cluster {
	return run(c, { type: 'setImage', kind: 'Deployment', name: NAME, container: 'nginx', image, changeCause: `to ${image}` });
}

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, kubernetes/kubernetes pkg/controller/deployment/rolling.go
describe('explainRollingBounds', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('3 replicas with the defaults: surge 0.75 rounds up to 1, unavailable 0.75 down to 0: at most 4, at least 3', () => {
		const e = explainRollingBounds(3, '25%', '25%');
		expect(e.surge).toEqual({ written: '25%', exact: 0.75, rounded: 1, value: 1, rounding: 'up' });
		expect(e.unavailable).toMatchObject({
			written: '25%',
			exact: 0.75,
			rounded: 0,
			value: 0,
			rounding: 'down',
			forcedToOne: false,
			cappedAtReplicas: false,
		});
		expect(e.bounds).toEqual({ surge: 1, unavailable: 0, maxTotal: 4, minAvailable: 3 });
	});

	// Source: kubernetes/kubernetes pkg/controller/deployment/rolling.go
	it('10 replicas with the defaults: 2.5 -> 3 and 2.5 -> 2: at most 13, at least 8', () => {
		const e = explainRollingBounds(10, '25%', '25%');
		expect([e.surge.exact, e.surge.value, e.unavailable.exact, e.unavailable.value]).toEqual([2.5, 3, 2.5, 2]);
		expect(e.bounds).toMatchObject({ maxTotal: 13, minAvailable: 8 });
	});

	it('numbers are used as written, without rounding', () => {
		const e = explainRollingBounds(5, 2, 1);
		expect(e.surge).toEqual({ written: 2, exact: 2, rounded: 2, value: 2, rounding: 'none' });
		expect(e.unavailable).toMatchObject({ value: 1, rounding: 'none', forcedToOne: false });
		expect(e.bounds).toMatchObject({ maxTotal: 7, minAvailable: 4 });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('maxSurge 0 with 25% of 3 rounding to 0 forces maxUnavailable to 1', () => {
		const e = explainRollingBounds(3, 0, '25%');
		expect(e.unavailable).toMatchObject({ exact: 0.75, rounded: 0, value: 1, forcedToOne: true });
		expect(e.bounds).toMatchObject({ maxTotal: 3, minAvailable: 2 });
	});

	it('maxUnavailable larger than replicas is capped at replicas', () => {
		const e = explainRollingBounds(1, 0, 3);
		expect(e.unavailable).toMatchObject({ rounded: 3, value: 1, cappedAtReplicas: true, forcedToOne: false });
		expect(e.bounds.minAvailable).toBe(0);
	});
});

describe('parseIntOrPercentInput and validation of the settings', () => {
	it('reads digits as numbers and keeps everything else as text', () => {
		expect(parseIntOrPercentInput(' 2 ')).toBe(2);
		expect(parseIntOrPercentInput('25%')).toBe('25%');
		expect(parseIntOrPercentInput('-1')).toBe(-1);
		expect(parseIntOrPercentInput('1.5')).toBe(1.5);
		expect(parseIntOrPercentInput('abc')).toBe('abc');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('the API server rejects maxSurge 0 with maxUnavailable 0', () => {
		const errors = validateManifest(createRolloutManifest({ ...settings, maxSurge: 0, maxUnavailable: 0 }));
		expect(errors).toEqual([expect.objectContaining({ field: 'spec.strategy.rollingUpdate.maxUnavailable', detail: 'may not be 0 when `maxSurge` is 0' })]);
		const c = step(startCluster(), { type: 'apply', manifest: createRolloutManifest({ ...settings, maxSurge: 0, maxUnavailable: 0 }) });
		expect(c.lastResult).toMatchObject({ ok: false });
		expect(c.lastResult?.output).toBe(
			'The Deployment "nginx-deployment" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
		);
	});

	it('rejects text that is not a number or a percent, and negative numbers', () => {
		const bad = validateManifest(
			createRolloutManifest({ ...settings, maxSurge: parseIntOrPercentInput('abc'), maxUnavailable: parseIntOrPercentInput('-1') }),
		);
		expect(bad.map((e) => e.field)).toEqual(['spec.strategy.rollingUpdate.maxSurge', 'spec.strategy.rollingUpdate.maxUnavailable']);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('builds the Deployments page nginx-deployment with the change-cause annotation', () => {
		const m = createRolloutManifest({ ...settings, changeCause: 'first' });
		expect(m.metadata).toEqual({ name: NAME, labels: { app: 'nginx' }, annotations: { 'kubernetes.io/change-cause': 'first' } });
		expect(m.spec.template.spec.containers[0]).toEqual({ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] });
		expect(validateManifest(m)).toEqual([]);
		expect(createRolloutManifest(settings).metadata.annotations).toBeUndefined();
	});
});

describe('describeRollout through a rolling update', () => {
	it('starts complete on revision 1 with one ReplicaSet and no old ones', () => {
		const v = view(startCluster());
		expect(v.phase).toBe('complete');
		expect(v.revision).toBe(1);
		expect(v.oldReplicaSets).toEqual([]);
		expect(v.newReplicaSet?.pods.map((p) => p.status)).toEqual(['Running', 'Running', 'Running']);
		expect(v.newReplicaSet?.name).toBe(`${NAME}-${v.newReplicaSet?.hash}`);
		expect(v.counts).toMatchObject({ newPods: 3, oldPods: 0, total: 3, available: 3, terminating: 0 });
		expect(v.bounds).toEqual({ surge: 1, unavailable: 0, maxTotal: 4, minAvailable: 3 });
		expect(v.secondsWithoutProgress).toBeUndefined();
		expect(isRolloutSettled(v)).toBe(true);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('moves every Pod to the new ReplicaSet within at most 4 Pods and at least 3 available', () => {
		let c = setImage(startCluster(), 'nginx:1.16.1');
		expect(view(c).phase).toBe('progressing');
		const { cluster, samples } = advanceRollout(c, NAME, 600);
		c = cluster;
		for (const s of samples) {
			expect(s.total).toBeLessThanOrEqual(4);
			expect(s.available).toBeGreaterThanOrEqual(3);
		}
		// The documented sequence: new 1 -> old 2 -> new 2 -> old 1 -> new 3 -> old 0.
		const pairs = samples.map((s) => `${s.newPods}/${s.oldPods}`).filter((p, i, all) => p !== all[i - 1]);
		expect(pairs).toEqual(['1/3', '1/2', '2/2', '2/1', '3/1', '3/0']);
		const v = view(c);
		expect(v.phase).toBe('complete');
		expect(v.revision).toBe(2);
		expect(v.image).toBe('nginx:1.16.1');
		expect(v.newReplicaSet?.pods.every((p) => p.status === 'Running' && p.image === 'nginx:1.16.1')).toBe(true);
		expect(v.oldReplicaSets).toHaveLength(1);
		expect(v.oldReplicaSets[0]).toMatchObject({ revision: 1, desired: 0, pods: [] });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('shows terminating Pods apart from the counts while they shut down', () => {
		let c = setImage(startCluster(), 'nginx:1.16.1');
		let seen = false;
		for (let i = 0; i < 20 && !seen; i++) {
			c = step(c, { type: 'tick' });
			const v = view(c);
			const terminating = v.oldReplicaSets.flatMap((rs) => rs.pods).filter((p) => p.terminating);
			if (terminating.length > 0) {
				seen = true;
				expect(terminating[0]?.status).toBe('Terminating');
				expect(v.counts.terminating).toBe(terminating.length);
				expect(v.counts.oldPods).toBe(v.oldReplicaSets.flatMap((rs) => rs.pods).length - terminating.length);
				expect(v.phase).toBe('progressing');
			}
		}
		expect(seen).toBe(true);
	});

	it('reports seconds without progress while a rollout is under way', () => {
		const c = step(setImage(startCluster(), 'nginx:1.161'), { type: 'tick' });
		const v = view(c);
		expect(v.secondsWithoutProgress).toBe(0);
		const later = view(run(c, { type: 'tick' }, { type: 'tick' }, { type: 'tick' }));
		expect(later.secondsWithoutProgress).toBeGreaterThan(0);
		expect(later.progressDeadlineSeconds).toBe(600);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('a bad image stalls within the bounds, exceeds the deadline and is not rolled back', () => {
		let c = advanceRollout(setImage(startCluster(), 'nginx:1.16.1'), NAME, 600).cluster;
		c = setImage(c, 'nginx:1.161');
		const { cluster, samples } = advanceRollout(c, NAME, 900);
		const v = view(cluster);
		expect(v.phase).toBe('stalled');
		expect(v.progressing).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });
		expect(v.available).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
		// Deadline 600 s: it is reported once more than 600 s passed without progress.
		expect(samples.at(-1)!.time - samples[0]!.time).toBeGreaterThanOrEqual(600);
		expect(v.counts).toMatchObject({ newPods: 1, oldPods: 3, total: 4, available: 3 });
		expect(['ErrImagePull', 'ImagePullBackOff']).toContain(v.newReplicaSet?.pods[0]?.status);
		expect(v.oldReplicaSets[0]?.pods.map((p) => p.status)).toEqual(['Running', 'Running', 'Running']);
		// No automatic rollback: the template still asks for the bad image.
		expect(v.image).toBe('nginx:1.161');
		expect(v.revision).toBe(3);
		const after = view(advanceRollout(cluster, NAME, 300).cluster);
		expect(after.image).toBe('nginx:1.161');
		expect(after.phase).toBe('stalled');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('undo after revisions 1, 2, 3 makes revision 4 and history lists 1, 3, 4', () => {
		let c = advanceRollout(setImage(startCluster(), 'nginx:1.16.1'), NAME, 600).cluster;
		c = advanceRollout(setImage(c, 'nginx:1.161'), NAME, 900).cluster;
		expect(getRolloutHistory(c, NAME)?.map((r) => r.revision)).toEqual([1, 2, 3]);
		c = run(c, { type: 'rollbackDeployment', name: NAME });
		expect(c.lastResult?.output).toBe('deployment.apps/nginx-deployment rolled back');
		c = advanceRollout(c, NAME, 600).cluster;
		const v = view(c);
		expect(v.phase).toBe('complete');
		expect(v.revision).toBe(4);
		expect(v.image).toBe('nginx:1.16.1');
		expect(v.counts).toMatchObject({ newPods: 3, oldPods: 0, available: 3 });
		expect(getRolloutHistory(c, NAME)?.map((r) => r.revision)).toEqual([1, 3, 4]);
		// kubectl copies the change-cause of the revision it rolls back to (rollback.go).
		expect(formatRolloutHistory(c, NAME)).toContain('4         to nginx:1.16.1');
	});

	it('stops advancing when the Deployment is gone or paused', () => {
		const c = startCluster();
		expect(describeRollout(c, 'missing')).toBeUndefined();
		expect(advanceRollout(c, 'missing', 100).samples).toEqual([]);
		const paused = run(c, { type: 'setDeploymentPaused', name: NAME, paused: true });
		const v = view(advanceRollout(setImage(paused, 'nginx:1.16.1'), NAME, 100).cluster);
		expect(v.phase).toBe('paused');
		expect(isRolloutSettled(v)).toBe(true);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('a scale-only apply changes the bounds without a new revision', () => {
		let c = run(startCluster(), { type: 'apply', manifest: createRolloutManifest({ ...settings, replicas: 10 }) });
		expect(c.lastResult?.output).toBe('deployment.apps/nginx-deployment configured');
		c = advanceRollout(c, NAME, 600).cluster;
		const v = view(c);
		expect(v.bounds).toMatchObject({ maxTotal: 13, minAvailable: 8 });
		expect(v.revision).toBe(1);
		expect(v.counts).toMatchObject({ newPods: 10, available: 10 });
	});

	it('formats kubectl annotate output', () => {
		expect(formatAnnotateOutput(NAME)).toBe('deployment.apps/nginx-deployment annotated');
	});
});

describe('getDeploymentTree', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/
	it('links Deployment, ReplicaSets and Pods through ownerReferences', () => {
		const c = startCluster();
		const tree = getDeploymentTree(c, NAME);
		expect(tree).toMatchObject({ name: NAME, replicas: 3, readyReplicas: 3, availableReplicas: 3 });
		const rs = tree!.replicaSets[0]!;
		expect(rs.name).toMatch(/^nginx-deployment-[a-z0-9]+$/);
		expect(rs.pods).toHaveLength(3);
		for (const p of rs.pods) {
			expect(p.name).toBe(`${rs.name}-${p.suffix}`);
			expect(p.suffix).toMatch(/^[a-z0-9]{5}$/);
		}
		expect(getDeploymentTree(c, 'missing')).toBeUndefined();
	});
});
