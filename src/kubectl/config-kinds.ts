/**
 * ConfigMaps and Secrets in the lab: `create configmap|secret generic`, their `get` rows,
 * `-o yaml` objects, describers (staging/src/k8s.io/kubectl/pkg/describe/describe.go:
 * a Secret shows byte counts, never values), `delete` and `apply -f`. They live in the
 * lab state, namespaced, in any namespace that exists.
 */
import {
	base64ByteLength,
	configKeyError,
	encodeBase64,
	formatAge,
	parseLiteralSource,
	validateConfigData,
	type ConfigMapObject,
	type SecretObject,
	type YamlValue,
} from '../sim/index.ts';
import { done, fail, usageError, type CommandContext, type RunResult } from './engine.ts';
import { timestamp, type LabObject } from './objects.ts';
import type { LabState } from './state.ts';

/** A stable UID for an object the lab state keeps (UUID-shaped, from its identity and creation time). */
export function labUid(seed: string): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < seed.length; i++) {
		h1 = Math.imul(h1 ^ seed.charCodeAt(i), 0x01000193) >>> 0;
		h2 = Math.imul(h2 ^ seed.charCodeAt(i), 0x5bd1e995) >>> 0;
	}
	const hex = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** ConfigMaps or Secrets of a namespace (undefined: all) as lab objects. */
export function listConfigObjects(state: LabState, type: 'configmaps' | 'secrets', namespace: string | undefined): LabObject[] {
	const items: readonly (ConfigMapObject | SecretObject)[] = type === 'configmaps' ? state.configMaps : state.secrets;
	return items
		.filter((x) => namespace === undefined || x.namespace === namespace)
		.map((x) => ({ type, name: x.name, namespace: x.namespace, labels: x.labels, createdAt: x.createdAt, value: x }))
		.sort((a, b) => (a.namespace === b.namespace ? (a.name < b.name ? -1 : 1) : a.namespace < b.namespace ? -1 : 1));
}

/** `get configmaps` (NAME DATA AGE) and `get secrets` (NAME TYPE DATA AGE) rows, as printers.go prints them. */
export function configTable(
	now: number,
	type: 'configmaps' | 'secrets',
	objects: readonly LabObject[],
	name: (o: LabObject) => string,
): { columns: string[]; rows: string[][] } {
	if (type === 'configmaps')
		return {
			columns: ['NAME', 'DATA', 'AGE'],
			rows: objects.map((o) => [name(o), String(Object.keys((o.value as ConfigMapObject).data).length), formatAge(now - o.createdAt)]),
		};
	return {
		columns: ['NAME', 'TYPE', 'DATA', 'AGE'],
		rows: objects.map((o) => {
			const s = o.value as SecretObject;
			return [name(o), s.type, String(Object.keys(s.data).length), formatAge(now - o.createdAt)];
		}),
	};
}

/** The API object `-o yaml|json` prints. */
export function configApiObject(o: LabObject): Record<string, YamlValue> {
	const v = o.value as ConfigMapObject | SecretObject;
	const metadata: Record<string, YamlValue> = { creationTimestamp: timestamp(v.createdAt), name: v.name, namespace: v.namespace, uid: v.uid };
	if (Object.keys(v.labels).length) metadata['labels'] = { ...v.labels };
	const out: Record<string, YamlValue> = { apiVersion: 'v1', kind: v.kind, metadata };
	if (Object.keys(v.data).length) out['data'] = { ...v.data };
	if (v.immutable) out['immutable'] = true;
	if (v.kind === 'Secret') out['type'] = v.type;
	return out;
}

/** `kubectl describe configmap|secret` (describe.go's ConfigMapDescriber and SecretDescriber). */
export function describeConfig(o: LabObject): string {
	const v = o.value as ConfigMapObject | SecretObject;
	const labels = Object.entries(v.labels).sort(([a], [b]) => (a < b ? -1 : 1));
	const lines = [`Name:         ${v.name}`, `Namespace:    ${v.namespace}`];
	if (labels.length === 0) lines.push('Labels:       <none>');
	else labels.forEach(([k, val], i) => lines.push(`${i === 0 ? 'Labels:' : ''}`.padEnd(14) + `${k}=${val}`));
	lines.push('Annotations:  <none>', '');
	const keys = Object.keys(v.data).sort();
	if (v.kind === 'Secret') {
		lines.push(`Type:  ${v.type}`, '', 'Data', '====');
		for (const k of keys) lines.push(`${k}:  ${base64ByteLength(v.data[k]!) ?? 0} bytes`);
		return lines.join('\n');
	}
	lines.push('Data', '====');
	for (const k of keys) lines.push(`${k}:`, '----', v.data[k]!, '');
	lines.push('', 'BinaryData', '====', '', 'Events:  <none>');
	return lines.join('\n');
}

