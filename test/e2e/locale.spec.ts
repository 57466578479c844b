// Every /en/ page's chrome is English, and Korean pages' chrome is Korean where Starlight
// has Korean strings. "Chrome" is everything that is not the page's own prose: header,
// sidebar, table of contents, pagination, footer, search (including the Pagefind UI
// strings it will show), and the labels Starlight and Expressive Code put into the
// Markdown (heading anchor links, aside titles, terminal frame names, copy buttons).
// Fails today's bug: content lives in content/docs, so Starlight labelled English pages'
// Markdown in Korean ("참고", "섹션 제목", "터미널 창").
import { test, expect, type Page } from '@playwright/test';
import { listBuiltPages } from './site';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const pages = listBuiltPages();
const english = pages.filter((p) => p.startsWith('/en/'));
const korean = pages.filter((p) => !p.startsWith('/en/'));

/**
 * Collects "where: text" for every piece of chrome on the page: text and labelling
 * attributes outside the Markdown prose, plus the labels generated inside it. The
 * language picker's "한국어" names a language in that language and is not chrome text.
 */
async function collectChrome(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const ATTRS = ['aria-label', 'title', 'placeholder', 'alt', 'data-copied', 'data-translations', 'aria-roledescription'];
		const prose = document.querySelector('.sl-markdown-content');
		const generated = '.sl-anchor-link, .starlight-aside__title, .expressive-code figcaption, .expressive-code .copy, aside.starlight-aside';
		const isLanguageName = (el: Element) => el.closest('starlight-lang-select') !== null && el.tagName === 'OPTION';
		const describe = (el: Element) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
		const all = document.body.querySelectorAll('*');
		for (const el of all) {
			if (el.closest('script, style, template') || isLanguageName(el)) continue;
			const inProse = prose?.contains(el) ?? false;
			const isGenerated = inProse && el.closest(generated) !== null;
			// An author's aside title is prose; its aria-label repeats it. Only an untitled
			// aside's label is Starlight's (tested on the aside's own attribute below).
			if (inProse && !isGenerated) continue;
			for (const name of ATTRS) {
				const value = el.getAttribute(name);
				if (value) out.push(`${describe(el)}[${name}]: ${value}`);
			}
			for (const node of el.childNodes) {
				if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
				// The visible title of an aside is the author's (prose) when written.
				if (el.closest('.starlight-aside__title')) continue;
				out.push(`${describe(el)}: ${node.textContent.trim()}`);
			}
		}
		return out;
	});
}

test('the Hangul check finds Korean chrome in a fixture page', async ({ page }) => {
	await page.setContent(
		'<body><header><a aria-label="검색">Search</a></header><main><div class="sl-markdown-content">' +
			'<p>파드 (prose may quote Korean)</p><h2 id="a">A</h2><a class="sl-anchor-link"><span>섹션 제목: “A”</span></a>' +
			'<aside class="starlight-aside" aria-label="참고"><p class="starlight-aside__title">Note</p></aside>' +
			'</div></main></body>',
	);
	const found = (await collectChrome(page)).filter((line) => HANGUL.test(line));
	expect(found).toEqual(['a[aria-label]: 검색', 'span: 섹션 제목: “A”', 'aside.starlight-aside[aria-label]: 참고']);
});

for (const path of english) {
	test(`${path} has no Korean in its chrome`, async ({ page }) => {
		await page.goto(path);
		const found = (await collectChrome(page)).filter((line) => HANGUL.test(line));
		expect(found, path).toEqual([]);
	});
}

for (const path of korean) {
	test(`${path} chrome is in Korean where Starlight has Korean strings`, async ({ page }) => {
		await page.goto(path);
		const lines = await collectChrome(page);
		const english = [/Section titled/, /Terminal window/, /Copy to clipboard/, /^.*\[aria-label\]: (Note|Tip|Caution|Danger)$/, /Skip to content/, /"clear_search":"Clear"/, /Next page|Previous page|On this page/];
		expect(lines.filter((line) => english.some((re) => re.test(line))), path).toEqual([]);
		// The search dialog's Pagefind strings are Korean.
		const translations = JSON.parse((await page.locator('site-search').getAttribute('data-translations')) ?? '{}');
		expect(translations.clear_search).toBe('지우기');
		expect(translations.zero_results).toMatch(HANGUL);
		const anchors = page.locator('.sl-anchor-link');
		if ((await anchors.count()) > 0) await expect(anchors.first()).toContainText('섹션 제목');
	});
}
