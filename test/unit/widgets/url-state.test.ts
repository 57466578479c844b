// The shared URL-state scheme: prefixed parameters, a reader that clamps and ignores with
// notes, and a query merge that leaves other widgets' parameters and the fragment alone.
import { describe, expect, it } from 'vitest';
import { MAX_VALUE_LENGTH, createUrlReader, mergeQuery, writeParams } from '../../../src/widgets/shared/url-state.ts';

describe('createUrlReader', () => {
	const reader = (q: string) => createUrlReader(new URLSearchParams(q), 'w');

	it('reads whole numbers and clamps them, ignoring everything else', () => {
		const r = reader('w.a=5&w.b=50&w.c=-5&w.d=5.5&w.e=%205%20&w.f=1e2&w.g=');
		expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'missing'].map((k) => r.int(k, 0, 10))).toEqual([5, 10, 0, undefined, 5, undefined, undefined, undefined]);
		expect(r.notes.map((n) => `${n.key}:${n.kind}`)).toEqual(['w.b:clamped', 'w.c:clamped', 'w.d:ignored', 'w.f:ignored', 'w.g:ignored']);
	});

	it('reads choices and lists exactly, and never reads inherited names', () => {
		const r = reader('w.kind=b&w.other=B&w.proto=__proto__&w.list=b,a,,x,b');
		expect(r.choice('kind', ['a', 'b'])).toBe('b');
		expect(r.choice('other', ['a', 'b'])).toBeUndefined();
		expect(r.choice('proto', ['a', 'b'])).toBeUndefined();
		expect(r.list('list', ['a', 'b'])).toEqual(['b', 'a']);
		expect(r.notes.map((n) => n.value)).toEqual(['B', '__proto__', 'x']);
	});

	it('ignores overlong values unread and shows them cut', () => {
		const r = reader(`w.t=${'x'.repeat(MAX_VALUE_LENGTH + 1)}`);
		expect(r.text('t', () => true)).toBeUndefined();
		expect(r.notes[0]!.value).toHaveLength(41);
	});
});

describe('writeParams and mergeQuery', () => {
	it('prefixes names and leaves out defaults', () => {
		expect(writeParams('w', { a: 1, b: undefined, c: '30%' })).toEqual({ 'w.a': '1', 'w.c': '30%' });
	});

	it('replaces only its own parameters and keeps the others in place', () => {
		expect(mergeQuery('?x.a=1&w.a=2&y=3', 'w', { 'w.a': '5', 'w.b': '30%' })).toBe('?x.a=1&y=3&w.a=5&w.b=30%25');
		expect(mergeQuery('?w.a=2', 'w', {})).toBe('');
		expect(mergeQuery('', 'w', {})).toBe('');
		expect(mergeQuery('?ww.a=1&w%2Ea=2', 'w', {})).toBe('?ww.a=1');
		expect(mergeQuery('?%E0%A4%A=1', 'w', { 'w.a': '1' })).toBe('?%E0%A4%A=1&w.a=1');
	});
});
