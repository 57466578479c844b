/**
 * Holds the kubectl lab's state for the island: the engine's LabState, the output log,
 * history and completion cursors, the editor, completed tasks, focus and the status
 * line read by screen readers. Every decision is in model.ts or the engine; this hook
 * only stores results and dispatches. The engine loads on the learner's first reach for
 * the lab (load-engine.ts); until then the hook shows the build-time first frame.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KubectlLabStrings } from '../../i18n/kubectl-lab';
import type { LabState, RunResult, TaskCheck } from '../../kubectl/index';
import { loadEngine, loadedEngine, type LabEngine } from './load-engine';
import {
	appendLog,
	clearLog,
	clusterFrame,
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
	taskFiles,
	type ClusterFrame,
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
	/** The page language's strings. */
	readonly t: KubectlLabStrings;
	/** Lab id (the section, e.g. "deployments"), or "sandbox" for the free page. */
	readonly labId: string;
	/** Scenario the lab starts from. */
	readonly scenario: string;
	/** That scenario's cluster view, computed at build time from the engine's starting state. */
	readonly first: ClusterFrame;
	readonly tasks: readonly LabTask[];
	/** Whether the page offers a scenario picker (the sandbox). */
	readonly picker: boolean;
	/** Scenario ids the picker offers (the engine's `listScenarios()`, read at build time). */
	readonly scenarios: readonly string[];
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
export function startLab(engine: LabEngine, scenario: string, tasks: readonly LabTask[]): LabState {
	let lab = engine.createLab(scenario);
	for (const [name, text] of Object.entries(taskFiles(tasks))) lab = engine.writeFile(lab, name, text);
	return lab;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
	return typeof (value as Promise<T> | undefined)?.then === 'function';
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** State and actions of one lab terminal. */
export function useKubectlLab(config: LabConfig) {
	const { t } = config;
	const [scenario, setScenario] = useState(config.scenario);
	// Null until the engine has loaded; the scenario's state is then built on the client, the
	// same as the build-time first frame (the engine is deterministic).
	const [lab, setLab] = useState<LabState | null>(null);
	const [log, setLog] = useState<OutputLog>(emptyLog);
	const [line, setLine] = useState('');
	const [history, setHistory] = useState<HistoryCursor>(emptyHistory);
	const [cycle, setCycle] = useState<CompletionCycle | null>(null);
	const [listed, setListed] = useState<readonly string[]>([]);
	const [done, setDone] = useState<ReadonlySet<string>>(new Set());
	const [status, setStatus] = useState('');
	const [busy, setBusy] = useState(false);
	const startFiles = useMemo(() => taskFiles(config.tasks), [config.tasks]);
	const [fileName, setFileName] = useState(() => Object.keys(startFiles)[0] ?? DEFAULT_FILE);
	const [fileText, setFileText] = useState(() => Object.values(startFiles)[0] ?? '');
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
	const scenarioRef = useRef(scenario);
	scenarioRef.current = scenario;
	const doneRef = useRef(done);
	doneRef.current = done;
	const lineRef = useRef(line);
	lineRef.current = line;
	const taskIds = config.tasks.map((x) => x.id);

	useEffect(() => {
		setHydrated(true);
		const parsed = parseDeepLink(window.location.search, taskIds, config.picker ? config.scenarios : []);
		setLink(parsed);
		if (parsed.scenario && parsed.scenario !== config.scenario) startScenario(parsed.scenario, null);
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
		const engine = loadedEngine();
		if (ticksLeft <= 0 || !engine) return;
		const id = setTimeout(() => {
			const current = labRef.current;
			if (!current) return;
			const next = engine.tickLab(current);
			labRef.current = next;
			setLab(next);
			recordDone(engine, next);
			setTicksLeft((n) => n - 1);
		}, CLOCK_MS);
		return () => clearTimeout(id);
		// `recordDone` is a new function each render but reads state through refs; the timer is
		// re-armed only when a tick is spent.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ticksLeft]);

	/**
	 * The engine, with the lab's state built (`labRef.current` is set): at once when loaded, else
	 * once it has arrived. Callers read `labRef.current` when they run, so actions queued on the
	 * same load (save, then apply) see each other's results in order.
	 */
	function withEngine(): LabEngine | Promise<LabEngine> {
		const ready = (engine: LabEngine) => {
			if (!labRef.current) {
				const fresh = startLab(engine, scenarioRef.current, config.tasks);
				labRef.current = fresh;
				setLab(fresh);
			}
			return engine;
		};
		const engine = loadedEngine();
		return engine ? ready(engine) : loadEngine().then(ready);
	}

	/** Starts loading the engine when the learner reaches for the lab (focus or a press inside it). */
	function prepare() {
		if (loadedEngine() && labRef.current) return;
		// A failed load is reported by the action that needs the engine; this is only a head start.
		Promise.resolve(withEngine()).catch(() => undefined);
	}

	/** Marks tasks whose checks pass on this state for the first time, and reports them. */
	function recordDone(engine: LabEngine, next: LabState) {
		const fresh = newlyDone(taskIds, doneRef.current, (id) => engine.checkTask(next, config.tasks.find((x) => x.id === id)!.check));
		if (fresh.length === 0) return;
		const all = new Set([...doneRef.current, ...fresh]);
		doneRef.current = all;
		setDone(all);
		for (const id of fresh) onTaskDone(config.labId, id);
		const titles = fresh.map((id) => t.taskDoneAnnounce(config.tasks.find((x) => x.id === id)!.title));
		setStatus(all.size === taskIds.length ? `${titles.join(' ')} ${t.allDone}` : titles.join(' '));
	}

	function settle(command: string, result: RunResult | null, error?: string) {
		if (result?.clear) {
			setLog((l) => clearLog(l));
			setStatus(t.cleared);
		} else if (result) {
			setLog((l) => appendLog(l, command, result.output, result.exitCode));
		} else {
			setLog((l) => appendLog(l, command, t.engineFailed(error ?? ''), 1));
		}
		const engine = loadedEngine();
		const next = result?.state ?? labRef.current;
		if (!engine || !next) return;
		setLab(next);
		labRef.current = next;
		recordDone(engine, next);
		setTicksLeft(TICKS_AFTER_COMMAND);
	}

	/** Runs one command line on the lab: a result now, or a Promise while engine code loads. */
	function execute(command: string): RunResult | Promise<RunResult> {
		const engine = withEngine();
		if (isPromise(engine)) return engine.then((e) => e.runCommand(labRef.current!, command));
		return engine.runCommand(labRef.current!, command);
	}

	/** Runs one command line (Enter, or the editor's apply button). */
	function run(command: string) {
		setHistory((h) => pushHistory(h, command));
		setLine('');
		setCycle(null);
		setListed([]);
		const started = performance.now();
		let result: RunResult | Promise<RunResult>;
		try {
			result = execute(command);
		} catch (err) {
			// The engine must not throw; if it does, say so instead of losing the command.
			settle(command, null, message(err));
			return;
		}
		if (!isPromise(result)) {
			performance.measure(COMMAND_MEASURE, { start: started, end: performance.now() });
			settle(command, result);
			return;
		}
		setBusy(true);
		result
			.then(
				(r) => {
					performance.measure(COMMAND_MEASURE, { start: started, end: performance.now() });
					settle(command, r);
				},
				(err: unknown) => settle(command, null, message(err)),
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
			const engine = withEngine();
			if (!isPromise(engine)) complete(engine, line, cycle);
			else
				engine.then(
					// Completes the line once the engine is here, unless the learner has typed on.
					(e) => lineRef.current === line && complete(e, line, cycle),
					(err: unknown) => setStatus(t.engineFailed(message(err))),
				);
		} else if (e.key === 'l' && e.ctrlKey) {
			e.preventDefault();
			setLog((l) => clearLog(l));
			setStatus(t.cleared);
		}
	}

	function complete(engine: LabEngine, text: string, from: CompletionCycle | null) {
		const r = pressTab(text, from, (l) => engine.completeCommand(labRef.current!, l));
		setLine(r.line);
		setCycle(r.cycle);
		setListed(r.listed);
		if (r.listed.length > 0) setStatus(t.candidates(r.listed.join(' ')));
		else if (r.line === text && !r.cycle) setStatus(t.noCandidates);
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

	/** Starts the terminal over on a scenario (the engine builds it; loaded first if need be). */
	function startScenario(id: string, note: string | null = t.scenarioLoaded(id)) {
		const begin = (engine: LabEngine) => {
			const fresh = startLab(engine, id, config.tasks);
			setScenario(id);
			scenarioRef.current = id;
			setLab(fresh);
			labRef.current = fresh;
			setLog(emptyLog);
			setDone(new Set());
			doneRef.current = new Set();
			setLine('');
			setCycle(null);
			setListed([]);
			setTicksLeft(0);
			if (note !== null) setStatus(note);
		};
		const engine = loadedEngine();
		if (engine) begin(engine);
		else loadEngine().then(begin, (err: unknown) => setStatus(t.engineFailed(message(err))));
	}

	function reset() {
		startScenario(scenario, t.resetDone);
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

	/** The editor's saved files: the lab's, or the tasks' own before the engine has loaded. */
	const files = lab?.files ?? startFiles;

	/** Opens a saved lab file in the editor. */
	function openFile(name: string) {
		const text = (labRef.current?.files ?? startFiles)[name];
		if (text === undefined) return;
		setFileName(name);
		setFileText(text);
		setFileNote('');
	}

	/** Saves the editor's text as a lab file; returns whether the name was valid (the write waits for the engine). */
	function saveFile(): boolean {
		const name = fileName.trim();
		if (!isValidFileName(name)) {
			setFileNote(t.fileNameInvalid);
			return false;
		}
		const text = fileText;
		const write = (engine: LabEngine) => {
			const next = engine.writeFile(labRef.current!, name, text);
			setLab(next);
			labRef.current = next;
			setFileNote(t.fileSaved(name));
		};
		const engine = withEngine();
		if (isPromise(engine)) engine.then(write, (err: unknown) => setFileNote(t.engineFailed(message(err))));
		else write(engine);
		return true;
	}

	function saveAndApply() {
		// Saved before the command runs: both wait for the same engine load, in this order.
		if (busy || !saveFile()) return;
		run(`kubectl apply -f ${fileName.trim()}`);
		inputRef.current?.focus();
	}

	/** What the cluster view draws: the live cluster, or the build-time first frame before the engine loads. */
	// Memoized on the state, so it changes exactly when the cluster does.
	const frame = useMemo(() => (lab ? clusterFrame(lab.cluster) : config.first), [lab, config.first]);

	return {
		t,
		config,
		hydrated,
		scenario,
		/** Whether the engine has loaded and the lab's state is live (before: the build-time frame). */
		live: lab !== null,
		frame,
		files,
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
		prepare,
	};
}

/** What the parts receive. */
export type LabView = ReturnType<typeof useKubectlLab>;