/** Data from `--from-literal` and `--from-file` (files from the lab editor; `key=file` renames), or kubectl's error. */
function sourceData(ctx: CommandContext, kind: 'ConfigMap' | 'Secret'): Record<string, string> | string {
	const data: Record<string, string> = {};
	const add = (key: string, value: string): string | undefined => {
		const err = configKeyError(key);
		if (err) return `error: "${key}" is not a valid key name for a ${kind}: ${err}`;
		if (Object.hasOwn(data, key)) return `error: cannot add key "${key}", another key by that name already exists in Data for ${kind} "${ctx.args[0]}"`;
		data[key] = value;
		return undefined;
	};
	for (const file of (ctx.flags['from-file'] as string[] | undefined) ?? []) {
		const eq = file.indexOf('=');
		const key = eq > 0 ? file.slice(0, eq) : file.split('/').pop()!;
		const path = eq > 0 ? file.slice(eq + 1) : file;
		const text = Object.hasOwn(ctx.state.files, path) ? ctx.state.files[path] : undefined;
		if (text === undefined) return `error: error reading ${path}: no such file or directory (files come from the lab editor)`;
		const err = add(key, text);
		if (err) return err;
	}
	for (const literal of (ctx.flags['from-literal'] as string[] | undefined) ?? []) {
		const parsed = parseLiteralSource(literal);
		if (typeof parsed === 'string') return `error: ${parsed}`;
		const err = add(parsed.key, parsed.value);
		if (err) return err;
	}
	return data;
}

function namespaceError(state: LabState, namespace: string, what: string): string | undefined {
	return state.namespaces.some((n) => n.name === namespace) ? undefined : `error: failed to create ${what}: namespaces "${namespace}" not found`;
}

/** `kubectl create configmap NAME [--from-literal=k=v] [--from-file=[key=]file]`. */
export function runCreateConfigMap(ctx: CommandContext): RunResult {
	const name = ctx.args[0];
	if (name === undefined || ctx.args.length !== 1) return fail(ctx.state, usageError(ctx, `exactly one NAME is required, got ${ctx.args.length}`));
	const data = sourceData(ctx, 'ConfigMap');
	if (typeof data === 'string') return fail(ctx.state, data);
	const nsErr = namespaceError(ctx.state, ctx.namespace, 'configmap');
	if (nsErr) return fail(ctx.state, nsErr);
	if (ctx.state.configMaps.some((c) => c.name === name && c.namespace === ctx.namespace))
		return fail(ctx.state, `error: failed to create configmap: configmaps "${name}" already exists`);
	const now = ctx.state.cluster.time;
	const cm: ConfigMapObject = {
		kind: 'ConfigMap',
		name,
		namespace: ctx.namespace,
		uid: labUid(`cm/${ctx.namespace}/${name}/${now}`),
		createdAt: now,
		labels: {},
		data,
	};
	return done({ ...ctx.state, configMaps: [...ctx.state.configMaps, cm] }, `configmap/${name} created`);
}

/** `kubectl create secret generic NAME [--from-literal=k=v] [--from-file=...] [--type=...]`. */
export function runCreateSecretGeneric(ctx: CommandContext): RunResult {
	const name = ctx.args[0];
	if (name === undefined || ctx.args.length !== 1) return fail(ctx.state, usageError(ctx, `exactly one NAME is required, got ${ctx.args.length}`));
	const data = sourceData(ctx, 'Secret');
	if (typeof data === 'string') return fail(ctx.state, data);
	const nsErr = namespaceError(ctx.state, ctx.namespace, 'secret');
	if (nsErr) return fail(ctx.state, nsErr.replace('failed to create secret:', 'failed to create secret'));
	// kubectl's create secret wraps the server error without a colon (create_secret.go: "failed to create secret %v").
	if (ctx.state.secrets.some((c) => c.name === name && c.namespace === ctx.namespace))
		return fail(ctx.state, `error: failed to create secret secrets "${name}" already exists`);
	const now = ctx.state.cluster.time;
	const type = typeof ctx.flags['type'] === 'string' && ctx.flags['type'] !== '' ? ctx.flags['type'] : 'Opaque';
	const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, encodeBase64(v)]));
	const secret: SecretObject = {
		kind: 'Secret',
		name,
		namespace: ctx.namespace,
		uid: labUid(`secret/${ctx.namespace}/${name}/${now}`),
		createdAt: now,
		labels: {},
		type,
		data: encoded,
	};
	return done({ ...ctx.state, secrets: [...ctx.state.secrets, secret] }, `secret/${name} created`);
}

