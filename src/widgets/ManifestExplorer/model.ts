/**
 * The ManifestExplorer scenario, pure: `kubectl apply -f nginx-deployment.yaml` of the text
 * the learner edited, with what kubectl itself prints before anything reaches the API server
 * (an empty file, a kind or version no API serves) and what the API server answers after.
 *
 * kubectl's own messages: an empty file is "error: no objects passed to apply"
 * (staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go); a kind the REST mapper does not know is
 * "resource mapping not found for name: … namespace: … from …: no matches for kind … in version
 * …" followed by "ensure CRDs are installed first" (staging/src/k8s.io/cli-runtime/pkg/resource/
 * mapper.go wrapping apimachinery's meta.NoKindMatchError).
 */
import type { ManifestExplorerStrings } from '../../i18n/manifest-explorer';
import {
	API_VERSIONS,
	createDemoCluster,
	describeRollout,
	findFieldLine,
	formatFieldError,
	formatGetMany,
	getDeploymentTree,
	isManifestKind,
	isRolloutSettled,
	step,
	type Cluster,
	type ManifestParseResult,
} from '../../sim/index';
import { APPLY_COMMAND, FILE_NAME, GET_COMMAND, MAX_REPLICAS, SEED, type CommandEntry, type Frame, type Problem } from './frame';

/** The result of one apply: the next cluster, the commands to show, and the problem, if any. */
export interface ApplyOutcome {
	readonly cluster: Cluster;
	/** What the terminal shows above `kubectl get`; empty when no command ran. */
	readonly commands: readonly CommandEntry[];
	readonly problem: Problem | null;
	/** The line to move to (the first problem's line). */
	readonly line?: number;
}

function readString(value: unknown, key: string): string | undefined {
	const v = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return typeof v === 'string' ? v : undefined;
}

/** kubectl's client-side refusal of a parsed file, or undefined when kubectl sends it on. */
export function checkKubectlMapping(value: unknown, fileName: string): string | undefined {
	if (value === null || value === undefined) return 'error: no objects passed to apply';
	const kind = readString(value, 'kind');
	const apiVersion = readString(value, 'apiVersion');
	if (kind === undefined || apiVersion === undefined) return undefined;
	if (isManifestKind(kind) && API_VERSIONS[kind] === apiVersion) return undefined;
	const metadata = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['metadata'] : undefined;
	const name = readString(metadata, 'name') ?? '';
	const namespace = readString(metadata, 'namespace') ?? '';
	return `error: resource mapping not found for name: ${JSON.stringify(name)} namespace: ${JSON.stringify(namespace)} from ${JSON.stringify(fileName)}: no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}\nensure CRDs are installed first`;
}

/**
 * Applies parsed text to the cluster as kubectl would: kubectl's own errors first, then the
 * API server's field errors (pointed at their lines), then the widget's replica limit
 * (nothing is applied and no command output is shown, so no earlier error lingers).
 */
export function applyParsed(cluster: Cluster, parsed: Extract<ManifestParseResult, { ok: true }>, limitText: (max: number) => string): ApplyOutcome {
	const refused = checkKubectlMapping(parsed.value, FILE_NAME);
	if (refused !== undefined) {
		const line = parsed.value === null ? undefined : findFieldLine(parsed.paths, 'kind');
		return {
			cluster,
			commands: [{ command: APPLY_COMMAND, output: refused }],
			problem: { kind: 'kubectl', ...(line === undefined ? {} : { line }), text: refused },
			...(line === undefined ? {} : { line }),
		};
	}
	const next = step(cluster, { type: 'apply', manifest: parsed.value });
	const result = next.lastResult;
	if (!result || !result.ok) {
		const errors = (result && !result.ok ? result.errors : []).map((e) => {
			const line = findFieldLine(parsed.paths, e.field);
			return { ...(line === undefined ? {} : { line }), text: formatFieldError(e) };
		});
		const first = errors.find((e) => e.line !== undefined)?.line;
		return {
			cluster,
			commands: [{ command: APPLY_COMMAND, output: result?.output ?? '' }],
			problem: { kind: 'invalid', errors: errors.length > 0 ? errors : [{ text: result?.output ?? '' }] },
			...(first === undefined ? {} : { line: first }),
		};
	}
	if (next.deployments.some((d) => d.spec.replicas > MAX_REPLICAS)) {
		const line = findFieldLine(parsed.paths, 'spec.replicas');
		return {
			cluster,
			commands: [],
			problem: { kind: 'limit', ...(line === undefined ? {} : { line }), text: limitText(MAX_REPLICAS) },
			...(line === undefined ? {} : { line }),
		};
	}
	return { cluster: next, commands: [{ command: APPLY_COMMAND, output: result.output }], problem: null };
}

/** Pods not being deleted and how many of them run: what the announcement after a tick counts. */
export function countLivePods(cluster: Cluster): { running: number; total: number } {
	const live = cluster.pods.filter((p) => !p.deleting);
	return { running: live.filter((p) => p.status === 'Running').length, total: live.length };
}

