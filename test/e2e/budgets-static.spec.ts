// The JavaScript budget of every built page (both locales), computed from dist/ alone:
// the page's scripts and island modules with everything they import statically, each file
// gzipped once. Text-only pages may ship at most 2 KB more than the Starlight baseline (the
// leanest text-only page); pages with a widget or a quiz at most 45 KB (issue #13). Search code that
// Starlight imports dynamically (on idle or when search opens) is not static and is
// measured in Chromium by budgets-runtime.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import {
	ISLAND_PAGE_BUDGET,
	TEXT_PAGE_ALLOWANCE,
	collectModuleGraph,
	describeFiles,
	findBaseline,
	findLazyImports,
	findStaticImports,
	formatBytes,
	listPageFiles,
	measureStaticJs,
	readPageScripts,
} from './budget-lib';

const pages = listPageFiles();
const reports = new Map(pages.map((p) => [p.path, measureStaticJs(p)]));
const baseline = findBaseline([...reports.values()]);

/** The _astro/ files that a page's files import lazily (`import("./x.js")` between _astro/ modules). */
function lazyTargets(files: readonly { file: string }[]): string[] {
	return files.flatMap((f) =>
		findLazyImports(readFileSync(`dist/${f.file}`, 'utf8'))
			.filter((spec) => spec.startsWith('./'))
			.map((spec) => `_astro/${spec.slice(2)}`),
	);
}

test.describe('static JavaScript budget', () => {
	test('pages with simulator widgets import their engines lazily (the check below is not vacuous)', () => {
		for (const path of ['/deployments/', '/services/', '/controllers/', '/nginx-example/', '/en/deployments/']) {
			const report = reports.get(path);
			expect(report, `${path} was built`).toBeDefined();
			expect(
				lazyTargets(report!.files).filter((file) => /^_astro\/model\./.test(file)).length,
				`${path} imports a widget's model.ts lazily`,
			).toBeGreaterThan(0);
		}
	});

	test("the baseline is a text-only page that loads Starlight's scripts", () => {
		expect(pages.length).toBeGreaterThan(2);
		expect(baseline.islandCount).toBe(0);
		// A baseline with no JavaScript would mean the measurement found nothing.
		expect(baseline.files.length, `baseline ${baseline.path} has no script files`).toBeGreaterThan(0);
		console.log(
			`Starlight baseline: ${baseline.path}, ${formatBytes(baseline.filesGzip)} in files + ${formatBytes(baseline.inlineGzip)} inline\n${describeFiles(baseline.files)}`,
		);
		console.log(
			pages.map((p) => `  ${p.path.padEnd(28)} islands ${reports.get(p.path)!.islandCount}  ${formatBytes(reports.get(p.path)!.filesGzip)}`).join('\n'),
		);
	});

	for (const page of pages) {
		test(`${page.path} stays within its static JavaScript budget`, () => {
			const report = reports.get(page.path)!;
			const bytes = report.filesGzip;
			const budget = report.islandCount > 0 ? ISLAND_PAGE_BUDGET : baseline.filesGzip + TEXT_PAGE_ALLOWANCE;
			const kind = report.islandCount > 0 ? `${report.islandCount} island(s), budget 45 KB` : `text-only, budget baseline ${baseline.path} + 2 KB`;
			expect(
				bytes,
				`${page.path} loads ${formatBytes(bytes)} of JavaScript (gzip; ${kind} = ${formatBytes(budget)}; inline scripts ${formatBytes(report.inlineGzip)} not counted):\n${describeFiles(report.files)}`,
			).toBeLessThanOrEqual(budget);
			// An engine the islands load on the learner's first reach (src/widgets/README.md) must
			// not also be imported statically, or it loads with the page after all. (The quiz's
			// module is lazy by design and counted here like an island's.)
			expect(
				lazyTargets(report.files).filter((file) => !report.quizEntries.includes(file) && report.files.some((f) => f.file === file)),
				`${page.path}: modules its code imports lazily are also in its static closure`,
			).toEqual([]);
			expect(
				report.files.filter((f) => f.file.startsWith('pagefind/')),
				`${page.path} loads search files with the page`,
			).toEqual([]);
		});
	}
});

