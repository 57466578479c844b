/**
 * What the ManifestExplorer island needs before its engine (model.ts and the sim reducer under
 * it) has loaded: the Frame the parts render, the scenario's constants, the URL parameter and
 * small helpers over a Frame. Light on purpose: the island imports it statically, so it must not
 * import model.ts or `step` (only leaf helpers of src/sim: the demo YAML text).
 */
import { NGINX_DEPLOYMENT_YAML, type DeploymentTree } from '../../sim/index';
import type { CommandEntry } from '../shared/CommandLog';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

export type { CommandEntry } from '../shared/CommandLog';

/** The file name kubectl is given. */
export const FILE_NAME = 'nginx-deployment.yaml';
/** Most replicas the tree has room for (a widget limit, not an API rule). */
export const MAX_REPLICAS = 20;
/** The seed of the demo cluster. */
export const SEED = 11;
/** The `kubectl apply` command line. */
export const APPLY_COMMAND = `kubectl apply -f ${FILE_NAME}`;
/** The command whose output the terminal always ends with. */
export const GET_COMMAND = 'kubectl get deploy,rs,pods';

/** Something wrong with the last apply, shown next to its line. */
export type Problem =
	| { readonly kind: 'syntax'; readonly line: number; readonly text: string }
	| { readonly kind: 'invalid'; readonly errors: readonly { readonly line?: number; readonly text: string }[] }
	| { readonly kind: 'kubectl'; readonly line?: number; readonly text: string }
	| { readonly kind: 'limit'; readonly line?: number; readonly text: string }
	| { readonly kind: 'load'; readonly text: string };

/**
 * Everything the parts render from the engine's state, as plain data: computed at build time
 * for the first render (model.ts `firstFrame`) and from the live state once the engine runs.
 */
export interface Frame {
	/** The Deployment -> ReplicaSet -> Pods trees, by name; empty before anything is applied. */
	readonly trees: readonly DeploymentTree[];
	/** The terminal: the last apply's command and output, then `kubectl get deploy,rs,pods`. */
	readonly terminal: readonly CommandEntry[];
	/** What went wrong with the last apply, if anything. */
	readonly problem: Problem | null;
	/** The simulated clock, in seconds. */
	readonly time: number;
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

/** The 1-based line of a character offset in the editor's text. */
export function lineAt(text: string, offset: number): number {
	return text.slice(0, offset).split('\n').length;
}
