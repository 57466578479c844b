/**
 * `kubectl apply -f <file>` with files from the lab editor, and `--dry-run=client -o yaml`.
 * YAML is parsed with the `yaml` package, imported lazily so it ships only when used.
 */
import { formatYamlText, step, type Manifest, type YamlValue } from '../sim/index.ts';
import { done, fail, sortKeys, usageError, type CommandContext, type RunResult } from './engine.ts';
import { requireMoreKinds } from './kinds-loader.ts';
import { findResourceType } from './resources.ts';
import { WORKLOAD_NAMESPACE } from './state.ts';

/** `--dry-run=client -o yaml|json`: print the object that would be sent, change nothing. */
export function runDryRun(ctx: CommandContext, manifest: Manifest): RunResult {
	const mode = ctx.flags['dry-run'];
	if (mode !== 'client' && mode !== 'server' && mode !== 'none')
		return fail(ctx.state, `error: Invalid dry-run value (${String(mode)}). Must be "none", "server", or "client".`);
	if (mode === 'none') return fail(ctx.state, 'error: --dry-run=none is the same as leaving the flag out; run the command without it');
	const output = ctx.flags['output'];
	const type = findResourceType(manifest.kind)!;
	const ref = `${type.group === '' ? type.singular : `${type.singular}.${type.group}`}/${manifest.metadata.name}`;
	const obj = JSON.parse(JSON.stringify({ ...manifest, metadata: { ...manifest.metadata, creationTimestamp: null } })) as Record<string, YamlValue>;
	if (manifest.kind === 'Deployment') {
		const spec = obj['spec'] as Record<string, YamlValue>;
		spec['strategy'] = {};
		const template = spec['template'] as { metadata: Record<string, YamlValue>; spec: { containers: Record<string, YamlValue>[] } };
		template.metadata['creationTimestamp'] = null;
		for (const c of template.spec.containers) c['resources'] = {};
	}
	(obj as Record<string, YamlValue>)['status'] = {};
	if (output === 'yaml') return done(ctx.state, formatYamlText(sortKeys(obj) as Record<string, YamlValue>).trimEnd());
	if (output === 'json') return done(ctx.state, JSON.stringify(obj, null, 4));
	if (output === 'name') return done(ctx.state, ref);
	if (output !== undefined)
		return fail(ctx.state, `error: unable to match a printer suitable for the output format "${String(output)}", allowed formats are: json,name,yaml`);
	return done(ctx.state, `${ref} created (${mode} dry run)`);
}

