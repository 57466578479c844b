// The RolloutSimulator scenario headless: the page's steps (deploy 1.14.2, update to 1.16.1,
// the 1.161 typo stalls, undo) through the reducer, and the settings form validated as
// ValidateRollingUpdateDeployment does (pkg/apis/apps/validation/validation.go, issue #15 item 9).
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/rollout-simulator.ts';
import { formatFieldError } from '../../../src/sim/index.ts';
import {
	BAD_IMAGE,
	DEFAULT_FORM,
	createInitialState,
	mustView,
	reduceRollout,
	validateForm,
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
