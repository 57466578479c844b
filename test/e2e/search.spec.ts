// Search that understands Korean and English Kubernetes terms: the committed query set
// (search-queries.ts) typed into the real search dialog of the built site, deep links to
// headings, one index per language, what the index leaves out, and what a first search
// costs. Prints the hit rate and the measurements.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { englishSiteQueries, koreanSiteQueries, type QueryKind, type SearchCase } from './search-queries';
import { fragmentOf, openSearch, pathOf, searchFor } from './search-ui';

interface GlossaryTerm {
	id: string;
	ko: string;
	en: string;
	page: string;
	anchor?: string;
}

const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryTerm[];

/** Runs a query set on one site; returns the misses and a per-kind tally. */
async function runQueries(page: Page, cases: SearchCase[], prefix: '/' | '/en/') {
	const misses: string[] = [];
	const foreign: string[] = [];
	const tally = new Map<QueryKind, { hit: number; total: number }>();
	for (const { query, page: slug, kind } of cases) {
		const results = await searchFor(page, query);
		const top = results.slice(0, 3).map((r) => pathOf(r.href));
		const hit = top.includes(`${prefix}${slug}/`);
		if (process.env.SEARCH_DEBUG) console.log(`${hit ? 'hit ' : 'MISS'} "${query}" -> ${top.join(', ')}`);
		if (!hit) misses.push(`"${query}" -> want ${prefix}${slug}/, top 3: ${top.join(', ') || '(none)'}`);
		// Each language searches its own index: no result from the other language.
		for (const r of results) {
			const isEnglish = pathOf(r.href).startsWith('/en/');
			if (isEnglish !== (prefix === '/en/')) foreign.push(`"${query}" -> ${r.href}`);
		}
		const t = tally.get(kind) ?? { hit: 0, total: 0 };
		tally.set(kind, { hit: t.hit + (hit ? 1 : 0), total: t.total + 1 });
	}
	const hits = cases.length - misses.length;
	const kinds = [...tally].map(([kind, t]) => `${kind} ${t.hit}/${t.total}`).join(', ');
	return { misses, foreign, line: `${hits}/${cases.length} queries hit top 3 (${kinds})` };
}

test.describe('search query set', () => {
	test.describe.configure({ timeout: 240_000 });

	const groups = [
		{ name: 'Korean site, Korean terms, variants and particles', kinds: ['ko', 'particle'] },
		{ name: 'Korean site, English terms and mixed queries', kinds: ['en-term', 'mixed'] },
	] as const;
	for (const { name, kinds } of groups) {
		test(`${name}: every query finds its teaching page in the top three`, async ({ page }) => {
			const cases = koreanSiteQueries.filter((c) => (kinds as readonly QueryKind[]).includes(c.kind));
			expect(cases.length).toBeGreaterThan(0);
			await page.goto('/overview/');
			await openSearch(page);
			const { misses, foreign, line } = await runQueries(page, cases, '/');
			console.log(`search (${name}): ${line}`);
			expect(misses, 'queries whose teaching page is not in the top three').toEqual([]);
			expect(foreign, 'English pages in the Korean index').toEqual([]);
			if ((kinds as readonly QueryKind[]).includes('en-term')) {
				// Excerpts show page prose only: "Pod phase" matches the hidden term line under
				// 파드 단계 ("파드 단계, 파드단계, Pod phase, podphase, …"), which no excerpt may show.
				await searchFor(page, 'Pod phase');
				const excerpts = await page.locator('dialog .pagefind-ui__result-excerpt').allTextContents();
				expect(excerpts.length).toBeGreaterThan(0);
				expect(excerpts.filter((text) => /podphase|파드단계|Pod phase,/.test(text))).toEqual([]);
			}
		});
	}

	test('English site, English and Korean terms: every query finds its teaching page in the top three', async ({ page }) => {
		await page.goto('/en/overview/');
		await openSearch(page);
		const { misses, foreign, line } = await runQueries(page, englishSiteQueries, '/en/');
		console.log(`search (English site, English and Korean terms): ${line}`);
		expect(misses, 'queries whose teaching page is not in the top three').toEqual([]);
		expect(foreign, 'Korean pages in the English index').toEqual([]);
	});
});

