// The "On this page" lists (src/components/toc): only the one displayed tracks the heading
// the reader is at, and what it observes is the set Starlight's own selectors pick.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { tocTargets } from '../../src/components/toc/toc-targets';
import { VIEWPORTS, listBuiltPages } from './site';

/**
 * Starlight's selector list from its StarlightTOC.init, read from the installed package (the
 * file is pinned by test/unit/toc/toc-override-drift.test.ts), for heading selector `h`.
 */
function starlightSelectors(h: string): string {
	const source = readFileSync('node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js', 'utf8');
	const list = /document\.querySelectorAll\(\[([\s\S]*?)\]\.join\(\)\)/.exec(source)?.[1];
	if (!list) throw new Error("Starlight's TOC selector list was not found");
	const selectors = new Function('h', `return [${list.replaceAll('this.tocHeadingSelector', 'h')}];`)(h) as string[];
	expect(selectors.length).toBeGreaterThan(1);
	return selectors.join();
}

const HEADINGS = 'h1#_top,:where(h2,h3)[id]';

/** Whether tocTargets finds, in order, the elements Starlight's selectors match on this page. */
function compareTargets(page: Page) {
	return page.evaluate(
		([source, headings, selectors]) => {
			const find = new Function(`return ${source}`)() as typeof tocTargets;
			const ours = find(document, headings);
			const theirs = [...document.querySelectorAll(selectors)];
			const name = (el: Element) => `${el.localName}${el.id ? '#' + el.id : ''}.${el.className}`;
			return {
				count: theirs.length,
				same: ours.length === theirs.length && ours.every((el, i) => el === theirs[i]),
				missing: theirs.filter((el) => !ours.includes(el)).map(name),
				extra: ours.filter((el) => !theirs.includes(el)).map(name),
			};
		},
		[tocTargets.toString(), HEADINGS, starlightSelectors(HEADINGS)] as const,
	);
}

test('every page: the observed elements are those of Starlight’s selectors, in document order', async ({ page }) => {
	test.setTimeout(120_000);
	const withToc = listBuiltPages().filter((path) => readFileSync(`dist${path}index.html`, 'utf8').includes('<starlight-toc'));
	expect(withToc.length).toBeGreaterThan(30);
	for (const path of withToc) {
		await page.goto(path);
		const result = await compareTargets(page);
		expect(result.count, path).toBeGreaterThan(2);
		expect(result, path).toEqual({ ...result, same: true, missing: [], extra: [] });
	}
});

test('nested headings, h4 wrappers and content outside main: the same elements as Starlight’s selectors', async ({ page }) => {
	await page.setContent(`
		<header><h2 id="outside">not in main</h2><p>x</p></header>
		<main>
			<div><h1 id="_top">Title</h1></div>
			<div class="sl-markdown-content">
				<p>intro</p>
				<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2><a href="#a">#</a></div>
				<p>after a</p>
				<section><p>no heading here</p><div><h3 id="deep">deep</h3><p>after deep</p><ul><li>x</li></ul></div></section>
				<div class="sl-heading-wrapper level-h4"><h4 id="four">4</h4></div>
				<div><div class="sl-heading-wrapper level-h4"><h4 id="four-b">4b</h4></div><p>after an h4 wrapper</p></div>
				<h3>no id</h3><p>after an id-less h3</p>
				<aside class="not-content"><h2 id="b">B</h2><div><p>nested</p></div></aside>
				<div><div class="sl-markdown-content"><p>inner content</p><h2>plain</h2></div></div>
			</div>
			<footer><p>end</p></footer>
		</main>`);
	const result = await compareTargets(page);
	expect(result.count).toBeGreaterThan(10);
	expect(result).toEqual({ ...result, same: true, missing: [], extra: [] });
});

const current = (page: Page, list: string) => page.locator(`${list} a[aria-current="true"]`);
const MOBILE = 'mobile-starlight-toc';
const DESKTOP = 'starlight-toc';
// A heading halfway down /services/ (ko), its link in both lists.
const HEADING = '#서비스-dns';

/**
 * Scrolls the heading into the band under the header where the lists count it as current.
 * Twice: a widget above it renders once near the viewport and can push it out of the band.
 */
async function readAt(page: Page) {
	for (let i = 0; i < 2; i++) {
		await page.locator(HEADING).evaluate((el) => {
			const header = document.querySelector('header')!.getBoundingClientRect().height;
			window.scrollBy(0, el.getBoundingClientRect().top - (header + 40));
		});
		await page.waitForTimeout(300);
	}
}

test('on a phone only the dropdown tracks the heading; widened to a desktop, the sidebar list starts', async ({ page }) => {
	await page.setViewportSize(VIEWPORTS.phone);
	await page.goto('/services/');
	await readAt(page);
	await expect(current(page, MOBILE)).toHaveAttribute('href', HEADING);
	await expect(page.locator(`${MOBILE} .display-current`)).toHaveText('서비스 DNS');
	// The hidden sidebar list has not started: no link of it is marked.
	await expect(current(page, DESKTOP)).toHaveCount(0);

	await page.setViewportSize(VIEWPORTS.desktop);
	await readAt(page);
	await expect(current(page, DESKTOP)).toHaveAttribute('href', HEADING);
});

test('on a desktop only the sidebar list tracks the heading', async ({ page }) => {
	await page.setViewportSize(VIEWPORTS.desktop);
	await page.goto('/services/');
	await readAt(page);
	await expect(current(page, DESKTOP)).toHaveAttribute('href', HEADING);
	await expect(current(page, MOBILE)).toHaveCount(0);
	await expect(page.locator(`${MOBILE} .display-current`)).toHaveText('');
});
