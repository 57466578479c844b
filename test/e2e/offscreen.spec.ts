// On a phone, the widgets further down a page and the quiz at its end are not styled, laid
// out or painted at first load (content-visibility: auto): the first layouts cover the text
// being read. They render when the reader comes near them, when a link jumps to them, and
// when the page is printed.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORTS, listBuiltPages } from './site';

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
	expect(await rendered(page, '#quiz > ol')).toBe(false);
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

// Every section quiz (the final exam is the whole page, on screen from the start).
const quizPages = listBuiltPages().filter(
	(path) => !path.includes('final-exam') && readFileSync(join('dist', path, 'index.html'), 'utf8').includes('id="quiz"'),
);

test('a skipped quiz is taller than its questions, so nothing after it is laid over them', async ({ page }) => {
	test.setTimeout(120_000);
	expect(quizPages.length).toBeGreaterThan(20);
	// The narrowest common phone: the questions are at their tallest.
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of quizPages) {
		await page.goto(path);
		expect(await rendered(page, '#quiz > ol'), path).toBe(false);
		const heights = await page.locator('#quiz').evaluate((el) => {
			const placeholder = el.getBoundingClientRect().height;
			el.style.contentVisibility = 'visible';
			const questions = el.getBoundingClientRect().height;
			el.style.contentVisibility = '';
			return { placeholder, questions };
		});
		expect(heights.questions, path).toBeGreaterThan(500);
		expect(heights.placeholder, path).toBeGreaterThan(heights.questions);
	}
});

test('a link to a quiz question lands on the rendered question', async ({ page }) => {
	await page.goto('/services/');
	const id = await page.locator('#quiz .quiz-question').first().getAttribute('id');
	await page.goto(`/services/#${id}`);
	await expect.poll(() => rendered(page, '#quiz > ol')).toBe(true);
	await expect(page.locator(`#${id} .quiz-prompt`)).toBeInViewport();
});

test('printed, every widget and the quiz render', async ({ page }) => {
	await page.goto('/services/');
	await page.emulateMedia({ media: 'print' });
	for (const inside of await page.locator('figure.k8s-widget > fieldset, #quiz > ol').all()) {
		expect(await inside.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
	}
});
