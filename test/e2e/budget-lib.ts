// The performance budgets of the issue and the helpers that measure them: a built page's
// JavaScript read from dist/ (entry scripts and island modules, their static import graph,
// gzip sizes), and in Chromium the scripts a page really loads, its layout shifts and the
// size of its islands before and after hydration.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { listBuiltPages } from './site';

/** One kibibyte: the budgets are in KB as browsers' devtools count them. */
export const KB = 1024;
/** A text-only page may ship at most this much JavaScript above the Starlight baseline. */
export const TEXT_PAGE_ALLOWANCE = 2 * KB;
/**
 * A page with a widget or a quiz may ship at most this much JavaScript in its static import
 * closure (issue #13): engines the islands import lazily are not in it.
 */
export const ISLAND_PAGE_BUDGET = 45 * KB;
/** What a page with islands may have loaded after load and idle in Chromium (budgets-runtime.spec.ts). */
export const RUNTIME_PAGE_BUDGET = 50 * KB;
/**
 * The largest cumulative layout shift that Lighthouse reports as 0 (it shows three
 * decimals). Not exactly 0 because Starlight's own desktop sidebar sometimes shifts a 1 px
 * node by ~0.0002 while the HTML streams in, on text-only pages too, depending on timing.
 */
export const CLS_REPORTED_AS_ZERO = 0.0005;

/** A built page: its site path ("/", "/overview/", "/404.html") and its HTML file. */
export interface BuiltPage {
	path: string;
	file: string;
}

/** One island of a page, as the server rendered it. */
export interface Island {
	componentUrl: string;
	rendererUrl: string | null;
	beforeHydrationUrl: string | null;
	client: string | null;
}

/** What a page's HTML asks the browser to run. */
export interface PageScripts {
	/** External module/classic scripts and modulepreloads, as written in the HTML. */
	scriptUrls: string[];
	/** Bodies of inline JavaScript (JSON and other data blocks excluded). */
	inlineScripts: string[];
	islands: Island[];
	/**
	 * Quizzes (src/components/QuizHost.astro): not Astro islands, but hydrated the same way
	 * when they come into view, by a page script that imports the quiz of `locale` lazily.
	 */
	quizHosts: { locale: string }[];
}

/** One JavaScript file of a page's static graph and its gzip size. */
export interface ScriptFile {
	file: string;
	gzip: number;
}

/**
 * A page's static JavaScript. The budgets count files, as Lighthouse counts JavaScript
 * (script resources); inline scripts travel inside the HTML and are reported beside them.
 */
export interface StaticJsReport {
	path: string;
	islandCount: number;
	files: ScriptFile[];
	/** The quiz modules in `files`: loaded lazily by the quiz loader, counted as islands are. */
	quizEntries: string[];
	/** Sum of the gzip sizes of `files`: the number the budgets apply to. */
	filesGzip: number;
	/** Sum of the gzip sizes of the inline scripts, each gzipped alone. */
	inlineGzip: number;
}

/** Every built page of `dist`, both locales, with Starlight's 404 page last. */
export function listPageFiles(dist = 'dist'): BuiltPage[] {
	const pages = listBuiltPages(dist).map((path) => ({ path, file: join(dist, path, 'index.html') }));
	const notFound = join(dist, '404.html');
	return existsSync(notFound) ? [...pages, { path: '/404.html', file: notFound }] : pages;
}

