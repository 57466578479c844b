// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flowText, strings as archStrings } from '../../../../src/i18n/architecture-explorer';
import { en as accessEn } from '../../../../src/i18n/access-check.en';
import { en as schedulerEn } from '../../../../src/i18n/resource-scheduler.en';
import { en as trafficEn } from '../../../../src/i18n/traffic-check.en';
import { useAccessCheck } from '../../../../src/widgets/AccessCheck/use-access-check';
import { useArchitectureExplorer } from '../../../../src/widgets/ArchitectureExplorer/use-architecture-explorer';
import { useAssignment } from '../../../../src/widgets/Assignment/use-assignment';
import { useResourceScheduler } from '../../../../src/widgets/ResourceScheduler/use-resource-scheduler';
import { useTrafficCheck } from '../../../../src/widgets/TrafficCheck/use-traffic-check';

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	window.history.replaceState(null, '', '/');
});

describe('useAccessCheck', () => {
	it('takes the question from the link, announces each answer and writes the question back', () => {
		window.history.replaceState(null, '', '/?access.subject=dave');
		const { result } = renderHook(() => useAccessCheck(accessEn));
		expect(result.current.question.requester).toBe('dave');
		expect(result.current.announcement).toBe('');
		act(() => result.current.ask({ verb: 'delete' }));
		expect(result.current.question).toMatchObject({ requester: 'dave', verb: 'delete' });
		expect(result.current.announcement).not.toBe('');
		expect(new URLSearchParams(window.location.search).get('access.verb')).toBe('delete');
		expect(result.current.username).toBe('dave');
	});
});

describe('useTrafficCheck', () => {
	it('toggles a policy and a connection through the reducer, with a sentence and the URL', () => {
		const { result } = renderHook(() => useTrafficCheck(trafficEn));
		const policy = result.current.policies[0]!;
		act(() => result.current.togglePolicy(policy, true));
		expect(result.current.enabled).toEqual([policy]);
		expect(result.current.announcement).not.toBe('');
		expect(new URLSearchParams(window.location.search).get('traffic.policies')).toBe(policy);
		act(() => result.current.choose({ port: result.current.ports[result.current.ports.length - 1]! }));
		expect(result.current.choice.port).toBe(result.current.ports[result.current.ports.length - 1]);
	});
});

describe('useArchitectureExplorer', () => {
	it('reads the step from the link and steps through the flow', () => {
		window.history.replaceState(null, '', '/?architecture.step=2');
		const { result } = renderHook(() => useArchitectureExplorer(archStrings.en, flowText.en));
		expect(result.current.stepIndex).toBe(1);
		act(() => result.current.next());
		expect(result.current.stepIndex).toBe(2);
		expect(new URLSearchParams(window.location.search).get('architecture.step')).toBe('3');
		act(() => result.current.previous());
		expect(result.current.stepIndex).toBe(1);
		act(() => result.current.restart());
		expect(result.current.stepIndex).toBe(-1);
		act(() => result.current.select('etcd'));
		expect(result.current.selected).toBe('etcd');
		expect(result.current.actorLabel(result.current.steps[0]!)).not.toBe('');
	});
});

describe('useAssignment', () => {
	it('opens the linked assignment, builds a link in page order, and reports the copy', async () => {
		window.history.replaceState(null, '', '/?s=pods,nope');
		const { result } = renderHook(() => useAssignment(['pods', 'services'], () => 'https://x.test/a/'));
		expect(result.current.opened?.assignment.sections).toEqual(['pods']);
		expect(result.current.opened?.problems.length).toBeGreaterThan(0);
		expect(result.current.opened?.hasQuery).toBe(true);
		expect(result.current.summary).not.toBeNull();
		expect(result.current.link).toBe('');
		act(() => result.current.toggleSection('services'));
		act(() => result.current.toggleSection('pods'));
		expect(result.current.link).toBe('https://x.test/a/?s=pods,services');
		act(() => result.current.toggleSection('services'));
		expect(result.current.draft.sections).toEqual(['pods']);
		const writeText = vi.fn().mockRejectedValueOnce(new Error('no'));
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		await act(() => result.current.copy());
		expect(result.current.copyState).toBe('failed');
		act(() => result.current.update({ exam: true }));
		expect(result.current.copyState).toBe('idle');
	});
});

describe('useResourceScheduler', () => {
	it('adds and removes Pods with focus on the next control, announces changes, and runs usage', async () => {
		const { result } = renderHook(() => useResourceScheduler(schedulerEn));
		const first = result.current.drafts.length;
		act(() => result.current.addPod());
		const added = result.current.drafts.at(-1)!.name;
		expect(result.current.drafts).toHaveLength(first + 1);
		expect(result.current.announcement).not.toBe('');
		const name = result.current.drafts[0]!.name;
		const remove = document.createElement('button');
		remove.id = `rs-${result.current.drafts[1]!.name}-remove`;
		document.body.append(remove);
		act(() => result.current.removePod(name));
		expect(result.current.drafts.map((d) => d.name)).not.toContain(name);
		expect(document.activeElement).toBe(remove);
		remove.remove();
		act(() => result.current.editField('web', 'cpuRequest', '2'));
		act(() => result.current.commitField());
		expect(new URLSearchParams(window.location.search).get('scheduler.web.cpuRequest')).toBe('2');
		act(() => result.current.editUsage({ pod: added, cpu: '3', memory: '10Mi' }));
		act(() => result.current.runUsage());
		expect(result.current.ranPod).toBe(added);
		expect(result.current.usageResult).not.toBeNull();
		act(() => result.current.editUsage({ pod: 'missing' }));
		act(() => result.current.runUsage());
		expect(result.current.ranPod).toBe(added);
	});
});
