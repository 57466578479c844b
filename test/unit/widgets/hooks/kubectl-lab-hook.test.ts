// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strings } from '../../../../src/i18n/kubectl-lab';
import { createLab, listScenarios } from '../../../../src/kubectl/index';
import { clusterFrame } from '../../../../src/widgets/KubectlLab/model';
import { CLOCK_MS, TICKS_AFTER_COMMAND, useKubectlLab, type LabConfig } from '../../../../src/widgets/KubectlLab/use-kubectl-lab';

const config: LabConfig = {
	t: strings.en,
	labId: 'sandbox',
	scenario: 'nginx-deployment',
	first: clusterFrame(createLab('nginx-deployment').cluster),
	tasks: [],
	picker: true,
	scenarios: listScenarios(),
};

const commands = (log: { entries: readonly { command: string }[] }) => log.entries.map((e) => e.command);

afterEach(() => {
	vi.useRealTimers();
	window.history.replaceState(null, '', '/');
});

describe('useKubectlLab', () => {
	// Runs first in this file: the engine's extra kinds load with the first command of the module.
	it('runs a command entered while the first one loads the engine code next, dropping none', async () => {
		const { result } = renderHook(() => useKubectlLab(config));
		act(() => result.current.onInput('kubectl get deployments'));
		act(() => result.current.submit());
		expect(result.current.busy).toBe(true);
		act(() => result.current.onInput('kubectl get pods'));
		act(() => result.current.submit());
		await waitFor(() => expect(commands(result.current.log)).toEqual(['kubectl get deployments', 'kubectl get pods']));
		expect(result.current.busy).toBe(false);
		expect(result.current.log.entries[0]!.output).toContain('nginx-deployment');
	});

	it('ignores an empty line and clears the screen with Ctrl+L', () => {
		const { result } = renderHook(() => useKubectlLab(config));
		act(() => result.current.submit());
		expect(result.current.log.entries).toHaveLength(0);
		act(() => result.current.onInput('kubectl get pods'));
		act(() => result.current.submit());
		expect(commands(result.current.log)).toEqual(['kubectl get pods']);
		const e = new KeyboardEvent('keydown', { key: 'l', ctrlKey: true });
		act(() => result.current.onKeyDown(e));
		expect(result.current.log.entries).toHaveLength(0);
		expect(result.current.status).toBe('Screen cleared.');
	});

	it('walks the history with the arrow keys', () => {
		const { result } = renderHook(() => useKubectlLab(config));
		for (const c of ['kubectl get pods', 'kubectl get nodes']) {
			act(() => result.current.onInput(c));
			act(() => result.current.submit());
		}
		act(() => result.current.onKeyDown(new KeyboardEvent('keydown', { key: 'ArrowUp' })));
		expect(result.current.line).toBe('kubectl get nodes');
		act(() => result.current.onKeyDown(new KeyboardEvent('keydown', { key: 'ArrowUp' })));
		expect(result.current.line).toBe('kubectl get pods');
		act(() => result.current.onKeyDown(new KeyboardEvent('keydown', { key: 'ArrowDown' })));
		expect(result.current.line).toBe('kubectl get nodes');
	});

	it('completes with Tab, and leaves Tab on an empty line to move focus', () => {
		const { result } = renderHook(() => useKubectlLab(config));
		const empty = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
		act(() => result.current.onKeyDown(empty));
		expect(empty.defaultPrevented).toBe(false);
		act(() => result.current.onInput('kubectl get deployments nginx-dep'));
		const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
		act(() => result.current.onKeyDown(tab));
		expect(tab.defaultPrevented).toBe(true);
		expect(result.current.line).toBe('kubectl get deployments nginx-deployment ');
		act(() => result.current.onInput('kubectl zzz'));
		act(() => result.current.onKeyDown(new KeyboardEvent('keydown', { key: 'Tab' })));
		expect(result.current.status).toBe(result.current.t.noCandidates);
	});

	it('keeps the cluster reconciling for a few clock rounds after a command, then rests', () => {
		vi.useFakeTimers();
		const { result } = renderHook(() => useKubectlLab(config));
		act(() => result.current.onInput('kubectl scale deployment/nginx-deployment --replicas=5'));
		act(() => result.current.submit());
		const before = result.current.frame.pods.length;
		for (let i = 0; i < TICKS_AFTER_COMMAND; i++) act(() => void vi.advanceTimersByTime(CLOCK_MS));
		const after = result.current.frame;
		expect(after.pods.length).toBeGreaterThan(before);
		act(() => void vi.advanceTimersByTime(CLOCK_MS * 5));
		expect(result.current.frame).toBe(after);
	});

	it('saves an editor file, refuses a bad name, and applies it', async () => {
		const { result } = renderHook(() => useKubectlLab(config));
		act(() => result.current.setFileName('../x'));
		let saved = true;
		act(() => {
			saved = result.current.saveFile();
		});
		expect(saved).toBe(false);
		expect(result.current.fileNote).toBe(result.current.t.fileNameInvalid);
		const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: team-a\ndata:\n  mode: demo\n';
		act(() => result.current.setFileName('ns.yaml'));
		act(() => result.current.setFileText(yaml));
		act(() => result.current.saveAndApply());
		expect(result.current.files['ns.yaml']).toBe(yaml);
		await waitFor(() => expect(commands(result.current.log)).toEqual(['kubectl apply -f ns.yaml']));
		expect(result.current.log.entries[0]!.output).toContain('configmap/team-a created');
		act(() => result.current.setFileText('changed'));
		act(() => result.current.openFile('ns.yaml'));
		expect(result.current.fileText).toBe(yaml);
		act(() => result.current.openFile('missing.yaml'));
		expect(result.current.fileName).toBe('ns.yaml');
	});

	it('reads the scenario from the deep link once, and starts over on reset', () => {
		window.history.replaceState(null, '', '/?scenario=empty');
		const { result } = renderHook(() => useKubectlLab(config));
		expect(result.current.hydrated).toBe(true);
		expect(result.current.scenario).toBe('empty');
		act(() => result.current.onInput('kubectl create namespace team-b'));
		act(() => result.current.submit());
		act(() => result.current.reset());
		expect(result.current.log.entries).toHaveLength(0);
		expect(result.current.status).toBe(result.current.t.resetDone);
		act(() => result.current.startScenario('nginx-service'));
		expect(result.current.scenario).toBe('nginx-service');
		expect(result.current.status).toBe(result.current.t.scenarioLoaded('nginx-service'));
	});

	it('copies the log, and says so when the clipboard refuses', async () => {
		const { result } = renderHook(() => useKubectlLab(config));
		const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		act(() => result.current.onInput('kubectl get ns'));
		act(() => result.current.submit());
		await act(() => result.current.copy());
		expect(writeText.mock.calls[0]![0]).toMatch(/^\$ kubectl get ns\n/);
		expect(result.current.status).toBe(result.current.t.copied);
		await act(() => result.current.copy());
		expect(result.current.status).toBe(result.current.t.copyFailed);
	});
});
