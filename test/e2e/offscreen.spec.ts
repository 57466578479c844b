// On a phone, the code blocks and widgets further down a page and the quiz at its end are not
// styled, laid out or painted at first load (content-visibility: auto): the first layouts cover
// the text being read. They render when the reader comes near them, when a link jumps to them,
// and when the page is printed. A code block's placeholder is its rendered height (code-placeholders.spec.ts).
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

test('a link to a heading between code blocks lands on it, with the blocks around it rendered', async ({ page }) => {
	await page.goto('/nginx-example/');
	// The last h2 whose section has a code block: far down, with skipped blocks above it.
	const id = await page.locator('.sl-markdown-content .sl-heading-wrapper:has(> h2[id])').evaluateAll((wrappers) => {
		const withCode = wrappers.filter((w) => {
			for (let el = w.nextElementSibling; el && !el.matches('.sl-heading-wrapper'); el = el.nextElementSibling)
				if (el.matches('.expressive-code')) return true;
			return false;
		});
		return withCode.at(-1)?.querySelector('h2')?.id;
	});
	expect(id).toBeTruthy();
	await page.goto(`/nginx-example/#${encodeURIComponent(id!)}`);
	const heading = page.locator(`[id="${id}"]`);
	await expect(heading).toBeInViewport();
	// Where the browser puts a linked heading: below Starlight's header bars (scroll padding).
	const { top, padding } = await heading.evaluate((el) => ({
		top: el.getBoundingClientRect().top,
		padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + parseFloat(getComputedStyle(el).scrollMarginTop),
	}));
	expect(Math.abs(top - padding), `the heading is ${top} px from the top, its scroll position ${padding} px`).toBeLessThan(2);
	// Every code block on screen is rendered.
	await expect
		.poll(() =>
			page.locator('.expressive-code .frame').evaluateAll((frames) =>
				frames
					.filter((f) => {
						const box = f.getBoundingClientRect();
						return box.bottom > 0 && box.top < innerHeight;
					})
					.map((f) => f.querySelector('pre')!.checkVisibility({ contentVisibilityAuto: true })),
			),
		)
		.toEqual(expect.arrayContaining([true]));
	expect(
		await page
			.locator('.expressive-code .frame')
			.evaluateAll(
				(frames) =>
					frames.filter(
						(f) =>
							f.getBoundingClientRect().bottom > 0 &&
							f.getBoundingClientRect().top < innerHeight &&
							!f.querySelector('pre')!.checkVisibility({ contentVisibilityAuto: true }),
					).length,
			),
		'code blocks on screen still skipped',
	).toBe(0);
	// Rendering the blocks near it moved nothing.
	expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeCloseTo(top, 0);
});

// Pages with a widget frame, and on each the first table-of-contents heading after each frame:
// a jump there brings the frame above it near the viewport, where it renders at its real
// height instead of its placeholder's.
const widgetPages = listBuiltPages().filter((path) => readFileSync(join('dist', path, 'index.html'), 'utf8').includes('class="k8s-widget'));

/**
 * How far a linked element is from where the browser puts it: below Starlight's header bars
 * (scroll padding), or as far up as the page scrolls (0 when at the bottom and still below).
 */
const landingGap = (page: Page, id: string) =>
	page.locator(`[id="${id}"]`).evaluate((el) => {
		const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + parseFloat(getComputedStyle(el).scrollMarginTop);
		const gap = Math.round(el.getBoundingClientRect().top - padding);
		const atBottom = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
		return gap > 0 && atBottom ? 0 : gap + 0;
	});

for (const [screen, viewport] of [
	['phone', VIEWPORTS.phone],
	['desktop', VIEWPORTS.desktop],
] as const) {
	test(`on a ${screen}, a link or jump to a heading below a widget stays on the heading once the widget renders`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		expect(widgetPages.length).toBeGreaterThan(10);
		const missed: string[] = [];
		let jumps = 0;
		for (const path of widgetPages) {
			await page.goto(path);
			const ids = await page
				.locator('figure.k8s-widget')
				.evaluateAll((frames) =>
					frames
						.map(
							(frame) =>
								[...document.querySelectorAll('.sl-markdown-content :is(h2, h3)[id]')].find(
									(h) => frame.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING,
								)?.id,
						)
						.filter((id): id is string => Boolean(id)),
				);
			for (const id of new Set(ids)) {
				// Opening a link to the heading (an onboarding document's link)...
				await page.goto(`${path}#${encodeURIComponent(id)}`);
				// The frames near the heading render in the next frames; give them time to.
				await page.waitForTimeout(400);
				const opened = await landingGap(page, id);
				if (Math.abs(opened) > 1) missed.push(`opening ${path}#${id}: ${opened} px from where the link put it`);
				// ...and jumping to it from the top of the page.
				await page.goto(path);
				await page.evaluate((hash) => (location.hash = hash), id);
				await page.waitForTimeout(400);
				const jumped = await landingGap(page, id);
				if (Math.abs(jumped) > 1) missed.push(`jumping to ${path}#${id}: ${jumped} px from where the jump put it`);
				jumps++;
			}
		}
		expect(jumps).toBeGreaterThan(10);
		expect(missed).toEqual([]);
	});
}

for (const api of ['with', 'without'] as const) {
	test(`a table-of-contents link to the heading below a widget lands on it (${api} the Navigation API)`, async ({ page }) => {
		// Browsers without it (older Safari and Firefox) take the click path.
		if (api === 'without') await page.addInitScript(() => Object.defineProperty(window, 'navigation', { value: undefined }));
		await page.setViewportSize(VIEWPORTS.desktop);
		await page.goto('/services/');
		expect(await page.evaluate(() => 'navigation' in window && Boolean((window as { navigation?: unknown }).navigation))).toBe(api === 'with');
		// Right after the service type picker, far down the page.
		await page.locator('starlight-toc a[href="#서비스-dns"]').click();
		await page.waitForTimeout(400);
		expect(await landingGap(page, '서비스-dns')).toBe(0);
		await expect(page.locator('#service-type-picker > fieldset')).toBeVisible();
	});
}

test('reloaded, a page with a fragment keeps the reader’s own scroll position', async ({ page }) => {
	await page.setViewportSize(VIEWPORTS.desktop);
	await page.goto('/services/#서비스-dns');
	await page.waitForTimeout(400);
	await page.mouse.move(600, 450);
	await page.mouse.wheel(0, -2500);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(9000);
	await page.waitForTimeout(400);
	const before = await page.evaluate(() => scrollY);
	await page.reload();
	await page.waitForTimeout(800);
	expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(2);
});

test('printed, every widget, code block and the quiz render', async ({ page }) => {
	await page.goto('/services/');
	await page.emulateMedia({ media: 'print' });
	for (const inside of await page.locator('figure.k8s-widget > fieldset, #quiz > ol, .expressive-code pre').all()) {
		expect(await inside.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
	}
});
