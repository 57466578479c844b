// The printable cheat sheet: one A4 page in each language, without the site's chrome,
// linked from the summary; every term is a glossary term.
import { test, expect } from '@playwright/test';

for (const [path, summary, heading] of [
	['/cheatsheet/', '/summary/', 'kubectl 명령'],
	['/en/cheatsheet/', '/en/summary/', 'kubectl commands'],
] as const) {
	test(`${path} prints on one A4 page`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
		// The page tree's /Count is the number of pages Chromium laid out.
		expect([...pdf.matchAll(/\/Type \/Pages[^>]*\/Count (\d+)/g)].map((m) => Number(m[1]))).toEqual([1]);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header').first()).toBeHidden();
		await expect(page.locator('.sidebar-pane').first()).toBeHidden();
		await expect(page.locator('.cheatsheet dt').first()).toBeVisible();
	});

	test(`${summary} links to ${path}`, async ({ page }) => {
		await page.goto(summary);
		await page.locator(`main a[href="${path}"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`${path}$`));
	});
}