test('a result shows the heading it hit and deep-links to it', async ({ page }) => {
	// Three searches, each waiting for Pagefind's debounce and results: room for a busy CI machine.
	test.setTimeout(90_000);
	await page.goto('/');
	await openSearch(page);
	for (const [query, path, heading] of [
		['노드포트', '/services/', 'nodeport'],
		['롤링 업데이트', '/deployments/', '롤링-업데이트'],
		['kube-proxy', '/nodes/', 'kube-proxy'],
	] as const) {
		const results = await searchFor(page, query);
		const result = results.find((r) => pathOf(r.href) === path);
		expect(result, `"${query}" finds ${path}`).toBeDefined();
		expect(result?.subHrefs.map(fragmentOf), `"${query}": a sub-result links to #${heading}`).toContain(heading);
	}
	// The sub-result is a link to the heading, and the dialog closes on the way there.
	const link = page.locator('dialog .pagefind-ui__result-nested a.pagefind-ui__result-link').filter({ hasText: 'kube-proxy' }).first();
	await link.click();
	await expect(page).toHaveURL(/\/nodes\/#kube-proxy$/);
	await expect(page.locator('h3#kube-proxy')).toBeInViewport();
});

test('each glossary term is indexed under its heading on the page that teaches it', async ({ page }) => {
	const problems: string[] = [];
	for (const slug of [...new Set(glossary.map((t) => t.page))]) {
		await page.goto(`/${slug}/`);
		// Every hidden term line and the id of the heading just before it ('' at the page top).
		const lines = await page.locator('main .search-terms').evaluateAll((spans) =>
			spans.map((span) => {
				const wrapper = span.closest('.sl-heading-wrapper');
				const heading = span.previousElementSibling?.matches('h2, h3, h4, h5, h6') ? span.previousElementSibling : null;
				return {
					words: (span.textContent ?? '').split(', '),
					heading: heading?.id ?? (wrapper ? '?' : ''),
					hidden: span.hasAttribute('hidden') && span.getAttribute('data-pagefind-weight') !== null,
				};
			}),
		);
		for (const term of glossary.filter((t) => t.page === slug)) {
			const line = lines.find((l) => l.words.includes(term.ko) && l.words.includes(term.en));
			if (!line) problems.push(`${term.id}: no term line with "${term.ko}" and "${term.en}" on /${slug}/`);
			else if (line.heading !== (term.anchor ?? '')) problems.push(`${term.id}: under "#${line.heading}", want "#${term.anchor ?? ''}"`);
			else if (!line.hidden) problems.push(`${term.id}: term line is visible or unweighted`);
		}
	}
	expect(problems).toEqual([]);
});

test('the index leaves out site chrome, code blocks, widgets and quiz answers', async ({ page }) => {
	const problems: string[] = [];
	for (const path of ['/', '/services/', '/deployments/', '/controllers/', '/en/pods/', '/summary/', '/progress/']) {
		await page.goto(path);
		const found = await page.evaluate(() => {
			const body = document.querySelector('[data-pagefind-body]');
			const indexed = (el: Element) => !el.closest('[data-pagefind-ignore]');
			const leaks = (selector: string) => [...(body?.querySelectorAll(selector) ?? [])].filter(indexed).length;
			return {
				body: body !== null,
				footer: leaks('footer, .pagination-links'),
				code: leaks('.expressive-code'),
				quiz: leaks('.quiz-answer, .quiz-options, .quiz-order, .quiz-feedback'),
				// The quiz island is QuizKo or QuizEn (one entry per language); quizzes are indexed.
				widget: leaks('astro-island:not([opts*=\'"QuizKo"\']):not([opts*=\'"QuizEn"\'])'),
			};
		});
		if (!found.body) problems.push(`${path}: no data-pagefind-body`);
		for (const [what, count] of Object.entries(found))
			if (typeof count === 'number' && count > 0) problems.push(`${path}: ${count} ${what} element(s) indexed`);
	}
	expect(problems).toEqual([]);
});

/** Sums the sizes of the files under a directory. */
function sizeOf(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => {
		const p = join(dir, name);
		const s = statSync(p);
		return sum + (s.isDirectory() ? sizeOf(p) : s.size);
	}, 0);
}

/** Sizes of the index proper: word chunks, page fragments and the per-language meta files. */
function sizeOfIndex(dir: string): number {
	const meta = readdirSync(dir)
		.filter((n) => n.endsWith('.pf_meta'))
		.reduce((sum, n) => sum + statSync(join(dir, n)).size, 0);
	return sizeOf(join(dir, 'index')) + sizeOf(join(dir, 'fragment')) + meta;
}

test('a first search stays small and quick (measured and printed)', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 3000 })));
	await page.waitForLoadState('networkidle');
	// Everything fetched from opening the dialog until the first results are shown.
	const bodies: Promise<[string, number]>[] = [];
	page.on('response', (res) => {
		bodies.push(
			res.body().then(
				(b) => [new URL(res.url()).pathname, b.length] as [string, number],
				() => [res.url(), 0] as [string, number],
			),
		);
	});
	await openSearch(page);
	const firstResultsMs = await page.evaluate(async () => {
		const input = document.querySelector<HTMLInputElement>('dialog[open] input.pagefind-ui__search-input');
		if (!input) throw new Error('no search input');
		const started = performance.now();
		input.value = '파드';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		while (!document.querySelector('dialog[open] .pagefind-ui__result-link')) {
			if (performance.now() - started > 10_000) throw new Error('no results after 10 s');
			await new Promise((r) => setTimeout(r, 5));
		}
		return Math.round(performance.now() - started);
	});
	await page.waitForLoadState('networkidle');
	const fetched = new Map(await Promise.all(bodies));
	const downloaded = [...fetched.values()].reduce((a, b) => a + b, 0);
	const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
	const byKind = (re: RegExp) => kb([...fetched].filter(([p]) => re.test(p)).reduce((a, [, n]) => a + n, 0));
	console.log(
		`search: dist/pagefind ${kb(sizeOf('dist/pagefind'))} on disk, of which the index (words, fragments, meta, both languages) ${kb(sizeOfIndex('dist/pagefind'))}; ` +
			`first search "파드" fetched ${kb(downloaded)} in ${fetched.size} files ` +
			`(wasm ${byKind(/\.pagefind$/)}, index chunks and meta ${byKind(/\.pf_(index|meta)$/)}, fragments ${byKind(/\.pf_fragment$/)}, scripts ${byKind(/\.m?js$/)}); ` +
			`first results ${firstResultsMs} ms after typing (incl. the UI's 300 ms debounce)`,
	);
	// Budgets with room, so a change that loads the whole index or a second copy of the UI fails.
	expect(downloaded).toBeLessThan(400 * 1024);
	expect(firstResultsMs).toBeLessThan(5000);
});
