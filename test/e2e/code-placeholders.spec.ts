// A code block's frame skips style, layout and paint until the reader comes near it
// (content-visibility: auto, src/styles/site.css) and stands in with a placeholder as tall as
// the block, so nothing moves when it renders. A block wider than the screen scrolls sideways:
// with classic scrollbars (Windows and Linux desktops, Lighthouse's phone runs) its scrollbar
// must not make it taller than the placeholder either (it did: a paragraph on /nginx-example/
// moved 15 px on a phone's first screen).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { VIEWPORTS, listBuiltPages } from './site';

// Playwright hides scrollbars by default.
test.use({ launchOptions: { executablePath: findChrome({ headlessShell: true }), args: chromeArgs, ignoreDefaultArgs: ['--hide-scrollbars'] } });

/** Every built page with a code block. */
const CODE_PAGES = listBuiltPages().filter((path) => readFileSync(join('dist', path, 'index.html'), 'utf8').includes('class="expressive-code"'));

for (const [screen, viewport] of [
	['phone', VIEWPORTS.phone],
	['desktop', VIEWPORTS.desktop],
] as const) {
	test(`on a ${screen}, code blocks below the first screen are skipped, with placeholders as tall as the blocks, scrollbars included`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		let overflowing = 0;
		for (const path of CODE_PAGES) {
			await page.goto(path);
			const placeholders = await page.locator('.expressive-code .frame').evaluateAll((frames) =>
				frames.map((f) => ({
					skipped: !f.querySelector('pre')!.checkVisibility({ contentVisibilityAuto: true }),
					height: f.getBoundingClientRect().height,
				})),
			);
			if (placeholders.length > 3)
				expect(placeholders.filter((p) => p.skipped).length, `${path}: skipped code blocks`).toBeGreaterThan(placeholders.length / 2);
			await page.addStyleTag({ content: '.expressive-code .frame { content-visibility: visible !important; }' });
			const rendered = await page.locator('.expressive-code .frame').evaluateAll((frames) =>
				frames.map((f) => {
					const pre = f.querySelector('pre')!;
					const code = getComputedStyle(pre.querySelector('code')!);
					// How far the last line's box reaches under the scrollbar, against its leading below the text.
					const under =
						pre.querySelector('.ec-line:last-child')!.getBoundingClientRect().bottom -
						(pre.getBoundingClientRect().top + pre.clientTop + pre.clientHeight);
					return {
						height: f.getBoundingClientRect().height,
						scrolls: pre.scrollWidth > pre.clientWidth,
						under,
						leading: (parseFloat(code.lineHeight) - parseFloat(code.fontSize)) / 2,
					};
				}),
			);
			overflowing += rendered.filter((r) => r.scrolls).length;
			const off = placeholders
				.map((p, i) => ({ ...p, rendered: rendered[i]!, block: i + 1 }))
				.filter((p) => p.skipped && Math.abs(p.height - p.rendered.height) > 0.5);
			expect(
				off.map(
					(p) =>
						`block ${p.block}: placeholder ${p.height.toFixed(1)} px, rendered ${p.rendered.height.toFixed(1)} px${p.rendered.scrolls ? ' (scrolls sideways)' : ''}`,
				),
				path,
			).toEqual([]);
			// A scrollbar covers at most the bottom padding and the leading under the last line's text.
			const covered = rendered.map((r, i) => ({ ...r, block: i + 1 })).filter((r) => r.under > r.leading);
			expect(
				covered.map((r) => `block ${r.block}: the scrollbar covers ${r.under.toFixed(1)} px of the last line (leading ${r.leading.toFixed(1)} px)`),
				path,
			).toEqual([]);
		}
		// The check above covers blocks that scroll sideways on this screen.
		expect(overflowing).toBeGreaterThan(screen === 'phone' ? 20 : 0);
	});
}
