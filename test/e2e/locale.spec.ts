// Every /en/ page's chrome is English, and Korean pages' chrome is Korean where Starlight
// has Korean strings. "Chrome" is everything that is not the page's own prose: header,
// sidebar, table of contents, pagination, footer, search (including the Pagefind UI
// strings it will show), and the labels Starlight and Expressive Code put into the
// Markdown (heading anchor links, aside titles, terminal frame names, copy buttons).
// Fails the old bug: content lives in content/docs, so Starlight labelled English pages'
// Markdown in Korean ("참고", "섹션 제목", "터미널 창").
//
// That chrome is server-rendered, so the built HTML of every page is checked without a
// browser (htmlparser2, the parser linkinator already brings). Only the search dialog's
// Pagefind UI is drawn by script; one browser test opens it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { listBuiltPages } from './site';
import { openSearch, pathOf, searchFor } from './search-ui';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const pages = listBuiltPages();
const english = pages.filter((p) => p.startsWith('/en/'));
const korean = pages.filter((p) => !p.startsWith('/en/'));

/** Labelling attributes that readers see or hear. */
const ATTRS = ['aria-label', 'title', 'placeholder', 'alt', 'data-copied', 'data-translations', 'aria-roledescription'];

const isElement = (node: ChildNode | null): node is Element => node !== null && node.type !== 'text' && 'attribs' in node;
const hasClass = (el: Element, name: string) => (el.attribs.class ?? '').split(/\s+/).includes(name);

/** The element and its ancestors, nearest first. */
function* lineage(el: Element): Generator<Element> {
	for (let at: ChildNode | null = el; isElement(at); at = at.parent as ChildNode | null) yield at;
}

/** The labels Starlight and Expressive Code generate inside the Markdown prose. */
function isGenerated(el: Element): boolean {
	const inCode = [...lineage(el)].some((a) => hasClass(a, 'expressive-code'));
	return [...lineage(el)].some(
		(a) =>
			hasClass(a, 'sl-anchor-link') ||
			hasClass(a, 'starlight-aside__title') ||
			(a.name === 'aside' && hasClass(a, 'starlight-aside')) ||
			(inCode && (a.name === 'figcaption' || hasClass(a, 'copy'))),
	);
}

/** "tag.class: text" as a test failure names it. */
function describe(el: Element): string {
	const classes = (el.attribs.class ?? '').trim();
	return el.name + (classes ? '.' + classes.split(/\s+/).join('.') : '');
}

/**
 * Collects "where: text" for every piece of chrome in a page's HTML: text and labelling
 * attributes outside the Markdown prose, plus the labels generated inside it. The
 * language picker's "한국어" names a language in that language and is not chrome text.
 */
function collectChrome(html: string): string[] {
	const out: string[] = [];
	const document = parseDocument(html);
	const visit = (node: ChildNode, inProse: boolean) => {
		if (!isElement(node)) return;
		if (['script', 'style', 'template', 'head'].includes(node.name)) return;
		if (node.name === 'option' && [...lineage(node)].some((a) => a.name === 'starlight-lang-select')) return;
		const prose = inProse || hasClass(node, 'sl-markdown-content');
		// An author's aside title is prose; its aria-label repeats it. Only an untitled
		// aside's label is Starlight's (checked on the aside's own attribute).
		const chrome = !prose || isGenerated(node);
		if (chrome) {
			for (const name of ATTRS) {
				const value = node.attribs[name];
				if (value) out.push(`${describe(node)}[${name}]: ${value}`);
			}
			// The visible title of an aside is the author's (prose) when written.
			const authorTitle = [...lineage(node)].some((a) => hasClass(a, 'starlight-aside__title'));
			for (const child of node.children) {
				if (child.type === 'text' && child.data.trim() && !authorTitle) out.push(`${describe(node)}: ${child.data.trim()}`);
			}
		}
		for (const child of node.children) visit(child as ChildNode, prose);
	};
	for (const node of document.children) visit(node as ChildNode, false);
	return out;
}

/** The built HTML of a site path. */
const builtHtml = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');

