/**
 * Holds the kubectl lab's state for the island: the engine's LabState, the output log,
 * history and completion cursors, the editor, completed tasks, focus and the status
 * line read by screen readers. Every decision is in model.ts or the engine; this hook
 * only stores results and dispatches.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index';
import { strings } from '../../i18n/kubectl-lab';
import {
	checkTask,
	completeCommand,
	createLab,
	listScenarios,
	runCommand,
	tickLab,
	writeFile,
	type LabState,
	type RunResult,
	type TaskCheck,
} from '../../kubectl/index';
import {
	appendLog,
	clearLog,
	emptyHistory,
	emptyLog,
	historyDown,
	historyUp,
	isValidFileName,
	logText,
	newlyDone,
	parseDeepLink,
	pressTab,
	pushHistory,
	type CompletionCycle,
	type DeepLink,
	type HistoryCursor,
	type OutputLog,
} from './model';
import { onTaskDone } from './task-done';

/** One task of a section lab, as the page passes it in (from content/labs). */
export interface LabTask {
	readonly id: string;
	readonly title: string;
	readonly hint: string;
	readonly solution: readonly string[];
	/** Files the task's solution applies (name -> YAML), put in the editor when the lab starts. */
	readonly files?: Readonly<Record<string, string>>;
	readonly check: TaskCheck;
}

/** What the island is given by its Astro wrapper. */
export interface LabConfig {
	readonly locale: Locale;
	/** Lab id (the section, e.g. "deployments"), or "sandbox" for the free page. */
	readonly labId: string;
	/** Scenario the lab starts from. */
	readonly scenario: string;
	readonly tasks: readonly LabTask[];
	/** Whether the page offers a scenario picker (the sandbox). */
	readonly picker: boolean;
}

/** Name the editor offers first. */
export const DEFAULT_FILE = 'manifest.yaml';

/** Control-loop rounds (10 simulated seconds each) run after a command, one per CLOCK_MS, so Pods start while the learner reads. */
export const TICKS_AFTER_COMMAND = 12;
/** Real time between those rounds. */
export const CLOCK_MS = 1000;

/** User Timing name of each command's run time (read by the performance test). */
export const COMMAND_MEASURE = 'kubectl-lab:command';

/** A scenario's starting state with every task's files written, as if the learner had saved them. */
export function startLab(scenario: string, tasks: readonly LabTask[]): LabState {
	let lab = createLab(scenario);
	for (const task of tasks) for (const [name, text] of Object.entries(task.files ?? {})) lab = writeFile(lab, name, text);
	return lab;
}

function isPromise(value: unknown): value is Promise<RunResult> {
	return typeof (value as Promise<RunResult> | undefined)?.then === 'function';
}

