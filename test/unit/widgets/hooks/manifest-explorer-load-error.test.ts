// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fieldHelp } from '../../../../src/i18n/manifest-explorer';
import { en as manifestEn } from '../../../../src/i18n/manifest-explorer.en';
import { firstFrame } from '../../../../src/widgets/ManifestExplorer/model';
import { useManifestExplorer } from '../../../../src/widgets/ManifestExplorer/use-manifest-explorer';

// The parser chunk fails to load once (a dropped connection), then loads.
const load = vi.hoisted(() => ({ fail: true }));
vi.mock('../../../../src/sim/index', async (original) => {
	const real = await original<typeof import('../../../../src/sim/index')>();
	return {
		...real,
		loadManifestParser: () => (load.fail ? Promise.reject(new Error('chunk failed')) : real.loadManifestParser()),
	};
});

describe('useManifestExplorer when the parser cannot load', () => {
	it('shows the load error, then retries on the next apply', async () => {
		const { result } = renderHook(() => useManifestExplorer({ t: manifestEn, initialFields: [], help: fieldHelp.en, first: firstFrame() }));
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.problem).toEqual({ kind: 'load', text: result.current.t.loadError }));
		expect(result.current.announcement.trim()).toBe(result.current.t.loadError);
		// One message for the one failed load: the engine's note stays empty.
		expect(result.current.failure).toBeNull();
		load.fail = false;
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.problem).toBeNull());
		expect(result.current.trees.map((d) => d.name)).toEqual(['nginx-deployment']);
	});
});
