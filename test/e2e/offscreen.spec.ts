// On a phone, the widgets further down a page are not styled, laid out or painted at first
// load (content-visibility: auto on the widget frame): the first layouts cover the text being
// read. A widget renders when the reader comes near it, when a link jumps to it, and when the
// page is printed.
import { test, expect, type Page } from '@playwright/test';
import { VIEWPORTS } from './site';

test.use({ viewport: VIEWPORTS.phone });

/** Whether the inside of an element is rendered, as opposed to skipped by content-visibility: auto. */
const rendered = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

// /services/ has the service type picker and the kubectl lab below the first screen.
const WIDGET = '#service-type-picker > fieldset';

test('off-screen widgets are skipped at first load and render near the viewport', async ({ page }) => {
	await page.goto('/services/');
	const widgets = page.locator('figure.k8s-widget > fieldset');
	expect(await widgets.count()).toBeGreaterThan(1);
	for (const fieldset of await widgets.all()) {
		expect(await fieldset.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
	}
	// Still in the accessibility tree.
	await expect(page.getByRole('button', { name: 'NodePort' })).toHaveCount(1);
	await page.locator('#service-type-picker').scrollIntoViewIfNeeded();
	await expect.poll(() => rendered(page, WIDGET)).toBe(true);
});

test('a link to a widget lands on the rendered widget', async ({ page }) => {
	await page.goto('/services/#service-type-picker');
	await expect.poll(() => rendered(page, WIDGET)).toBe(true);
	await expect(page.getByRole('button', { name: 'NodePort' })).toBeInViewport();
});

test('printed, every widget renders', async ({ page }) => {
	await page.goto('/services/');
	await page.emulateMedia({ media: 'print' });
	for (const fieldset of await page.locator('figure.k8s-widget > fieldset').all()) {
		expect(await fieldset.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
	}
});
