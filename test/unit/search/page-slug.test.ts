import { describe, expect, it } from 'vitest';
import { findPageWeight, toPageSlug } from '../../../src/search/page-weights';

describe('toPageSlug', () => {
	it('drops the locale and maps the start pages to "index"', () => {
		expect(toPageSlug('services')).toBe('services');
		expect(toPageSlug('en/services')).toBe('services');
		expect(toPageSlug('index')).toBe('index');
		expect(toPageSlug('en/index')).toBe('index');
		expect(toPageSlug('en')).toBe('index');
		expect(toPageSlug('')).toBe('index');
		expect(toPageSlug('english-notes')).toBe('english-notes');
	});
});

describe('findPageWeight', () => {
	it('lowers the overview-style pages and leaves teaching pages at the default', () => {
		for (const slug of ['glossary', 'summary', 'index', 'final-exam', 'progress']) expect(findPageWeight(slug)).toBeLessThan(1);
		expect(findPageWeight('services')).toBeUndefined();
	});
});
