/**
 * Adapts the cluster model to the manifest explorer: the YAML text and the field of
 * each line, the chosen line, edit mode, `kubectl apply` through the model (parsed by
 * the lazily loaded parser, validated by the API-server rules), the problem to show
 * next to its line, and a few control-loop ticks after each apply.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldHelp, FieldHelpKey, ManifestExplorerStrings } from '../../i18n/manifest-explorer';
import type { WidgetStrings } from '../../i18n/widget';
import {
	NGINX_DEPLOYMENT_YAML,
	createDemoCluster,
	formatGetMany,
	getDeploymentTree,
	getFieldHelpKey,
	getLineField,
	loadManifestParser,
	step,
	type Cluster,
	type DeploymentTree,
	type FieldLine,
} from '../../sim/index';
import type { CommandEntry } from '../shared/CommandLog';
import { useUrlState } from '../shared/use-url-state';
import {
	APPLY_COMMAND,
	FILE_NAME,
	SEED,
	URL_PREFIX,
	applyParsed,
	countLivePods,
	getErrorLines,
	isClusterSettled,
	lineAt,
	readUrlState,
	writeUrlState,
	type Problem,
} from './model';

/** The parser module (loaded on demand so the island does not ship the `yaml` package). */
type Parser = Awaited<ReturnType<typeof loadManifestParser>>;

/** Props of the island: the page language's strings (from its entry, ko.tsx or en.tsx) and build-time data (fields of the original YAML, field help). */
export interface ManifestExplorerProps {
	/** This widget's strings in the page's language. */
	t: ManifestExplorerStrings;
	/** The shared widget strings (URL notes) in the page's language. */
	widgetT: WidgetStrings;
	/** getLineField data of NGINX_DEPLOYMENT_YAML, so the first render explains lines without the parser. */
	initialFields: readonly FieldLine[];
	/** fieldHelp of this locale only, passed as data so the island does not ship both languages. */
	help: FieldHelp;
}

export { FILE_NAME, MAX_REPLICAS, type Problem } from './model';

const TICK_MS = 700;
/** Ticks run by themselves after an apply: enough for 20 Pods to start, short of the 600 s deadline. */
const AUTO_TICKS = 24;

let parserPromise: Promise<Parser> | undefined;

/** Start (once) loading the parser; a failed load is retried next time. */
function getParser(): Promise<Parser> {
	parserPromise ??= loadManifestParser().catch((error: unknown) => {
		parserPromise = undefined;
		throw error;
	});
	return parserPromise;
}

