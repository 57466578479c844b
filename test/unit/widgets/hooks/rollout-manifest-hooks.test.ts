// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldHelp } from '../../../../src/i18n/manifest-explorer';
import { en as manifestEn } from '../../../../src/i18n/manifest-explorer.en';
import { loadManifestParser, NGINX_DEPLOYMENT_YAML } from '../../../../src/sim/index';
import { useManifestExplorer } from '../../../../src/widgets/ManifestExplorer/use-manifest-explorer';

afterEach(() => {
	vi.useRealTimers();
	window.history.replaceState(null, '', '/');
});

describe('useManifestExplorer', () => {
	it('explains the linked line, applies an edit, reports a syntax error at its line, ticks and resets', async () => {
		const parsed = (await loadManifestParser()).parseManifestText(NGINX_DEPLOYMENT_YAML);
		if (!parsed.ok) throw new Error('demo YAML must parse');
		window.history.replaceState(null, '', '/?manifest.line=2');
		const props = { t: manifestEn, initialFields: parsed.fields, help: fieldHelp.en };
		const { result } = renderHook(() => useManifestExplorer(props));
		expect(result.current.activeLine).toBe(2);
		expect(result.current.explanation).toBe(fieldHelp.en.kind);

		act(() => result.current.toggleEditing());
		expect(result.current.editing).toBe(true);
		act(() => result.current.edit(NGINX_DEPLOYMENT_YAML.replace('replicas: 3', 'replicas: 4')));
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.terminal[0]?.output).toContain('deployment.apps/nginx-deployment created'));
		expect(result.current.trees.map((d) => d.name)).toEqual(['nginx-deployment']);
		expect(result.current.announcement.trim()).toBe('deployment.apps/nginx-deployment created');
		expect(result.current.problem).toBeNull();

		act(() => result.current.edit('kind: [\n'));
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.problem?.kind).toBe('syntax'));
		expect(result.current.errorLines.length).toBeGreaterThan(0);
		expect(result.current.explanation).toBe(result.current.t.staleFields);

		const time = result.current.time;
		act(() => result.current.tick());
		expect(result.current.time).toBeGreaterThan(time);
		act(() => result.current.reset());
		expect(result.current.text).toBe(NGINX_DEPLOYMENT_YAML);
		expect(result.current.editing).toBe(false);
		expect(result.current.problem).toBeNull();
		expect(result.current.announcement.trim()).toBe(result.current.t.announceReset);
	});
});
