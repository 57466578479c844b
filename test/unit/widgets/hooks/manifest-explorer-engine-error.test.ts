// @vitest-environment happy-dom
// ManifestExplorer when its engine (model.ts and the sim reducer) cannot load: one note (the
// shared EngineNote's failure), no parser error beside it, the first frame kept; the next
// press loads it and applies.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fieldHelp } from '../../../../src/i18n/manifest-explorer';
import { en as manifestEn } from '../../../../src/i18n/manifest-explorer.en';
import type { Frame } from '../../../../src/widgets/ManifestExplorer/frame';
import { useManifestExplorer } from '../../../../src/widgets/ManifestExplorer/use-manifest-explorer';

// The engine chunk (and, with `parser`, the parser chunk) fails to load while `net.offline` is set.
const net = vi.hoisted(() => ({ offline: true, parser: false, engineImports: 0 }));
vi.mock('../../../../src/widgets/ManifestExplorer/model', async (original) => {
	net.engineImports += 1;
	if (net.offline) throw new Error('Failed to fetch dynamically imported module');
	return original();
});
vi.mock('../../../../src/sim/index', async (original) => {
	const real = await original<typeof import('../../../../src/sim/index')>();
	return {
		...real,
		loadManifestParser: () => (net.offline && net.parser ? Promise.reject(new Error('parser chunk failed')) : real.loadManifestParser()),
	};
});

const first: Frame = {
	trees: [],
	terminal: [{ command: 'kubectl get deploy,rs,pods', output: 'No resources found in default namespace.' }],
	problem: null,
	time: 0,
};

describe('useManifestExplorer when the engine cannot load', () => {
	// One journey: the engine loader is the module's, loaded once for the whole file.
	it('shows one note and keeps the first frame, then applies once the engine loads', async () => {
		net.parser = true;
		const { result } = renderHook(() => useManifestExplorer({ t: manifestEn, initialFields: [], help: fieldHelp.en, first }));
		// Offline, the parser fails too: the engine's note is the one visible message. As in the page,
		// the press reaches for the engine (prepare), then applies.
		act(() => {
			result.current.prepare();
			result.current.apply();
		});
		await waitFor(() => expect(result.current.failure).not.toBeNull());
		await waitFor(() => expect(result.current.announcement.trim()).toBe(manifestEn.loadError));
		expect(result.current.problem).toBeNull();
		// The parser arrives, the engine still not: the note stays, the frame is still the first.
		net.parser = false;
		act(() => result.current.apply());
		await waitFor(() => expect(net.engineImports).toBe(2));
		await waitFor(() => expect(result.current.failure).not.toBeNull());
		expect(result.current.problem).toBeNull();
		expect(result.current.terminal).toEqual(first.terminal);
		// Back online: the next press loads the engine and applies; the note is gone.
		net.offline = false;
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.trees.map((d) => d.name)).toEqual(['nginx-deployment']));
		expect(result.current.failure).toBeNull();
		expect(result.current.problem).toBeNull();
	});
});
