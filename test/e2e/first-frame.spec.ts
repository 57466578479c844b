// On wide screens the first frame waits until the page title is parsed (the rel=expect link
// in astro.config.mjs), so Starlight's header and sidebars never show half-parsed and then
// move: a frame painted while the parser was between the theme picker and the language
// picker, or between the right sidebar and the main pane, shifted them once the rest came
// (seen in Lighthouse's desktop runs of this site and of bare Starlight). The scrollbar's room
// is kept from the first frame (src/styles/site.css), so a page that grows taller than the
// screen after it does not narrow. The tests hold the parser at those points with a script that
// answers late, as a slow network does.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { listPageFiles } from './budget-lib';

// Playwright hides scrollbars by default; Lighthouse's desktop runs and Windows and Linux
// desktops show classic ones, which take room when they appear.
test.use({ launchOptions: { executablePath: findChrome({ headlessShell: true }), args: chromeArgs, ignoreDefaultArgs: ['--hide-scrollbars'] } });

const HOLD_URL = '/__hold-parser.js';
const HOLD_MS = 700;

/** Where the parser is held: just before these tags of the built page. */
const HOLD_POINTS = {
	'the language picker': '<starlight-lang-select',
	'the main pane': '<div class="main-pane',
};

/**
 * Serves `path` with a parser-blocking script inserted before `marker`, answered after HOLD_MS,
 * and records layout shifts and whether the page title existed at the first animation frame.
 */
async function openHeld(page: Page, path: string, marker: string) {
	await page.addInitScript(() => {
		// Each shift with what moved (tag, class, old -> new box), so a failure names it.
		const state = { shifts: [] as string[], titleAtFirstFrame: null as boolean | null };
		(window as unknown as { __frame: typeof state }).__frame = state;
		new PerformanceObserver((list) => {
			type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
			const box = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
			const name = (n: Node | null) => (n instanceof Element ? `<${n.tagName.toLowerCase()} class="${n.className}">` : (n?.nodeName ?? 'a removed node'));
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: Source[] })[]) {
				const moved = entry.sources.map((src) => `${name(src.node)} ${box(src.previousRect)} -> ${box(src.currentRect)}`);
				state.shifts.push(`${entry.value} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
		requestAnimationFrame(() => {
			state.titleAtFirstFrame = document.getElementById('_top') !== null;
		});
	});
	await page.route(`**${HOLD_URL}`, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
		await route.fulfill({ contentType: 'text/javascript', body: '' });
	});
	await page.route(
		(url) => url.pathname === path,
		async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			const at = html.indexOf(marker);
			if (at < 0) throw new Error(`${path}: no ${marker} to hold the parser at`);
			await route.fulfill({ response, body: `${html.slice(0, at)}<script src="${HOLD_URL}"></script>${html.slice(at)}` });
		},
	);
	await page.goto(path, { waitUntil: 'load' });
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	return page.evaluate(() => (window as unknown as { __frame: { shifts: string[]; titleAtFirstFrame: boolean | null } }).__frame);
}

test('every page has the element the first frame waits for', () => {
	for (const page of listPageFiles()) {
		const html = readFileSync(page.file, 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		expect(/<link rel="expect" href="#_top" blocking="render" media="\(min-width: 50rem\)"\/?>/.test(head), `${page.path}: the link in <head>`).toBe(true);
		expect(html.match(/\sid="_top"/g)?.length, `${page.path}: elements with id _top`).toBe(1);
	}
});

for (const [where, marker] of Object.entries(HOLD_POINTS)) {
	for (const path of ['/services/', '/en/services/']) {
		test(`at 1280 px, nothing moves when the parser waits at ${where} of ${path}`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			const state = await openHeld(page, path, marker);
			expect(state.titleAtFirstFrame, 'page title parsed before the first frame').toBe(true);
			expect(state.shifts).toEqual([]);
		});
	}
}

test('at 1280 px, nothing moves when the page grows taller than the screen after the first frame', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	// The first frame has the title but not yet the article: the page is shorter than the
	// screen, and the scrollbar comes with the rest.
	const state = await openHeld(page, '/services/', '<div class="sl-markdown-content"');
	expect(state.titleAtFirstFrame).toBe(true);
	expect(await page.evaluate(() => innerWidth - document.documentElement.clientWidth), 'a scrollbar takes room').toBeGreaterThan(0);
	expect(state.shifts).toEqual([]);
});

test('at 390 px, the first frame does not wait for the page title', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const state = await openHeld(page, '/services/', HOLD_POINTS['the main pane']);
	expect(state.titleAtFirstFrame).toBe(false);
	expect(state.shifts).toEqual([]);
});
