import { describe, expect, it } from 'vitest';
import { strings as comparison } from '../../../src/i18n/controller-comparison.ts';
import { strings as explorer } from '../../../src/i18n/architecture-explorer.ts';
import { fill } from '../../../src/widgets/shared/fill.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('fill', () => {
	it('puts numbers and strings into their places, repeated keys included', () => {
		expect(fill('Ready {ready}/{desired}', { ready: 2, desired: 3 })).toBe('Ready 2/3');
		expect(fill('{a}-{a}', { a: 'x' })).toBe('x-x');
	});

	it('leaves unknown keys visible and ignores inherited properties', () => {
		expect(fill('{name} {missing}', { name: 'web-1' })).toBe('web-1 {missing}');
		expect(fill('{toString}', {})).toBe('{toString}');
	});

	it('every template has the same placeholders in Korean and English', () => {
		for (const table of [comparison, explorer]) {
			for (const key of Object.keys(table.ko) as (keyof typeof table.ko)[]) {
				expect(placeholders(String(table.en[key])), String(key)).toEqual(placeholders(String(table.ko[key])));
			}
		}
	});
});
