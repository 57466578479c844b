// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUrlState } from '../../../../src/widgets/shared/use-url-state';
import { readUrlState, writeUrlState } from '../../../../src/widgets/ReplicaSlider/frame';

afterEach(() => {
	vi.restoreAllMocks();
	window.history.replaceState(null, '', '/');
});

describe('useUrlState', () => {
	it('applies the URL once on mount, returns its notes, and writes changes back with replaceState', () => {
		window.history.replaceState(null, '', '/page/?replicaset.replicas=99&other=1#top');
		const apply = vi.fn();
		const replace = vi.spyOn(window.history, 'replaceState');
		const { result } = renderHook(() => {
			const [n, setN] = useState(3);
			const notes = useUrlState('replicaset', readUrlState, (s) => (apply(s), s.replicas !== undefined && setN(s.replicas)), writeUrlState(n));
			return { n, setN, notes };
		});
		expect(apply).toHaveBeenCalledTimes(1);
		expect(result.current.n).toBe(10);
		expect(result.current.notes).toHaveLength(1);
		expect(result.current.notes[0]).toMatchObject({ key: 'replicaset.replicas', kind: 'clamped', used: '10' });
		expect(window.location.search).toBe('?other=1&replicaset.replicas=10');
		act(() => result.current.setN(4));
		expect(window.location.pathname + window.location.search + window.location.hash).toBe('/page/?other=1&replicaset.replicas=4#top');
		const calls = replace.mock.calls.length;
		act(() => result.current.setN(4));
		expect(replace.mock.calls.length).toBe(calls);
		expect(apply).toHaveBeenCalledTimes(1);
		replace.mockRestore();
	});

	it('writes nothing while the settings equal the first ones', () => {
		window.history.replaceState(null, '', '/p/');
		const replace = vi.spyOn(window.history, 'replaceState');
		const { result } = renderHook(() => useUrlState('replicaset', readUrlState, () => {}, writeUrlState(3)));
		expect(result.current).toEqual([]);
		expect(replace).not.toHaveBeenCalled();
		replace.mockRestore();
	});
});
