// Smoke test of the sub-path build (SITE_BASE=/k8s-basics/): links, assets and search
// all stay under the base.
import { test, expect } from '@playwright/test';
import { watchPage } from './site';
import { openSearch, pathOf, searchFor } from './search-ui';

test('the sub-path build links, loads assets and searches under its base', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto('./');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	// Starlight's CSS is loaded (the sidebar is laid out, not an unstyled list).
	await expect(page.locator('.sidebar-pane').first()).toHaveCSS('position', /fixed|sticky|relative/);
	const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(0);
	expect(hrefs.filter((h) => !h?.startsWith('/k8s-basics/'))).toEqual([]);
	await page.locator('main').getByRole('link', { name: '쿠버네티스란?' }).first().click();
	await expect(page).toHaveURL(/\/k8s-basics\/overview\/$/);
	await openSearch(page);
	const declarative = await searchFor(page, '선언형');
	expect(declarative.slice(0, 3).map((r) => pathOf(r.href))).toContain('/k8s-basics/overview/');
	// The same term bridging and particle handling as at the root: a Korean term with a
	// particle, and an English term whose result deep-links to its heading, under the base.
	const pods = await searchFor(page, '파드를');
	expect(pods.slice(0, 3).map((r) => pathOf(r.href))).toContain('/k8s-basics/pods/');
	const nodePort = await searchFor(page, 'NodePort');
	const services = nodePort.find((r) => pathOf(r.href) === '/k8s-basics/services/');
	expect(services?.subHrefs).toContain('/k8s-basics/services/#nodeport');
	expect(problems).toEqual([]);
});

test('the quiz loads its questions from under the base', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto('overview/#quiz');
	await expect(page.locator('[data-quiz-host]')).toHaveAttribute('data-src', '/k8s-basics/quiz-data/ko/overview.json');
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
	expect(problems).toEqual([]);
});

test.describe('offline under the sub-path', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the service worker is scoped to the base and serves its pages offline', async ({ page, context }) => {
		await page.goto('./');
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe('/k8s-basics/');
		await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
		await context.setOffline(true);
		await page.goto('services/');
		await expect(page.locator('h1')).toHaveText('서비스');
		await expect(page).toHaveURL(/\/k8s-basics\/services\/$/);
	});
});
