// `npm run bench`: this site side by side with a control, bare Starlight built from the
// same pages' text (scripts/bench-control.mjs), both served with gzip on this machine.
// Lighthouse (simulated throttling) runs on a phone (its mobile default) and a desktop
// (its desktop preset), alternating site and control run by run so both see the same
// machine load, RUNS times each; the table shows medians and this site's figures against
// the control's. Targets (issue: phone-first performance): performance >= control - 1,
// LCP <= 1.1x, TBT <= control + 50 ms, total bytes <= 1.5x on concept pages, CLS 0. Also
// printed: the cold build time and the search index size. Not part of `npm test`:
// timings are noisy. Exits with 1 when a target is missed.
// Usage: npm run bench [-- /path/ ...]   (default: six pages, the start page and five concept pages)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { writeControlProject } from './bench-control.mjs';
import * as chromeLauncher from 'chrome-launcher';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { startServer } from './serve-gzip.mjs';

const OUT_DIR = 'dist-bench';
const CONTROL_DIR = 'dist-bench-control-src';
const CONTROL_OUT = 'dist-bench-control';
const SCREENS = { phone: undefined, desktop: desktopConfig };
const RUNS = 5;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The pages to measure: the arguments, else the issue's five (the Nginx example found by name). */
function choosePages(dir, args) {
	if (args.length > 0) return args;
	const nginx = readdirSync(dir).find((name) => /nginx/i.test(name) && existsSync(join(dir, name, 'index.html')));
	if (!nginx) throw new Error(`No Nginx example page in ${dir} (a page whose slug contains "nginx")`);
	return ['/', '/overview/', '/services/', '/deployments/', '/controllers/', `/${nginx}/`];
}

/** Builds the bare-Starlight control from the same pages' text. */
function buildControl(siteUrl) {
	writeControlProject(CONTROL_DIR, { outDir: join('..', CONTROL_OUT) });
	rmSync(CONTROL_OUT, { recursive: true, force: true });
	const r = spawnSync('astro', ['build', '--root', CONTROL_DIR], { encoding: 'utf8', env: { ...process.env, SITE_URL: siteUrl } });
	if (r.status !== 0) {
		process.stderr.write(r.stdout + r.stderr);
		throw new Error(`control build failed (exit ${r.status ?? r.signal})`);
	}
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
async function runLighthouse(url, chromePath, config) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeArgs] });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
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
			htmlBytes: requests.filter((r) => r.resourceType === 'Document').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
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

/** Prints a Markdown table. */
function printTable(head, lines) {
	const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const fmt = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	console.log(fmt(head));
	console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
	for (const l of lines) console.log(fmt(l));
}

/** The medians of a page's runs. */
function summarize(runs) {
	const pick = (f) => median(runs.map(f));
	return {
		scores: Object.fromEntries(CATEGORIES.map((id) => [id, pick((r) => r.scores[id])])),
		lcp: pick((r) => r.lcp),
		tbt: pick((r) => r.tbt),
		cls: pick((r) => r.cls),
		jsBytes: pick((r) => r.jsBytes),
		totalBytes: pick((r) => r.totalBytes),
		htmlBytes: pick((r) => r.htmlBytes),
	};
}

/** A layout-shift score as read: 0 only when nothing moved, tiny shifts in exponent form (never "0.000 > 0"). */
function formatCls(value) {
	if (value === 0) return '0';
	return value < 0.001 ? value.toExponential(1) : value.toFixed(3);
}

/** Which of the issue's targets a page misses against its control. */
function missedTargets(path, site, control) {
	const concept = path !== '/';
	return [
		site.scores.performance < control.scores.performance - 1 && `performance ${site.scores.performance} < control ${control.scores.performance} - 1`,
		site.lcp > control.lcp * 1.1 && `LCP ${(site.lcp / control.lcp).toFixed(2)}x > 1.1x`,
		site.tbt > control.tbt + 50 && `TBT ${Math.round(site.tbt)} ms > control ${Math.round(control.tbt)} + 50 ms`,
		concept && site.totalBytes > control.totalBytes * 1.5 && `bytes ${(site.totalBytes / control.totalBytes).toFixed(2)}x > 1.5x`,
		site.cls > 0 && `CLS ${formatCls(site.cls)} > 0`,
	].filter(Boolean);
}

