import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	QuantityError,
	formatCpuQuantity as formatCpu,
	formatMemoryQuantity as formatMemory,
	mustParseCpu,
	mustParseMemory,
	parseCpuQuantity as parseCpu,
	parseMemoryQuantity as parseMemory,
} from '../../../src/sim/core/quantity-exact.ts';

function value(result: ReturnType<typeof parseCpu>): number {
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('CPU quantities', () => {
	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('reads "500m", "0.5" and "0.1" as millicores, exactly', () => {
		expect(value(parseCpu('500m'))).toBe(500);
		expect(value(parseCpu('0.5'))).toBe(500);
		expect(value(parseCpu('0.1'))).toBe(100);
		expect(value(parseCpu('2'))).toBe(2000);
		expect(value(parseCpu('.25'))).toBe(250);
		expect(value(parseCpu('1e-3'))).toBe(1);
		expect(value(parseCpu('500000u'))).toBe(500);
		expect(value(parseCpu('+1'))).toBe(1000);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('rejects precision finer than 1m', () => {
		const result = parseCpu('0.0005');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain('finer than 1m');
		expect(parseCpu('1n').ok).toBe(false);
		expect(parseCpu('1.5m').ok).toBe(false);
	});

	it('formats millicores the way the API prints them', () => {
		expect(formatCpu(500)).toBe('500m');
		expect(formatCpu(2000)).toBe('2');
		expect(formatCpu(0)).toBe('0');
		expect(formatCpu(1500)).toBe('1500m');
		expect(() => formatCpu(0.5)).toThrow(RangeError);
	});
});

// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('memory quantities', () => {
	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('powers of two (Mi, Gi) and powers of ten (M, k, e6)', () => {
		expect(value(parseMemory('128Mi'))).toBe(128 * 1024 * 1024);
		expect(value(parseMemory('1Gi'))).toBe(1073741824);
		expect(value(parseMemory('129M'))).toBe(129_000_000);
		expect(value(parseMemory('129e6'))).toBe(129_000_000);
		expect(value(parseMemory('128974848'))).toBe(128974848);
		expect(value(parseMemory('123Mi'))).toBe(128974848);
		expect(value(parseMemory('1k'))).toBe(1000);
		expect(value(parseMemory('1Ki'))).toBe(1024);
		expect(value(parseMemory('1.5Gi'))).toBe(1610612736);
		expect(value(parseMemory('1E3'))).toBe(1000);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('lowercase m on memory is milli: "400m" is 0.4 bytes', () => {
		expect(value(parseMemory('400m'))).toBe(0.4);
		expect(formatMemory(0.4)).toBe('400m');
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('formats with the shortest exact suffix', () => {
		expect(formatMemory(1073741824)).toBe('1Gi');
		expect(formatMemory(1610612736)).toBe('1536Mi');
		expect(formatMemory(129_000_000)).toBe('129M');
		expect(formatMemory(128974848)).toBe('123Mi');
		expect(formatMemory(1000)).toBe('1k');
		expect(formatMemory(1024)).toBe('1Ki');
		expect(formatMemory(1023)).toBe('1023');
		expect(formatMemory(0)).toBe('0');
		expect(formatMemory(-2048)).toBe('-2Ki');
		expect(formatMemory(1e-7)).toBe('1e-7');
		expect(value(parseMemory(formatMemory(1e-7)))).toBe(1e-7);
	});
});

describe('invalid quantities', () => {
	it.each(['', 'abc', '1K', '1..5', '1e', '5 Mi', 'Mi', '1mi', '1.5.5'])('rejects %j with the API server message', (text) => {
		const result = parseMemory(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/quantities must match the regular expression/);
	});

	it('rejects negative amounts and absurd sizes with their own messages', () => {
		expect(parseCpu('-1')).toEqual({ ok: false, error: 'must be greater than or equal to 0' });
		expect(value(parseCpu('-0'))).toBe(0);
		const tooBig = parseMemory('8Ei');
		expect(tooBig.ok).toBe(false);
		if (!tooBig.ok) expect(tooBig.error).toContain('too large');
		const hugeExponent = parseMemory('1e99');
		expect(hugeExponent.ok).toBe(false);
		if (!hugeExponent.ok) expect(hugeExponent.error).toContain('too large or too precise');
	});

	it('must* helpers throw QuantityError naming the text', () => {
		expect(mustParseCpu('250m')).toBe(250);
		expect(mustParseMemory('64Mi')).toBe(64 * 1024 * 1024);
		expect(() => mustParseCpu('lots')).toThrow(QuantityError);
		expect(() => mustParseMemory('lots')).toThrow(/invalid quantity "lots"/);
	});
});

describe('round trips (property)', () => {
	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('formatCpu then parseCpu gives the same millicores', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000_000 }), (m) => {
				expect(value(parseCpu(formatCpu(m)))).toBe(m);
			}),
		);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('formatMemory then parseMemory gives the same bytes', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (bytes) => {
				expect(value(parseMemory(formatMemory(bytes)))).toBe(bytes);
			}),
		);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('any suffixed memory quantity formats to a string that parses to the same value', () => {
		const suffix = fc.constantFrom('', 'k', 'M', 'G', 'Ki', 'Mi', 'Gi', 'Ti', 'm');
		// Up to 8000: 8192Ti is 2^53, where JavaScript numbers stop being exact.
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 8000 }), suffix, (n, s) => {
				const parsed = value(parseMemory(`${n}${s}`));
				expect(value(parseMemory(formatMemory(parsed)))).toBe(parsed);
			}),
		);
	});
});
