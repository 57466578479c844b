// `npm run bench`: a cold build of the whole site (timed), then Lighthouse (mobile,
// simulated throttling, its defaults) three times on each measured page, served with gzip
// by scripts/serve-gzip.mjs, and a table of medians: the four category scores, LCP, TBT,
// CLS, JavaScript and total bytes (gzip, as transferred), plus the build time and the
// size of the search index. Not part of `npm test`: timings are noisy. Exits with 1 when
// a page misses the target of 100 in every category.
// Usage: npm run bench [-- /path/ ...]   (default: start, overview, services, deployments, Nginx example)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { startServer } from './serve-gzip.mjs';

const OUT_DIR = 'dist-bench';
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The pages to measure: the arguments, else the issue's five (the Nginx example found by name). */
function choosePages(dir, args) {
	if (args.length > 0) return args;
	const nginx = readdirSync(dir).find((name) => /nginx/i.test(name) && existsSync(join(dir, name, 'index.html')));
	if (!nginx) throw new Error(`No Nginx example page in ${dir} (a page whose slug contains "nginx")`);
	return ['/', '/overview/', '/services/', '/deployments/', `/${nginx}/`];
}

/** Builds the site from scratch (no output, content cache cleared) and returns seconds and page count. */
function buildCold(siteUrl) {
	rmSync(OUT_DIR, { recursive: true, force: true });
	const started = process.hrtime.bigint();
	const r = spawnSync('astro', ['build', '--force'], {
		encoding: 'utf8',
		env: { ...process.env, SITE_OUT: `./${OUT_DIR}`, SITE_URL: siteUrl, SITE_BASE: '/' },
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (r.status !== 0) {
		process.stderr.write(r.stdout + r.stderr);
		throw new Error(`astro build failed (exit ${r.status ?? r.signal})`);
	}
	const pages = /(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? '?';
	return { seconds, pages };
}

/** Sums the sizes of the files under a directory, optionally only those whose path matches. */
function sumFiles(dir, match = () => true) {
	let total = 0;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const st = statSync(p);
		if (st.isDirectory()) total += sumFiles(p, match);
		else if (match(p)) total += st.size;
	}
	return total;
}

/** Runs Lighthouse once on a URL in a fresh Chromium and returns the numbers of the table. */
async function runLighthouse(url, chromePath) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeArgs] });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
		const lhr = result?.lhr;
		if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
		const requests = lhr.audits['network-requests']?.details?.items ?? [];
		const failing = CATEGORIES.flatMap((id) =>
			Object.values(lhr.categories[id].auditRefs)
				.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
				.map((ref) => `${id}: ${ref.id}`),
		);
		return {
			scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
			lcp: lhr.audits['largest-contentful-paint'].numericValue,
			tbt: lhr.audits['total-blocking-time'].numericValue,
			cls: lhr.audits['cumulative-layout-shift'].numericValue,
			jsBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
			totalBytes: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
			failing,
			benchmarkIndex: lhr.environment.benchmarkIndex,
			versions: `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? lhr.environment.hostUserAgent}`,
		};
	} finally {
		await chrome.kill();
	}
}

/** The median of some numbers. */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the table of medians as Markdown, ready to paste into a note. */
function printTable(rows) {
	const head = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'JS (gzip)', 'total (gzip)'];
	const lines = rows.map((r) => [
		r.path,
		...CATEGORIES.map((id) => String(r.scores[id])),
		`${(r.lcp / 1000).toFixed(2)} s`,
		`${Math.round(r.tbt)} ms`,
		r.cls.toFixed(3),
		kb(r.jsBytes),
		kb(r.totalBytes),
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const fmt = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	console.log(fmt(head));
	console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
	for (const l of lines) console.log(fmt(l));
}

const chromePath = findChrome();
const server = await startServer({ dir: OUT_DIR, host: '127.0.0.1' });
// Lighthouse's canonical and hreflang audits compare hosts: build for the URL we serve on.
const origin = server.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
try {
	console.log(`Cold build (astro build --force into ${OUT_DIR}/, SITE_URL=${origin})...`);
	const build = buildCold(origin);
	const pagefindDir = join(OUT_DIR, 'pagefind');
	// Index data per language (chunks, fragments, metadata; stored gzipped) and everything in pagefind/.
	const languages = readdirSync(pagefindDir).flatMap((n) => /^pagefind\.([\w-]+?)_[0-9a-f]+\.pf_meta$/.exec(n)?.[1] ?? []);
	const indexBytes = languages.map((lang) => [lang, sumFiles(pagefindDir, (p) => new RegExp(`[/.]${lang}_\\w+\\.pf_(index|fragment|meta|filter)$`).test(p))]);
	const searchBytes = sumFiles(pagefindDir);
	const paths = choosePages(OUT_DIR, process.argv.slice(2));

	const rows = [];
	let versions = '';
	const benchmarkIndexes = [];
	for (const path of paths) {
		if (!existsSync(join(OUT_DIR, path, 'index.html'))) throw new Error(`${path} is not a built page`);
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(`${origin}${path}`, chromePath));
		console.log(`Lighthouse ${path}: performance ${runs.map((r) => r.scores.performance).join(', ')} in ${RUNS} runs`);
		versions = runs[0].versions;
		benchmarkIndexes.push(...runs.map((r) => r.benchmarkIndex));
		const pick = (f) => median(runs.map(f));
		rows.push({
			path,
			scores: Object.fromEntries(CATEGORIES.map((id) => [id, pick((r) => r.scores[id])])),
			lcp: pick((r) => r.lcp),
			tbt: pick((r) => r.tbt),
			cls: pick((r) => r.cls),
			jsBytes: pick((r) => r.jsBytes),
			totalBytes: pick((r) => r.totalBytes),
			failing: [...new Set(runs.flatMap((r) => r.failing))],
		});
	}

	console.log(`\nMedians of ${RUNS} Lighthouse runs per page (mobile, simulated throttling; ${versions}), served with gzip:\n`);
	printTable(rows);
	console.log(`\nCold build of the whole site: ${build.seconds.toFixed(1)} s (${build.pages} pages, both locales)`);
	// TBT and the performance score scale with how fast the CPU was during the runs.
	console.log(`Machine: Lighthouse benchmarkIndex median ${Math.round(median(benchmarkIndexes))}, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (a busy machine inflates TBT and lowers performance)`);
	console.log(`Search index (Pagefind): ${indexBytes.map(([lang, bytes]) => `${lang} ${kb(bytes)}`).join(', ')} of index chunks, fragments and metadata; ${kb(searchBytes)} in pagefind/ with runtime, wasm and UI files`);

	const missed = rows.filter((r) => CATEGORIES.some((id) => r.scores[id] < 100));
	if (missed.length === 0) {
		console.log('\nTarget met: 100 in all four categories on every page measured.');
	} else {
		console.log('\nTarget missed (100 in all four categories):');
		for (const r of missed) console.log(`  ${r.path}: ${CATEGORIES.filter((id) => r.scores[id] < 100).map((id) => `${id} ${r.scores[id]}`).join(', ')}; audits below full score in some run: ${r.failing.join(', ') || 'none weighted'}`);
		process.exitCode = 1;
	}
} finally {
	await server.close();
}