/** State and actions of one lab terminal. */
export function useKubectlLab(config: LabConfig) {
	const t = strings[config.locale];
	const [scenario, setScenario] = useState(config.scenario);
	const [lab, setLab] = useState<LabState>(() => startLab(config.scenario, config.tasks));
	const [log, setLog] = useState<OutputLog>(emptyLog);
	const [line, setLine] = useState('');
	const [history, setHistory] = useState<HistoryCursor>(emptyHistory);
	const [cycle, setCycle] = useState<CompletionCycle | null>(null);
	const [listed, setListed] = useState<readonly string[]>([]);
	const [done, setDone] = useState<ReadonlySet<string>>(new Set());
	const [status, setStatus] = useState('');
	const [busy, setBusy] = useState(false);
	const [fileName, setFileName] = useState(() => Object.keys(lab.files)[0] ?? DEFAULT_FILE);
	const [fileText, setFileText] = useState(() => Object.values(lab.files)[0] ?? '');
	const [fileNote, setFileNote] = useState('');
	const [link, setLink] = useState<DeepLink>({});
	const [hydrated, setHydrated] = useState(false);
	const [ticksLeft, setTicksLeft] = useState(0);
	const inputRef = useRef<HTMLInputElement>(null);
	const logRef = useRef<HTMLDivElement>(null);
	/** A command submitted while the one before it still runs (the first command loads engine code): it runs next. */
	const pendingRef = useRef<string | null>(null);
	// The latest state for async commands, so a Promise resolving late never runs on a stale cluster.
	const labRef = useRef(lab);
	labRef.current = lab;
	const doneRef = useRef(done);
	doneRef.current = done;
	const scenarios = useMemo(() => listScenarios(), []);
	const taskIds = useMemo(() => config.tasks.map((x) => x.id), [config.tasks]);

	useEffect(() => {
		setHydrated(true);
		const parsed = parseDeepLink(window.location.search, taskIds, config.picker ? scenarios : []);
		setLink(parsed);
		if (parsed.scenario && parsed.scenario !== config.scenario) startScenario(parsed.scenario, false);
		if (parsed.task) document.getElementById(`lab-task-${parsed.task}`)?.scrollIntoView({ block: 'nearest' });
		// Once, at hydration: the deep link is read once; later renders must not restart the scenario.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	useEffect(() => {
		// Keep the newest output in view, like a terminal.
		const el = logRef.current;
		if (el) el.scrollTop = el.scrollHeight;
	}, [log]);

	useEffect(() => {
		// The cluster keeps reconciling after a command, as a real one does: a few rounds, then it rests.
		if (ticksLeft <= 0) return;
		const id = setTimeout(() => {
			const next = tickLab(labRef.current);
			labRef.current = next;
			setLab(next);
			recordDone(next);
			setTicksLeft((n) => n - 1);
		}, CLOCK_MS);
		return () => clearTimeout(id);
		// `recordDone` is a new function each render but reads state through refs; the timer is
		// re-armed only when a tick is spent.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ticksLeft]);

	/** Marks tasks whose checks pass on this state for the first time, and reports them. */
	function recordDone(next: LabState) {
		const fresh = newlyDone(taskIds, doneRef.current, (id) => checkTask(next, config.tasks.find((x) => x.id === id)!.check));
		if (fresh.length === 0) return;
		const all = new Set([...doneRef.current, ...fresh]);
		doneRef.current = all;
		setDone(all);
		for (const id of fresh) onTaskDone(config.labId, id);
		const titles = fresh.map((id) => t.taskDoneAnnounce(config.tasks.find((x) => x.id === id)!.title));
		setStatus(all.size === taskIds.length ? `${titles.join(' ')} ${t.allDone}` : titles.join(' '));
	}

	function settle(state: LabState, command: string, result: RunResult | null, error?: string) {
		if (result?.clear) {
			setLog((l) => clearLog(l));
			setStatus(t.cleared);
		} else if (result) {
			setLog((l) => appendLog(l, command, result.output, result.exitCode));
		} else {
			setLog((l) => appendLog(l, command, t.engineFailed(error ?? ''), 1));
		}
		const next = result?.state ?? state;
		setLab(next);
		labRef.current = next;
		recordDone(next);
		setTicksLeft(TICKS_AFTER_COMMAND);
	}

	/** Runs one command line (Enter, or the editor's apply button). */
	function run(command: string) {
		const state = labRef.current;
		setHistory((h) => pushHistory(h, command));
		setLine('');
		setCycle(null);
		setListed([]);
		const started = performance.now();
		let result: RunResult | Promise<RunResult>;
		try {
			result = runCommand(state, command);
		} catch (err) {
			// The engine must not throw; if it does, say so instead of losing the command.
			settle(state, command, null, err instanceof Error ? err.message : String(err));
			return;
		}
		if (!isPromise(result)) {
			performance.measure(COMMAND_MEASURE, { start: started, end: performance.now() });
			settle(state, command, result);
			return;
		}
		setBusy(true);
		result
			.then(
				(r) => {
					performance.measure(COMMAND_MEASURE, { start: started, end: performance.now() });
					settle(state, command, r);
				},
				(err: unknown) => settle(state, command, null, err instanceof Error ? err.message : String(err)),
			)
			.finally(() => {
				setBusy(false);
				const next = pendingRef.current;
				pendingRef.current = null;
				if (next !== null) run(next);
			});
	}

	function onKeyDown(e: KeyboardEvent) {
		if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
			e.preventDefault();
			const r = e.key === 'ArrowUp' ? historyUp(history, line) : historyDown(history, line);
			setHistory(r.cursor);
			setLine(r.line);
		} else if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && line.trim() !== '') {
			// Tab on an empty line still moves focus, so keyboard users are never trapped.
			e.preventDefault();
			const r = pressTab(line, cycle, (l) => completeCommand(labRef.current, l));
			setLine(r.line);
			setCycle(r.cycle);
			setListed(r.listed);
			if (r.listed.length > 0) setStatus(t.candidates(r.listed.join(' ')));
			else if (r.line === line && !r.cycle) setStatus(t.noCandidates);
		} else if (e.key === 'l' && e.ctrlKey) {
			e.preventDefault();
			setLog((l) => clearLog(l));
			setStatus(t.cleared);
		}
	}

	function onInput(value: string) {
		setLine(value);
		if (listed.length > 0) setListed([]);
	}

	function submit() {
		if (line.trim() === '') return;
		// Enter while a command still runs is not lost: the line waits in the input and runs next.
		if (busy) pendingRef.current = line;
		else run(line);
	}

	function startScenario(id: string, announce = true) {
		const fresh = startLab(id, config.tasks);
		setScenario(id);
		setLab(fresh);
		labRef.current = fresh;
		setLog(emptyLog);
		setDone(new Set());
		doneRef.current = new Set();
		setLine('');
		setCycle(null);
		setListed([]);
		setTicksLeft(0);
		if (announce) setStatus(t.scenarioLoaded(id));
	}

	function reset() {
		startScenario(scenario, false);
		setStatus(t.resetDone);
		inputRef.current?.focus();
	}

	async function copy() {
		try {
			await navigator.clipboard.writeText(logText(log, t.prompt));
			setStatus(t.copied);
		} catch {
			setStatus(t.copyFailed);
		}
	}

	/** Opens a saved lab file in the editor. */
	function openFile(name: string) {
		const text = labRef.current.files[name];
		if (text === undefined) return;
		setFileName(name);
		setFileText(text);
		setFileNote('');
	}

	/** Saves the editor's text as a lab file; returns whether it was saved. */
	function saveFile(): boolean {
		const name = fileName.trim();
		if (!isValidFileName(name)) {
			setFileNote(t.fileNameInvalid);
			return false;
		}
		const next = writeFile(labRef.current, name, fileText);
		setLab(next);
		labRef.current = next;
		setFileNote(t.fileSaved(name));
		return true;
	}

	function saveAndApply() {
		if (busy || !saveFile()) return;
		run(`kubectl apply -f ${fileName.trim()}`);
		inputRef.current?.focus();
	}

	return {
		t,
		config,
		hydrated,
		scenario,
		scenarios,
		lab,
		log,
		line,
		listed,
		done,
		status,
		busy,
		fileName,
		fileText,
		fileNote,
		link,
		inputRef,
		logRef,
		onKeyDown,
		onInput,
		submit,
		reset,
		copy,
		startScenario,
		setFileName,
		setFileText,
		saveFile,
		saveAndApply,
		openFile,
	};
}

/** What the parts receive. */
export type LabView = ReturnType<typeof useKubectlLab>;
