// The RolloutSimulator scenario headless: the page's steps (deploy 1.14.2, update to 1.16.1,
// the 1.161 typo stalls, undo) through the reducer, and the settings form validated as
// ValidateRollingUpdateDeployment does (pkg/apis/apps/validation/validation.go, issue #15 item 9).
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/rollout-simulator.ts';
import { formatFieldError } from '../../../src/sim/index.ts';
import { BAD_IMAGE, DEFAULT_FORM, isFrameSettled, laneRows, readUrlState, validateForm, writeUrlState } from '../../../src/widgets/RolloutSimulator/frame.ts';
import {
	createInitialState,
	firstFrame,
	frameOf,
	mustView,
	reduceRollout,
	type RolloutAction,
	type SimState,
} from '../../../src/widgets/RolloutSimulator/model.ts';

const t = strings.en;
const run = (actions: RolloutAction[], from: SimState = createInitialState(t)) => actions.reduce((s, a) => reduceRollout(t, s, a), from);
const errors = (maxSurge: string, maxUnavailable: string, replicas = 3) => validateForm({ replicas, maxSurge, maxUnavailable }).map(formatFieldError);

describe('settings validation', () => {
	it('accepts a surge above 100%: Kubernetes caps only maxUnavailable', () => {
		expect(errors('200%', '25%')).toEqual([]);
		expect(errors('25%', '101%')).toEqual(['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "101%": must not be greater than 100%']);
		expect(errors('25%', '100%')).toEqual([]);
	});

	it('rejects integers beyond int32 and negatives, and both zero', () => {
		expect(errors('99999999999', '25%')).toEqual([
			'spec.strategy.rollingUpdate.maxSurge: Invalid value: 99999999999: json: cannot unmarshal number 99999999999 into Go value of type int32',
		]);
		expect(errors('2147483647', '25%')).toEqual([]);
		expect(errors('25%', '-1')).toEqual(['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: -1: must be greater than or equal to 0']);
		expect(errors('0', '0')).toEqual(['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0']);
	});
});

describe('the page scenario', () => {
	it('starts with nginx 1.14.2 rolled out on 3 Pods', () => {
		const view = mustView(createInitialState(t).cluster);
		expect(view.image).toBe('nginx:1.14.2');
		expect(view.counts.newPods).toBe(3);
		expect(view.phase).toBe('complete');
	});

	it('set image 1.16.1 then fast-forward completes revision 2 with a change-cause', () => {
		const s = run([{ type: 'setImage', image: 'nginx:1.16.1' }, { type: 'fastForward' }]);
		const view = mustView(s.cluster);
		expect(view.image).toBe('nginx:1.16.1');
		expect(view.phase).toBe('complete');
		expect(view.revision).toBe(2);
		expect(s.announcement).toContain(t.phaseComplete(2));
	});

	it('the bad tag stalls past the deadline and undo brings 1.14.2 back', () => {
		const stalled = run([{ type: 'setImage', image: BAD_IMAGE }, { type: 'fastForward' }]);
		expect(mustView(stalled.cluster).phase).toBe('stalled');
		expect(stalled.announcement).toContain('ProgressDeadlineExceeded');
		const undone = run([{ type: 'undo' }, { type: 'fastForward' }], stalled);
		expect(mustView(undone.cluster).image).toBe('nginx:1.14.2');
		expect(mustView(undone.cluster).phase).toBe('complete');
	});

	it('applying 10 replicas with a 200% surge is accepted and scales to 10', () => {
		const s = run([{ type: 'apply', form: { replicas: 10, maxSurge: '200%', maxUnavailable: '0' } }, { type: 'fastForward' }]);
		expect(s.applied.maxSurge).toBe('200%');
		expect(mustView(s.cluster).counts.newPods).toBe(10);
	});

	it('a rejected apply keeps the applied settings and says why; the same image is refused; reset', () => {
		const s = run([{ type: 'apply', form: { ...DEFAULT_FORM, maxUnavailable: '150%' } }]);
		expect(s.applied).toEqual(DEFAULT_FORM);
		expect(s.announcement).toMatch(/must not be greater than 100%/);
		expect(run([{ type: 'setImage', image: 'nginx:1.14.2' }]).announcement).toBe(t.sameImage('nginx:1.14.2'));
		const ticked = run([{ type: 'setImage', image: 'nginx:1.16.1' }, { type: 'tick' }, { type: 'reset' }]);
		expect(mustView(ticked.cluster).image).toBe('nginx:1.14.2');
		expect(ticked.announcement).toBe(t.announceReset);
	});
});

