// Every built page, in both locales: loads with no console error or failed request,
// and axe finds no violations in the light and the dark theme.
import { test, expect } from '@playwright/test';
import { findAxeViolations, listBuiltPages, useTheme, watchPage } from './site';

const pages = listBuiltPages();

test('the build has the start and overview pages in both locales', () => {
	expect(pages).toEqual(expect.arrayContaining(['/', '/overview/', '/en/']));
});

for (const path of pages) {
	test(`${path} loads without console errors or failed requests`, async ({ page }) => {
		const problems = watchPage(page);
		const res = await page.goto(path, { waitUntil: 'load' });
		expect(res?.status()).toBe(200);
		await expect(page.locator('h1').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`${path} has no axe violations (${theme})`, async ({ page }) => {
			await useTheme(page, theme);
			await page.goto(path, { waitUntil: 'load' });
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			// Islands hydrate when visible: scroll through so axe sees the live widgets.
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 600) {
					window.scrollTo(0, y);
					await new Promise((r) => setTimeout(r, 30));
				}
				window.scrollTo(0, 0);
			});
			expect(await findAxeViolations(page)).toEqual([]);
		});
	}
}