test('the Hangul check finds Korean chrome in a fixture page', () => {
	const found = collectChrome(
		'<html><head><title>검색</title></head><body><header><a aria-label="검색">Search</a></header><main><div class="sl-markdown-content">' +
			'<p>파드 (prose may quote Korean)</p><h2 id="a">A</h2><a class="sl-anchor-link"><span>섹션 제목: “A”</span></a>' +
			'<aside class="starlight-aside" aria-label="참고"><p class="starlight-aside__title">Note</p></aside>' +
			'<div class="expressive-code"><figure><figcaption><span>터미널 창</span></figcaption><pre>kubectl</pre></figure></div>' +
			'</div><starlight-lang-select><select><option>한국어</option></select></starlight-lang-select></main></body></html>',
	).filter((line) => HANGUL.test(line));
	expect(found).toEqual(['a[aria-label]: 검색', 'span: 섹션 제목: “A”', 'aside.starlight-aside[aria-label]: 참고', 'span: 터미널 창']);
});

test('no /en/ page has Korean in its chrome (built HTML of every page)', () => {
	expect(english.length).toBeGreaterThan(20);
	const found = english.flatMap((path) =>
		collectChrome(builtHtml(path))
			.filter((line) => HANGUL.test(line))
			.map((line) => `${path} ${line}`),
	);
	expect(found).toEqual([]);
});

test("Korean pages' chrome is Korean where Starlight has Korean strings (built HTML of every page)", () => {
	expect(korean.length).toBeGreaterThan(20);
	const englishChrome = [
		/Section titled/,
		/Terminal window/,
		/Copy to clipboard/,
		/^.*\[aria-label\]: (Note|Tip|Caution|Danger)$/,
		/Skip to content/,
		/"clear_search":"Clear"/,
		/Next page|Previous page|On this page/,
	];
	const problems: string[] = [];
	for (const path of korean) {
		const html = builtHtml(path);
		const lines = collectChrome(html);
		for (const line of lines.filter((l) => englishChrome.some((re) => re.test(l)))) problems.push(`${path} ${line}`);
		// The search dialog's Pagefind strings are Korean.
		const translations = JSON.parse(
			/data-translations="([^"]*)"/
				.exec(html)?.[1]
				?.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&') ?? '{}',
		);
		if (translations.clear_search !== '지우기' || !HANGUL.test(translations.zero_results ?? ''))
			problems.push(`${path}: Pagefind UI strings are not Korean`);
		const anchor = /class="sl-anchor-link"[^>]*>([\s\S]*?)<\/a>/.exec(html)?.[1];
		if (anchor !== undefined && !anchor.includes('섹션 제목')) problems.push(`${path}: heading link "${anchor}"`);
	}
	expect(problems).toEqual([]);
});

// Drawn by Pagefind UI in the browser: the dialog's own strings and the excerpts of an
// English result (the hidden term lines carry Korean spellings; excerpts never show them).
test('the search dialog on an /en/ page speaks English, results included', async ({ page }) => {
	await page.goto('/en/pods/');
	await openSearch(page);
	const results = await searchFor(page, 'pod phase');
	expect(results.map((r) => pathOf(r.href))).toContain('/en/pods/');
	const dialog = page.locator('dialog[open]');
	const chrome = await dialog.evaluate((el) => [
		...[...el.querySelectorAll('input, button')].map(
			(c) => `${c.tagName}: ${c.getAttribute('placeholder') ?? ''} ${c.getAttribute('aria-label') ?? ''} ${c.textContent ?? ''}`,
		),
		`message: ${el.querySelector('.pagefind-ui__message')?.textContent ?? ''}`,
	]);
	expect(chrome.filter((line) => HANGUL.test(line))).toEqual([]);
	const pods = dialog
		.locator('li.pagefind-ui__result')
		.filter({ has: page.locator('a[href*="/en/pods/"]') })
		.first();
	const excerpts = await pods.locator('.pagefind-ui__result-excerpt').allTextContents();
	expect(excerpts.length).toBeGreaterThan(0);
	expect(excerpts.filter((text) => HANGUL.test(text))).toEqual([]);
});