describe('rollout settings in the URL', () => {
	const read = (q: string) => readUrlState(new URLSearchParams(q));

	it('reads the lead example: 10 replicas, 30% / 0', () => {
		expect(read('rollout.replicas=10&rollout.maxSurge=30%25&rollout.maxUnavailable=0')).toEqual({
			state: { form: { replicas: 10, maxSurge: '30%', maxUnavailable: '0' } },
			notes: [],
		});
		const s = createInitialState(strings.en, { replicas: 10, maxSurge: '30%', maxUnavailable: '0' });
		const view = mustView(s.cluster);
		expect(view.bounds).toMatchObject({ maxTotal: 13, minAvailable: 10 });
		expect(view.counts).toMatchObject({ newPods: 10, available: 10 });
		expect(s.applied).toEqual({ replicas: 10, maxSurge: '30%', maxUnavailable: '0' });
	});

	it('clamps out-of-range numbers and percentages, with a note each', () => {
		const r = read('rollout.replicas=40&rollout.maxSurge=250%25&rollout.maxUnavailable=12');
		expect(r.state.form).toEqual({ replicas: 10, maxSurge: '100%', maxUnavailable: '10' });
		expect(r.notes.map((n) => [n.key, n.kind, n.used])).toEqual([
			['rollout.replicas', 'clamped', '10'],
			['rollout.maxSurge', 'clamped', '100%'],
			['rollout.maxUnavailable', 'clamped', '10'],
		]);
		expect(read('rollout.replicas=0').state.form?.replicas).toBe(1);
	});

	it('ignores malformed, hostile and rejected values, with a note each', () => {
		const r = read('rollout.maxSurge=-1&rollout.maxUnavailable=abc&rollout.image=evil:latest&rollout.replicas=%3Cscript%3E');
		expect(r.state).toEqual({});
		expect(r.notes.map((n) => [n.key, n.value, n.kind])).toEqual([
			['rollout.replicas', '<script>', 'ignored'],
			['rollout.maxSurge', '-1', 'ignored'],
			['rollout.maxUnavailable', 'abc', 'ignored'],
			['rollout.image', 'evil:latest', 'ignored'],
		]);
		// Both knobs 0 is what the API server rejects: the knobs fall back to the defaults.
		const zero = read('rollout.maxSurge=0&rollout.maxUnavailable=0');
		expect(zero.state.form).toEqual(DEFAULT_FORM);
		expect(zero.notes.map((n) => n.key)).toEqual(['rollout.maxSurge', 'rollout.maxUnavailable']);
		expect(read(`rollout.maxSurge=${'9'.repeat(100)}`).notes[0]!.value.endsWith('…')).toBe(true);
	});

	it('writes only what differs from the page, and reads back what it wrote', () => {
		expect(writeUrlState(DEFAULT_FORM, 'nginx:1.16.1')).toEqual({});
		const params = writeUrlState({ replicas: 10, maxSurge: '30%', maxUnavailable: '0' }, 'nginx:1.161');
		expect(params).toEqual({ 'rollout.replicas': '10', 'rollout.maxSurge': '30%', 'rollout.maxUnavailable': '0', 'rollout.image': 'nginx:1.161' });
		expect(read(new URLSearchParams(params).toString()).state).toEqual({
			form: { replicas: 10, maxSurge: '30%', maxUnavailable: '0' },
			image: 'nginx:1.161',
		});
	});
});

describe('the frame the island renders', () => {
	it('first frame: the settled starting point, as plain data that survives the page HTML', () => {
		const first = firstFrame(t);
		expect(first).toEqual(frameOf(createInitialState(t)));
		expect(JSON.parse(JSON.stringify(first))).toEqual(first);
		expect(structuredClone(first)).toEqual(first);
		expect(first).toMatchObject({
			image: 'nginx:1.14.2',
			revision: 1,
			phase: 'complete',
			oldReplicaSets: [],
			applied: DEFAULT_FORM,
			announcement: '',
			seq: 0,
		});
		expect(first.bounds).toMatchObject({ maxTotal: 4, minAvailable: 3 });
		expect(first.newReplicaSet?.pods.map((p) => p.status)).toEqual(['Running', 'Running', 'Running']);
		expect(first.conditions.map((c) => `${c.type}=${c.status}, ${c.reason}`)).toEqual([
			'Available=True, MinimumReplicasAvailable',
			'Progressing=True, NewReplicaSetAvailable',
		]);
		expect(first.rolloutStatus).toBe('deployment "nginx-deployment" successfully rolled out');
		expect(first.history).toMatch(/1 +first deploy of nginx 1\.14\.2/);
		expect(isFrameSettled(first)).toBe(true);
		expect(laneRows(first.bounds)).toBe(2);
		// A link's settings give another first state (the engine builds it on the page).
		expect(firstFrame(t, { replicas: 10, maxSurge: '25%', maxUnavailable: '25%' }).bounds).toMatchObject({ maxTotal: 13, minAvailable: 8 });
	});

	it('frames after actions carry what the lanes, stats, log and terminal show', () => {
		const midway = run([{ type: 'setImage', image: 'nginx:1.16.1' }, { type: 'tick' }, { type: 'tick' }]);
		const frame = frameOf(midway);
		expect(JSON.parse(JSON.stringify(frame))).toEqual(frame);
		expect(frame.phase).toBe('progressing');
		expect(isFrameSettled(frame)).toBe(false);
		expect(frame.secondsWithoutProgress).not.toBeNull();
		expect(frame.revision).toBe(2);
		expect(frame.newReplicaSet?.image).toBe('nginx:1.16.1');
		expect(frame.oldReplicaSets.map((rs) => rs.revision)).toEqual([1]);
		expect(frame.counts.total).toBeLessThanOrEqual(frame.bounds.maxTotal);
		expect(frame.log).toEqual(midway.log);
		expect(frame.time).toBe(midway.cluster.time);
		expect(frame.commands.map((c) => c.command)).toEqual([
			'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1',
			'kubectl annotate deployment/nginx-deployment kubernetes.io/change-cause="update to nginx:1.16.1" --overwrite',
		]);
		expect(frame.rolloutStatus).toMatch(/^Waiting for deployment "nginx-deployment" rollout to finish/);
		expect(frame.announcement).toBe(midway.announcement);

		const done = frameOf(run([{ type: 'fastForward' }], midway));
		expect(done.phase).toBe('complete');
		// The old ReplicaSet, now at 0, stays in its lane with no Pods.
		expect(done.oldReplicaSets).toEqual([expect.objectContaining({ revision: 1, desired: 0, pods: [] })]);
		expect(done.history).toMatch(/2 +update to nginx:1\.16\.1/);
	});
});
