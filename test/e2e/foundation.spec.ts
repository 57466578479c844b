// The site's base: locale, navigation, build-time code highlighting and search.
import { test, expect } from '@playwright/test';
import { watchPage } from './site';

test('the start page is Korean and links to the overview', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page).toHaveTitle(/시작하기/);
	await page.locator('main').getByRole('link', { name: '쿠버네티스란?' }).first().click();
	await expect(page).toHaveURL(/\/overview\/$/);
	await expect(page.locator('h1')).toHaveText('쿠버네티스란?');
});

test('the sidebar lists pages in learning order', async ({ page }) => {
	await page.goto('/overview/');
	const links = page.locator('nav.sidebar a');
	const names = await links.allInnerTexts();
	expect(names.indexOf('시작하기')).toBeLessThan(names.indexOf('쿠버네티스란?'));
});

test('the English site lives under /en/ with lang="en"', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('YAML on the overview is highlighted at build time, with no highlighter in the browser', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto('/overview/');
	const block = page.locator('.expressive-code pre[data-language="yaml"]').first();
	await expect(block).toBeVisible();
	// Token colours are in the static HTML: at least three differently coloured spans.
	const colours = await block.locator('span[style]').evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
	expect(colours).toBeGreaterThanOrEqual(3);
	expect(scripts.filter((u) => /shiki|oniguruma|highlight/i.test(u))).toEqual([]);
});

test('search finds the overview page for a Korean query', async ({ page }) => {
	await page.goto('/');
	await page.locator('button[data-open-modal]').first().click();
	const input = page.locator('dialog input.pagefind-ui__search-input');
	await input.fill('선언형');
	const first = page.locator('dialog .pagefind-ui__result-link').first();
	await expect(first).toBeVisible();
	const hrefs = await page.locator('dialog .pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.some((h) => h?.startsWith('/overview/'))).toBe(true);
});

test('the page watcher reports a failed request, but not one cut off by leaving the page', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto('/overview/');
	// Aborted while the page stays: a fault, even with the same error text a page leave gives.
	await page.route('**/watcher-stays.txt', (route) => route.abort('aborted'));
	await page.evaluate(() => fetch('/watcher-stays.txt').catch(() => undefined));
	await expect.poll(() => problems).toEqual([expect.stringMatching(/watcher-stays\.txt \(net::ERR_ABORTED\)/)]);

	// Still in flight when the next page is opened: the browser cancels it; not a fault.
	let held = false;
	await page.route('**/watcher-leaves.txt', () => {
		held = true; // never answered
	});
	await page.evaluate(() => void fetch('/watcher-leaves.txt').catch(() => undefined));
	await expect.poll(() => held).toBe(true);
	await page.goto('/pods/');
	await expect(page.locator('h1')).toBeVisible();
	expect(problems).toHaveLength(1);
});
