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

// The engine chunk fails to load while `net.offline` is set (a dropped connection).
const net = vi.hoisted(() => ({ offline: true }));
vi.mock('../../../../src/widgets/ManifestExplorer/model', async (original) => {
	if (net.offline) throw new Error('Failed to fetch dynamically imported module');
	return original();
});

const first: Frame = {
	trees: [],
	terminal: [{ command: 'kubectl get deploy,rs,pods', output: 'No resources found in default namespace.' }],
	problem: null,
	time: 0,
};

describe('useManifestExplorer when the engine cannot load', () => {
	it('shows one note and keeps the first frame, then applies once the engine loads', async () => {
		const { result } = renderHook(() => useManifestExplorer({ t: manifestEn, initialFields: [], help: fieldHelp.en, first }));
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.failure).not.toBeNull());
		expect(result.current.problem).toBeNull();
		expect(result.current.terminal).toEqual(first.terminal);
		net.offline = false;
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.trees.map((d) => d.name)).toEqual(['nginx-deployment']));
		expect(result.current.failure).toBeNull();
		expect(result.current.problem).toBeNull();
	});
});