test.describe('static import graph', () => {
	test('static imports are found in minified modules; dynamic import() is not one', () => {
		const code =
			'import{t as e}from"./preload-helper.js";import"./side.js";import d,{x}from"./both.js";import*as ns from\'./ns.js\';' +
			'export*from"./re.js";export{a as b}from"./named.js";const m=import.meta.url;await import(`./lazy.js`);let importer=1;';
		expect(findStaticImports(code)).toEqual(['./preload-helper.js', './side.js', './both.js', './ns.js', './re.js', './named.js']);
		expect(findLazyImports(code)).toEqual(['./lazy.js']);
	});

	test('the graph follows imports recursively, counts each file once and fails on a missing file', () => {
		const files: Record<string, string> = {
			'/d/_astro/a.js': 'import{b}from"./b.js";import"./c.js";',
			'/d/_astro/b.js': 'import"./c.js";import("./lazy.js")',
			'/d/_astro/c.js': 'export const c=1;',
		};
		const read = (f: string) => files[f] ?? null;
		const graph = collectModuleGraph(['/d/_astro/a.js'], (u) => `/d${u}`, read);
		expect(graph.sort()).toEqual(['/d/_astro/a.js', '/d/_astro/b.js', '/d/_astro/c.js']);
		expect(() => collectModuleGraph(['/d/_astro/a.js', '/d/_astro/gone.js'], (u) => `/d${u}`, read)).toThrow(/gone\.js, which is not in the build/);
	});

	test('scripts, modulepreloads, islands and quizzes are read from the HTML; data blocks are not scripts', () => {
		const html =
			'<script type="module" src="/_astro/page.js"></script><script>var a=1</script><script type="application/ld+json">{}</script>' +
			'<link rel="modulepreload" href="/_astro/pre.js"><astro-island uid="1" component-url="/_astro/W.js" renderer-url="/_astro/client.js" client="visible" ssr></astro-island>' +
			'<div class="quiz-host" data-quiz-host data-src="/quiz-data/en/pods.json" data-props="{&quot;locale&quot;:&quot;en&quot;}"><section></section></div>';
		const found = readPageScripts(html);
		expect(found.scriptUrls).toEqual(['/_astro/page.js', '/_astro/pre.js']);
		expect(found.inlineScripts).toEqual(['var a=1']);
		expect(found.islands).toEqual([{ componentUrl: '/_astro/W.js', rendererUrl: '/_astro/client.js', beforeHydrationUrl: null, client: 'visible' }]);
		expect(found.quizHosts).toEqual([{ locale: 'en' }]);
	});
});

/**
 * The other language's UI strings of every table in src/i18n: values of 16+ characters that
 * differ between the two languages and that a minifier keeps verbatim (no quotes, backslashes,
 * line breaks or `${`). A page's JavaScript must contain none of them (issue #13: each island
 * receives only its page's strings).
 */
async function otherLocaleStrings(): Promise<Record<'ko' | 'en', { table: string; key: string; text: string }[]>> {
	const out: Record<'ko' | 'en', { table: string; key: string; text: string }[]> = { ko: [], en: [] };
	for (const name of readdirSync('src/i18n').filter((n) => /^[a-z-]+\.ts$/.test(n) && n !== 'index.ts')) {
		const mod: Record<string, unknown> = await import(`../../src/i18n/${name}`);
		for (const [exportName, table] of Object.entries(mod)) {
			if (typeof table !== 'object' || table === null || !('ko' in table) || !('en' in table)) continue;
			const { ko, en } = table as { ko: Record<string, unknown>; en: Record<string, unknown> };
			for (const key of Object.keys(ko)) {
				const [k, e] = [ko[key], en[key]];
				if (typeof k !== 'string' || typeof e !== 'string' || k === e) continue;
				const where = `${name}#${exportName}`;
				const verbatim = (s: string) => s.length >= 16 && !/['"`\\\n]|\$\{/.test(s);
				// A Korean page must not carry the English text, and the other way round.
				if (verbatim(e)) out.ko.push({ table: where, key, text: e });
				if (verbatim(k)) out.en.push({ table: where, key, text: k });
			}
		}
	}
	return out;
}

test('every page ships only its own language of UI strings in its JavaScript', async () => {
	const foreign = await otherLocaleStrings();
	// The check itself finds strings to look for in both directions.
	expect(foreign.ko.length).toBeGreaterThan(50);
	expect(foreign.en.length).toBeGreaterThan(50);
	const found: string[] = [];
	for (const page of pages) {
		const locale = page.path.startsWith('/en/') ? 'en' : 'ko';
		const code = reports
			.get(page.path)!
			.files.map((f) => readFileSync(`dist/${f.file}`, 'utf8'))
			.join('\n');
		// A whole string literal, so a phrase inside other text (a sim note) does not count.
		const leaks = foreign[locale].filter((s) => ['`', "'", '"'].some((q) => code.includes(`${q}${s.text}${q}`)));
		if (leaks.length > 0)
			found.push(
				`${page.path}: ${leaks.length} strings of the other language, e.g. ${leaks
					.slice(0, 3)
					.map((l) => `${l.table} ${l.key}`)
					.join(', ')}`,
			);
	}
	expect(found).toEqual([]);
});
