/**
 * Pure UI state of the kubectl lab: command history navigation (Up/Down), Tab completion
 * cycling, the output log, task completion bookkeeping and the deep-link parameters.
 * No Preact, no DOM: the hook holds these values and the island renders them.
 */

import type { Cluster } from '../../sim/index';

/** One command and what it printed, as the terminal shows it. */
export interface LogEntry {
	/** Increasing id, stable across re-renders (list key, test hook). */
	readonly id: number;
	readonly command: string;
	readonly output: string;
	readonly exitCode: number;
}

/** The output log: entries oldest first and the next id. */
export interface OutputLog {
	readonly entries: readonly LogEntry[];
	readonly nextId: number;
}

/** Most entries kept on screen; older ones scroll away like a terminal's scrollback. */
export const LOG_LIMIT = 200;

/** An empty log. */
export const emptyLog: OutputLog = { entries: [], nextId: 1 };

/** Appends one command and its output; drops the oldest entries beyond LOG_LIMIT. */
export function appendLog(log: OutputLog, command: string, output: string, exitCode: number): OutputLog {
	const entries = [...log.entries, { id: log.nextId, command, output, exitCode }];
	return { entries: entries.slice(-LOG_LIMIT), nextId: log.nextId + 1 };
}

/** Clears the screen (Ctrl+L, `clear`); ids keep increasing so keys never repeat. */
export function clearLog(log: OutputLog): OutputLog {
	return { entries: [], nextId: log.nextId };
}

/** Plain text of the log as a terminal would show it, for the copy button. */
export function logText(log: OutputLog, prompt = '$'): string {
	return log.entries.map((e) => (e.output ? `${prompt} ${e.command}\n${e.output}` : `${prompt} ${e.command}`)).join('\n');
}

/** Where the learner is in the command history. */
export interface HistoryCursor {
	/** Commands run, oldest first. */
	readonly lines: readonly string[];
	/** Index into lines while browsing; null when editing a new line. */
	readonly index: number | null;
	/** The line being typed before browsing began, restored by Down past the newest. */
	readonly draft: string;
}

/** Most commands remembered. */
export const HISTORY_LIMIT = 100;

/** A history with no commands. */
export const emptyHistory: HistoryCursor = { lines: [], index: null, draft: '' };

/** Records a command run (blank lines and repeats of the last one are not recorded, like bash's ignoredups). */
export function pushHistory(h: HistoryCursor, line: string): HistoryCursor {
	const trimmed = line.trim();
	const lines = trimmed === '' || h.lines.at(-1) === trimmed ? h.lines : [...h.lines, trimmed].slice(-HISTORY_LIMIT);
	return { lines, index: null, draft: '' };
}

/** Up: the previous command (stays on the oldest); returns the new cursor and the line to show. */
export function historyUp(h: HistoryCursor, current: string): { cursor: HistoryCursor; line: string } {
	if (h.lines.length === 0) return { cursor: h, line: current };
	const index = h.index === null ? h.lines.length - 1 : Math.max(0, h.index - 1);
	const draft = h.index === null ? current : h.draft;
	return { cursor: { lines: h.lines, index, draft }, line: h.lines[index] };
}

/** Down: the next command, or back to the draft after the newest. */
export function historyDown(h: HistoryCursor, current: string): { cursor: HistoryCursor; line: string } {
	if (h.index === null) return { cursor: h, line: current };
	if (h.index >= h.lines.length - 1) return { cursor: { lines: h.lines, index: null, draft: '' }, line: h.draft };
	const index = h.index + 1;
	return { cursor: { ...h, index }, line: h.lines[index] };
}

/** What the engine's completeCommand returns. */
export interface Completion {
	readonly from: number;
	readonly candidates: readonly string[];
}

/** A completion being cycled by repeated Tab presses. */
export interface CompletionCycle {
	/** The line before the first Tab (the prefix to complete is line.slice(from)). */
	readonly base: string;
	readonly from: number;
	readonly candidates: readonly string[];
	/** Candidate shown now; -1 before the first cycling Tab. */
	readonly index: number;
	/** The line as this cycle last set it (a Tab on any other line starts afresh). */
	readonly shown: string;
}

/** The result of one Tab press. */
export interface TabResult {
	readonly line: string;
	/** Set while several candidates are being cycled. */
	readonly cycle: CompletionCycle | null;
	/** Candidates to list to the learner (several), or empty. */
	readonly listed: readonly string[];
}

function commonPrefix(words: readonly string[]): string {
	if (words.length === 0) return '';
	let p = words[0];
	for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
	return p;
}

