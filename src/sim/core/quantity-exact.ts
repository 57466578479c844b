/**
 * Exact Kubernetes resource quantities ("500m", "0.5", "128Mi", "129e6") for the resource
 * widgets and admission messages, following facts https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/ (CPU units) and https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/ (memory units).
 *
 * CPU comes out in millicores (an integer: precision finer than 1m is rejected, https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/).
 * Memory comes out in bytes; it may be fractional because a lowercase `m` suffix means
 * milli, so "400m" of memory is 0.4 bytes (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/), a classic mistake the widgets show.
 * Invalid text yields the API server's own error message instead of undefined.
 *
 * Parsing is exact (BigInt arithmetic) so "0.1" is 100m, not 100.00000000000001m.
 * (quantity.ts holds the lenient float parser the cluster core uses for manifests.)
 */

/** Outcome of parsing a quantity: the number, or an error message in the API server's words. */
export type QuantityResult = { ok: true; value: number } | { ok: false; error: string };

/** Thrown by the mustParse* helpers when a built-in quantity literal is invalid. */
export class QuantityError extends Error {
	override name = 'QuantityError';
}

// The API server's own message for syntax errors (k8s.io/apimachinery resource.ErrFormatWrong).
const FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const BINARY_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
	['Ki', 10],
	['Mi', 20],
	['Gi', 30],
	['Ti', 40],
	['Pi', 50],
	['Ei', 60],
];
const DECIMAL_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
	['n', -9],
	['u', -6],
	['m', -3],
	['', 0],
	['k', 3],
	['M', 6],
	['G', 9],
	['T', 12],
	['P', 15],
	['E', 18],
];

/** An exact non-negative rational num/den, where den is a power of ten. */
interface Exact {
	num: bigint;
	den: bigint;
}

// Exponents beyond this cannot describe a value a JavaScript number holds exactly, and
// refusing them early keeps BigInt powers small.
const MAX_EXPONENT = 40;

function pow(base: bigint, exp: number): bigint {
	return base ** BigInt(exp);
}

/** Parses the grammar <number><suffix> exactly; scale shifts the value by 10^scale. */
function parseExact(text: string, scale: number): Exact | string {
	const match = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(.*)$/.exec(text.trim());
	if (!match) return FORMAT_ERROR;
	const [, sign = '', numberPart = '', suffix = ''] = match;
	if (sign === '-' && /[1-9]/.test(numberPart)) return 'must be greater than or equal to 0';
	const [whole = '', fraction = ''] = numberPart.split('.');
	let digits = BigInt((whole || '0') + fraction);
	let pow10 = scale - fraction.length;

	const binary = BINARY_SUFFIXES.find(([s]) => s === suffix);
	const decimal = DECIMAL_SUFFIXES.find(([s]) => s === suffix);
	const exponent = /^[eE]([+-]?\d+)$/.exec(suffix);
	if (binary) digits *= pow(2n, binary[1]);
	else if (decimal) pow10 += decimal[1];
	else if (exponent) {
		const value = Number(exponent[1]);
		if (Math.abs(value) > MAX_EXPONENT) return 'quantity is too large or too precise';
		pow10 += value;
	} else return FORMAT_ERROR;

	return pow10 >= 0 ? { num: digits * pow(10n, pow10), den: 1n } : { num: digits, den: pow(10n, -pow10) };
}

function toNumber(exact: Exact): QuantityResult {
	if (exact.num / exact.den > BigInt(Number.MAX_SAFE_INTEGER)) {
		return { ok: false, error: 'quantity is too large for this simulator (above 2^53)' };
	}
	const value = exact.num % exact.den === 0n ? Number(exact.num / exact.den) : Number(exact.num) / Number(exact.den);
	return { ok: true, value };
}

/** Parses a CPU quantity into millicores: "500m" -> 500, "0.5" -> 500, "2" -> 2000 (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
export function parseCpuQuantity(text: string): QuantityResult {
	const exact = parseExact(text, 3);
	if (typeof exact === 'string') return { ok: false, error: exact };
	if (exact.num % exact.den !== 0n) {
		return { ok: false, error: `cpu "${text.trim()}" is more precise than 1m; precision finer than 1m is not allowed` };
	}
	return toNumber(exact);
}

/** Parses a memory quantity into bytes: "1Gi" -> 1073741824, "129M" -> 129000000, "400m" -> 0.4 (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
export function parseMemoryQuantity(text: string): QuantityResult {
	const exact = parseExact(text, 0);
	if (typeof exact === 'string') return { ok: false, error: exact };
	return toNumber(exact);
}

function unwrap(result: QuantityResult, text: string): number {
	if (!result.ok) throw new QuantityError(`invalid quantity "${text}": ${result.error}`);
	return result.value;
}

/** parseCpuQuantity for literals the code itself writes (demo data); throws QuantityError if invalid. */
export function mustParseCpu(text: string): number {
	return unwrap(parseCpuQuantity(text), text);
}

/** parseMemoryQuantity for literals the code itself writes (demo data); throws QuantityError if invalid. */
export function mustParseMemory(text: string): number {
	return unwrap(parseMemoryQuantity(text), text);
}

/** Formats millicores the way the API prints CPU: 2000 -> "2", 500 -> "500m". */
export function formatCpuQuantity(millicores: number): string {
	if (!Number.isInteger(millicores)) throw new RangeError(`millicores must be an integer, got ${millicores}`);
	return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}

function findLargestExactSuffix(value: number, suffixes: ReadonlyArray<readonly [string, number]>, base: number): string {
	let best = String(value);
	for (const [suffix, exp] of suffixes) {
		const factor = base ** exp;
		if (exp > 0 && value % factor === 0) best = `${value / factor}${suffix}`;
	}
	return best;
}

/**
 * Formats bytes with the shortest exact suffix, preferring binary on a tie:
 * 1073741824 -> "1Gi", 1610612736 -> "1536Mi", 129000000 -> "129M", 0.4 -> "400m".
 * (The API server keeps the suffix family the user wrote; here one canonical form is used.)
 */
export function formatMemoryQuantity(bytes: number): string {
	if (bytes === 0) return '0';
	if (bytes < 0) return `-${formatMemoryQuantity(-bytes)}`;
	if (!Number.isInteger(bytes)) {
		const milli = bytes * 1000;
		return Number.isInteger(milli) && milli / 1000 === bytes ? `${milli}m` : String(bytes);
	}
	const binary = findLargestExactSuffix(bytes, BINARY_SUFFIXES, 2);
	const decimal = findLargestExactSuffix(bytes, DECIMAL_SUFFIXES, 10);
	return decimal.length < binary.length ? decimal : binary;
}