/** Decodes the few entities Astro writes into attribute values. */
function decodeEntities(value: string): string {
	return value
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Parses the attributes of one start tag's attribute text into a map (names lower-cased). */
export function parseAttributes(text: string): Map<string, string> {
	const attrs = new Map<string, string>();
	const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
	for (const m of text.matchAll(re)) {
		attrs.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attrs;
}

const JS_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Finds the scripts, modulepreloads and islands in a page's HTML. */
export function readPageScripts(html: string): PageScripts {
	const scriptUrls: string[] = [];
	const inlineScripts: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attrs = parseAttributes(m[1]);
		if (!JS_SCRIPT_TYPES.has((attrs.get('type') ?? '').trim().toLowerCase())) continue;
		const src = attrs.get('src');
		if (src) scriptUrls.push(src);
		else if (m[2].trim()) inlineScripts.push(m[2]);
	}
	for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
		const attrs = parseAttributes(m[1]);
		const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
		const href = attrs.get('href');
		if (href && rel.includes('modulepreload')) scriptUrls.push(href);
	}
	const islands: Island[] = [];
	for (const m of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
		const attrs = parseAttributes(m[1]);
		const componentUrl = attrs.get('component-url');
		if (!componentUrl) continue;
		islands.push({
			componentUrl,
			rendererUrl: attrs.get('renderer-url') || null,
			beforeHydrationUrl: attrs.get('before-hydration-url') || null,
			client: attrs.get('client') || null,
		});
	}
	const quizHosts: { locale: string }[] = [];
	for (const m of html.matchAll(/<div\b([^>]*\bdata-quiz-host\b[^>]*)>/gi)) {
		const props = JSON.parse(parseAttributes(m[1]).get('data-props') ?? '{}') as { locale?: string };
		quizHosts.push({ locale: props.locale ?? '?' });
	}
	return { scriptUrls, inlineScripts, islands, quizHosts };
}

/** The quiz loader's file name in _astro/ (the bundled script of src/components/QuizHost.astro). */
const QUIZ_LOADER = /^QuizHost\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

/**
 * The quiz module a quiz host of `locale` loads: the loader's lazy import of the
 * per-language entry (src/widgets/Quiz/<locale>.tsx, emitted as "<locale>.<hash>.js").
 */
function findQuizEntry(graph: string[], locale: string, pagePath: string): string {
	const loader = graph.find((file) => QUIZ_LOADER.test(basename(file)));
	if (!loader) throw new Error(`${pagePath}: has a quiz but does not load the quiz loader (QuizHost.astro's script)`);
	const entry = findLazyImports(readFileSync(loader, 'utf8')).find((spec) => spec.startsWith(`./${locale}.`));
	if (!entry) throw new Error(`${pagePath}: the quiz loader imports no ./${locale}.*.js entry`);
	return join(dirname(loader), entry);
}

/**
 * The specifiers of a module's static imports and re-exports (`import x from "./a.js"`,
 * `import "./a.js"`, `export * from "./a.js"`), in order; dynamic `import()` is not one.
 * Written for the minified ES modules Vite emits, which have no comments left.
 */
