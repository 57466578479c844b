// @vitest-environment happy-dom
// The lab's engine loads when the learner reaches for the lab; until then the hook shows the
// build-time first frame. Its own file: the loaded engine is module state shared by a test file.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { strings } from '../../../../src/i18n/kubectl-lab';
import type { TaskCheck } from '../../../../src/kubectl/index';
import { clusterFrame } from '../../../../src/widgets/KubectlLab/model';
import { useKubectlLab, type LabConfig } from '../../../../src/widgets/KubectlLab/use-kubectl-lab';

// The first import of the engine fails (a page opened offline before the service worker had
// cached it); later ones succeed.
const network = vi.hoisted(() => ({ offline: true }));
vi.mock('../../../../src/kubectl/index', async (importActual) => {
	if (network.offline) throw new Error('Failed to fetch dynamically imported module');
	return importActual();
});

const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: team-a\n';
const check: TaskCheck = { kind: 'objectExists', resource: 'configmaps', name: 'team-a', exists: true };

describe('useKubectlLab before and while its engine loads', () => {
	it('reports a failed engine load in the terminal, keeps the command, and loads on the next try', async () => {
		const { createLab: create, listScenarios: list } =
			await vi.importActual<typeof import('../../../../src/kubectl/index')>('../../../../src/kubectl/index');
		const config: LabConfig = {
			t: strings.en,
			labId: 'pods',
			scenario: 'nginx-deployment',
			first: clusterFrame(create('nginx-deployment').cluster),
			tasks: [{ id: 'cm', title: 'Create team-a', hint: 'apply it', solution: ['kubectl apply -f cm.yaml'], files: { 'cm.yaml': yaml }, check }],
			picker: false,
			scenarios: list(),
		};
		const { result } = renderHook(() => useKubectlLab(config));
		// Before the learner reaches for it: the build-time frame and the tasks' files.
		expect(result.current.live).toBe(false);
		expect(result.current.frame).toBe(config.first);
		expect(result.current.files).toEqual({ 'cm.yaml': yaml });
		expect(result.current.fileName).toBe('cm.yaml');

		act(() => result.current.onInput('kubectl get pods'));
		act(() => result.current.submit());
		await waitFor(() => expect(result.current.busy).toBe(false));
		expect(result.current.log.entries).toHaveLength(1);
		expect(result.current.log.entries[0]).toMatchObject({ command: 'kubectl get pods', exitCode: 1 });
		// (vitest wraps the factory's error in its own message)
		expect(result.current.log.entries[0]!.output.startsWith(strings.en.engineFailed(''))).toBe(true);
		expect(result.current.live).toBe(false);

		network.offline = false;
		act(() => result.current.prepare());
		await waitFor(() => expect(result.current.live).toBe(true));
		// The live state is the scenario the page was built with: the view does not change.
		expect(result.current.frame).toEqual(config.first);
		act(() => result.current.onInput('kubectl apply -f cm.yaml'));
		act(() => result.current.submit());
		await waitFor(() => expect(result.current.log.entries).toHaveLength(2));
		expect(result.current.log.entries[1]!.output).toBe('configmap/team-a created');
		expect(result.current.done).toEqual(new Set(['cm']));
	});
});
