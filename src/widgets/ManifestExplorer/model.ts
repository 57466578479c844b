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
import {
	API_VERSIONS,
	NGINX_DEPLOYMENT_YAML,
	describeRollout,
	findFieldLine,
	formatFieldError,
	isManifestKind,
	isRolloutSettled,
	step,
	type Cluster,
	type ManifestParseResult,
} from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The file name kubectl is given. */
export const FILE_NAME = 'nginx-deployment.yaml';
/** Most replicas the tree has room for (a widget limit, not an API rule). */
export const MAX_REPLICAS = 20;
/** The seed of the demo cluster. */
export const SEED = 11;

/** One command and its output, as the terminal shows it. */
export interface CommandEntry {
	readonly command: string;
	readonly output: string;
}

/** Something wrong with the last apply, shown next to its line. */
export type Problem =
	| { readonly kind: 'syntax'; readonly line: number; readonly text: string }
	| { readonly kind: 'invalid'; readonly errors: readonly { readonly line?: number; readonly text: string }[] }
	| { readonly kind: 'kubectl'; readonly line?: number; readonly text: string }
	| { readonly kind: 'limit'; readonly line?: number; readonly text: string }
	| { readonly kind: 'load'; readonly text: string };

/** The result of one apply: the next cluster, the commands to show, and the problem, if any. */
export interface ApplyOutcome {
	readonly cluster: Cluster;
	/** What the terminal shows above `kubectl get`; empty when no command ran. */
	readonly commands: readonly CommandEntry[];
	readonly problem: Problem | null;
	/** The line to move to (the first problem's line). */
	readonly line?: number;
}

/** The `kubectl apply` command line. */
export const APPLY_COMMAND = `kubectl apply -f ${FILE_NAME}`;

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

/** Lines to mark as wrong for a problem. */
export function getErrorLines(problem: Problem | null): number[] {
	if (!problem) return [];
	if (problem.kind === 'invalid') return problem.errors.flatMap((e) => (e.line === undefined ? [] : [e.line]));
	return 'line' in problem && problem.line !== undefined ? [problem.line] : [];
}

/** Prefix of the explorer's URL parameters: `?manifest.line=8` opens at `spec.replicas`. */
export const URL_PREFIX = 'manifest';

/** Lines of the outline's manifest, the range a link's line is clamped to. */
export const MANIFEST_LINES = NGINX_DEPLOYMENT_YAML.trimEnd().split('\n').length;

/** Decodes `manifest.line` (1..MANIFEST_LINES, clamped): the line whose field is explained first. */
export function readUrlState(params: UrlParamSource): UrlRead<{ readonly line?: number }> {
	const reader = createUrlReader(params, URL_PREFIX);
	const line = reader.int('line', 1, MANIFEST_LINES);
	return { state: line === undefined ? {} : { line }, notes: reader.notes };
}

/** The URL parameter of the chosen line; line 1 (the first frame's) is left out. */
export function writeUrlState(line: number): Record<string, string> {
	return writeParams(URL_PREFIX, { line: line === 1 ? undefined : line });
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

/** The 1-based line of a character offset in the editor's text. */
export function lineAt(text: string, offset: number): number {
	return text.slice(0, offset).split('\n').length;
}
