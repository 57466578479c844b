// Korean text breaks lines only between words on a phone; English keeps the browser's
// default line breaking.
import { test, expect, type Page } from '@playwright/test';
import { VIEWPORTS, scrollThrough } from './site';

/**
 * Every place in the page's main column where a line ends between two characters of
 * one word that contains Hangul (no space between them), as "…앞|뒤…" snippets.
 */
async function findBrokenKoreanWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
		const wordChar = /[\p{L}\p{N}]/u;
		const broken: string[] = [];
		const root = document.querySelector('main') ?? document.body;
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
			acceptNode: (n) =>
				hangul.test(n.textContent ?? '') && !n.parentElement?.closest('pre, code, script, style, [hidden], .sr-only')
					? NodeFilter.FILTER_ACCEPT
					: NodeFilter.FILTER_REJECT,
		});
		const range = document.createRange();
		const topOf = (node: Node, i: number) => {
			range.setStart(node, i);
			range.setEnd(node, i + 1);
			const rect = range.getClientRects()[0];
			return rect ? rect.top : null;
		};
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			if (!node.parentElement || node.parentElement.getClientRects().length === 0) continue;
			let prevTop: number | null = null;
			for (let i = 0; i < text.length; i++) {
				const top = topOf(node, i);
				if (i > 0 && top !== null && prevTop !== null && top - prevTop > 4) {
					const a = text[i - 1];
					const b = text[i];
					if (wordChar.test(a) && wordChar.test(b) && (hangul.test(a) || hangul.test(b))) {
						broken.push(`${text.slice(Math.max(0, i - 8), i)}|${text.slice(i, i + 8)}`);
					}
				}
				if (top !== null) prevTop = top;
			}
		}
		return broken;
	});
}

for (const path of ['/', '/overview/', '/services/', '/deployments/', '/controllers/', '/resource-management/', '/glossary/']) {
	test(`${path} breaks Korean lines only between words at 390 px`, async ({ page }) => {
		await page.setViewportSize(VIEWPORTS.phone);
		await page.goto(path, { waitUntil: 'load' });
		await scrollThrough(page);
		expect(await findBrokenKoreanWords(page)).toEqual([]);
		// Nothing is pushed past the screen's edge to avoid a break.
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	});
}

test('English pages keep the default line breaking', async ({ page }) => {
	await page.setViewportSize(VIEWPORTS.phone);
	await page.goto('/en/overview/');
	const style = await page
		.locator('main p')
		.first()
		.evaluate((p) => getComputedStyle(p).wordBreak);
	expect(style).toBe('normal');
});

test('the check finds a Korean word broken mid-word when keep-all is off', async ({ page }) => {
	// Guards the check itself: without keep-all, a narrow Korean paragraph breaks inside words.
	await page.setViewportSize(VIEWPORTS.phone);
	await page.goto('/overview/');
	await page.evaluate(() => {
		document.documentElement.style.wordBreak = 'normal';
		const p = document.querySelector('main .sl-markdown-content p') as HTMLElement;
		p.style.width = '7.3em';
	});
	expect((await findBrokenKoreanWords(page)).length).toBeGreaterThan(0);
});
