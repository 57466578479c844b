/**
 * Lenient quantity helpers the cluster core uses on manifests a learner typed: numbers
 * or strings in, a number or undefined out. Parsing itself is quantity-exact.ts's
 * (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/); this file only adapts its results to what the core stores.
 */
import { formatCpuQuantity, formatMemoryQuantity, parseCpuQuantity, parseMemoryQuantity } from './quantity-exact.ts';

function toText(input: string | number): string | undefined {
	if (typeof input === 'number') return Number.isFinite(input) ? String(input) : undefined;
	return input;
}

/** The quantity in base units (cores, bytes), or undefined when it is not a valid quantity. */
export function parseQuantity(input: string | number): number | undefined {
	const text = toText(input);
	if (text === undefined) return undefined;
	const result = parseMemoryQuantity(text);
	return result.ok ? result.value : undefined;
}

/** Why a quantity is invalid, in the API server's words; undefined when it is valid. */
export function explainInvalidQuantity(input: string | number): string | undefined {
	const text = toText(input);
	if (text === undefined) return 'must be a finite number';
	const result = parseMemoryQuantity(text);
	return result.ok ? undefined : result.error;
}

/** CPU quantity in millicores ("100m" -> 100, 0.5 -> 500); undefined when invalid. */
export function parseCpu(input: string | number): number | undefined {
	const text = toText(input);
	if (text === undefined) return undefined;
	const exact = parseCpuQuantity(text);
	if (exact.ok) return exact.value;
	// Finer than 1m: the core rounds up to whole millicores rather than dropping the request.
	const value = parseQuantity(text);
	return value === undefined ? undefined : Math.ceil(value * 1000);
}

/** Memory quantity in whole bytes ("128Mi" -> 134217728, "400m" -> 1); undefined when invalid. */
export function parseMemory(input: string | number): number | undefined {
	const value = parseQuantity(input);
	return value === undefined ? undefined : Math.ceil(value);
}

/** Render millicores like kubectl: 1500 -> "1500m", 2000 -> "2". */
export const formatCpu = formatCpuQuantity;

/** Render bytes with the shortest exact suffix: 4294967296 -> "4Gi". */
export const formatMemory = formatMemoryQuantity;
