// Content rules for pages and the glossary: every page has a title and a description
// (link previews, learning path), every concept page ends with its own quiz, English
// pages have a Korean original, glossary terms are unique and point at real pages.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossaryEntrySchema } from '../../src/glossary/schema';
import { checkedSchema } from '../../src/config/checked-schema';

const DOCS = 'content/docs';
/** Pages that teach a concept and therefore end with the section quiz. */
const NOT_CONCEPT = new Set(['index', 'summary', 'glossary', 'progress', 'final-exam', 'cheatsheet', 'assign', 'result', 'lab']);

function listPages(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => e.name.replace(/\.mdx?$/, ''))
		.sort();
}

function readFrontmatter(file: string): Record<string, unknown> {
	const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
	if (!m) throw new Error(`${file}: no frontmatter`);
	return parse(m[1]) as Record<string, unknown>;
}

const pageFile = (dir: string, slug: string) => [join(dir, `${slug}.mdx`), join(dir, `${slug}.md`)].find(existsSync)!;
const koPages = listPages(DOCS);
const enPages = existsSync(join(DOCS, 'en')) ? listPages(join(DOCS, 'en')) : [];

describe.each([
	['ko', DOCS, koPages],
	['en', join(DOCS, 'en'), enPages],
] as const)('%s pages', (locale, dir, pages) => {
	it.each(pages)('%s has a title and a description', (slug) => {
		const fm = readFrontmatter(pageFile(dir, slug));
		expect(fm.title, `${dir}/${slug}: title`).toEqual(expect.any(String));
		expect(String(fm.description ?? ''), `${dir}/${slug}: description`).toMatch(/\S{10,}|\S+\s+\S+/);
	});

	it.each(pages.filter((s) => !NOT_CONCEPT.has(s)))('%s ends with its own quiz', (slug) => {
		const body = readFileSync(pageFile(dir, slug), 'utf8').trimEnd();
		const last = body.split('\n').at(-1);
		expect(last, `${dir}/${slug}: last line`).toBe(`<Quiz id="${slug}" />`);
		expect(existsSync(`content/quizzes/${locale}/${slug}.yaml`), `content/quizzes/${locale}/${slug}.yaml exists`).toBe(true);
	});

	it.each(pages.filter((s) => !NOT_CONCEPT.has(s)))('%s says which Kubernetes version it was checked against', (slug) => {
		const fm = readFrontmatter(pageFile(dir, slug));
		const r = checkedSchema.safeParse(fm.checked);
		expect(r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), `${dir}/${slug}: checked`).toBe('');
	});
});

it('every English page was checked against the same version as its Korean original', () => {
	for (const slug of enPages.filter((s) => !NOT_CONCEPT.has(s) && koPages.includes(s))) {
		expect(readFrontmatter(pageFile(join(DOCS, 'en'), slug)).checked, slug).toEqual(readFrontmatter(pageFile(DOCS, slug)).checked);
	}
});

describe('the checked frontmatter', () => {
	it('takes a quoted minor version and a real date', () => {
		expect(checkedSchema.safeParse({ kubernetes: '1.37', date: '2026-12-04' }).success).toBe(true);
		expect(checkedSchema.safeParse({ kubernetes: 1.37, date: '2026-12-04' }).success).toBe(false);
		expect(checkedSchema.safeParse({ kubernetes: 'latest', date: '2026-12-04' }).success).toBe(false);
		expect(checkedSchema.safeParse({ kubernetes: '1.37', date: '2026-02-30' }).success).toBe(false);
		expect(checkedSchema.safeParse({ kubernetes: '1.37', date: '04.12.2026' }).success).toBe(false);
		expect(checkedSchema.safeParse({ kubernetes: '1.37', date: '2026-12-04', by: 'x' }).success).toBe(false);
	});
});

it('every English page translates an existing Korean page', () => {
	expect(enPages.filter((s) => !koPages.includes(s))).toEqual([]);
});

describe('glossary', () => {
	const raw = parse(readFileSync('content/glossary.yaml', 'utf8')) as unknown[];
	const entries = raw.map((e, i) => {
		const r = glossaryEntrySchema.safeParse(e);
		if (!r.success) throw new Error(`content/glossary.yaml entry ${i}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
		return r.data;
	});

	it('has unique ids, Korean terms and English terms', () => {
		for (const key of ['id', 'ko', 'en'] as const) {
			const seen = entries.map((e) => e[key].toLowerCase());
			expect(seen.filter((v, i) => seen.indexOf(v) !== i), `duplicate ${key}`).toEqual([]);
		}
	});

	it('points every term at a page that exists', () => {
		expect(entries.filter((e) => !koPages.includes(e.page)).map((e) => `${e.id} -> ${e.page}`)).toEqual([]);
	});
});
