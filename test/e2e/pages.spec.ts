// Every built page, in both locales: loads with no console error or failed request,
// and axe finds no violations on a phone and a desktop, in the light and the dark theme.
import { test, expect } from '@playwright/test';
import { THEME_RULES, VIEWPORTS, findAxeViolations, listBuiltPages, scrollThrough, useTheme, watchPage } from './site';

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

	// A phone (390x844) and a desktop (1280x900): one page load per screen, every rule in the
	// light theme; on the desktop also the dark theme (switched as Starlight's picker does) with
	// the rules that depend on colour (THEME_RULES).
	for (const [screen, size] of Object.entries(VIEWPORTS)) {
		test(`${path} has no axe violations on a ${screen} (${size.width} px)${screen === 'desktop' ? ', light and dark' : ''}`, async ({ page }) => {
			test.setTimeout(90_000);
			await useTheme(page, 'light');
			await page.setViewportSize(size);
			await page.goto(path, { waitUntil: 'load' });
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			// Islands hydrate when visible: scroll through so axe sees the live widgets.
			await scrollThrough(page);
			const found: string[] = [];
			// Colours do not depend on the screen width: the dark theme's colour rules run on the desktop only.
			for (const theme of screen === 'desktop' ? (['light', 'dark'] as const) : (['light'] as const)) {
				await page.emulateMedia({ colorScheme: theme });
				await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
				const rules = theme === 'light' ? undefined : THEME_RULES;
				found.push(...(await findAxeViolations(page, undefined, rules)).map((v) => `${theme}: ${v}`));
			}
			expect(found).toEqual([]);
		});
	}
}
