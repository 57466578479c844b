// Smoke test of the sub-path build (SITE_BASE=/k8s-basics/): links, assets and search
// all stay under the base.
import { test, expect } from '@playwright/test';
import { watchPage } from './site';

test('the sub-path build links, loads assets and searches under its base', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto('./');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	// Starlight's CSS is loaded (the sidebar is laid out, not an unstyled list).
	await expect(page.locator('.sidebar-pane').first()).toHaveCSS('position', /fixed|sticky|relative/);
	const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(0);
	expect(hrefs.filter((h) => !h?.startsWith('/k8s-basics/'))).toEqual([]);
	await page.locator('main').getByRole('link', { name: '쿠버네티스란?' }).first().click();
	await expect(page).toHaveURL(/\/k8s-basics\/overview\/$/);
	await page.locator('button[data-open-modal]').first().click();
	await page.locator('dialog input.pagefind-ui__search-input').fill('선언형');
	const result = page.locator('dialog .pagefind-ui__result-link').first();
	await expect(result).toHaveAttribute('href', /^\/k8s-basics\/overview\//);
	expect(problems).toEqual([]);
});
