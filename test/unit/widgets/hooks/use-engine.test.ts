// @vitest-environment happy-dom
// The shared engine loader and hook of the simulation widgets (src/widgets/shared): nothing
// loads before the learner reaches for the widget, actions wait for the engine in order, a
// failed load is reported and retried.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createEngineLoader, loadFailure } from '../../../../src/widgets/shared/engine';
import { useEngine } from '../../../../src/widgets/shared/use-engine';

/** A toy engine: a counter that starts at 10. */
const counter = { start: () => 10, add: (n: number, by: number) => n + by };
type Counter = typeof counter;

/** A loader whose imports fail while `net.offline` is set, counting the imports. */
function fakeLoader(name: string) {
	const net = { offline: false, imports: 0 };
	const loader = createEngineLoader<Counter>(name, () => {
		net.imports += 1;
		return net.offline ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : Promise.resolve(counter);
	});
	return { net, loader };
}

describe('createEngineLoader', () => {
	it('imports once, measures the load, and retries after a failure', async () => {
		const { net, loader } = fakeLoader('test:engine-a');
		net.offline = true;
		await expect(loader.load()).rejects.toThrow('Failed to fetch');
		expect(loader.loaded()).toBeUndefined();
		net.offline = false;
		const [a, b] = await Promise.all([loader.load(), loader.load()]);
		expect(a).toBe(counter);
		expect(b).toBe(counter);
		expect(net.imports).toBe(2);
		expect(loader.loaded()).toBe(counter);
		expect(performance.getEntriesByName('test:engine-a')).toHaveLength(1);
	});

	it('says what failed', () => {
		expect(loadFailure(new Error('chunk failed'))).toBe('chunk failed');
		expect(loadFailure('offline')).toBe('offline');
	});
});

describe('useEngine', () => {
	it('loads nothing until the learner reaches for the widget', async () => {
		const { net, loader } = fakeLoader('test:engine-b');
		const { result } = renderHook(() => useEngine(loader, (e) => e.start()));
		expect(result.current.live).toBeNull();
		expect(result.current.engine).toBeUndefined();
		expect(net.imports).toBe(0);
		act(() => result.current.prepare());
		await waitFor(() => expect(result.current.live).toBe(10));
		expect(result.current.engine).toBe(counter);
		expect(net.imports).toBe(1);
	});

	it('applies actions made while the engine loads, in order, to the first state', async () => {
		const { loader } = fakeLoader('test:engine-c');
		const { result } = renderHook(() => useEngine(loader, (e) => e.start()));
		act(() => {
			result.current.update((e, n) => e.add(n, 1));
			result.current.update((_e, n) => n * 2);
		});
		await waitFor(() => expect(result.current.live).toBe(22));
		// Once loaded, a change applies at once.
		act(() => result.current.update((e, n) => e.add(n, -2)));
		expect(result.current.live).toBe(20);
	});

	it('reports a failed load and clears the report when a later action loads it', async () => {
		const { net, loader } = fakeLoader('test:engine-d');
		net.offline = true;
		const { result } = renderHook(() => useEngine(loader, (e) => e.start()));
		act(() => result.current.update((e, n) => e.add(n, 5)));
		await waitFor(() => expect(result.current.failure).toBe('Failed to fetch dynamically imported module'));
		expect(result.current.live).toBeNull();
		net.offline = false;
		act(() => result.current.update((e, n) => e.add(n, 5)));
		await waitFor(() => expect(result.current.live).toBe(15));
		expect(result.current.failure).toBeNull();
	});
});
