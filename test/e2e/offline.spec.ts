// Offline after one visit: the service worker precaches every page, asset and the search
// index, so a learner who opened the site once can read, navigate, search and use the
// simulators (their engines load on first use) with no network. The other specs block service workers (playwright.config.ts).
import { test, expect, type Page } from '@playwright/test';
import { strings } from '../../src/i18n/rollout-simulator';
import { openSearch, pathOf, searchFor } from './search-ui';

test.use({ serviceWorkers: 'allow' });

/** Waits until the page's service worker has precached the site and is active. */
async function waitForOfflineReady(page: Page) {
	// `ready` resolves once a worker is activating, i.e. after it precached everything.
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
	return scope;
}

test('after one visit the site reads, navigates and searches offline', async ({ page, context }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	expect(await waitForOfflineReady(page)).toMatch(/\/$/);
	await context.setOffline(true);
	// A page never opened before, by link and by address.
	await page.locator('main').getByRole('link', { name: '쿠버네티스란?' }).first().click();
	await expect(page.locator('h1')).toHaveText('쿠버네티스란?');
	await page.goto('/en/deployments/?from=onboarding');
	await expect(page.locator('h1')).toHaveText('Deployments');
	// Styles and scripts came too: the page is laid out and an island hydrates.
	await expect(page.locator('.sidebar-pane').first()).toHaveCSS('position', /fixed|sticky|relative/);
	// A simulator's engine loads only on the learner's first press (src/widgets/README.md): offline
	// it comes from the worker's cache, and the widget answers instead of reporting a failed load.
	const simulator = page.locator('#rollout-simulator');
	await simulator.scrollIntoViewIfNeeded();
	await expect(simulator.locator('.ros')).toHaveAttribute('data-hydrated', 'true');
	expect(await page.evaluate(() => performance.getEntriesByName('rollout-simulator:engine').length)).toBe(0);
	await simulator.getByRole('button', { name: strings.en.setImage }).click();
	await expect(simulator.getByLabel(strings.en.terminalLabel)).toContainText('deployment.apps/nginx-deployment image updated');
	await expect(simulator.getByTestId('engine-failed')).toHaveCount(0);
	// The quiz's script and questions (/quiz-data/) come from the cache as well.
	await page.locator('#quiz').scrollIntoViewIfNeeded();
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('.quiz-load-failed')).toHaveCount(0);
	await page.goto('/services/');
	await openSearch(page);
	const results = await searchFor(page, '디플로이먼트');
	expect(results.slice(0, 3).map((r) => pathOf(r.href))).toContain('/deployments/');
});

test('the worker leaves link-preview images and unused search UIs out of the cache', async ({ request }) => {
	const sw = await (await request.get('/sw.js')).text();
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
	expect(urls).toEqual(expect.arrayContaining(['/index.html', '/en/services/index.html', '/pagefind/pagefind-entry.json']));
	expect(urls.filter((u) => u.endsWith('/index.html')).length).toBeGreaterThan(30);
	expect(urls.filter((u) => u.startsWith('/og/') || /component-ui|modular-ui/.test(u))).toEqual([]);
	// Updates wait for the old version's tabs to close: the worker skips waiting only when
	// asked (Workbox's SKIP_WAITING message) and never claims open pages.
	expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
	expect(sw).toContain('"SKIP_WAITING"===e.data.type&&self.skipWaiting()');
	expect(sw).not.toMatch(/clients\.claim\(\)/);
});
