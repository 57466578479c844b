/**
 * Adapts the cluster model to the manifest explorer: the YAML text and the field of
 * each line, the chosen line, edit mode, `kubectl apply` through the model (parsed by
 * the lazily loaded parser, validated by the API-server rules), the problem to show
 * next to its line, and a few control-loop ticks after each apply. Two modules load on demand:
 * the parser when the learner heads for the editor or applies, and the engine (model.ts with
 * the sim reducer) on the first focus or press inside the widget; until the engine has run the
 * view is the build-time first frame, and picking and explaining lines never waits for either.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldHelp, FieldHelpKey, ManifestExplorerStrings } from '../../i18n/manifest-explorer';
import type { WidgetStrings } from '../../i18n/widget';
import { NGINX_DEPLOYMENT_YAML, getFieldHelpKey, getLineField, loadManifestParser, type FieldLine } from '../../sim/index';
import { createEngineLoader } from '../shared/engine';
import { useEngine } from '../shared/use-engine';
import { useUrlState } from '../shared/use-url-state';
import { FILE_NAME, URL_PREFIX, getErrorLines, lineAt, readUrlState, writeUrlState, type Frame, type Problem } from './frame';
import type * as Model from './model';

/** The parser module (loaded on demand so the island does not ship the `yaml` package). */
type Parser = Awaited<ReturnType<typeof loadManifestParser>>;

/** Props of the island: the page language's strings (from its entry, ko.tsx or en.tsx) and build-time data (fields of the original YAML, field help, first frame). */
export interface ManifestExplorerProps {
	/** This widget's strings in the page's language. */
	t: ManifestExplorerStrings;
	/** The shared widget strings (URL notes, engine note) in the page's language. */
	widgetT: WidgetStrings;
	/** getLineField data of NGINX_DEPLOYMENT_YAML, so the first render explains lines without the parser. */
	initialFields: readonly FieldLine[];
	/** fieldHelp of this locale only, passed as data so the island does not ship both languages. */
	help: FieldHelp;
	/** The view of the state the page is built with (model.ts `firstFrame`), rendered until the engine runs. */
	first: Frame;
}

export { FILE_NAME, MAX_REPLICAS, type Problem } from './frame';

/** User Timing name of the engine's download and evaluation (read by the end-to-end test). */
export const ENGINE_MEASURE = 'manifest-explorer:engine';

const TICK_MS = 700;

// The engine (model.ts and the sim reducer under it) loads on the learner's first reach for the widget.
const engine = createEngineLoader<typeof Model>(ENGINE_MEASURE, () => import('./model'));

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
export function useManifestExplorer({ t, initialFields, help, first }: Omit<ManifestExplorerProps, 'widgetT'>) {
	const [text, setText] = useState(NGINX_DEPLOYMENT_YAML);
	const [fields, setFields] = useState<readonly FieldLine[] | null>(initialFields);
	const [parser, setParser] = useState<Parser | null>(null);
	// The parser could not load for the last apply: shown in the problem box until the next one.
	const [parserFailed, setParserFailed] = useState(false);
	const [editing, setEditing] = useState(false);
	const [activeLine, setActiveLine] = useState(1);
	const [announcement, setAnnouncement] = useState({ text: '', seq: 0 });
	const [hydrated, setHydrated] = useState(false);
	const textareaRef = useRef<HTMLTextAreaElement>(null);
	const { live, engine: m, failure, prepare, update } = useEngine(engine, (m) => m.createInitialState());
	// What the parts draw: the live state's frame, or the build-time first frame before the engine runs.
	// `m` is set whenever `live` is (only the engine builds it), so the state is the one dependency that matters.
	const frame = useMemo(() => (live && m ? m.frameOf(live) : first), [live, m, first]);

	// A link's line is the one explained first, set before `hydrated`; it needs no engine.
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

	// What an engine action asks of the view (line, edit mode, announcement), once per action and before paint.
	const notice = live?.notice;
	useLayoutEffect(() => {
		if (!notice) return;
		if (notice.line !== undefined) setActiveLine(notice.line);
		if (notice.edit) setEditing(true);
		announce(notice.message);
	}, [notice]);

	// Re-read the fields of every line whenever the text changes (once the parser is here).
	useEffect(() => {
		if (!parser) return;
		const result = parser.parseManifestText(text);
		setFields(result.ok ? result.fields : null);
	}, [text, parser]);

	// A few ticks after each apply, one per interval, until the rollout settles: only on a live state.
	useEffect(() => {
		if (!live || live.autoTicks <= 0) return;
		const timer = window.setTimeout(() => update((m, s) => m.reduceExplorer(t, s, { type: 'tick', auto: true })), TICK_MS);
		return () => window.clearTimeout(timer);
		// `update` and `t` are the same for the island's life; the timer re-arms with every new state.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [live]);

	const preload = () => {
		if (parser) return;
		getParser().then(setParser, () => undefined);
	};

	const apply = async () => {
		let loaded: Parser;
		try {
			loaded = parser ?? (await getParser());
		} catch {
			setParserFailed(true);
			announce(t.loadError);
			return;
		}
		setParserFailed(false);
		if (!parser) setParser(loaded);
		const parsed = loaded.parseManifestText(text);
		if (!parsed.ok) {
			const output = loaded.formatYamlError(FILE_NAME, parsed.error);
			update((m, s) => m.reduceExplorer(t, s, { type: 'syntax', error: parsed.error, output }));
			return;
		}
		update((m, s) => m.reduceExplorer(t, s, { type: 'apply', parsed }));
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
		setParserFailed(false);
		update((m) => m.createInitialState());
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
	// Offline, the parser and the engine both fail: the engine's note (EngineNote) already says to check the
	// connection and press again, so the parser's own load error shows only while the engine is fine.
	const problem: Problem | null = parserFailed && failure === null ? { kind: 'load', text: t.loadError } : frame.problem;
	const errorLines = getErrorLines(problem);

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
		trees: frame.trees,
		terminal: frame.terminal,
		time: frame.time,
		hydrated,
		urlNotes,
		/** Why the engine could not load (shown by EngineNote), or null. */
		failure,
		/** Head start for the engine on focus or a press inside the widget. */
		prepare,
		textareaRef,
		announcement: announcement.text + (announcement.seq % 2 ? '\u00a0' : ''),
		setActiveLine,
		preload,
		apply: () => void apply(),
		tick: () => update((m, s) => m.reduceExplorer(t, s, { type: 'tick', auto: false })),
		toggleEditing,
		edit,
		followCaret,
		reset,
	};
}

/** What the hook returns, for the parts. */
export type ManifestExplorerState = ReturnType<typeof useManifestExplorer>;
