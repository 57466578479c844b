import { describe, expect, it } from 'vitest';
import {
	CHANGE_CAUSE_ANNOTATION,
	computeTemplateHash,
	getCondition,
	getRevision,
	getRolloutHistory,
	getRolloutStatus,
	formatRolloutHistory,
	step,
	type Cluster,
} from '../../../src/sim/index.ts';
import { activePods, nginxCluster, nginxDeployment, run, tick, tickUntil } from './fixtures.ts';

const NAME = 'nginx-deployment';
const setImage = (image: string, changeCause?: string) =>
	({ type: 'setImage', kind: 'Deployment', name: NAME, container: 'nginx', image, ...(changeCause ? { changeCause } : {}) }) as const;
const complete = (c: Cluster) => getRolloutStatus(c, NAME).done;
const revisions = (c: Cluster) => getRolloutHistory(c, NAME)!.map((h) => h.revision);

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, kubernetes/kubernetes pkg/controller/deployment/sync.go
describe('Deployment creation', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, kubernetes/kubernetes pkg/controller/deployment/sync.go
	it('creates one ReplicaSet <deployment>-<pod-template-hash> with revision 1 and three Pods', () => {
		const c = nginxCluster();
		const d = c.deployments[0]!;
		expect(c.replicaSets).toHaveLength(1);
		const rs = c.replicaSets[0]!;
		const hash = computeTemplateHash(d.spec.template);
		expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
		expect(rs.name).toBe(`${NAME}-${hash}`);
		expect(rs.labels['pod-template-hash']).toBe(hash);
		expect(rs.spec.selector).toEqual({ app: 'nginx', 'pod-template-hash': hash });
		expect(getRevision(rs)).toBe(1);
		expect(d.annotations['deployment.kubernetes.io/revision']).toBe('1');
		const pods = activePods(c, rs.name);
		expect(pods).toHaveLength(3);
		for (const p of pods) {
			expect(p.name).toMatch(new RegExp(`^${rs.name}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
			expect(p.labels['pod-template-hash']).toBe(hash);
			expect(p.owner).toMatchObject({ kind: 'ReplicaSet', name: rs.name });
		}
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('applies the apps/v1 defaults', () => {
		const m = nginxDeployment();
		const { replicas: _r, ...specWithoutReplicas } = m.spec;
		const c = run(nginxCluster(), { type: 'apply', manifest: { ...m, metadata: { name: 'defaults' }, spec: specWithoutReplicas } });
		const d = c.deployments.find((x) => x.name === 'defaults')!;
		expect(d.spec).toMatchObject({
			replicas: 1,
			strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
			revisionHistoryLimit: 10,
			progressDeadlineSeconds: 600,
			minReadySeconds: 0,
			paused: false,
		});
		expect(d.spec.template.spec.restartPolicy).toBe('Always');
	});

	it('reports Available and Progressing=NewReplicaSetAvailable when rolled out', () => {
		const d = nginxCluster().deployments[0]!;
		expect(getCondition(d, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
		expect(getCondition(d, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
	});
});

// Source: kubernetes/kubernetes pkg/controller/deployment/rolling.go, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
describe('rolling update', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('follows the documented sequence for 3 replicas: new 1, old 2, new 2, old 1, new 3, old 0', () => {
		let c = run(nginxCluster(), setImage('nginx:1.16.1'));
		c = tickUntil(c, complete);
		const scaling = c.events.filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message.replace(/nginx-deployment-[a-z0-9]+/, 'RS'));
		expect(scaling.slice(1)).toEqual([
			'Scaled up replica set RS from 0 to 1',
			'Scaled down replica set RS from 3 to 2',
			'Scaled up replica set RS from 1 to 2',
			'Scaled down replica set RS from 2 to 1',
			'Scaled up replica set RS from 2 to 3',
			'Scaled down replica set RS from 1 to 0',
		]);
		const newHash = computeTemplateHash(c.deployments[0]!.spec.template);
		expect(c.replicaSets.map((rs) => [rs.name.endsWith(newHash), rs.spec.replicas])).toEqual([
			[false, 0],
			[true, 3],
		]);
		expect(revisions(c)).toEqual([1, 2]);
	});

	it('one tick of work at a time: Pending, then ContainerCreating, then Running', () => {
		let c = run(nginxCluster(), setImage('nginx:1.16.1'));
		c = tick(c);
		const fresh = () => c.pods.find((p) => p.image === 'nginx:1.16.1')!;
		expect(fresh()).toMatchObject({ phase: 'Pending', status: 'Pending', ready: false });
		expect(fresh().nodeName).toBeUndefined();
		c = tick(c);
		expect(fresh()).toMatchObject({ phase: 'Pending', status: 'ContainerCreating' });
		expect(fresh().nodeName).toBeDefined();
		c = tick(c);
		expect(fresh()).toMatchObject({ phase: 'Running', status: 'Running', ready: true });
		expect(c.pods.filter((p) => p.status === 'Terminating')).toHaveLength(1);
		c = tick(c);
		expect(c.pods.filter((p) => p.status === 'Terminating')).toHaveLength(0);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('scaling does not create a revision; only a template change does', () => {
		let c = run(nginxCluster(), { type: 'scale', kind: 'Deployment', name: NAME, replicas: 5 });
		expect(c.lastResult).toEqual({ ok: true, output: 'deployment.apps/nginx-deployment scaled' });
		c = tickUntil(c, (x) => complete(x) && x.deployments[0]!.status.availableReplicas === 5);
		expect(c.replicaSets).toHaveLength(1);
		expect(revisions(c)).toEqual([1]);
		c = tickUntil(run(c, { type: 'scale', kind: 'Deployment', name: NAME, replicas: 2 }), (x) => activePods(x, NAME).length === 2 && x.pods.length === 2);
		expect(revisions(c)).toEqual([1]);
		c = tickUntil(run(c, setImage('nginx:1.16.1')), complete);
		expect(revisions(c)).toEqual([1, 2]);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('a ReplicaSet scaled by hand is set back by its Deployment', () => {
		const c0 = nginxCluster();
		const rs = c0.replicaSets[0]!.name;
		let c = run(c0, { type: 'scale', kind: 'ReplicaSet', name: rs, replicas: 1 });
		c = tick(c, 3);
		expect(c.replicaSets[0]!.spec.replicas).toBe(3);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('proportional scaling mid-rollout: 8 old + 5 new scaled to 15 gives 11 + 7', () => {
		let c = nginxCluster({ replicas: 10, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } } });
		c = run(c, setImage('nginx:1.161'));
		c = tickUntil(
			c,
			(x) =>
				x.replicaSets
					.map((rs) => rs.spec.replicas)
					.sort((a, b) => a - b)
					.join() === '5,8',
		);
		c = tick(run(c, { type: 'scale', kind: 'Deployment', name: NAME, replicas: 15 }));
		const newHash = computeTemplateHash(c.deployments[0]!.spec.template);
		const sizes = Object.fromEntries(c.replicaSets.map((rs) => [rs.name.endsWith(newHash) ? 'new' : 'old', rs.spec.replicas]));
		expect(sizes).toEqual({ old: 11, new: 7 });
	});

	it('maxSurge 0 / maxUnavailable 1 removes an old Pod before adding a new one', () => {
		let c = nginxCluster({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } });
		c = tick(run(c, setImage('nginx:1.16.1')));
		expect(c.replicaSets.map((rs) => rs.spec.replicas)).toEqual([2, 0]);
		expect(activePods(c, NAME)).toHaveLength(2);
		c = tick(c);
		expect(c.replicaSets.map((rs) => rs.spec.replicas)).toEqual([2, 1]);
		c = tickUntil(c, complete);
		expect(activePods(c, NAME).every((p) => p.image === 'nginx:1.16.1')).toBe(true);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('minReadySeconds delays availability and so the next step', () => {
		let c = nginxCluster({ minReadySeconds: 30 });
		c = run(c, setImage('nginx:1.16.1'));
		c = tickUntil(c, (x) => x.pods.some((p) => p.image === 'nginx:1.16.1' && p.ready));
		c = tick(c);
		expect(c.replicaSets.find((rs) => rs.status.readyReplicas === 1 && rs.spec.replicas === 1)!.status.availableReplicas).toBe(0);
		c = tick(c, 3);
		expect(c.replicaSets.map((rs) => rs.spec.replicas)).toContain(2);
	});
});

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
describe('stalled rollout with a bad image', () => {
	it('nginx:1.161 never becomes ready, the rollout stays at old 3 / new 1, and times out without rolling back', () => {
		let c = run(nginxCluster(), setImage('nginx:1.161'));
		c = tick(c, 3);
		const bad = c.pods.find((p) => p.image === 'nginx:1.161')!;
		expect(bad.phase).toBe('Pending');
		expect(['ErrImagePull', 'ImagePullBackOff']).toContain(bad.status);
		c = tick(c);
		expect(c.pods.find((p) => p.image === 'nginx:1.161')!.status).toBe('ImagePullBackOff');
		expect(c.replicaSets.map((rs) => rs.spec.replicas)).toEqual([3, 1]);
		expect(getRolloutStatus(c, NAME).message).toBe(
			'Waiting for deployment "nginx-deployment" rollout to finish: 1 out of 3 new replicas have been updated...',
		);
		// 600 s without progress at 10 s per tick.
		c = tickUntil(c, (x) => getCondition(x.deployments[0]!, 'Progressing')?.status === 'False', 80);
		const d = c.deployments[0]!;
		expect(c.time).toBeGreaterThan(600);
		expect(getCondition(d, 'Progressing')).toMatchObject({
			reason: 'ProgressDeadlineExceeded',
			message: expect.stringContaining('has timed out progressing'),
		});
		expect(getRolloutStatus(c, NAME)).toEqual({ message: 'error: deployment "nginx-deployment" exceeded its progress deadline', done: true, exitCode: 1 });
		c = tick(c, 20);
		expect(c.deployments[0]!.spec.template.spec.containers[0]!.image).toBe('nginx:1.161');
		expect(c.replicaSets.map((rs) => rs.spec.replicas)).toEqual([3, 1]);
		expect(c.events.some((e) => e.reason === 'DeploymentRollback')).toBe(false);
		expect(c.events.some((e) => e.type === 'Warning' && e.message.includes('Failed to pull image "nginx:1.161"'))).toBe(true);
	});

	it('undo brings it back, and the deadline is reset by progress', () => {
		let c = run(nginxCluster(), setImage('nginx:1.161'));
		c = tick(c, 70);
		c = run(c, { type: 'rollbackDeployment', name: NAME });
		expect(c.lastResult?.output).toBe('deployment.apps/nginx-deployment rolled back');
		c = tickUntil(c, complete);
		expect(activePods(c, NAME).every((p) => p.image === 'nginx:1.14.2')).toBe(true);
		expect(getCondition(c.deployments[0]!, 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
	});
});

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, kubernetes/kubectl pkg/cmd/rollout/rollout.go
describe('rollback', () => {
	function threeRevisions(): Cluster {
		let c = nginxCluster();
		c = tickUntil(run(c, setImage('nginx:1.16.1', 'update to 1.16.1')), complete);
		c = tickUntil(run(c, setImage('nginx:1.17', 'update to 1.17')), complete);
		return c;
	}

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('after revisions 1, 2, 3, undo makes revision 4 and the history lists 1, 3, 4', () => {
		let c = threeRevisions();
		expect(revisions(c)).toEqual([1, 2, 3]);
		c = run(c, { type: 'rollbackDeployment', name: NAME });
		c = tickUntil(c, complete);
		expect(revisions(c)).toEqual([1, 3, 4]);
		const history = getRolloutHistory(c, NAME)!;
		expect(history.at(-1)).toMatchObject({ revision: 4, changeCause: 'update to 1.16.1', previousRevisions: [2] });
		expect(c.deployments[0]!.annotations['deployment.kubernetes.io/revision']).toBe('4');
		expect(activePods(c, NAME).every((p) => p.image === 'nginx:1.16.1')).toBe(true);
		expect(c.replicaSets).toHaveLength(3);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('--to-revision picks that revision; the old ReplicaSet is reused, not recreated', () => {
		const before = threeRevisions();
		const rev1 = before.replicaSets.find((rs) => getRevision(rs) === 1)!;
		const c = tickUntil(run(before, { type: 'rollbackDeployment', name: NAME, toRevision: 1 }), complete);
		expect(revisions(c)).toEqual([2, 3, 4]);
		const reused = c.replicaSets.find((rs) => getRevision(rs) === 4)!;
		expect(reused.uid).toBe(rev1.uid);
		expect(reused.annotations['deployment.kubernetes.io/revision-history']).toBe('1');
		expect(c.deployments[0]!.annotations[CHANGE_CAUSE_ANNOTATION]).toBeUndefined();
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('skips the rollback when the template already matches', () => {
		const c = run(threeRevisions(), { type: 'rollbackDeployment', name: NAME, toRevision: 3 });
		expect(c.lastResult).toEqual({ ok: true, output: 'deployment.apps/nginx-deployment skipped rollback (current template already matches revision 3)' });
		expect(tick(c, 3).replicaSets.map(getRevision).sort()).toEqual([1, 2, 3]);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('reports unknown revisions, a missing history and a paused Deployment', () => {
		const c = threeRevisions();
		expect(step(c, { type: 'rollbackDeployment', name: NAME, toRevision: 9 }).lastResult).toMatchObject({
			ok: false,
			output: 'error: unable to find specified revision 9 in history',
		});
		expect(step(nginxCluster(), { type: 'rollbackDeployment', name: NAME }).lastResult?.output).toBe(
			'error: no rollout history found for deployment "nginx-deployment"',
		);
		expect(step(c, { type: 'rollbackDeployment', name: 'nope' }).lastResult?.output).toBe(
			'Error from server (NotFound): deployments.apps "nope" not found',
		);
		const paused = run(c, { type: 'setDeploymentPaused', name: NAME, paused: true });
		expect(step(paused, { type: 'rollbackDeployment', name: NAME }).lastResult?.output).toMatch(/cannot rollback a paused deployment/);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('rollout history prints REVISION and CHANGE-CAUSE', () => {
		expect(formatRolloutHistory(threeRevisions(), NAME)).toBe(
			['deployment.apps/nginx-deployment ', 'REVISION  CHANGE-CAUSE', '1         <none>', '2         update to 1.16.1', '3         update to 1.17'].join(
				'\n',
			),
		);
		expect(formatRolloutHistory(threeRevisions(), 'x')).toMatch(/NotFound/);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('revisionHistoryLimit keeps only that many old ReplicaSets', () => {
		let c = nginxCluster({ revisionHistoryLimit: 1 });
		for (const image of ['nginx:1.16.1', 'nginx:1.17', 'nginx:1.18']) c = tickUntil(run(c, setImage(image)), complete);
		c = tick(c);
		expect(revisions(c)).toEqual([3, 4]);
		c = nginxCluster({ revisionHistoryLimit: 0 });
		c = tick(tickUntil(run(c, setImage('nginx:1.16.1')), complete));
		expect(step(c, { type: 'rollbackDeployment', name: NAME }).lastResult?.output).toMatch(/no rollout history/);
	});
});

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
describe('pause, Recreate, apply', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('a paused Deployment takes template changes without rolling out until resumed', () => {
		let c = run(nginxCluster(), { type: 'setDeploymentPaused', name: NAME, paused: true }, setImage('nginx:1.16.1'));
		c = tick(c, 5);
		expect(c.replicaSets).toHaveLength(1);
		expect(getCondition(c.deployments[0]!, 'Progressing')?.reason).toBe('DeploymentPaused');
		expect(step(c, { type: 'setDeploymentPaused', name: NAME, paused: true }).lastResult?.output).toMatch(/already paused/);
		c = run(c, { type: 'scale', kind: 'Deployment', name: NAME, replicas: 4 });
		c = tick(c, 3);
		expect(activePods(c, NAME)).toHaveLength(4);
		c = tickUntil(run(c, { type: 'setDeploymentPaused', name: NAME, paused: false }), complete);
		expect(activePods(c, NAME).every((p) => p.image === 'nginx:1.16.1')).toBe(true);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('Recreate scales the old ReplicaSet to 0 and waits for its Pods to go before creating new ones', () => {
		let c = nginxCluster({ strategy: { type: 'Recreate' } });
		c = tick(run(c, setImage('nginx:1.16.1')));
		expect(c.replicaSets.map((rs) => rs.spec.replicas)).toEqual([0]);
		expect(c.pods.every((p) => p.status === 'Terminating')).toBe(true);
		c = tick(c);
		expect(c.pods).toHaveLength(3);
		expect(c.pods.every((p) => p.image === 'nginx:1.16.1' && p.status === 'Pending')).toBe(true);
		expect(getRolloutStatus(tickUntil(c, complete), NAME).exitCode).toBe(0);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('apply with replicas overwrites a manual scale; without replicas it keeps it', () => {
		let c = run(nginxCluster(), { type: 'scale', kind: 'Deployment', name: NAME, replicas: 5 });
		c = run(c, { type: 'apply', manifest: nginxDeployment() });
		expect(c.lastResult?.output).toBe('deployment.apps/nginx-deployment configured');
		expect(c.deployments[0]!.spec.replicas).toBe(3);
		c = run(c, { type: 'scale', kind: 'Deployment', name: NAME, replicas: 5 });
		const { replicas: _r, ...rest } = nginxDeployment().spec;
		c = run(c, { type: 'apply', manifest: { ...nginxDeployment(), spec: rest } });
		expect(c.deployments[0]!.spec.replicas).toBe(5);
		expect(step(c, { type: 'apply', manifest: { ...nginxDeployment(), spec: rest } }).lastResult?.output).toBe(
			'deployment.apps/nginx-deployment unchanged',
		);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('rollout status walks through the kubectl messages', () => {
		let c = run(nginxCluster(), setImage('nginx:1.16.1'));
		expect(getRolloutStatus(c, NAME).message).toBe('Waiting for deployment spec update to be observed...');
		const seen = new Set<string>();
		while (!complete(c)) {
			c = tick(c);
			seen.add(getRolloutStatus(c, NAME).message.replace(/[0-9]+/g, 'N'));
		}
		expect([...seen]).toEqual(
			expect.arrayContaining([
				'Waiting for deployment "nginx-deployment" rollout to finish: N out of N new replicas have been updated...',
				'Waiting for deployment "nginx-deployment" rollout to finish: N old replicas are pending termination...',
				'deployment "nginx-deployment" successfully rolled out',
			]),
		);
		expect(getRolloutStatus(c, 'missing').exitCode).toBe(1);
	});

	it('deleting a Deployment removes its ReplicaSets and then its Pods', () => {
		let c = run(nginxCluster(), { type: 'delete', kind: 'Deployment', name: NAME });
		expect(c.lastResult?.output).toBe('deployment.apps "nginx-deployment" deleted');
		c = tick(c);
		expect(c.replicaSets).toHaveLength(0);
		expect(c.pods.every((p) => p.status === 'Terminating')).toBe(true);
		expect(tick(c).pods).toHaveLength(0);
	});
});