export function findStaticImports(code: string): string[] {
	const out: string[] = [];
	const importRe = /(?:^|[^\w$.])import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}\s*|\*\s*as\s+[\w$]+\s*)?(?:from\s*)?(["'`])([^"'`\n]+)\1/g;
	const exportRe = /(?:^|[^\w$.])export\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)from\s*(["'`])([^"'`\n]+)\1/g;
	for (const re of [importRe, exportRe]) {
		for (const m of code.matchAll(re)) out.push(m[2]);
	}
	return out;
}

/** Specifiers of the dynamic `import("./x.js")` calls in a minified module (engines loaded on demand). */
export function findLazyImports(code: string): string[] {
	return [...code.matchAll(/(?:^|[^\w$.])import\((["'`])([^"'`\n]+)\1\)/g)].map((m) => m[2]);
}

/** Maps a URL of the page (absolute path under `base`, or relative to the page) to a file in dist. */
export function resolveSiteUrl(dist: string, base: string, pagePath: string, url: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
		throw new Error(`${pagePath}: script from another origin (${url}); the budgets allow only the site's own files`);
	}
	const clean = url.split(/[?#]/)[0];
	const pageDir = pagePath.endsWith('/') ? pagePath : pagePath.replace(/[^/]*$/, '');
	const absolute = clean.startsWith('/') ? clean : new URL(clean, `http://site${pageDir}`).pathname;
	if (!absolute.startsWith(base)) throw new Error(`${pagePath}: script ${url} is outside the base path ${base}`);
	const file = resolve(dist, decodeURIComponent(absolute.slice(base.length)));
	if (!file.startsWith(resolve(dist) + sep)) throw new Error(`${pagePath}: script ${url} points outside ${dist}`);
	return file;
}

/**
 * The files of the static module graph starting at `entries` (absolute paths): each entry
 * and, recursively, every file it statically imports (root-relative imports resolved with
 * `resolveRootUrl`). Throws on an import that does not resolve to a file, since the
 * browser would fail on it too.
 */
export function collectModuleGraph(
	entries: string[],
	resolveRootUrl: (url: string) => string,
	readCode: (file: string) => string | null = (f) => (existsSync(f) ? readFileSync(f, 'utf8') : null),
): string[] {
	const seen = new Set<string>();
	const visit = (file: string, from: string) => {
		if (seen.has(file)) return;
		const code = readCode(file);
		if (code === null) throw new Error(`${from} loads ${file}, which is not in the build`);
		seen.add(file);
		for (const spec of findStaticImports(code)) {
			// A bare specifier cannot load in a browser without an import map: a false match.
			if (!/^(\.{1,2})?\//.test(spec)) continue;
			visit(spec.startsWith('/') ? resolveRootUrl(spec) : normalize(join(dirname(file), spec)), file);
		}
	};
	for (const entry of entries) visit(entry, 'the page');
	return [...seen];
}

const gzipCache = new Map<string, number>();

/** The gzip size of some bytes, with the zlib defaults a static host uses. */
export function gzipSize(data: string | Uint8Array): number {
	return gzipSync(data).length;
}

/** The gzip size of a file, computed once per file. */
function gzipFileSize(file: string): number {
	let size = gzipCache.get(file);
	if (size === undefined) {
		size = gzipSize(readFileSync(file));
		gzipCache.set(file, size);
	}
	return size;
}

/** Measures a built page's static JavaScript: every file of its graph once, and its inline scripts. */
export function measureStaticJs(page: BuiltPage, dist = 'dist', base = '/'): StaticJsReport {
	const scripts = readPageScripts(readFileSync(page.file, 'utf8'));
	const urls = [
		...scripts.scriptUrls,
		...scripts.islands.flatMap((i) => [i.componentUrl, i.rendererUrl, i.beforeHydrationUrl].filter((u): u is string => !!u)),
	];
	const entries = urls.map((u) => resolveSiteUrl(dist, base, page.path, u));
	const resolveRootUrl = (u: string) => resolveSiteUrl(dist, base, page.path, u);
	const pageGraph = collectModuleGraph(entries, resolveRootUrl);
	const quizEntries = [...new Set(scripts.quizHosts.map((q) => findQuizEntry(pageGraph, q.locale, page.path)))];
	const files = collectModuleGraph([...entries, ...quizEntries], resolveRootUrl).map((file) => ({
		file: relative(dist, file).split(sep).join('/'),
		gzip: gzipFileSize(file),
	}));
	return {
		path: page.path,
		islandCount: scripts.islands.length + scripts.quizHosts.length,
		quizEntries: quizEntries.map((file) => relative(dist, file).split(sep).join('/')),
		files,
		filesGzip: files.reduce((sum, f) => sum + f.gzip, 0),
		inlineGzip: scripts.inlineScripts.reduce((sum, code) => sum + gzipSize(code), 0),
	};
}

/**
 * The Starlight baseline: the text-only page (no islands) with the least static JavaScript.
 * Measured, not assumed, so a Starlight upgrade moves it; throws if no page is text-only.
 */
export function findBaseline(reports: StaticJsReport[]): StaticJsReport {
	const textOnly = reports.filter((r) => r.islandCount === 0 && r.path !== '/404.html');
	if (textOnly.length === 0) throw new Error('No text-only page to calibrate the Starlight baseline on');
	return textOnly.reduce((best, r) => (r.filesGzip < best.filesGzip ? r : best));
}

/** Formats a byte count for budget messages: "31.2 KB (31950 B)". */
export function formatBytes(bytes: number): string {
	return `${(bytes / KB).toFixed(1)} KB (${bytes} B)`;
}

/** Lists a report's files, largest first, for a failure message. */
export function describeFiles(files: ScriptFile[]): string {
	return [...files]
		.sort((a, b) => b.gzip - a.gzip)
		.map((f) => `  ${f.file}: ${f.gzip} B`)
		.join('\n');
}

// ---------------------------------------------------------------------------------------
// In the browser

/** Lighthouse's mobile device (its default form factor): what the benchmark scores. */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** A laptop screen: Starlight's wide layout with sidebar and table of contents. */
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** One script the page loaded, with the gzip size of its body. */
export interface LoadedScript {
	url: string;
	gzip: number;
}

/** Records a page's network traffic: scripts with their sizes, search requests, and quiet periods. */
export interface NetworkRecorder {
	/** Every request to Pagefind's files (index, runtime, wasm) so far. */
	pagefindRequests: string[];
	/** Resolves once no request has been in flight for `quietMs` (or rejects after `timeoutMs`). */
	waitForQuiet(quietMs?: number, timeoutMs?: number): Promise<void>;
	/** The scripts loaded so far, one entry per URL. */
	readScripts(): Promise<LoadedScript[]>;
}

/** Starts recording a page's requests; call before the page navigates. */
export function recordNetwork(page: Page): NetworkRecorder {
	const sizes = new Map<string, Promise<number | Error>>();
	const pagefindRequests: string[] = [];
	const inFlight = new Set<unknown>();
	let lastActivity = Date.now();
	const done = (req: unknown) => {
		inFlight.delete(req);
		lastActivity = Date.now();
	};
	page.on('request', (req) => {
		inFlight.add(req);
		lastActivity = Date.now();
		if (new URL(req.url()).pathname.includes('/pagefind/')) pagefindRequests.push(req.url());
	});
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	page.on('response', (res) => {
		const isScript = res.request().resourceType() === 'script' || /javascript/.test(res.headers()['content-type'] ?? '');
		if (!isScript || res.status() !== 200 || sizes.has(res.url())) return;
		// Bodies are gzipped here rather than trusting transfer sizes: astro preview does not compress.
		sizes.set(
			res.url(),
			res.body().then(
				(body) => gzipSize(body),
				(err: unknown) => new Error(`could not read ${res.url()}: ${String(err)}`),
			),
		);
	});
	return {
		pagefindRequests,
		async waitForQuiet(quietMs = 300, timeoutMs = 15_000) {
			const started = Date.now();
			while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
				if (Date.now() - started > timeoutMs) throw new Error(`network not quiet after ${timeoutMs} ms (${inFlight.size} requests in flight)`);
				await page.waitForTimeout(50);
			}
		},
		async readScripts() {
			const out: LoadedScript[] = [];
			for (const [url, size] of sizes) {
				const value = await size;
				if (value instanceof Error) throw value;
				out.push({ url, gzip: value });
			}
			return out;
		},
	};
}

/** Loads a page and waits for load, the browser's first idle period and a quiet network. */
export async function loadAndSettle(page: Page, path: string, network: NetworkRecorder) {
	const res = await page.goto(path, { waitUntil: 'load' });
	if (!res || res.status() !== 200) throw new Error(`${path}: HTTP ${res?.status()}`);
	await network.waitForQuiet();
	// Work a page defers to an idle callback counts as loading: let one run, then wait for its requests.
	await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 3000 })));
	await network.waitForQuiet();
	return res;
}

/** Sums loaded scripts and lists them largest first, for a failure message. */
export function describeLoadedScripts(scripts: LoadedScript[]): { total: number; list: string } {
	const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
	const list = [...scripts]
		.sort((a, b) => b.gzip - a.gzip)
		.map((s) => `  ${new URL(s.url).pathname}: ${s.gzip} B`)
		.join('\n');
	return { total, list };
}

/** A layout shift as the page's PerformanceObserver saw it. */
export interface RecordedShift {
	value: number;
	hadRecentInput: boolean;
	time: number;
	sources: string[];
	/**
	 * The shift happened while the HTML was still being parsed (before DOMContentLoaded):
	 * Starlight's chrome laid out from a partly parsed document (Playwright's Chromium runs
	 * without paint holding). Islands cannot cause these: they hydrate after load.
	 */
	whileParsing?: boolean;
}

/** An island's rendered height before and after hydration. */
export interface IslandSize {
	/** The island's component name and module, e.g. "QuizKo (/_astro/ko.x.js)". */
	component: string;
	before: number | null;
	after: number;
}

/**
 * Installs, before any page script runs, a layout-shift observer and a measurement of each
 * island's height at DOMContentLoaded, before any island can hydrate (hydration waits for
 * an IntersectionObserver callback and a module download, both later).
 */
export async function watchLayout(page: Page) {
	await page.addInitScript(() => {
		/** The LayoutShift entry of the Layout Instability API (not in TypeScript's DOM types). */
		interface LayoutShiftEntry extends PerformanceEntry {
			value: number;
			hadRecentInput: boolean;
			sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
		}
		const state = { shifts: [] as unknown[], before: [] as (number | null)[], parsedAt: Infinity };
		(window as unknown as { __budget: typeof state }).__budget = state;
		const box = (r: DOMRectReadOnly) => `${Math.round(r.width)}x${Math.round(r.height)} at ${Math.round(r.x)},${Math.round(r.y)}`;
		const describe = (node: Node | null) => {
			if (!node) return 'a node removed since';
			const el = node instanceof Element ? node : node.parentElement;
			if (!el) return node.nodeName;
			const host = el.closest('astro-island, [data-quiz-host]');
			const island = !host
				? null
				: host.matches('[data-quiz-host]')
					? `Quiz (${host.getAttribute('data-src')})`
					: `${/"name":"([^"]+)"/.exec(host.getAttribute('opts') ?? '')?.[1] ?? '?'} (${host.getAttribute('component-url')})`;
			const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
			return `${node instanceof Element ? '' : 'text in '}<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}>${island ? ` in island ${island}` : ''}`;
		};
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as LayoutShiftEntry[]) {
				state.shifts.push({
					value: entry.value,
					hadRecentInput: entry.hadRecentInput,
					time: Math.round(entry.startTime),
					sources: entry.sources.map((s) => `${describe(s.node)} (${box(s.previousRect)} -> ${box(s.currentRect)})`),
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
		document.addEventListener(
			'DOMContentLoaded',
			() => {
				state.parsedAt = performance.now();
				// Widgets and the quiz off screen are not rendered yet (content-visibility: auto keeps
				// a placeholder height): measured as they render when the reader reaches them.
				const rendered = document.createElement('style');
				rendered.textContent = '* { content-visibility: visible !important; }';
				document.head.append(rendered);
				state.before = [...document.querySelectorAll('astro-island, [data-quiz-host]')].map((island) => {
					if (island.matches('astro-island:not([ssr]), [data-quiz-host][data-state]')) return null;
					// Islands are display: contents; a range measures what they render.
					const range = document.createRange();
					range.selectNodeContents(island);
					return range.getBoundingClientRect().height;
				});
				rendered.remove();
			},
			{ once: true },
		);
	});
}

/** Reads the layout shifts recorded so far. */
export async function readLayoutShifts(page: Page): Promise<RecordedShift[]> {
	return page.evaluate(() => {
		const { shifts, parsedAt } = (window as unknown as { __budget: { shifts: RecordedShift[]; parsedAt: number } }).__budget;
		return shifts.map((s) => ({ ...s, whileParsing: s.time < parsedAt }));
	});
}

/**
 * The sum of layout shifts after the document was parsed and not caused by recent input:
 * an upper bound of what islands (which hydrate after load) add to CLS.
 */
export function sumLayoutShift(shifts: RecordedShift[]): number {
	return shifts.filter((s) => !s.hadRecentInput && !s.whileParsing).reduce((sum, s) => sum + s.value, 0);
}

/**
 * Scrolls through the page most of a screen at a time, as a reader does, waiting at each stop
 * until the islands in view have hydrated; returns the islands still not hydrated (a
 * `client:media` island whose query does not match is allowed to stay static).
 */
export async function scrollAndHydrate(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const inView = (island: Element) => {
			const range = document.createRange();
			range.selectNodeContents(island);
			const r = range.getBoundingClientRect();
			return r.bottom > 0 && r.top < innerHeight;
		};
		const waiting = () =>
			[...document.querySelectorAll('astro-island[ssr], [data-quiz-host]:not([data-state="ready"])')].filter((i) => i.getAttribute('client') !== 'media');
		const step = Math.round(innerHeight * 0.8);
		for (let y = 0; ; y += step) {
			scrollTo(0, y);
			await frame();
			const started = performance.now();
			while (waiting().some(inView) && performance.now() - started < 5000) await new Promise((r) => setTimeout(r, 50));
			if (y + innerHeight >= document.documentElement.scrollHeight) break;
		}
		await frame();
		return waiting().map((i) =>
			i.matches('[data-quiz-host]')
				? `Quiz (${i.getAttribute('data-src')})`
				: `${/"name":"([^"]+)"/.exec(i.getAttribute('opts') ?? '')?.[1] ?? '?'} (${i.getAttribute('component-url')})`,
		);
	});
}

/** Each island's height at DOMContentLoaded (server-rendered) and now (hydrated). */
export async function readIslandSizes(page: Page): Promise<IslandSize[]> {
	return page.evaluate(() => {
		const before = (window as unknown as { __budget: { before: (number | null)[] } }).__budget.before;
		return [...document.querySelectorAll('astro-island, [data-quiz-host]')].map((island, i) => {
			const range = document.createRange();
			range.selectNodeContents(island);
			const component = island.matches('[data-quiz-host]')
				? `Quiz (${island.getAttribute('data-src')})`
				: `${/"name":"([^"]+)"/.exec(island.getAttribute('opts') ?? '')?.[1] ?? '?'} (${island.getAttribute('component-url')})`;
			return { component, before: before[i] ?? null, after: range.getBoundingClientRect().height };
		});
	});
}

/**
 * Makes a first interaction with every island: clicks its first enabled button, checkbox,
 * radio or summary (or steps its first slider or select with the keyboard), then waits a
 * second, longer than the 500 ms in which shifts count as caused by input, so shifts from
 * what the click sets going (timers, animations) are recorded. Returns what it did.
 */
export async function interactWithIslands(page: Page): Promise<string[]> {
	const done: string[] = [];
	const islands = page.locator('astro-island, [data-quiz-host]');
	const count = await islands.count();
	for (let i = 0; i < count; i++) {
		const island = islands.nth(i);
		const quiz = await island.getAttribute('data-src');
		const component = quiz
			? `Quiz (${quiz})`
			: `${/"name":"([^"]+)"/.exec((await island.getAttribute('opts')) ?? '')?.[1] ?? '?'} (${await island.getAttribute('component-url')})`;
		const clickable = island
			.locator(
				'button:not([disabled]), input[type=checkbox]:not([disabled]), input[type=radio]:not([disabled]), summary, [role=button]:not([aria-disabled=true])',
			)
			.filter({ visible: true });
		const steppable = island.locator('input[type=range]:not([disabled]), select:not([disabled])').filter({ visible: true });
		if ((await clickable.count()) > 0) {
			const target = clickable.first();
			await target.scrollIntoViewIfNeeded();
			await target.click();
			done.push(`clicked ${await target.evaluate((el) => el.outerHTML.slice(0, 80))} in ${component}`);
		} else if ((await steppable.count()) > 0) {
			const target = steppable.first();
			await target.scrollIntoViewIfNeeded();
			await target.focus();
			// A closed select steps with the down arrow, a slider with the right one.
			await target.press((await target.evaluate((el) => el.tagName)) === 'SELECT' ? 'ArrowDown' : 'ArrowRight');
			done.push(`stepped ${await target.evaluate((el) => el.outerHTML.slice(0, 80))} in ${component}`);
		} else {
			done.push(`nothing to interact with in ${component}`);
			continue;
		}
		await page.waitForTimeout(1000);
	}
	return done;
}
