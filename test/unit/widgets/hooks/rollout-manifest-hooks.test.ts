// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en as rolloutEn } from '../../../../src/i18n/rollout-simulator.en';
import { useRolloutSimulator } from '../../../../src/widgets/RolloutSimulator/use-rollout-simulator';

afterEach(() => {
	vi.useRealTimers();
	window.history.replaceState(null, '', '/');
});

describe('useRolloutSimulator', () => {
	it('plays a rollout tick by tick until it settles, then stops by itself', () => {
		vi.useFakeTimers();
		const { result } = renderHook(() => useRolloutSimulator(rolloutEn));
		expect(result.current.hydrated).toBe(true);
		act(() => result.current.changeImage());
		expect(result.current.view.image).toBe('nginx:1.16.1');
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

	it('pauses, takes the settings from the link, validates the form, and resets', () => {
		vi.useFakeTimers();
		window.history.replaceState(null, '', '/?rollout.replicas=5&rollout.image=nginx:1.161');
		const { result } = renderHook(() => useRolloutSimulator(rolloutEn));
		expect(result.current.form.replicas).toBe(5);
		expect(result.current.applied.replicas).toBe(5);
		expect(result.current.image).toBe('nginx:1.161');
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
		act(() => result.current.setForm({ ...result.current.form, replicas: 4 }));
		act(() => result.current.applySettings());
		expect(result.current.applied.replicas).toBe(4);
		expect(new URLSearchParams(window.location.search).get('rollout.replicas')).toBe('4');
	});
});
