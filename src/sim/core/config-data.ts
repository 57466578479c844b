/**
 * ConfigMaps and Secrets (https://kubernetes.io/docs/concepts/configuration/configmap/,
 * https://kubernetes.io/docs/concepts/configuration/secret/): namespaced key-value objects
 * with no controller. Pure helpers: build one from `kubectl create` sources or a manifest,
 * with the API server's validation, and base64 as the API stores Secret data.
 */
import type { Labels } from './types.ts';

/** A ConfigMap: string data under valid keys. */
export interface ConfigMapObject {
	readonly kind: 'ConfigMap';
	readonly name: string;
	readonly namespace: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly data: Readonly<Record<string, string>>;
	readonly immutable?: boolean;
}

/** A Secret: data stored base64-encoded, as `kubectl get secret -o yaml` shows it. */
export interface SecretObject {
	readonly kind: 'Secret';
	readonly name: string;
	readonly namespace: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	/** `Opaque` unless the manifest says otherwise. */
	readonly type: string;
	/** Base64 of each value. */
	readonly data: Readonly<Record<string, string>>;
	readonly immutable?: boolean;
}

/** Base64 of a string's UTF-8 bytes (how the API serialises Secret data, and `--from-literal` values). */
export function encodeBase64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary);
}

/** The byte count behind a base64 value (`kubectl describe secret` prints sizes, never values); undefined when it is not base64. */
export function base64ByteLength(value: string): number | undefined {
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
	return (value.length / 4) * 3 - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);
}

/** UTF-8 byte length of a string (`kubectl describe configmap` shows values, secrets show sizes). */
export function utf8ByteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** Why a data key is invalid (IsConfigMapKey, staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go), or undefined. */
export function configKeyError(key: string): string | undefined {
	if (key.length > 253) return 'must be no more than 253 characters';
	if (!/^[-._a-zA-Z0-9]+$/.test(key))
		return "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
	if (key === '.') return "must not be '.'";
	if (key === '..') return "must not be '..'";
	if (key.startsWith('..')) return "must not start with '..'";
	return undefined;
}

/** `KEY=VALUE` of `--from-literal` (ParseLiteralSource in kubectl's generate package): split at the first '='. */
export function parseLiteralSource(source: string): { readonly key: string; readonly value: string } | string {
	const eq = source.indexOf('=');
	if (eq <= 0) return `invalid literal source ${source}, expected key=value`;
	return { key: source.slice(0, eq), value: source.slice(eq + 1) };
}

/** Errors of a ConfigMap or Secret manifest's data, in the API server's field-error form (`data[key]: Invalid value: ...`). */
export function validateConfigData(data: unknown, field: string, base64: boolean): string[] {
	if (data === undefined || data === null) return [];
	if (typeof data !== 'object' || Array.isArray(data)) return [`${field}: Invalid value: "${String(data)}": must be a map of strings`];
	const errors: string[] = [];
	for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
		const keyErr = configKeyError(k);
		if (keyErr) errors.push(`${field}[${k}]: Invalid value: "${k}": ${keyErr}`);
		if (typeof v !== 'string') errors.push(`${field}[${k}]: Invalid value: ${JSON.stringify(v)}: must be a string`);
		else if (base64 && base64ByteLength(v) === undefined) errors.push(`${field}[${k}]: Invalid value: "${v}": illegal base64 data`);
	}
	return errors;
}
