/**
 * Deterministic hashes rendered the way Kubernetes renders pod-template-hash (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/):
 * FNV-1a 32 over the object, its decimal digits mapped through SafeEncodeString,
 * which is why real hashes look like `75675f5897` (only 4-9, b, c, d, f).
 */
import { SAFE_ALPHANUMS } from './random.ts';

/** FNV-1a 32-bit hash of a string's UTF-16 code units (enough for stable ids). */
export function hashFnv32a(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Map each character to SAFE_ALPHANUMS by its code, like Kubernetes' rand.SafeEncodeString. */
export function encodeSafe(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) out += SAFE_ALPHANUMS[text.charCodeAt(i) % SAFE_ALPHANUMS.length];
	return out;
}

/** JSON with object keys sorted, so equal objects always serialize the same. */
export function stringifyCanonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stringifyCanonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stringifyCanonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** Hash of any JSON-like value, rendered like a pod-template-hash (up to 10 characters). */
export function computeHash(value: unknown): string {
	return encodeSafe(String(hashFnv32a(stringifyCanonical(value))));
}