/** `kubectl apply -f NAME` (files from the lab editor; several -f or a multi-document file work). */
export async function runApply(ctx: CommandContext): Promise<RunResult> {
	const files = ctx.flags['filename'];
	if (!Array.isArray(files) || files.length === 0) return fail(ctx.state, usageError(ctx, 'must specify one of -f and -k'));
	const { parseAllDocuments } = await import('yaml');
	let state = ctx.state;
	const out: string[] = [];
	for (const file of files) {
		if (file === '-')
			return fail(
				state,
				'error: reading from stdin (-f -) is not possible in this practice terminal; write the manifest in the editor and apply it by name',
			);
		if (/^https?:\/\//.test(file))
			return fail(state, `error: this practice lab is offline and cannot download ${file}; paste the manifest into the editor and apply it by name`);
		const text = Object.hasOwn(state.files, file) ? state.files[file] : undefined;
		if (text === undefined) return fail(state, `error: the path "${file}" does not exist`);
		const docs = parseAllDocuments(text, { uniqueKeys: true });
		if (!Array.isArray(docs)) return fail(state, `error: error parsing ${file}: empty document`);
		for (const doc of docs) {
			const err = doc.errors[0];
			if (err) {
				const line = err.linePos?.[0]?.line ?? 1;
				return fail(state, `error: error parsing ${file}: error converting YAML to JSON: yaml: line ${line}: ${err.message.split('\n')[0]}`);
			}
			const value = doc.toJS() as unknown;
			if (value === null || value === undefined) continue;
			if (typeof value !== 'object' || Array.isArray(value))
				return fail(
					state,
					`error: error validating "${file}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`,
				);
			const v = value as { kind?: unknown; apiVersion?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
			if (typeof v.kind !== 'string' || v.kind === '')
				return fail(
					state,
					`error: error validating "${file}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`,
				);
			if (typeof v.apiVersion !== 'string' || v.apiVersion === '')
				return fail(
					state,
					`error: error validating "${file}": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false`,
				);
			if (v.kind === 'ConfigMap' || v.kind === 'Secret') {
				const ns = typeof v.metadata?.namespace === 'string' ? v.metadata.namespace : ctx.namespace;
				if (ctx.flags['dry-run'] !== undefined) {
					out.push(`${v.kind.toLowerCase()}/${String(v.metadata?.name ?? '')} configured (${String(ctx.flags['dry-run'])} dry run)`);
					continue;
				}
				const r = requireMoreKinds().applyConfigManifest(state, value as Record<string, unknown>, ns, file);
				if (!r.ok) return { state, output: [...out, r.output].join('\n'), exitCode: 1 };
				state = r.state;
				out.push(r.output);
				continue;
			}
			if (v.kind === 'Job' || v.kind === 'CronJob') {
				const ns = typeof v.metadata?.namespace === 'string' ? v.metadata.namespace : ctx.namespace;
				if (ns !== WORKLOAD_NAMESPACE)
					return fail(state, `error: this practice lab simulates workloads in the "default" namespace only (the manifest asks for "${ns}")`);
				if (ctx.flags['dry-run'] !== undefined) {
					out.push(`${v.kind.toLowerCase()}.batch/${String(v.metadata?.name ?? '')} configured (${String(ctx.flags['dry-run'])} dry run)`);
					continue;
				}
				const cluster = step(state.cluster, { type: 'applyBatch', manifest: value });
				if (cluster.lastResult && !cluster.lastResult.ok) return { state, output: [...out, cluster.lastResult.output].join('\n'), exitCode: 1 };
				state = { ...state, cluster };
				out.push(cluster.lastResult?.output ?? '');
				continue;
			}
			if (v.kind === 'PersistentVolumeClaim') {
				const ns = typeof v.metadata?.namespace === 'string' ? v.metadata.namespace : ctx.namespace;
				if (ns !== WORKLOAD_NAMESPACE)
					return fail(state, `error: this practice lab simulates workloads in the "default" namespace only (the manifest asks for "${ns}")`);
				if (ctx.flags['dry-run'] !== undefined) {
					out.push(`persistentvolumeclaim/${String(v.metadata?.name ?? '')} configured (${String(ctx.flags['dry-run'])} dry run)`);
					continue;
				}
				const cluster = step(state.cluster, { type: 'applyClaim', manifest: value });
				if (cluster.lastResult && !cluster.lastResult.ok) return { state, output: [...out, cluster.lastResult.output].join('\n'), exitCode: 1 };
				state = { ...state, cluster };
				out.push(cluster.lastResult?.output ?? '');
				continue;
			}
			const type = findResourceType(v.kind);
			if (!type || !['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Service', 'Pod'].includes(type.kind)) {
				return fail(
					state,
					`error: resource mapping not found for name: "${String(v.metadata?.name ?? '')}" namespace: "" from "${file}": no matches for kind "${v.kind}" in version "${v.apiVersion}"\nensure CRDs are installed first`,
				);
			}
			const ns = typeof v.metadata?.namespace === 'string' ? v.metadata.namespace : ctx.namespace;
			if (ns !== WORKLOAD_NAMESPACE)
				return fail(state, `error: this practice lab simulates workloads in the "default" namespace only (the manifest asks for "${ns}")`);
			const name = String(v.metadata?.name ?? '');
			const ref = `${type.group === '' ? type.singular : `${type.singular}.${type.group}`}/${name}`;
			if (ctx.flags['dry-run'] !== undefined) {
				out.push(`${ref} configured (${String(ctx.flags['dry-run'])} dry run)`);
				continue;
			}
			const before = state.cluster;
			const cluster = step(before, { type: 'apply', manifest: value });
			const result = cluster.lastResult;
			if (result && !result.ok) {
				out.push(result.output);
				return { state, output: out.join('\n'), exitCode: 1 };
			}
			state = { ...state, cluster };
			out.push(result?.output ?? `${ref} configured`);
		}
	}
	return done(state, out.join('\n'));
}