/** Whether every Deployment's rollout has settled: the ticks after an apply stop there. */
export function isClusterSettled(cluster: Cluster): boolean {
	return cluster.deployments.every((d) => {
		const view = describeRollout(cluster, d.name);
		return !view || isRolloutSettled(view);
	});
}

/** The engine's state: the cluster and what the last apply left on screen. */
export interface ExplorerState {
	readonly cluster: Cluster;
	/** What the terminal shows above `kubectl get`. */
	readonly commands: readonly CommandEntry[];
	readonly problem: Problem | null;
	/** Ticks still to run by themselves after an apply (the island runs one per interval); 0 once the rollout settles. */
	readonly autoTicks: number;
	/**
	 * What the last action asks of the view: the line to move to, edit mode, the live region's
	 * sentence. A new object per action that has one, so the island applies each exactly once.
	 */
	readonly notice: Notice | null;
}

/** See `ExplorerState.notice`. */
export interface Notice {
	readonly message: string;
	readonly line?: number;
	/** Switch to edit mode (a rejected apply: the learner fixes the text). */
	readonly edit: boolean;
}

/** What the learner does that needs the engine. */
export type ExplorerAction =
	/** `kubectl apply` of text the parser read. */
	| { readonly type: 'apply'; readonly parsed: Extract<ManifestParseResult, { ok: true }> }
	/** `kubectl apply` of text that is not YAML: kubectl's own error, `output` from the parser's formatYamlError. */
	| { readonly type: 'syntax'; readonly error: Extract<ManifestParseResult, { ok: false }>['error']; readonly output: string }
	/** One round of the control loops; `auto` for the ticks that run by themselves after an apply. */
	| { readonly type: 'tick'; readonly auto: boolean };

/** Ticks run by themselves after an apply: enough for 20 Pods to start, short of the 600 s deadline. */
export const AUTO_TICKS = 24;

/** The state the page is built with: the demo cluster, nothing applied. */
export function createInitialState(): ExplorerState {
	return { cluster: createDemoCluster({ seed: SEED }), commands: [], problem: null, autoTicks: 0, notice: null };
}

/** The next state after one action; `t` words the problem texts and the announcements. */
export function reduceExplorer(t: ManifestExplorerStrings, state: ExplorerState, action: ExplorerAction): ExplorerState {
	switch (action.type) {
		case 'syntax': {
			const { line, column, message } = action.error;
			const text = t.syntaxError(line, column, message);
			return {
				...state,
				problem: { kind: 'syntax', line, text },
				commands: [{ command: APPLY_COMMAND, output: action.output }],
				notice: { message: `${t.syntaxTitle}. ${text}`, line, edit: true },
			};
		}
		case 'apply': {
			const outcome = applyParsed(state.cluster, action.parsed, t.limitError);
			const line = outcome.line === undefined ? {} : { line: outcome.line };
			if (outcome.problem) {
				const title = outcome.problem.kind === 'invalid' ? t.invalidTitle : outcome.problem.kind === 'kubectl' ? t.kubectlTitle : '';
				const said = outcome.commands.at(-1)?.output ?? (outcome.problem.kind === 'limit' ? outcome.problem.text : '');
				return {
					...state,
					problem: outcome.problem,
					commands: outcome.commands,
					notice: { message: [title, said].filter(Boolean).join(' '), ...line, edit: true },
				};
			}
			return {
				cluster: outcome.cluster,
				commands: outcome.commands,
				problem: null,
				autoTicks: isClusterSettled(outcome.cluster) ? 0 : AUTO_TICKS,
				notice: { message: outcome.commands.at(-1)?.output ?? '', ...line, edit: false },
			};
		}
		case 'tick': {
			// A timer armed before the learner ticked or reset finds nothing left to run.
			if (action.auto && state.autoTicks <= 0) return state;
			const next = step(state.cluster, { type: 'tick' });
			const before = countLivePods(state.cluster);
			const after = countLivePods(next);
			const changed = after.running !== before.running || after.total !== before.total;
			return {
				...state,
				cluster: next,
				autoTicks: action.auto && !isClusterSettled(next) ? state.autoTicks - 1 : 0,
				notice: changed ? { message: t.announceTick(after.running, after.total), edit: false } : state.notice,
			};
		}
	}
}

/** Everything the parts render from a state, as plain data (the island's first frame is built from it at build time). */
export function frameOf(state: ExplorerState): Frame {
	const { cluster } = state;
	const trees = cluster.deployments.flatMap((d) => getDeploymentTree(cluster, d.name) ?? []).sort((a, b) => (a.name < b.name ? -1 : 1));
	return {
		trees,
		terminal: [...state.commands, { command: GET_COMMAND, output: formatGetMany(cluster, ['deployments', 'replicasets', 'pods']) }],
		problem: state.problem,
		time: cluster.time,
	};
}

/** The frame of the state the page is built with. */
export function firstFrame(): Frame {
	return frameOf(createInitialState());
}
