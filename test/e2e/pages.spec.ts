// Every built page, in both locales, in one visit each: it loads with no console error or
// failed request, and axe finds no violations on a phone (390 px) and on a desktop (1280 px) in
// the light and the dark theme. On the phone every rule runs in the light theme; on the desktop
// the rules whose outcome depends on the width (LAYOUT_RULES) in light, and the rules that depend
// on colour (THEME_RULES, not on the width) in dark. An English page whose Korean twin exists
// gets the phone pass only: it renders the same components, colours and layout with translated
// text, and every rule on the phone is what sees the text (names, labels, language); the
// desktop and dark passes of its twin cover the rest. The chrome that only one screen shows is
// the same on every page and is checked once below with every rule. One visit per page rather
// than one per check keeps the suite within its time on a 2-core machine; each finding still
// names the screen and theme it was found in.
import { test, expect } from '@playwright/test';
import { LAYOUT_RULES, THEME_RULES, VIEWPORTS, findAxeViolations, listBuiltPages, scrollThrough, useTheme, watchPage } from './site';

const pages = listBuiltPages();
/** An English page whose Korean page (the same path without /en) is built too. */
const hasKoreanTwin = (path: string) => path.startsWith('/en/') && pages.includes(path.slice('/en'.length));

test('the build has the start and overview pages in both locales', () => {
	expect(pages).toEqual(expect.arrayContaining(['/', '/overview/', '/en/']));
});

// The chrome that only one of the two screens shows (the desktop sidebar and table of contents,
// the phone's open menu) is the same on every page: checked once here with every rule, in the
// theme(s) the page visits leave out.
test('the desktop chrome (every rule, light) and the open phone menu (both themes) have no axe violations', async ({ page }) => {
	test.setTimeout(90_000);
	await useTheme(page, 'light');
	await page.setViewportSize(VIEWPORTS.desktop);
	await page.goto('/deployments/');
	const found = (await findAxeViolations(page, '.sidebar-pane, .right-sidebar')).map((v) => `desktop, light: ${v}`);
	await page.setViewportSize(VIEWPORTS.phone);
	await page.locator('button[popovertarget="starlight__sidebar"]').click();
	await expect(page.locator('#starlight__sidebar')).toBeVisible();
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
		found.push(
			...(await findAxeViolations(page, '#starlight__sidebar', theme === 'light' ? undefined : THEME_RULES)).map((v) => `phone menu, ${theme}: ${v}`),
		);
	}
	expect(found).toEqual([]);
});

for (const path of pages) {
	const screens = hasKoreanTwin(path)
		? `${VIEWPORTS.phone.width} px (its Korean twin at both widths and themes)`
		: `${VIEWPORTS.phone.width} and ${VIEWPORTS.desktop.width} px, light and dark`;
	test(`${path} loads cleanly and has no axe violations at ${screens}`, async ({ page }) => {
		test.setTimeout(180_000);
		const problems = watchPage(page);
		await useTheme(page, 'light');
		await page.setViewportSize(VIEWPORTS.phone);
		const res = await page.goto(path, { waitUntil: 'load' });
		expect(res?.status()).toBe(200);
		await expect(page.locator('h1').first()).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		// Islands hydrate when visible: scroll through so axe sees the live widgets.
		await scrollThrough(page);

		const found: string[] = [];
		found.push(...(await findAxeViolations(page)).map((v) => `phone, light: ${v}`));
		if (!hasKoreanTwin(path)) {
			await page.setViewportSize(VIEWPORTS.desktop);
			found.push(...(await findAxeViolations(page, undefined, LAYOUT_RULES)).map((v) => `desktop, light: ${v}`));
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
			found.push(...(await findAxeViolations(page, undefined, THEME_RULES)).map((v) => `desktop, dark: ${v}`));
		}
		expect(found).toEqual([]);

		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});
}