/** State and actions of the ManifestExplorer island. */
export function useManifestExplorer({ t, initialFields, help }: Omit<ManifestExplorerProps, 'widgetT'>) {
	const [text, setText] = useState(NGINX_DEPLOYMENT_YAML);
	const [fields, setFields] = useState<readonly FieldLine[] | null>(initialFields);
	const [parser, setParser] = useState<Parser | null>(null);
	const [editing, setEditing] = useState(false);
	const [activeLine, setActiveLine] = useState(1);
	const [cluster, setCluster] = useState<Cluster>(() => createDemoCluster({ seed: SEED }));
	const [commands, setCommands] = useState<readonly CommandEntry[]>([]);
	const [problem, setProblem] = useState<Problem | null>(null);
	const [autoTicks, setAutoTicks] = useState(0);
	const [announcement, setAnnouncement] = useState({ text: '', seq: 0 });
	const [hydrated, setHydrated] = useState(false);
	const textareaRef = useRef<HTMLTextAreaElement>(null);
	// The cluster of the latest render, for an apply that resumes after loading the parser.
	const latest = useRef(cluster);
	latest.current = cluster;

	// A link's line is the one explained first, set before `hydrated`.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(linked) => {
			if (linked.line !== undefined) setActiveLine(linked.line);
		},
		writeUrlState(activeLine),
	);
	useEffect(() => setHydrated(true), []);

	const announce = (message: string) => setAnnouncement((a) => ({ text: message, seq: a.seq + 1 }));

	// Re-read the fields of every line whenever the text changes (once the parser is here).
	useEffect(() => {
		if (!parser) return;
		const result = parser.parseManifestText(text);
		setFields(result.ok ? result.fields : null);
	}, [text, parser]);

	// A few ticks after each apply, one per interval, until the rollout settles.
	useEffect(() => {
		if (autoTicks <= 0) return;
		if (isClusterSettled(cluster)) {
			setAutoTicks(0);
			return;
		}
		const timer = window.setTimeout(() => {
			tick();
			setAutoTicks((n) => n - 1);
		}, TICK_MS);
		return () => window.clearTimeout(timer);
		// `tick` reads `cluster`, which is a dependency: the effect re-arms with the current one.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [autoTicks, cluster]);

	const preload = () => {
		if (parser) return;
		getParser().then(setParser, () => undefined);
	};

	// Reads the cluster of the latest render: the auto-tick timer is re-armed after every render.
	const tick = () => {
		const next = step(cluster, { type: 'tick' });
		const { running, total } = countLivePods(next);
		const before = countLivePods(cluster);
		setCluster(next);
		if (running !== before.running || total !== before.total) announce(t.announceTick(running, total));
	};

	const apply = async () => {
		let loaded: Parser;
		try {
			loaded = parser ?? (await getParser());
		} catch {
			setProblem({ kind: 'load', text: t.loadError });
			announce(t.loadError);
			return;
		}
		if (!parser) setParser(loaded);
		const parsed = loaded.parseManifestText(text);
		if (!parsed.ok) {
			const { line, column, message } = parsed.error;
			setProblem({ kind: 'syntax', line, text: t.syntaxError(line, column, message) });
			setCommands([{ command: APPLY_COMMAND, output: loaded.formatYamlError(FILE_NAME, parsed.error) }]);
			setEditing(true);
			setActiveLine(line);
			announce(`${t.syntaxTitle}. ${t.syntaxError(line, column, message)}`);
			return;
		}
		const outcome = applyParsed(latest.current, parsed, t.limitError);
		setProblem(outcome.problem);
		setCommands(outcome.commands);
		if (outcome.line !== undefined) setActiveLine(outcome.line);
		if (outcome.problem) {
			setEditing(true);
			const title = outcome.problem.kind === 'invalid' ? t.invalidTitle : outcome.problem.kind === 'kubectl' ? t.kubectlTitle : '';
			announce([title, outcome.commands.at(-1)?.output ?? (outcome.problem.kind === 'limit' ? outcome.problem.text : '')].filter(Boolean).join(' '));
			return;
		}
		setCluster(outcome.cluster);
		setAutoTicks(AUTO_TICKS);
		announce(outcome.commands.at(-1)?.output ?? '');
	};

	const toggleEditing = () => {
		preload();
		setEditing((e) => !e);
		announce(editing ? t.announceView : t.announceEdit);
	};

	const edit = (value: string) => {
		setText(value);
		preload();
	};

	/** Follow the caret in the editor so the explanation matches the line being edited. */
	const followCaret = () => {
		const el = textareaRef.current;
		if (el) setActiveLine(lineAt(el.value, el.selectionStart));
	};

	const reset = () => {
		setText(NGINX_DEPLOYMENT_YAML);
		setFields(initialFields);
		setEditing(false);
		setActiveLine(1);
		setCluster(createDemoCluster({ seed: SEED }));
		setCommands([]);
		setProblem(null);
		setAutoTicks(0);
		announce(t.announceReset);
	};

	const lines = useMemo(() => text.replace(/\n$/, '').split('\n'), [text]);
	const activePath = fields ? getLineField(fields, activeLine) : undefined;
	const helpKey = activePath === undefined ? undefined : getFieldHelpKey(activePath);
	const explanation =
		fields === null
			? t.staleFields
			: activePath === undefined
				? t.noField
				: Object.hasOwn(help, helpKey as string)
					? help[helpKey as FieldHelpKey]
					: t.unknownField;
	const errorLines = getErrorLines(problem);
	const trees = useMemo(
		() => cluster.deployments.flatMap((d) => getDeploymentTree(cluster, d.name) ?? []).sort((a, b) => (a.name < b.name ? -1 : 1)) as DeploymentTree[],
		[cluster],
	);
	const terminal: CommandEntry[] = [
		...commands,
		{ command: 'kubectl get deploy,rs,pods', output: formatGetMany(cluster, ['deployments', 'replicasets', 'pods']) },
	];

	return {
		t,
		text,
		lines,
		editing,
		activeLine,
		activePath,
		explanation,
		problem,
		errorLines,
		trees,
		terminal,
		time: cluster.time,
		hydrated,
		urlNotes,
		textareaRef,
		announcement: announcement.text + (announcement.seq % 2 ? '\u00a0' : ''),
		setActiveLine,
		preload,
		apply: () => void apply(),
		tick: () => {
			setAutoTicks(0);
			tick();
		},
		toggleEditing,
		edit,
		followCaret,
		reset,
	};
}

/** What the hook returns, for the parts. */
export type ManifestExplorerState = ReturnType<typeof useManifestExplorer>;
