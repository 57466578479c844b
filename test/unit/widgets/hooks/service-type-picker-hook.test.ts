// @vitest-environment happy-dom
// The ServiceTypePicker's hook: it renders the build-time frame and loads its engine (model.ts
// with the sim reducer) only when the learner reaches for the widget or a link asks for another
// state; actions then change the cluster as before, with the delayed control-loop tick.
// The engine loader is module-level, so the first test is the one that sees it unloaded.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en as serviceEn } from '../../../../src/i18n/service-type-picker.en';
import { firstFrame } from '../../../../src/widgets/ServiceTypePicker/model';
import { useServiceTypePicker } from '../../../../src/widgets/ServiceTypePicker/use-service-type-picker';

const MEASURE = 'service-type-picker:engine';

afterEach(() => {
	vi.useRealTimers();
	window.history.replaceState(null, '', '/');
});

describe('useServiceTypePicker', () => {
	it('renders the first frame without the engine; a reach loads it and the live state shows the same frame', async () => {
		const first = firstFrame();
		const { result } = renderHook(() => useServiceTypePicker(serviceEn, first));
		expect(result.current.hydrated).toBe(true);
		expect(result.current.live).toBe(false);
		expect(result.current.frame).toBe(first);
		// Choosing where the client stands needs no engine: every origin's trace is in the frame.
		act(() => result.current.chooseOrigin('outside-lb'));
		expect(result.current.selected.origin).toBe('outside-lb');
		expect(result.current.live).toBe(false);
		expect(performance.getEntriesByName(MEASURE)).toHaveLength(0);
		act(() => result.current.prepare());
		await waitFor(() => expect(result.current.live).toBe(true));
		expect(performance.getEntriesByName(MEASURE)).toHaveLength(1);
		expect(result.current.frame).toEqual(first);
		expect(result.current.announcement).toBe('');
		expect(window.location.search).toBe('');
	});

	it('an action applies through the engine: NodePort opens a port, the entry node and resend change the trace', async () => {
		const first = firstFrame();
		const { result } = renderHook(() => useServiceTypePicker(serviceEn, first));
		act(() => result.current.chooseType('NodePort'));
		await waitFor(() => expect(result.current.frame.type).toBe('NodePort'));
		expect(result.current.frame.port?.nodePort).toBeGreaterThanOrEqual(30000);
		expect(new URLSearchParams(window.location.search).get('service.type')).toBe('NodePort');
		expect(result.current.announcement).toContain('NodePort');
		act(() => result.current.chooseOrigin('outside-node'));
		expect(result.current.selected.trace.reachable).toBe(true);
		act(() => result.current.chooseEntryNode('control-plane'));
		await waitFor(() => expect(result.current.frame.entryNode).toBe('control-plane'));
		expect(result.current.selected.trace.hops[1]).toMatchObject({ kind: 'node-port', node: 'control-plane' });
		const pod = () => result.current.selected.trace.hops.at(-1)!.pod;
		const before = pod();
		act(() => result.current.resend());
		await waitFor(() => expect(pod()).not.toBe(before));
	});

	it('gives a LoadBalancer its external IP one tick after the change, with a provider, and announces it', async () => {
		window.history.replaceState(null, '', '/?service.type=LoadBalancer');
		const { result } = renderHook(() => useServiceTypePicker(serviceEn, firstFrame()));
		await waitFor(() => expect(result.current.frame.type).toBe('LoadBalancer'));
		vi.useFakeTimers();
		const pending = result.current.frame.external;
		expect(pending).toBe('<pending>');
		act(() => result.current.setProvider(true));
		expect(result.current.frame.provider).toBe(true);
		expect(result.current.frame.external).toBe(pending);
		act(() => void vi.advanceTimersByTime(1000));
		expect(result.current.frame.external).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
		expect(result.current.announcement).toContain(result.current.frame.external);
		act(() => result.current.chooseType('NodePort'));
		expect(result.current.frame.type).toBe('NodePort');
		act(() => result.current.setProvider(false));
		expect(new URLSearchParams(window.location.search).get('service.type')).toBe('NodePort');
		expect(new URLSearchParams(window.location.search).get('service.provider')).toBeNull();
	});

	it("a failed engine load is reported, keeps the first frame and the link's values in the URL, and is retried", async () => {
		vi.resetModules();
		let offline = true;
		vi.doMock('../../../../src/widgets/ServiceTypePicker/model', async (importOriginal) => {
			if (offline) throw new Error('Failed to fetch dynamically imported module');
			return importOriginal();
		});
		const hook = await import('../../../../src/widgets/ServiceTypePicker/use-service-type-picker');
		window.history.replaceState(null, '', '/?service.type=NodePort&service.provider=on');
		const first = firstFrame();
		const { result } = renderHook(() => hook.useServiceTypePicker(serviceEn, first));
		await waitFor(() => expect(result.current.failure).not.toBeNull());
		expect(result.current.live).toBe(false);
		expect(result.current.frame).toBe(first);
		expect(new URLSearchParams(window.location.search).get('service.type')).toBe('NodePort');
		expect(new URLSearchParams(window.location.search).get('service.provider')).toBe('on');
		offline = false;
		act(() => result.current.chooseType('LoadBalancer'));
		await waitFor(() => expect(result.current.frame.type).toBe('LoadBalancer'));
		expect(result.current.failure).toBeNull();
		// The link's provider applied first, then the press: LoadBalancer with a provider.
		expect(result.current.frame.provider).toBe(true);
		expect(new URLSearchParams(window.location.search).get('service.type')).toBe('LoadBalancer');
		vi.doUnmock('../../../../src/widgets/ServiceTypePicker/model');
	});
});