const chromePath = findChrome();
const server = await startServer({ dir: OUT_DIR, host: '127.0.0.1' });
const controlServer = await startServer({ dir: CONTROL_OUT, host: '127.0.0.1' });
// Lighthouse's canonical and hreflang audits compare hosts: build for the URL we serve on.
const origin = server.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
const controlOrigin = controlServer.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
try {
	console.log(`Cold build (astro build --force into ${OUT_DIR}/, SITE_URL=${origin})...`);
	const build = buildCold(origin);
	console.log(`Control build (bare Starlight from the same pages' text into ${CONTROL_OUT}/)...`);
	buildControl(controlOrigin);
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
		for (const dir of [OUT_DIR, CONTROL_OUT]) if (!existsSync(join(dir, path, 'index.html'))) throw new Error(`${path} is not a built page of ${dir}`);
		for (const [screen, config] of Object.entries(SCREENS)) {
			const site = [];
			const control = [];
			// Interleaved: site, control, site, control… so both see the same machine load.
			for (let i = 0; i < RUNS; i++) {
				site.push(await runLighthouse(`${origin}${path}`, chromePath, config));
				control.push(await runLighthouse(`${controlOrigin}${path}`, chromePath, config));
			}
			console.log(
				`${path} (${screen}): performance ${site.map((r) => r.scores.performance).join(', ')}; control ${control.map((r) => r.scores.performance).join(', ')}`,
			);
			versions = site[0].versions;
			benchmarkIndexes.push(...site.map((r) => r.benchmarkIndex), ...control.map((r) => r.benchmarkIndex));
			rows.push({ path, screen, site: summarize(site), control: summarize(control) });
		}
	}

	console.log(
		`\nMedians of ${RUNS} interleaved Lighthouse runs per page and screen (simulated throttling; ${versions}), served with gzip. Each cell: this site / control (ratio or difference):\n`,
	);
	const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
	printTable(
		['page', 'screen', 'perf', 'LCP', 'TBT', 'CLS', 'HTML gz', 'JS gz', 'total gz', 'targets'],
		rows.map(({ path, screen, site, control }) => {
			const missed = missedTargets(path, site, control);
			return [
				path,
				screen,
				`${site.scores.performance} / ${control.scores.performance} (${site.scores.performance - control.scores.performance >= 0 ? '+' : ''}${site.scores.performance - control.scores.performance})`,
				`${Math.round(site.lcp)} / ${Math.round(control.lcp)} ms (${ratio(site.lcp, control.lcp)})`,
				`${Math.round(site.tbt)} / ${Math.round(control.tbt)} ms (${site.tbt - control.tbt >= 0 ? '+' : ''}${Math.round(site.tbt - control.tbt)})`,
				`${formatCls(site.cls)} / ${formatCls(control.cls)}`,
				`${kb(site.htmlBytes)} / ${kb(control.htmlBytes)} (${ratio(site.htmlBytes, control.htmlBytes)})`,
				`${kb(site.jsBytes)} / ${kb(control.jsBytes)}`,
				`${kb(site.totalBytes)} / ${kb(control.totalBytes)} (${ratio(site.totalBytes, control.totalBytes)})`,
				missed.length ? `missed: ${missed.join('; ')}` : 'met',
			];
		}),
	);
	console.log(
		`\nOther scores of this site (a11y / best practices / SEO): ${rows.map((r) => `${r.path} ${r.screen} ${r.site.scores.accessibility}/${r.site.scores['best-practices']}/${r.site.scores.seo}`).join(', ')}`,
	);
	console.log(`Cold build of the whole site: ${build.seconds.toFixed(1)} s (${build.pages} pages, both locales)`);
	// TBT and the performance score scale with how fast the CPU was during the runs.
	console.log(
		`Machine: Lighthouse benchmarkIndex median ${Math.round(median(benchmarkIndexes))}, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
	);
	console.log(
		`Search index (Pagefind): ${indexBytes.map(([lang, bytes]) => `${lang} ${kb(bytes)}`).join(', ')} of index chunks, fragments and metadata; ${kb(searchBytes)} in pagefind/ with runtime, wasm and UI files`,
	);
	if (rows.some((r) => missedTargets(r.path, r.site, r.control).length)) process.exitCode = 1;
} finally {
	await server.close();
	await controlServer.close();
}
