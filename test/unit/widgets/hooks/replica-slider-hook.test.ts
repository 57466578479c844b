// @vitest-environment happy-dom
// The ReplicaSlider hook: the build-time first frame until the learner reaches for the widget
// (its clock only ages it), then the engine's state; ticks, pause, single steps, the link's
// count and focus as before. Its own file: the loaded engine is module state shared by a file.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en as replicaEn } from '../../../../src/i18n/replica-slider.en';
import { firstFrame } from '../../../../src/widgets/ReplicaSlider/model';
import { ENGINE_MEASURE, useReplicaSlider } from '../../../../src/widgets/ReplicaSlider/use-replica-slider';
import { settleEngine } from './settle-engine';

const first = firstFrame(replicaEn);

afterEach(() => {
	vi.useRealTimers();
	window.history.replaceState(null, '', '/');
});

describe('useReplicaSlider', () => {
	it('draws the build-time frame and loads nothing until the learner reaches for it; the clock only ages it', async () => {
		// Only the clock is faked: the engine load is a User Timing measure on the real `performance`.
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const { result } = renderHook(() => useReplicaSlider(replicaEn, first));
		expect(result.current.live).toBe(false);
		expect(result.current.frame).toBe(first);
		expect(result.current.rsOutput).toMatch(/^NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE\nnginx\s+3\s+3\s+3\s+40s$/);
		act(() => void vi.advanceTimersByTime(3000));
		// Three rounds later: the same Pods, 30 s older, and still no engine.
		expect(result.current.live).toBe(false);
		expect(result.current.frame.time).toBe(first.time + 30);
		expect(result.current.frame.lanes).toBe(first.lanes);
		expect(result.current.rsOutput).toMatch(/nginx\s+3\s+3\s+3\s+70s$/);
		expect(performance.getEntriesByName(ENGINE_MEASURE)).toHaveLength(0);

		act(() => result.current.scaleTo(1));
		await settleEngine();
		expect(result.current.live).toBe(true);
		expect(performance.getEntriesByName(ENGINE_MEASURE)).toHaveLength(1);
		// The engine's state starts where the clock was: the rounds it counted are replayed.
		expect(result.current.frame.time).toBe(first.time + 30);
		expect(result.current.frame.counts).toMatchObject({ desired: 1, current: 3 });
		expect(result.current.frame.replicas).toBe(1);
		act(() => void vi.advanceTimersByTime(1000));
		expect(result.current.frame.counts.current).toBe(1);
		expect(result.current.frame.lanes.nodes.flatMap((n) => n.pods).filter((p) => p.deleting)).toHaveLength(2);
	});

	it('ticks while playing, stops on pause, steps once, and takes the count from the link', async () => {
		vi.useFakeTimers();
		window.history.replaceState(null, '', '/?replicaset.replicas=5');
		const { result } = renderHook(() => useReplicaSlider(replicaEn, first));
		await settleEngine();
		expect(result.current.frame.replicas).toBe(5);
		act(() => result.current.scaleTo(1));
		expect(result.current.frame.counts.desired).toBe(1);
		const before = result.current.frame.counts.current;
		act(() => void vi.advanceTimersByTime(3000));
		expect(result.current.frame.counts.current).toBeLessThan(before);
		expect(result.current.announcement).not.toBe('');
		act(() => result.current.togglePlaying());
		expect(result.current.playing).toBe(false);
		act(() => result.current.scaleTo(4));
		const paused = result.current.frame.counts.current;
		act(() => void vi.advanceTimersByTime(5000));
		expect(result.current.frame.counts.current).toBe(paused);
		act(() => result.current.stepOnce());
		expect(result.current.frame.counts.current).toBeGreaterThan(paused);
		expect(new URLSearchParams(window.location.search).get('replicaset.replicas')).toBe('4');
	});

	it('a paused clock counts no rounds before the engine loads', () => {
		vi.useFakeTimers();
		const { result } = renderHook(() => useReplicaSlider(replicaEn, first));
		act(() => result.current.togglePlaying());
		act(() => void vi.advanceTimersByTime(5000));
		expect(result.current.frame).toBe(first);
		expect(result.current.live).toBe(false);
	});

	it('moves focus to the Pods area when the focused Pod is gone', async () => {
		const { result } = renderHook(() => useReplicaSlider(replicaEn, first));
		const area = document.createElement('div');
		area.tabIndex = -1;
		document.body.append(area);
		(result.current.podsArea as { current: HTMLDivElement | null }).current = area;
		act(() => result.current.togglePlaying());
		const pod = result.current.frame.lanes.nodes.flatMap((n) => n.pods)[0]!;
		act(() => result.current.notePodFocus(pod.name));
		act(() => result.current.deletePod(pod.name));
		await waitFor(() => expect(result.current.live).toBe(true));
		act(() => result.current.stepOnce());
		expect(document.activeElement).toBe(area);
		area.remove();
	});
});
