/**
 * The command engine: splits a line, finds the kubectl command, parses its flags like
 * pflag and runs it on the lab state. Every command line takes one tick (10 simulated
 * seconds) of cluster time, so controllers make progress while the learner types.
 */
import { formatYamlText, step, type ClusterAction, type YamlValue } from '../sim/index.ts';
import { parseFlags, type FlagSpec, type ParsedArgs } from './flags.ts';
import { listObjects, toApiObject, type LabObject } from './objects.ts';
import {
	ALL_CATEGORY,
	findResourceType,
	objectRef,
	qualifiedName,
	RESOURCE_TYPES,
	UNSIMULATED_TYPES,
	unknownTypeError,
	type ResourceType,
} from './resources.ts';
import { matchesRequirements, parseSelector } from './selector.ts';
import type { LabState } from './state.ts';
import { buildTable, renderTable } from './tables.ts';
import { SHELL_OPERATORS, tokenize } from './tokenize.ts';

/** What running one line gives: the next state, the text to print, kubectl's exit code, and whether to clear the screen. */
export interface RunResult {
	readonly state: LabState;
	readonly output: string;
	readonly exitCode: number;
	readonly clear?: boolean;
}

/** What a command handler gets. */
export interface CommandContext {
	readonly state: LabState;
	readonly args: readonly string[];
	readonly flags: ParsedArgs['flags'];
	/** `get`, `rollout status`, ... for "See 'kubectl <path> --help'". */
	readonly path: string;
	/** Namespace of the request: -n, or the context's. */
	readonly namespace: string;
}

/** A kubectl command or command group. */
export interface CommandDef {
	readonly name: string;
	readonly aliases?: readonly string[];
	readonly summary: string;
	readonly flags?: readonly FlagSpec[];
	readonly subcommands?: readonly CommandDef[];
	readonly run?: (ctx: CommandContext) => RunResult | Promise<RunResult>;
	/** Usage line for `--help`. */
	readonly usage?: string;
}

/** A successful result. */
export function done(state: LabState, output: string): RunResult {
	return { state, output, exitCode: 0 };
}

/** A failed result (exit code 1, nothing changed unless `state` says so). */
export function fail(state: LabState, output: string, exitCode = 1): RunResult {
	return { state, output, exitCode };
}

/** Run a reducer action; a rejected one reports the API server's message. */
export function apply(state: LabState, action: ClusterAction): RunResult {
	const cluster = step(state.cluster, action);
	const result = cluster.lastResult;
	if (result && !result.ok) return fail(state, result.output);
	return done({ ...state, cluster }, result?.output ?? '');
}

/** kubectl's usage error: message, then where to get help. */
export function usageError(ctx: Pick<CommandContext, 'path'>, message: string): string {
	return `error: ${message}\nSee 'kubectl ${ctx.path} -h' for help and examples`;
}