/**
 * One Tab press, as bash does it: a single candidate is inserted with a trailing space;
 * several extend the word to their common prefix and are listed; further Tabs (line
 * unchanged since) cycle through them; none leaves the line as it is.
 */
export function pressTab(line: string, cycle: CompletionCycle | null, complete: (line: string) => Completion): TabResult {
	if (cycle && cycle.shown === line && cycle.candidates.length > 1) {
		const index = (cycle.index + 1) % cycle.candidates.length;
		const next = cycle.base.slice(0, cycle.from) + cycle.candidates[index];
		return { line: next, cycle: { ...cycle, index, shown: next }, listed: [] };
	}
	const { from, candidates } = complete(line);
	const unique = [...new Set(candidates)];
	if (unique.length === 0) return { line, cycle: null, listed: [] };
	if (unique.length === 1) return { line: `${line.slice(0, from)}${unique[0]} `, cycle: null, listed: [] };
	const word = line.slice(from);
	const prefix = commonPrefix(unique);
	const next = prefix.length > word.length ? line.slice(0, from) + prefix : line;
	return { line: next, cycle: { base: line, from, candidates: unique, index: -1, shown: next }, listed: unique };
}

/** Ids of tasks whose check passes now and were not done before, in task order. */
export function newlyDone(taskIds: readonly string[], done: ReadonlySet<string>, passes: (id: string) => boolean): string[] {
	return taskIds.filter((id) => !done.has(id) && passes(id));
}

/** A file name the editor accepts: what `kubectl apply -f <name>` can type without quoting. */
export function isValidFileName(name: string): boolean {
	return /^[A-Za-z0-9._-]{1,64}$/.test(name) && name !== '.' && name !== '..';
}

/** What a page URL asks the lab for: a task to show, or a scenario to start from. */
export interface DeepLink {
	/** The task asked for (only when it is a task of this lab). */
	readonly task?: string;
	/** The scenario asked for (only when it exists). */
	readonly scenario?: string;
	/** A value that was asked for but does not exist, to show as a note. */
	readonly invalidTask?: string;
	readonly invalidScenario?: string;
}

/** Query parameter naming a task of the page's lab: /deployments/?lab-task=rollback#practice. */
export const TASK_PARAM = 'lab-task';
/** Query parameter naming the sandbox's starting scenario: /lab/?scenario=nginx-service. */
export const SCENARIO_PARAM = 'scenario';

/** Longest value shown back in a note (a crafted URL must not flood the page). */
const NOTE_LIMIT = 60;

/** Reads the deep-link parameters from a URL query string, checking them against what exists. */
export function parseDeepLink(search: string, taskIds: readonly string[], scenarios: readonly string[]): DeepLink {
	const params = new URLSearchParams(search);
	const task = params.get(TASK_PARAM);
	const scenario = params.get(SCENARIO_PARAM);
	const out: { task?: string; scenario?: string; invalidTask?: string; invalidScenario?: string } = {};
	if (task !== null) {
		if (taskIds.includes(task)) out.task = task;
		else out.invalidTask = task.slice(0, NOTE_LIMIT);
	}
	if (scenario !== null) {
		if (scenarios.includes(scenario)) out.scenario = scenario;
		else out.invalidScenario = scenario.slice(0, NOTE_LIMIT);
	}
	return out;
}

/** One Pod as the cluster view shows it. */
export interface PodChip {
	readonly uid: string;
	readonly name: string;
	/** The Pod's phase, or Terminating while it is being deleted (as `kubectl get pods` prints it). */
	readonly status: string;
	/** Node it is bound to; absent while unscheduled. */
	readonly nodeName?: string;
}

/** What the cluster view draws: each node and every Pod, read from the model's cluster. */
export interface ClusterFrame {
	readonly nodes: readonly { readonly name: string; readonly ready: boolean }[];
	readonly pods: readonly PodChip[];
}

/**
 * The cluster view's data from a cluster. The page computes the starting scenario's frame at
 * build time, so the view is drawn before the engine (and the sim with it) is loaded.
 */
export function clusterFrame(cluster: Pick<Cluster, 'nodes' | 'pods'>): ClusterFrame {
	return {
		nodes: cluster.nodes.map((n) => ({ name: n.name, ready: n.ready })),
		pods: cluster.pods.map((p) => ({
			uid: p.uid,
			name: p.name,
			status: p.deleting ? 'Terminating' : p.status,
			...(p.nodeName ? { nodeName: p.nodeName } : {}),
		})),
	};
}

/** The files a lab starts with: every task's files, as if the learner had saved them in the editor. */
export function taskFiles(tasks: readonly { readonly files?: Readonly<Record<string, string>> }[]): Readonly<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const task of tasks) Object.assign(files, task.files ?? {});
	return files;
}
