// Shared helpers for the end-to-end tests: the list of built pages, and a page
// watcher that records console errors and failed requests.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page, type Request } from '@playwright/test';

/** Every built page of dist/ as a site path ("/", "/overview/", "/en/"), 404 excluded. */
export function listBuiltPages(dist = 'dist'): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) {
				if (name !== '_astro' && name !== 'pagefind') walk(p);
			} else if (name === 'index.html') {
				const rel = relative(dist, dir).split(sep).join('/');
				out.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	walk(dist);
	return out.sort();
}

/** Starts recording console errors, uncaught exceptions and failed requests of a page. */
export function watchPage(page: Page) {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
	// Each request remembers how many top-level navigations had started when it was sent. Leaving
	// a page cancels what it still had in flight (a lazily loaded script, seen on CI when a test
	// opened the next page at once) with net::ERR_ABORTED: not a site fault. A navigation the
	// browser aborted and started again (seen after a link click under the sub-path) is not one
	// either; whether the page arrived is what the test's own assertions check.
	// A request the old page sends while the next navigation is under way (an idle-time script,
	// seen on CI) belongs to the page being left, too.
	let navigations = 0;
	let committed = 0;
	const sentAt = new WeakMap<Request, { navigations: number; leaving: boolean }>();
	page.on('request', (req) => {
		if (req.isNavigationRequest() && req.frame() === page.mainFrame()) navigations++;
		else sentAt.set(req, { navigations, leaving: navigations > committed });
	});
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) committed = navigations;
	});
	page.on('requestfailed', (req) => {
		const error = req.failure()?.errorText;
		const sent = sentAt.get(req);
		const leftPage = sent !== undefined && (navigations > sent.navigations || sent.leaving);
		if (error === 'net::ERR_ABORTED' && (req.isNavigationRequest() || leftPage)) return;
		problems.push(`request failed: ${req.url()} (${error})`);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	return problems;
}

/**
 * The axe rules whose outcome depends on the colour theme. A page is checked with every
 * rule in one theme and with these in the other (layout, names and roles do not change
 * with the theme).
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The axe rules whose outcome depends on the screen width on the same page: what overflows and
 * scrolls, how large targets are laid out, and which landmarks and regions are visible (the
 * phone hides the sidebar in a popover). Every other rule sees the same DOM at both widths, so a
 * page is checked with every rule on the phone and with these on the desktop; the chrome only the
 * desktop shows is checked once with every rule (pages.spec.ts).
 */
export const LAYOUT_RULES = [
	'region',
	'scrollable-region-focusable',
	'target-size',
	'landmark-one-main',
	'landmark-unique',
	'landmark-no-duplicate-main',
	'landmark-complementary-is-top-level',
	'aria-hidden-focus',
];

/** The two screens every page is checked on: a phone and a desktop. */
export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

/**
 * Scrolls to the bottom and back, so every `client:visible` island hydrates, and waits until each
 * has (Astro drops an island's `ssr` attribute once it has hydrated): axe running while Preact
 * takes over a widget can measure nodes that are being replaced (seen once on CI: the lab's
 * cluster view, focusable, reported as a scrollable region without keyboard access).
 */
export async function scrollThrough(page: Page) {
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += 600) {
			window.scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 30));
		}
	});
	// On a busy machine the pass can scroll past an island between two intersection checks (seen
	// on CI: /controllers/ waited 30 s); bring each one still waiting into view until none is left.
	await page.waitForFunction(
		() => {
			const waiting = document.querySelector('astro-island[ssr], [data-quiz-host]:not([data-state="ready"])');
			if (!waiting) return true;
			// Islands are display: contents; their first element has the box.
			(waiting.firstElementChild ?? waiting).scrollIntoView({ block: 'center' });
			return false;
		},
		undefined,
		{ timeout: 30_000, polling: 500 },
	);
	await page.evaluate(() => window.scrollTo(0, 0));
}

/** Sets Starlight's theme before any script runs ('light' | 'dark'). */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await page.addInitScript((t) => {
		try {
			localStorage.setItem('starlight-theme', t);
		} catch {
			/* storage may be blocked in a test on purpose */
		}
	}, theme);
}

/**
 * Runs axe on the page (or only inside `within`, a CSS selector), with only `rules` or without
 * `skipRules` when given, and returns its violations as readable lines.
 */
export async function findAxeViolations(page: Page, within?: string, rules?: string[], skipRules?: string[]): Promise<string[]> {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	// Legacy mode runs axe in the page itself; the default runs it per frame and then again in a
	// new blank page, which took 2-3x as long per call here. The site has no iframes to cross.
	const builder = new AxeBuilder({ page }).setLegacyMode(true);
	// A widget spec checks its own widget; the page around it has its own tests.
	if (within) builder.include(within);
	if (rules) builder.withRules(rules);
	if (skipRules) builder.disableRules(skipRules);
	// Widgets and the quiz off screen skip rendering (content-visibility: auto), and so do their
	// colour transitions after a theme switch: axe checks them rendered, as the reader sees them.
	const rendered = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
	await settleAnimations(page);
	const results = await builder.analyze();
	await rendered.evaluate((style) => (style as Element).remove());
	return results.violations.flatMap((v) => {
		const nodes = v.nodes.map((n) => n.target.join(' '));
		return nodes.length ? [`${v.id} (${v.impact}): ${nodes.slice(0, 5).join(', ')} — ${v.help}`] : [];
	});
}

/**
 * Runs axe in both themes on the page as it is now: every rule in the light theme, then the
 * rules that depend on colour (THEME_RULES) in the dark theme (switched as Starlight's picker
 * does), and back to light. One interaction sequence then serves both themes.
 */
export async function findAxeViolationsInThemes(page: Page, within?: string): Promise<string[]> {
	const setTheme = async (theme: 'light' | 'dark') => {
		await page.emulateMedia({ colorScheme: theme });
		await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
	};
	await setTheme('light');
	const found = (await findAxeViolations(page, within)).map((v) => `light: ${v}`);
	await setTheme('dark');
	found.push(...(await findAxeViolations(page, within, THEME_RULES)).map((v) => `dark: ${v}`));
	await setTheme('light');
	return found;
}

/**
 * Waits until every finite CSS transition and animation has ended: right after a theme switch a
 * colour transition (a pod chip's background) is mid-way, and axe would measure a colour the
 * page never rests in. Endless animations (spinners) are not waited for.
 */
export async function settleAnimations(page: Page) {
	await page.evaluate(() =>
		Promise.race([
			Promise.all(
				document
					.getAnimations()
					.filter((a) => a.playState === 'running' && Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
					.map((a) => a.finished.catch(() => undefined)),
			),
			// A transition whose element leaves the page never finishes: do not wait past its length.
			new Promise((r) => setTimeout(r, 2000)),
		]),
	);
}

/** Fails when the page scrolls sideways or the widget's own content overflows its box. */
export async function expectNoOverflow(page: Page, widget: Locator) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'page overflows sideways').toBeLessThanOrEqual(0);
	expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth), 'widget content overflows').toBeLessThanOrEqual(0);
}