/** Resolve `TYPE NAME...`, `TYPE/NAME...` or `TYPE1,TYPE2` arguments. */
export function resolveTargets(
	args: readonly string[],
):
	| { readonly ok: true; readonly targets: readonly { readonly type: ResourceType; readonly names: readonly string[] }[] }
	| { readonly ok: false; readonly error: string } {
	const first = args[0];
	if (first === undefined) return { ok: true, targets: [] };
	if (first.includes('/')) {
		const targets: { type: ResourceType; names: string[] }[] = [];
		for (const arg of args) {
			const slash = arg.indexOf('/');
			if (slash < 0)
				return {
					ok: false,
					error: `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
				};
			const word = arg.slice(0, slash);
			const type = findResourceType(word);
			if (!type) return { ok: false, error: unsupportedOrUnknown(word) };
			const existing = targets.find((t) => t.type === type);
			if (existing) existing.names.push(arg.slice(slash + 1));
			else targets.push({ type, names: [arg.slice(slash + 1)] });
		}
		return { ok: true, targets };
	}
	const words = first.split(',').filter((w) => w !== '');
	const types: ResourceType[] = [];
	for (const word of words) {
		if (word.toLowerCase() === 'all') {
			for (const n of ALL_CATEGORY) types.push(RESOURCE_TYPES.find((t) => t.name === n)!);
			continue;
		}
		const type = findResourceType(word);
		if (!type) return { ok: false, error: unsupportedOrUnknown(word) };
		if (!types.includes(type)) types.push(type);
	}
	const names = args.slice(1);
	if (names.length > 0 && types.length > 1) return { ok: false, error: 'error: arguments in resource/name form must have a single resource and name' };
	return { ok: true, targets: types.map((type) => ({ type, names })) };
}

/** A type kubectl knows but the lab does not simulate says so; anything else is the server's "doesn't have a resource type". */
export function unsupportedOrUnknown(word: string): string {
	if (UNSIMULATED_TYPES.includes(word.toLowerCase())) {
		return `error: "${word}" is a real Kubernetes resource type, but this practice lab does not simulate it (see https://kubernetes.io/docs/reference/kubectl/)`;
	}
	return unknownTypeError(word);
}

/** The namespace to read in: undefined with -A (all namespaces). */
export function requestNamespace(ctx: CommandContext): string | undefined {
	return ctx.flags['all-namespaces'] === true ? undefined : ctx.namespace;
}

/** Find one object or say NotFound the API server's way. */
export function findObject(state: LabState, type: ResourceType, name: string, namespace: string): LabObject | string {
	const found = listObjects(state, type, type.namespaced ? namespace : undefined).find((o) => o.name === name);
	if (found) return found;
	return `Error from server (NotFound): ${qualifiedName(type)} "${name}" not found`;
}

/** `No resources found in default namespace.` (or without namespace for cluster-scoped types and -A). */
export function noResources(namespace: string | undefined, namespaced: boolean): string {
	return namespaced && namespace !== undefined ? `No resources found in ${namespace} namespace.` : 'No resources found';
}

const OUTPUTS = ['json', 'yaml', 'name', 'wide'];

/** Render objects as `-o yaml|json|name`; undefined for table output. */
export function renderObjects(state: LabState, items: readonly { type: ResourceType; obj: LabObject }[], output: string, single: boolean): string {
	if (output === 'name') return items.map((i) => objectRef(i.type, i.obj.name)).join('\n');
	const objects = items.map((i) => toApiObject(state, i.type, i.obj));
	const value: Record<string, YamlValue> =
		single && objects.length === 1 ? objects[0]! : { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
	return output === 'json' ? JSON.stringify(value, null, 4) : formatYamlText(sortKeys(value) as Record<string, YamlValue>).trimEnd();
}

/** Map keys in alphabetical order, as sigs.k8s.io/yaml writes them for `-o yaml`. */
export function sortKeys(value: YamlValue): YamlValue {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const out: Record<string, YamlValue> = {};
		for (const k of Object.keys(value).sort()) {
			const v = (value as Record<string, YamlValue | undefined>)[k];
			if (v !== undefined) out[k] = sortKeys(v);
		}
		return out;
	}
	return value;
}

/** Check `-o`; an error is kubectl's message for an unknown format. */
export function checkOutputFlag(ctx: CommandContext, allowed = OUTPUTS): string | undefined {
	const o = ctx.flags['output'];
	if (o === undefined) return undefined;
	if (typeof o !== 'string' || !allowed.includes(o)) {
		return `error: unable to match a printer suitable for the output format "${String(o)}", allowed formats are: ${allowed.join(',')}`;
	}
	return undefined;
}

/** `kubectl get`. */
export function runGet(ctx: CommandContext): RunResult {
	const { state } = ctx;
	if (ctx.args.length === 0) {
		return fail(
			state,
			`You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples`,
		);
	}
	const outErr = checkOutputFlag(ctx);
	if (outErr) return fail(state, outErr);
	const resolved = resolveTargets(ctx.args);
	if (!resolved.ok) return fail(state, resolved.error);
	let requirements: ReturnType<typeof parseSelector> = { ok: true, requirements: [] };
	if (typeof ctx.flags['selector'] === 'string') {
		requirements = parseSelector(ctx.flags['selector']);
		if (!requirements.ok) return fail(state, `error: ${requirements.error}`);
	}
	const reqs = requirements.ok ? requirements.requirements : [];
	const ns = requestNamespace(ctx);
	const output = typeof ctx.flags['output'] === 'string' ? ctx.flags['output'] : undefined;
	const allNs = ns === undefined;
	const multi = resolved.targets.length > 1 || (ctx.args[0]!.includes('/') && resolved.targets.length > 1);
	const prefixNames = resolved.targets.length > 1 || ctx.args[0]!.toLowerCase().split(',').includes('all');
	const errors: string[] = [];
	const sections: string[] = [];
	const items: { type: ResourceType; obj: LabObject }[] = [];
	const watch = ctx.flags['watch'] === true;
	for (const { type, names } of resolved.targets) {
		let objects = listObjects(state, type, type.namespaced ? ns : undefined);
		if (names.length > 0) {
			const found: LabObject[] = [];
			for (const name of names) {
				const o = objects.find((x) => x.name === name);
				if (o) found.push(o);
				else errors.push(`Error from server (NotFound): ${qualifiedName(type)} "${name}" not found`);
			}
			objects = found;
		}
		objects = objects.filter((o) => matchesRequirements(reqs, o.labels));
		if (type.name === 'events') objects = [...objects].sort((a, b) => a.createdAt - b.createdAt);
		for (const obj of objects) items.push({ type, obj });
		if (output === undefined || output === 'wide') {
			if (objects.length === 0) continue;
			const showNs = allNs && type.namespaced;
			const table = buildTable(state.cluster, type.name, objects, output === 'wide', (o) => (prefixNames ? objectRef(type, o.name) : o.name));
			const labeled =
				ctx.flags['show-labels'] === true
					? { columns: [...table.columns, 'LABELS'], rows: table.rows.map((r, i) => [...r, formatLabelsOf(objects[i]!)]) }
					: table;
			const withNs = showNs
				? { columns: ['NAMESPACE', ...labeled.columns], rows: labeled.rows.map((r, i) => [objects[i]!.namespace ?? '', ...r]) }
				: labeled;
			sections.push(renderTable(withNs));
		}
	}
	void multi;
	let text: string;
	if (output !== undefined && output !== 'wide') {
		const single = resolved.targets.length === 1 && resolved.targets[0]!.names.length === 1;
		text = items.length === 0 && output === 'name' ? '' : renderObjects(state, items, output, single);
		if (items.length === 0 && errors.length === 0 && output === 'name') text = '';
	} else text = sections.join('\n\n');
	if (items.length === 0 && errors.length === 0 && (output === undefined || output === 'wide')) {
		const namespaced = resolved.targets.some((t) => t.type.namespaced);
		return done(state, noResources(ns, namespaced));
	}
	let next = state;
	if (watch && errors.length === 0 && (output === undefined || output === 'wide')) {
		const replay = watchReplay(
			ctx,
			resolved.targets.map((t) => t.type),
			reqs,
		);
		next = replay.state;
		text = [text, ...replay.lines].filter((l) => l !== '').join('\n');
	}
	const out = [text, ...errors].filter((t) => t !== '').join('\n');
	return { state: next, output: out, exitCode: errors.length > 0 ? 1 : 0 };
}

function formatLabelsOf(o: LabObject): string {
	const pairs = Object.entries(o.labels).sort(([a], [b]) => (a < b ? -1 : 1));
	return pairs.length ? pairs.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}

/** Ticks a `-w` replay shows before the lab stops watching (real kubectl watches until Ctrl+C). */
export const WATCH_TICKS = 6;

/** `get -w`: the rows that change over the next ticks, printed without headers as kubectl's watch does. */
function watchReplay(
	ctx: CommandContext,
	types: readonly ResourceType[],
	reqs: Parameters<typeof matchesRequirements>[0],
): { state: LabState; lines: string[] } {
	let state = ctx.state;
	const lines: string[] = [];
	const ns = requestNamespace(ctx);
	const key = (s: LabState, type: ResourceType): Map<string, string> => {
		const objects = listObjects(s, type, type.namespaced ? ns : undefined).filter((o) => matchesRequirements(reqs, o.labels));
		const table = buildTable(s.cluster, type.name, objects, ctx.flags['output'] === 'wide', (o) => o.name);
		const rendered = new Map<string, string>();
		objects.forEach((o, i) => rendered.set(o.name, JSON.stringify(table.rows[i]!.filter((_, c) => table.columns[c] !== 'AGE'))));
		return rendered;
	};
	for (let t = 0; t < WATCH_TICKS; t++) {
		const before = types.map((type) => key(state, type));
		state = { ...state, cluster: step(state.cluster, { type: 'tick' }) };
		types.forEach((type, i) => {
			const after = key(state, type);
			const objects = listObjects(state, type, type.namespaced ? ns : undefined).filter((o) => matchesRequirements(reqs, o.labels));
			const changed = objects.filter((o) => before[i]!.get(o.name) !== after.get(o.name));
			if (changed.length === 0) return;
			const table = buildTable(state.cluster, type.name, changed, ctx.flags['output'] === 'wide', (o) => o.name);
			const full = buildTable(state.cluster, type.name, objects, ctx.flags['output'] === 'wide', (o) => o.name);
			const rendered = renderTable({ columns: full.columns, rows: [...full.rows, ...table.rows] }, false)
				.split('\n')
				.slice(full.rows.length);
			lines.push(...rendered);
		});
	}
	return { state, lines };
}

/** Flags of `kubectl get`. */
export const GET_FLAGS: readonly FlagSpec[] = [
	{ name: 'output', short: 'o', type: 'string' },
	{ name: 'selector', short: 'l', type: 'string' },
	{ name: 'all-namespaces', short: 'A', type: 'bool' },
	{ name: 'watch', short: 'w', type: 'bool' },
	{ name: 'show-labels', type: 'bool' },
];

/** Split a line and run it through the command table. */
export async function runLine(state: LabState, line: string, commands: readonly CommandDef[]): Promise<RunResult> {
	return runLineSync(state, line, commands);
}

/** Did-you-mean suggestions like cobra's (Levenshtein distance <= 2 or a prefix). */
export function suggest(word: string, names: readonly string[]): string[] {
	const dist = (a: string, b: string): number => {
		const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
		for (let j = 1; j <= b.length; j++) d[0]![j] = j;
		for (let i = 1; i <= a.length; i++)
			for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		return d[a.length]![b.length]!;
	};
	return names.filter((n) => dist(word.toLowerCase(), n) <= 2 || n.startsWith(word.toLowerCase()));
}

/** Commands real kubectl has that the lab does not simulate. */
export const UNSIMULATED_COMMANDS: readonly string[] = [
	'exec',
	'attach',
	'port-forward',
	'proxy',
	'cp',
	'run',
	'edit',
	'patch',
	'replace',
	'annotate',
	'autoscale',
	'debug',
	'diff',
	'kustomize',
	'wait',
	'events',
	'plugin',
	'certificate',
	'cluster-info',
	'config',
	'taint',
	'api-versions',
	'completion',
	'alpha',
];

/** Run one command line synchronously (the async form only adds YAML parsing for apply -f). */
export function runLineSync(state: LabState, line: string, commands: readonly CommandDef[]): RunResult | Promise<RunResult> {
	const trimmed = line.trim();
	if (trimmed === '') return done(state, '');
	const withHistory: LabState = { ...state, history: [...state.history, trimmed] };
	const tokens = tokenize(trimmed);
	if (!tokens.ok) return fail(withHistory, `bash: ${tokens.error}`, 2);
	const words = tokens.words;
	if (words[0] === 'clear') return { state: withHistory, output: '', exitCode: 0, clear: true };
	if (words[0] !== 'kubectl') {
		return fail(withHistory, `${words[0]}: command not found\n(this practice terminal runs kubectl commands only, e.g. kubectl get pods)`, 127);
	}
	const op = words.find((w) => SHELL_OPERATORS.includes(w));
	if (op)
		return fail(
			withHistory,
			`error: this practice terminal has no shell: "${op}" (pipes, redirection and command lists) is not supported; run one kubectl command at a time`,
		);
	// Time passes while the learner types: one tick before the command runs.
	const ticked: LabState = { ...withHistory, cluster: step(withHistory.cluster, { type: 'tick' }) };
	return dispatch(ticked, words.slice(1), commands);
}

function dispatch(state: LabState, words: readonly string[], commands: readonly CommandDef[]): RunResult | Promise<RunResult> {
	// Global flags may come before the command: kubectl -n kube-system get pods.
	const lead: string[] = [];
	let i = 0;
	while (i < words.length && words[i]!.startsWith('-')) {
		const w = words[i]!;
		lead.push(w);
		i++;
		if ((w === '-n' || w === '--namespace' || w === '--as' || w === '--as-group') && i < words.length) lead.push(words[i++]!);
	}
	const name = words[i];
	if (name === undefined) {
		if (lead.includes('--help') || lead.includes('-h') || lead.length === 0) return runHelp(state, commands);
		const parsed = parseFlags(lead, []);
		if (!parsed.ok) return fail(state, `error: ${parsed.error}\nSee 'kubectl --help' for usage.`);
		return runHelp(state, commands);
	}
	const found = commands.find((c) => c.name === name || c.aliases?.includes(name));
	let path = name;
	let rest = [...lead, ...words.slice(i + 1)];
	if (!found) {
		if (UNSIMULATED_COMMANDS.includes(name)) {
			return fail(
				state,
				`error: "kubectl ${name}" is not simulated in this practice lab: the simulated cluster runs no real containers or API server for it. See https://kubernetes.io/docs/reference/kubectl/ to try it on a real cluster.`,
			);
		}
		const suggestions = suggest(
			name,
			commands.map((c) => c.name),
		);
		const did = suggestions.length ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}`).join('\n')}` : '';
		return fail(state, `error: unknown command "${name}" for "kubectl"${did}`);
	}
	let def: CommandDef = found;
	while (def.subcommands) {
		const subIndex = rest.findIndex((w) => !w.startsWith('-'));
		const subName = subIndex < 0 ? undefined : rest[subIndex];
		const sub: CommandDef | undefined = subName === undefined ? undefined : def.subcommands.find((s) => s.name === subName || s.aliases?.includes(subName));
		if (!sub) {
			if (rest.includes('--help') || rest.includes('-h') || subName === undefined) return done(state, commandHelp(def, path));
			if (def.run) break;
			return fail(
				state,
				`error: unknown command "${subName}" for "kubectl ${path}"${suggestDid(
					subName,
					def.subcommands.map((s) => s.name),
				)}`,
			);
		}
		path = `${path} ${sub.name}`;
		rest = [...rest.slice(0, subIndex), ...rest.slice(subIndex + 1)];
		def = sub;
	}
	const parsed = parseFlags(rest, def.flags ?? []);
	if (!parsed.ok) return fail(state, `error: ${parsed.error}\nSee 'kubectl ${path} --help' for usage.`);
	if (parsed.parsed.flags['help'] === true) return done(state, commandHelp(def, path));
	const nsFlag = parsed.parsed.flags['namespace'];
	const namespace = typeof nsFlag === 'string' && nsFlag !== '' ? nsFlag : state.namespace;
	if (!def.run) return done(state, commandHelp(def, path));
	return def.run({ state, args: parsed.parsed.args, flags: parsed.parsed.flags, path, namespace });
}

function suggestDid(word: string, names: readonly string[]): string {
	const s = suggest(word, names);
	return s.length ? `\n\nDid you mean this?\n${s.map((x) => `\t${x}`).join('\n')}` : '';
}

/** `kubectl <cmd> --help`: summary, usage and the flags the lab models. */
export function commandHelp(def: CommandDef, path: string): string {
	const lines = [def.summary, ''];
	if (def.subcommands) {
		lines.push('Available Commands:');
		const width = Math.max(...def.subcommands.map((s) => s.name.length)) + 2;
		for (const s of def.subcommands) lines.push(`  ${s.name.padEnd(width)}${s.summary}`);
		lines.push('');
	}
	if (def.flags && def.flags.length) {
		lines.push('Options (the ones this lab simulates):');
		for (const f of def.flags) lines.push(`    ${f.short ? `-${f.short}, ` : ''}--${f.name}${f.type === 'bool' ? '' : '=...'}`);
		lines.push('');
	}
	lines.push('Usage:', `  ${def.usage ?? `kubectl ${path} [options]`}`);
	return lines.join('\n');
}

/** `kubectl` / `kubectl help`: the command list, grouped like kubectl's. */
export function runHelp(state: LabState, commands: readonly CommandDef[]): RunResult {
	const width = Math.max(...commands.map((c) => c.name.length)) + 3;
	const lines = [
		'kubectl controls the Kubernetes cluster manager.',
		'',
		'Find more information at: https://kubernetes.io/docs/reference/kubectl/',
		'',
		'Commands this practice lab simulates:',
	];
	for (const c of commands) lines.push(`  ${c.name.padEnd(width)}${c.summary}`);
	lines.push(
		'',
		`Not simulated here: ${UNSIMULATED_COMMANDS.join(', ')}.`,
		'',
		'Usage:',
		'  kubectl [flags] [options]',
		'',
		'Use "kubectl <command> --help" for more information about a given command.',
	);
	return done(state, lines.join('\n'));
}
