// @vitest-environment happy-dom
// The ControllerComparison hook: the build-time first frame until the learner reaches for the
// widget (its clock only ages it), then the engine's state; the clock, pause and play, the link's
// tab and every control as before. Its own file: the loaded engine is module state shared by a file.
import { act, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strings as ccStrings } from '../../../../src/i18n/controller-comparison';
import { firstFrame } from '../../../../src/widgets/ControllerComparison/model';
import { ENGINE_MEASURE, TICK_MS, useControllerComparison } from '../../../../src/widgets/ControllerComparison/use-controller-comparison';
import { settleEngine } from './settle-engine';

const t = ccStrings.en;
const first = firstFrame();

afterEach(() => {
	vi.useRealTimers();
	window.history.replaceState(null, '', '/');
});

describe('useControllerComparison', () => {
	it('draws the build-time frame and loads nothing until the learner reaches for it; the clock only ages it', async () => {
		// Only the clock is faked: the engine load is a User Timing measure on the real `performance`.
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const { result } = renderHook(() => useControllerComparison(t, first));
		expect(result.current.live).toBe(false);
		expect(result.current.frame).toBe(first);
		act(() => void vi.advanceTimersByTime(TICK_MS * 3));
		expect(result.current.live).toBe(false);
		expect(result.current.frame.time).toBe(first.time + 30);
		expect(result.current.frame.lanes).toBe(first.lanes);
		expect(performance.getEntriesByName(ENGINE_MEASURE)).toHaveLength(0);

		act(() => result.current.selectKind('StatefulSet'));
		await settleEngine();
		expect(result.current.live).toBe(true);
		expect(performance.getEntriesByName(ENGINE_MEASURE)).toHaveLength(1);
		// The engine's state starts where the clock was: the rounds it counted are replayed.
		expect(result.current.frame.time).toBe(first.time + 30);
		expect(result.current.kind).toBe('StatefulSet');
		expect(result.current.announcement).toBe('Showing the StatefulSet. Ready 3/3.');
		expect(new URLSearchParams(window.location.search).get('controllers.kind')).toBe('StatefulSet');
	});

	it('ticks on screen while playing, announces pause and play, and reads the tab from the link', async () => {
		vi.useFakeTimers();
		window.history.replaceState(null, '', '/?controllers.kind=StatefulSet');
		const { result } = renderHook(() => useControllerComparison(t, first));
		await settleEngine();
		expect(result.current.kind).toBe('StatefulSet');
		const frame = result.current.frame;
		act(() => result.current.scaleBy(1));
		expect(result.current.frame.desired).toBe(4);
		act(() => void vi.advanceTimersByTime(TICK_MS * 3));
		expect(result.current.frame.time).toBe(frame.time + 30);
		expect(result.current.frame.lanes.flatMap((l) => l.pods).map((p) => p.name)).toContain('web-3');
		act(() => result.current.togglePlaying());
		expect(result.current.playing).toBe(false);
		expect(result.current.announcement).toBe(t.announcePaused);
		const paused = result.current.frame;
		act(() => void vi.advanceTimersByTime(TICK_MS * 3));
		expect(result.current.frame).toBe(paused);
		act(() => result.current.togglePlaying());
		expect(result.current.announcement).toBe(t.announcePlaying);
		const nodes = result.current.frame.lanes.length;
		act(() => result.current.addWorker());
		expect(result.current.frame.lanes.length).toBe(nodes + 1);
		act(() => result.current.removeWorker());
		expect(result.current.frame.lanes.length).toBe(nodes);
		act(() => result.current.selectKind('DaemonSet'));
		expect(result.current.kind).toBe('DaemonSet');
		expect(result.current.kindName('DaemonSet')).not.toBe('');
		act(() => result.current.setToleration(true));
		expect(result.current.frame.tolerated).toBe(true);
		expect(new URLSearchParams(window.location.search).get('controllers.kind')).toBe('DaemonSet');
		expect(new URLSearchParams(window.location.search).get('controllers.toleration')).toBe('on');
		const pod = result.current.frame.lanes.flatMap((l) => l.pods)[0]!.name;
		act(() => result.current.deletePod(pod));
		expect(result.current.frame.lanes.flatMap((l) => l.pods).find((p) => p.name === pod)?.deleting ?? true).toBe(true);
		const before = result.current.frame.time;
		act(() => result.current.stepOnce());
		expect(result.current.frame.time).toBe(before + 10);
	});

	it('a paused clock counts no rounds; pausing announces through the engine', async () => {
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const { result } = renderHook(() => useControllerComparison(t, first));
		act(() => result.current.togglePlaying());
		expect(result.current.playing).toBe(false);
		act(() => void vi.advanceTimersByTime(TICK_MS * 5));
		await settleEngine();
		expect(result.current.announcement).toBe(t.announcePaused);
		expect(result.current.frame.time).toBe(first.time);
	});
});
