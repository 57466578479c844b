import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toPageSlug } from '../../../src/search/page-slug';

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

/** The searchWeight frontmatter of every page of one language folder, by slug. */
function searchWeights(dir: string): Map<string, unknown> {
	const weights = new Map<string, unknown>();
	for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
		const source = readFileSync(join(dir, name), 'utf8');
		const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
		weights.set(name.replace(/\.mdx$/, ''), (parse(frontmatter) as { searchWeight?: unknown }).searchWeight);
	}
	return weights;
}

describe('searchWeight frontmatter', () => {
	// Overview pages mention every term without teaching it; their text ranks lower so a
	// search lands on the teaching page. Both languages weigh the same pages.
	const overview = ['index', 'glossary', 'summary', 'final-exam', 'progress'];
	for (const dir of ['content/docs', 'content/docs/en']) {
		it(`lowers the overview pages of ${dir} and leaves teaching pages at the default`, () => {
			const weights = searchWeights(dir);
			for (const slug of overview) expect(weights.get(slug), slug).toBeLessThan(1);
			const others = [...weights].filter(([slug, w]) => !overview.includes(slug) && w !== undefined);
			expect(others).toEqual([]);
			expect(weights.has('services')).toBe(true);
		});
	}
});
