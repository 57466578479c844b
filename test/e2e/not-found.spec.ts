// The 404 pages: a missing path answers 404 with the page's way home (start page, the
// other language's start page, search), in Korean, or in English for /en/ paths. Static
// hosts serve one /404.html for every path (its script shows English under /en/); hosts
// that serve the nearest folder's 404.html get /en/404.html, English throughout.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { findAxeViolations, THEME_RULES, useTheme, VIEWPORTS } from './site';

// Two axe runs and a search dialog per journey: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('a missing Korean path gets the Korean 404 with a way home, search and the English start page', async ({ page }) => {
	await page.setViewportSize(VIEWPORTS.phone);
	await useTheme(page, 'dark');
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다');
	const korean = page.locator('[data-not-found-lang="ko"]');
	await expect(korean).toBeVisible();
	await expect(korean.getByRole('link', { name: '시작 페이지' })).toHaveAttribute('href', '/');
	await expect(korean.getByRole('link', { name: 'English start page' })).toHaveAttribute('href', '/en/');
	// The English text is there too (a host may serve this page for /en/ paths without script).
	await expect(page.locator('[data-not-found-lang="en"] h2')).toHaveText('Page not found');
	expect(await findAxeViolations(page)).toEqual([]);
	await useTheme(page, 'light');
	await page.setViewportSize(VIEWPORTS.desktop);
	await page.reload();
	expect(await findAxeViolations(page, undefined, THEME_RULES)).toEqual([]);
	// Search opens the site's search dialog.
	await korean.getByRole('button', { name: '사이트 검색' }).click();
	await expect(page.locator('dialog[open] input.pagefind-ui__search-input')).toBeVisible();
});

test('a missing English path gets the same 404.html in English, and /en/404.html is English throughout', async ({ page }) => {
	const response = await page.goto('/en/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveTitle(/^Page not found /);
	await expect(page.locator('[data-not-found-lang="ko"]')).toBeHidden();
	const english = page.locator('[data-not-found-lang="en"]');
	await expect(english.getByRole('link', { name: 'Start page' })).toHaveAttribute('href', '/en/');
	await expect(english.getByRole('link', { name: '한국어 시작 페이지' })).toHaveAttribute('href', '/');
	await english.getByRole('button', { name: 'Search the site' }).click();
	await expect(page.locator('dialog[open] input.pagefind-ui__search-input')).toBeVisible();
	await page.keyboard.press('Escape');
	expect(await findAxeViolations(page)).toEqual([]);

	// For hosts with per-folder 404 pages: the English page, English chrome, no Korean section.
	const html = readFileSync('dist/en/404.html', 'utf8');
	expect(html).toMatch(/<html[^>]*\blang="en"/);
	expect(html).toContain('Page not found');
	expect(html).not.toMatch(/<section[^>]*data-not-found-lang="ko"/);
	await page.goto('/en/404/');
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.locator('[data-not-found-lang="en"]').getByRole('link', { name: 'Start page' })).toHaveAttribute('href', '/en/');
});
