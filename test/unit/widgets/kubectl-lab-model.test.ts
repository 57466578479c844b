import { describe, expect, it } from 'vitest';
import {
	appendLog,
	clearLog,
	clusterFrame,
	emptyHistory,
	emptyLog,
	historyDown,
	historyUp,
	isValidFileName,
	LOG_LIMIT,
	logText,
	newlyDone,
	parseDeepLink,
	pressTab,
	pushHistory,
	taskFiles,
	type Completion,
} from '../../../src/widgets/KubectlLab/model';
import { createLab, listScenarios } from '../../../src/kubectl/index';
import type { Node, Pod } from '../../../src/sim/index';

describe('output log', () => {
	it('appends with increasing ids, clears without reusing ids, keeps the newest LOG_LIMIT', () => {
		let log = appendLog(emptyLog, 'kubectl get pods', 'No resources found in default namespace.', 0);
		log = appendLog(log, 'kubectl nope', 'error: unknown command "nope" for "kubectl"', 1);
		expect(log.entries.map((e) => e.id)).toEqual([1, 2]);
		expect(logText(log)).toBe('$ kubectl get pods\nNo resources found in default namespace.\n$ kubectl nope\nerror: unknown command "nope" for "kubectl"');
		const cleared = clearLog(log);
		expect(cleared.entries).toEqual([]);
		expect(appendLog(cleared, 'x', '', 0).entries[0].id).toBe(3);
		for (let i = 0; i < LOG_LIMIT + 5; i++) log = appendLog(log, `c${i}`, '', 0);
		expect(log.entries).toHaveLength(LOG_LIMIT);
		expect(log.entries.at(-1)?.command).toBe(`c${LOG_LIMIT + 4}`);
	});
});

describe('history', () => {
	it('Up walks back and stops at the oldest, Down walks forward and restores the draft', () => {
		let h = pushHistory(pushHistory(pushHistory(emptyHistory, 'a'), 'b'), 'b');
		h = pushHistory(h, '   ');
		expect(h.lines).toEqual(['a', 'b']);
		let r = historyUp(h, 'draft');
		expect(r.line).toBe('b');
		r = historyUp(r.cursor, r.line);
		expect(r.line).toBe('a');
		r = historyUp(r.cursor, r.line);
		expect(r.line).toBe('a');
		r = historyDown(r.cursor, r.line);
		expect(r.line).toBe('b');
		r = historyDown(r.cursor, r.line);
		expect(r.line).toBe('draft');
		expect(r.cursor.index).toBeNull();
		expect(historyDown(r.cursor, 'draft').line).toBe('draft');
		expect(historyUp(emptyHistory, 'x').line).toBe('x');
	});
});

describe('Tab completion', () => {
	const complete = (map: Record<string, Completion>) => (line: string) => map[line] ?? { from: line.length, candidates: [] };
	it('inserts a single candidate with a space', () => {
		const r = pressTab('kubectl sc', null, complete({ 'kubectl sc': { from: 8, candidates: ['scale'] } }));
		expect(r).toEqual({ line: 'kubectl scale ', cycle: null, listed: [] });
	});
	it('extends to the common prefix, lists, then cycles on further Tabs', () => {
		const c = complete({ 'kubectl get d': { from: 12, candidates: ['deployments', 'daemonsets'] } });
		const first = pressTab('kubectl get d', null, c);
		expect(first.line).toBe('kubectl get d');
		expect(first.listed).toEqual(['deployments', 'daemonsets']);
		const second = pressTab(first.line, first.cycle, c);
		expect(second.line).toBe('kubectl get deployments');
		const third = pressTab(second.line, second.cycle, c);
		expect(third.line).toBe('kubectl get daemonsets');
		const fourth = pressTab(third.line, third.cycle, c);
		expect(fourth.line).toBe('kubectl get deployments');
		const prefix = pressTab('kubectl ro', null, complete({ 'kubectl ro': { from: 8, candidates: ['rollout-a', 'rollout-b'] } }));
		expect(prefix.line).toBe('kubectl rollout-');
	});
	it('leaves the line alone without candidates, and a typed change starts afresh', () => {
		expect(pressTab('zzz', null, complete({})).line).toBe('zzz');
		const c = complete({ 'k a': { from: 2, candidates: ['ab', 'ac'] }, 'k ab': { from: 2, candidates: ['ab'] } });
		const first = pressTab('k a', null, c);
		expect(pressTab('k ab', first.cycle, c).line).toBe('k ab ');
	});
});

describe('tasks and deep links', () => {
	it('reports only tasks newly passing, in order', () => {
		expect(newlyDone(['a', 'b', 'c'], new Set(['a']), (id) => id !== 'c')).toEqual(['b']);
	});
	it('checks deep-link values against what exists', () => {
		expect(parseDeepLink('?lab-task=rollback', ['scale', 'rollback'], [])).toEqual({ task: 'rollback' });
		expect(parseDeepLink('?lab-task=nope&scenario=nginx-service', ['scale'], ['empty', 'nginx-service'])).toEqual({
			invalidTask: 'nope',
			scenario: 'nginx-service',
		});
		expect(parseDeepLink(`?scenario=${'x'.repeat(500)}`, [], ['empty']).invalidScenario).toHaveLength(60);
		expect(parseDeepLink('', ['a'], ['b'])).toEqual({});
	});
	it('accepts file names kubectl apply -f can take unquoted', () => {
		expect(isValidFileName('nginx-deployment.yaml')).toBe(true);
		expect(isValidFileName('../etc/passwd')).toBe(false);
		expect(isValidFileName('a b.yaml')).toBe(false);
		expect(isValidFileName('')).toBe(false);
	});
});

describe('cluster frame and starting files', () => {
	it('draws what the cluster holds: nodes, Pods on them, unscheduled and terminating Pods', () => {
		const frame = clusterFrame({
			nodes: [{ name: 'node-1', ready: true } as Node, { name: 'node-2', ready: false } as Node],
			pods: [
				{ uid: 'a', name: 'web-a', status: 'Running', nodeName: 'node-1', deleting: false } as Pod,
				{ uid: 'b', name: 'web-b', status: 'Running', nodeName: 'node-1', deleting: true } as Pod,
				{ uid: 'c', name: 'web-c', status: 'Pending', deleting: false } as Pod,
			],
		});
		expect(frame).toEqual({
			nodes: [
				{ name: 'node-1', ready: true },
				{ name: 'node-2', ready: false },
			],
			pods: [
				{ uid: 'a', name: 'web-a', status: 'Running', nodeName: 'node-1' },
				{ uid: 'b', name: 'web-b', status: 'Terminating', nodeName: 'node-1' },
				{ uid: 'c', name: 'web-c', status: 'Pending' },
			],
		});
	});

	it('is the same for every build of a scenario, so the page built first frame is the client state', () => {
		for (const id of listScenarios()) expect(clusterFrame(createLab(id).cluster), id).toEqual(clusterFrame(createLab(id).cluster));
	});

	it("collects every task's files in task order", () => {
		expect(taskFiles([{ files: { 'a.yaml': 'a' } }, {}, { files: { 'b.yaml': 'b', 'a.yaml': 'a2' } }])).toEqual({ 'a.yaml': 'a2', 'b.yaml': 'b' });
		expect(Object.keys(taskFiles([{ files: { 'z.yaml': '' } }, { files: { 'a.yaml': '' } }]))).toEqual(['z.yaml', 'a.yaml']);
	});
});
