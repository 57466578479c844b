// @vitest-environment happy-dom
// The ManifestExplorer hook: the build-time first frame until the learner reaches for the
// widget (lines are picked and explained without the engine), then the engine (model.ts and
// the sim reducer) applies, ticks and resets as before.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldHelp } from '../../../../src/i18n/manifest-explorer';
import { en as manifestEn } from '../../../../src/i18n/manifest-explorer.en';
import { loadManifestParser, NGINX_DEPLOYMENT_YAML } from '../../../../src/sim/index';
import { GET_COMMAND, type Frame } from '../../../../src/widgets/ManifestExplorer/frame';
import { firstFrame } from '../../../../src/widgets/ManifestExplorer/model';
import { ENGINE_MEASURE, useManifestExplorer } from '../../../../src/widgets/ManifestExplorer/use-manifest-explorer';

afterEach(() => {
	vi.useRealTimers();
	window.history.replaceState(null, '', '/');
});

const parsed = (await loadManifestParser()).parseManifestText(NGINX_DEPLOYMENT_YAML);
if (!parsed.ok) throw new Error('demo YAML must parse');
const props = { t: manifestEn, initialFields: parsed.fields, help: fieldHelp.en, first: firstFrame() };
const engineLoads = () => performance.getEntriesByName(ENGINE_MEASURE).length;

describe('useManifestExplorer before the engine', () => {
	// First in this file: the engine loader is the module's, shared by every test here.
	it('renders the first prop and picks and explains lines without loading the engine', () => {
		// A first frame the engine would never build, so the test sees which one is rendered.
		const first: Frame = { trees: [], terminal: [{ command: GET_COMMAND, output: 'from the page' }], problem: null, time: 30 };
		const { result } = renderHook(() => useManifestExplorer({ ...props, first }));
		expect(result.current.terminal).toEqual(first.terminal);
		expect(result.current.time).toBe(30);
		act(() => result.current.setActiveLine(2));
		expect(result.current.explanation).toBe(fieldHelp.en.kind);
		act(() => result.current.toggleEditing());
		expect(result.current.editing).toBe(true);
		expect(result.current.terminal).toEqual(first.terminal);
		expect(engineLoads()).toBe(0);
		expect(result.current.failure).toBeNull();
	});
});

describe('useManifestExplorer', () => {
	it('a reach builds the first state, the same as the page was built with', async () => {
		const { result } = renderHook(() => useManifestExplorer({ ...props, first: { ...props.first, time: 30 } }));
		act(() => result.current.prepare());
		await waitFor(() => expect(result.current.time).toBe(0));
		expect(engineLoads()).toBe(1);
		expect({ trees: result.current.trees, terminal: result.current.terminal, problem: result.current.problem, time: result.current.time }).toEqual(
			firstFrame(),
		);
	});

	it('explains the linked line, applies an edit, reports a syntax error at its line, ticks and resets', async () => {
		window.history.replaceState(null, '', '/?manifest.line=2');
		const { result } = renderHook(() => useManifestExplorer(props));
		expect(result.current.activeLine).toBe(2);
		expect(result.current.explanation).toBe(fieldHelp.en.kind);

		act(() => result.current.toggleEditing());
		expect(result.current.editing).toBe(true);
		act(() => result.current.edit(NGINX_DEPLOYMENT_YAML.replace('replicas: 3', 'replicas: 4')));
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.terminal[0]?.output).toContain('deployment.apps/nginx-deployment created'));
		expect(result.current.trees.map((d) => d.name)).toEqual(['nginx-deployment']);
		// The announcement follows in the render after the state's (the notice is applied in an effect).
		await waitFor(() => expect(result.current.announcement.trim()).toBe('deployment.apps/nginx-deployment created'));
		expect(result.current.problem).toBeNull();

		act(() => result.current.edit('kind: [\n'));
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.problem?.kind).toBe('syntax'));
		expect(result.current.errorLines.length).toBeGreaterThan(0);
		await waitFor(() => expect(result.current.activeLine).toBe(result.current.errorLines[0]));
		expect(result.current.explanation).toBe(result.current.t.staleFields);

		const time = result.current.time;
		act(() => result.current.tick());
		expect(result.current.time).toBeGreaterThan(time);
		act(() => result.current.reset());
		expect(result.current.text).toBe(NGINX_DEPLOYMENT_YAML);
		expect(result.current.editing).toBe(false);
		expect(result.current.problem).toBeNull();
		expect(result.current.time).toBe(0);
		expect(result.current.trees).toEqual([]);
		expect(result.current.announcement.trim()).toBe(result.current.t.announceReset);
	});

	it('a rejected apply switches to edit mode at the offending line', async () => {
		const { result } = renderHook(() => useManifestExplorer(props));
		act(() => result.current.edit(NGINX_DEPLOYMENT_YAML.replace('replicas: 3', 'replicas: 21')));
		act(() => result.current.apply());
		await waitFor(() => expect(result.current.problem?.kind).toBe('limit'));
		await waitFor(() => expect(result.current.editing).toBe(true));
		expect(result.current.activeLine).toBe(NGINX_DEPLOYMENT_YAML.split('\n').findIndex((l) => l.includes('replicas: 3')) + 1);
		expect(result.current.announcement.trim()).toBe(manifestEn.limitError(20));
		expect(result.current.trees).toEqual([]);
	});

	it('ticks by itself after an apply until the Pods run, then stops', async () => {
		vi.useFakeTimers();
		const { result } = renderHook(() => useManifestExplorer(props));
		act(() => result.current.apply());
		// vi.waitFor advances the fake clock while it waits for the parser and the engine (both loaded by now).
		await vi.waitFor(() => expect(result.current.trees.map((d) => d.name)).toEqual(['nginx-deployment']));
		for (let i = 0; i < 30; i++) act(() => void vi.advanceTimersByTime(700));
		const pods = result.current.trees[0]?.replicaSets.flatMap((rs) => rs.pods) ?? [];
		expect(pods.map((p) => p.status)).toEqual(['Running', 'Running', 'Running']);
		expect(result.current.announcement.trim()).toBe(manifestEn.announceTick(3, 3));
		const settled = result.current.time;
		act(() => void vi.advanceTimersByTime(7000));
		expect(result.current.time).toBe(settled);
	});
});
