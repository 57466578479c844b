// When a widget's or an onboarding panel's code cannot be loaded (a dropped connection, a
// blocked script), the page says so where it happened, with a button that reloads the page,
// instead of leaving a first frame that looks usable and does nothing
// (src/components/island-errors.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { strings } from '../../src/i18n/island-load';
import { VIEWPORTS, findAxeViolationsInThemes } from './site';

test.use({ viewport: VIEWPORTS.phone });

/**
 * Makes every request for the modules of the islands on the built page at `path` (and Astro's
 * one retry of each, which adds a query) fail while `blocked()`.
 */
async function blockIslands(page: Page, path: string, blocked: () => boolean = () => true) {
	const html = readFileSync(join('dist', path.replace(/\?.*/, ''), 'index.html'), 'utf8');
	const urls = new Set([...html.matchAll(/<astro-island[^>]* component-url="([^"]+)"/g)].map((m) => m[1]));
	expect(urls.size, path).toBeGreaterThan(0);
	await page.route(
		(u) => urls.has(u.pathname),
		(route) => (blocked() ? route.abort() : route.continue()),
	);
}

test('a widget whose code cannot load says so, keeps its controls disabled, and comes back after a reload', async ({ page }) => {
	let blocked = true;
	await blockIslands(page, '/services/', () => blocked);
	await page.goto('/services/');
	const figure = page.locator('#service-type-picker');
	await figure.scrollIntoViewIfNeeded();
	const note = figure.getByRole('alert');
	await expect(note).toContainText(strings.ko.loadFailed, { timeout: 10_000 });
	await expect(figure.locator('fieldset.k8s-frame-controls button').first()).toBeDisabled();
	// The note itself (axe counts the first frame's scrollable output as unreachable inside the
	// disabled fieldset; Chromium still focuses it with Tab, as the no-JavaScript page does).
	expect(await findAxeViolationsInThemes(page, '#service-type-picker .island-load-failed')).toEqual([]);
	blocked = false;
	await Promise.all([page.waitForEvent('load'), note.getByRole('button', { name: strings.ko.reload }).click()]);
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('fieldset.k8s-frame-controls button').first()).toBeEnabled();
	await expect(figure.getByRole('alert')).toHaveCount(0);
});

for (const [name, path, host] of [
	['an assignment link', '/en/assign/?t=Week%201&s=overview,services', '.assignment-frame'],
	['a shared result (its island loads at once)', '/en/result/', 'div[data-island-failed]'],
] as const) {
	test(`on ${name}, the panel says in the page's language that its code could not load`, async ({ page }) => {
		await blockIslands(page, path);
		await page.goto(path);
		const note = page.locator(host).first().getByRole('alert');
		await expect(note).toContainText(strings.en.loadFailed, { timeout: 10_000 });
		await expect(note.getByRole('button', { name: strings.en.reload })).toBeVisible();
	});
}