/** Delete one ConfigMap or Secret; the message or the API server's NotFound. */
export function deleteConfigObject(
	state: LabState,
	type: 'configmaps' | 'secrets',
	name: string,
	namespace: string,
): { state: LabState; output: string; ok: boolean } {
	const list = type === 'configmaps' ? state.configMaps : state.secrets;
	if (!list.some((x) => x.name === name && x.namespace === namespace))
		return { state, output: `Error from server (NotFound): ${type} "${name}" not found`, ok: false };
	const rest = list.filter((x) => !(x.name === name && x.namespace === namespace));
	const next = type === 'configmaps' ? { ...state, configMaps: rest as ConfigMapObject[] } : { ...state, secrets: rest as SecretObject[] };
	return { state: next, output: `${type === 'configmaps' ? 'configmap' : 'secret'} "${name}" deleted`, ok: true };
}

/** `apply -f` of a ConfigMap or Secret manifest (stringData is encoded into data, as the API server does). */
export function applyConfigManifest(
	state: LabState,
	value: Record<string, unknown>,
	namespace: string,
	file: string,
): { state: LabState; output: string; ok: boolean } {
	const kind = value['kind'] as 'ConfigMap' | 'Secret';
	const meta = (value['metadata'] ?? {}) as { name?: unknown; labels?: unknown };
	const name = typeof meta.name === 'string' ? meta.name : '';
	if (name === '')
		return {
			state,
			output: `error: error when retrieving current configuration of:\nResource: "/v1, Resource=${kind.toLowerCase()}s", GroupVersionKind: "/v1, Kind=${kind}"\nName: "", Namespace: "${namespace}"\nfrom server for: "${file}": resource name may not be empty`,
			ok: false,
		};
	if (!state.namespaces.some((n) => n.name === namespace))
		return { state, output: `Error from server (NotFound): error when creating "${file}": namespaces "${namespace}" not found`, ok: false };
	const errors = [
		...validateConfigData(value['data'], 'data', kind === 'Secret'),
		...(kind === 'Secret' ? validateConfigData(value['stringData'], 'stringData', false) : []),
	];
	if (errors.length) return { state, output: `The ${kind} "${name}" is invalid: \n* ${errors.join('\n* ')}`, ok: false };
	const labels = meta.labels && typeof meta.labels === 'object' ? { ...(meta.labels as Record<string, string>) } : {};
	const data = { ...((value['data'] as Record<string, string> | undefined) ?? {}) };
	if (kind === 'Secret') for (const [k, v] of Object.entries((value['stringData'] as Record<string, string> | undefined) ?? {})) data[k] = encodeBase64(v);
	const immutable = value['immutable'] === true ? { immutable: true } : {};
	const list: readonly (ConfigMapObject | SecretObject)[] = kind === 'ConfigMap' ? state.configMaps : state.secrets;
	const existing = list.find((x) => x.name === name && x.namespace === namespace);
	const ref = `${kind.toLowerCase()}/${name}`;
	const now = state.cluster.time;
	let next: ConfigMapObject | SecretObject;
	if (kind === 'ConfigMap')
		next = {
			kind,
			name,
			namespace,
			uid: existing?.uid ?? labUid(`cm/${namespace}/${name}/${now}`),
			createdAt: existing?.createdAt ?? now,
			labels,
			data,
			...immutable,
		};
	else
		next = {
			kind,
			name,
			namespace,
			uid: existing?.uid ?? labUid(`secret/${namespace}/${name}/${now}`),
			createdAt: existing?.createdAt ?? now,
			labels,
			type: typeof value['type'] === 'string' ? value['type'] : 'Opaque',
			data,
			...immutable,
		};
	if (existing) {
		const same = JSON.stringify({ ...existing, uid: '', createdAt: 0 }) === JSON.stringify({ ...next, uid: '', createdAt: 0 });
		if (same) return { state, output: `${ref} unchanged`, ok: true };
		if (existing.immutable)
			return { state, output: `The ${kind} "${name}" is invalid: data: Forbidden: field is immutable when \`immutable\` is set`, ok: false };
	}
	const replaced = [...list.filter((x) => x !== existing), next];
	const out = kind === 'ConfigMap' ? { ...state, configMaps: replaced as ConfigMapObject[] } : { ...state, secrets: replaced as SecretObject[] };
	return { state: out, output: `${ref} ${existing ? 'configured' : 'created'}`, ok: true };
}
