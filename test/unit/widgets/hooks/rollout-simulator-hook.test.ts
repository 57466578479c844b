// @vitest-environment happy-dom
// The RolloutSimulator hook: the build-time first frame until the learner reaches for the
// widget, its engine (model.ts) loaded by the first action, a failed load reported and retried,
// then the play loop, the link's settings, validation and reset as before. Its own file: the
// loaded engine is module state shared by the tests of a file, so the order here matters.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en as rolloutEn } from '../../../../src/i18n/rollout-simulator.en';
import type { RolloutFrame } from '../../../../src/widgets/RolloutSimulator/frame';
import { useRolloutSimulator } from '../../../../src/widgets/RolloutSimulator/use-rollout-simulator';

// The first imports of the engine fail (a page opened offline before its code was cached);
// later ones succeed.
const network = vi.hoisted(() => ({ offline: true }));
vi.mock('../../../../src/widgets/RolloutSimulator/model', async (importActual) => {
	if (network.offline) throw new Error('Failed to fetch dynamically imported module');
	return importActual();
});

async function firstFrame(): Promise<RolloutFrame> {
	const model = await vi.importActual<typeof import('../../../../src/widgets/RolloutSimulator/model')>('../../../../src/widgets/RolloutSimulator/model');
	return model.firstFrame(rolloutEn);
}

/** Renders the hook and waits until its engine state is live (the engine has arrived). */
async function renderLive(first: RolloutFrame) {
	const hook = renderHook(() => useRolloutSimulator(rolloutEn, first));
	act(() => hook.result.current.prepare());
	await waitFor(() => expect(hook.result.current.live).toBe(true));
	return hook;
}

afterEach(() => {
	vi.useRealTimers();
	window.history.replaceState(null, '', '/');
});

describe('useRolloutSimulator', () => {
	it('shows the first frame until an action; a failed engine load is reported with the state and the link kept, the next action loads it', async () => {
		const first = await firstFrame();
		const plain = renderHook(() => useRolloutSimulator(rolloutEn, first));
		expect(plain.result.current.hydrated).toBe(true);
		expect(plain.result.current.live).toBe(false);
		expect(plain.result.current.frame).toBe(first);
		expect(plain.result.current.explanation?.bounds).toMatchObject({ maxTotal: 4, minAvailable: 3 });
		// The form is checked without the engine.
		act(() => plain.result.current.setForm({ ...plain.result.current.form, maxSurge: '0', maxUnavailable: '0' }));
		expect(plain.result.current.formErrors.map((e) => e.text)).toEqual([
			'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
		]);
		act(() => plain.result.current.changeImage());
		await waitFor(() => expect(plain.result.current.failure).not.toBeNull());
		expect(plain.result.current.live).toBe(false);
		expect(plain.result.current.frame).toBe(first);
		plain.unmount();

		// A link's settings load the engine at once; while it cannot load, the URL keeps them.
		window.history.replaceState(null, '', '/?rollout.replicas=5');
		const { result } = renderHook(() => useRolloutSimulator(rolloutEn, first));
		await waitFor(() => expect(result.current.failure).not.toBeNull());
		expect(result.current.live).toBe(false);
		expect(result.current.frame).toBe(first);
		expect(result.current.form.replicas).toBe(5);
		expect(result.current.dirty).toBe(true);
		expect(window.location.search).toBe('?rollout.replicas=5');

		network.offline = false;
		act(() => result.current.changeImage());
		await waitFor(() => expect(result.current.frame.image).toBe('nginx:1.16.1'));
		expect(result.current.failure).toBeNull();
		expect(result.current.live).toBe(true);
		// The live state starts from the link's settings, then takes the one press.
		expect(result.current.applied.replicas).toBe(5);
		expect(result.current.frame.bounds).toMatchObject({ maxTotal: 7, minAvailable: 4 });
		expect(result.current.dirty).toBe(false);
		expect(result.current.commands.map((c) => c.command)).toEqual([
			'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1',
			'kubectl annotate deployment/nginx-deployment kubernetes.io/change-cause="update to nginx:1.16.1" --overwrite',
		]);
		expect(window.location.search).toBe('?rollout.replicas=5');
	});

	it('plays a rollout tick by tick until it settles, then stops by itself', async () => {
		const { result } = await renderLive(await firstFrame());
		vi.useFakeTimers();
		act(() => result.current.changeImage());
		expect(result.current.frame.image).toBe('nginx:1.16.1');
		const start = result.current.time;
		act(() => result.current.togglePlay());
		expect(result.current.playing).toBe(true);
		for (let i = 0; i < 200 && result.current.playing; i++) act(() => void vi.advanceTimersByTime(600));
		expect(result.current.playing).toBe(false);
		expect(result.current.time).toBeGreaterThan(start);
		expect(result.current.rolloutStatus).toContain('successfully rolled out');
		const settled = result.current.time;
		act(() => result.current.togglePlay());
		expect(result.current.playing).toBe(false);
		expect(result.current.time).toBeGreaterThan(settled);
	});

	it('pauses, takes the settings from the link, validates the form, and resets', async () => {
		window.history.replaceState(null, '', '/?rollout.replicas=5&rollout.image=nginx:1.161');
		const first = await firstFrame();
		const { result } = renderHook(() => useRolloutSimulator(rolloutEn, first));
		// A link's settings need the engine: the live state starts from them.
		await waitFor(() => expect(result.current.applied.replicas).toBe(5));
		expect(result.current.live).toBe(true);
		expect(result.current.form.replicas).toBe(5);
		expect(result.current.image).toBe('nginx:1.161');
		vi.useFakeTimers();
		act(() => result.current.changeImage());
		act(() => result.current.togglePlay());
		act(() => void vi.advanceTimersByTime(600));
		act(() => result.current.togglePlay());
		const paused = result.current.time;
		act(() => void vi.advanceTimersByTime(3000));
		expect(result.current.time).toBe(paused);
		act(() => result.current.tick());
		expect(result.current.time).toBeGreaterThan(paused);
		act(() => result.current.setForm({ ...result.current.form, maxSurge: '0', maxUnavailable: '0' }));
		expect(result.current.dirty).toBe(true);
		expect(result.current.formErrors.length).toBeGreaterThan(0);
		expect(result.current.explanation).toBeUndefined();
		act(() => result.current.undo());
		act(() => result.current.fastForward());
		expect(result.current.playing).toBe(false);
		act(() => result.current.reset());
		expect(result.current.form.replicas).toBe(3);
		expect(result.current.image).toBe('nginx:1.16.1');
		expect(result.current.dirty).toBe(false);
		expect(result.current.explanation).toBeDefined();
		// Reset is the page's first frame again (the default settings, not the link's).
		expect({ ...result.current.frame, announcement: '', seq: 0 }).toEqual(first);
		act(() => result.current.setForm({ ...result.current.form, replicas: 4 }));
		act(() => result.current.applySettings());
		expect(result.current.applied.replicas).toBe(4);
		expect(new URLSearchParams(window.location.search).get('rollout.replicas')).toBe('4');
	});
});
