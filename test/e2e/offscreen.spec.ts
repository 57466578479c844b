// On a phone, the widgets and the quiz further down a page are not styled, laid out or
// painted at first load (content-visibility: auto): the first layouts cover the text being
// read. They render when the reader comes near them, when a link jumps into them, and when
// the page is printed.
import { test, expect, type Page } from '@playwright/test';
import { VIEWPORTS } from './site';

test.use({ viewport: VIEWPORTS.phone });

/** Whether the inside of an element is rendered, as opposed to skipped by content-visibility: auto. */
const rendered = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

// /services/ has a widget and the kubectl lab in the middle and the quiz at the end.
const WIDGET = '#service-type-picker > fieldset';
const QUIZ = '#quiz > ol';

test('off-screen widgets and the quiz are skipped at first load and render near the viewport', async ({ page }) => {
	await page.goto('/services/');
	const widgets = page.locator('figure.k8s-widget > fieldset');
	expect(await widgets.count()).toBeGreaterThan(1);
	for (const fieldset of await widgets.all()) {
		expect(await fieldset.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
	}
	expect(await rendered(page, QUIZ)).toBe(false);
	// Still in the accessibility tree and found by the page's own text search.
	await expect(page.getByRole('button', { name: 'NodePort' })).toHaveCount(1);
	await page.locator('#service-type-picker').scrollIntoViewIfNeeded();
	await expect.poll(() => rendered(page, WIDGET)).toBe(true);
	expect(await rendered(page, QUIZ)).toBe(false);
});

test('a link to a quiz question lands on the rendered question', async ({ page }) => {
	await page.goto('/services/');
	const id = await page.locator('#quiz .quiz-question').first().getAttribute('id');
	await page.goto(`/services/#${id}`);
	await expect.poll(() => rendered(page, QUIZ)).toBe(true);
	await expect(page.locator(`#${id} .quiz-prompt`)).toBeInViewport();
});

test('printed, every widget and the quiz render', async ({ page }) => {
	await page.goto('/services/');
	await page.emulateMedia({ media: 'print' });
	for (const selector of [WIDGET, QUIZ]) expect(await rendered(page, selector)).toBe(true);
});
