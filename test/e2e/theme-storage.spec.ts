// The theme and progress with site storage really blocked (a Chromium profile whose
// content settings block cookies and site data for every site, as "Block all cookies"
// does), and the theme without JavaScript following the OS preference.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';

/** Relative luminance-ish brightness (0 dark to 1 light) of the body background. */
const bodyBrightness = (page: Page) =>
	page.evaluate(() => {
		const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
		return ((r ?? 0) + (g ?? 0) + (b ?? 0)) / (3 * 255);
	});

test.describe('with cookies and site data blocked in the Chromium profile', () => {
	let dir: string;
	let context: BrowserContext;

	test.beforeAll(async ({}, testInfo) => {
		dir = mkdtempSync(join(tmpdir(), 'k8s-basics-blocked-'));
		mkdirSync(join(dir, 'Default'));
		// 2 = block: what chrome://settings/cookies "Block all cookies" stores.
		writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
		context = await chromium.launchPersistentContext(dir, {
			executablePath: findChrome(),
			args: chromeArgs,
			baseURL: testInfo.project.use.baseURL,
			colorScheme: 'light',
		});
	});

	test.afterAll(async () => {
		await context?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('the theme follows the OS, the picker works for the page, nothing throws, the quiz says scores are not kept', async () => {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto('/overview/');
		// The profile really blocks storage (otherwise this test proves nothing).
		expect(
			await page.evaluate(() => {
				try {
					void window.localStorage;
					return 'readable';
				} catch (e) {
					return (e as DOMException).name;
				}
			}),
		).toBe('SecurityError');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const picker = page.locator('starlight-theme-select select:visible').first();
		await expect(picker).toHaveValue('auto');
		await picker.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await picker.selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await page.locator('#quiz').scrollIntoViewIfNeeded();
		await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
		await expect(page.getByTestId('quiz-not-kept')).toBeVisible();
		for (const path of ['/', '/progress/', '/final-exam/', '/en/overview/']) await page.goto(path);
		await page.waitForLoadState('load');
		expect(errors).toEqual([]);
		await page.close();
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`without JavaScript the page follows the OS preference (${scheme})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
		const page = await context.newPage();
		await page.goto('/overview/');
		// Starlight's static attribute says dark; only the CSS can follow the OS here.
		await expect(page.locator('html')).not.toHaveAttribute('data-theme-script');
		const brightness = await bodyBrightness(page);
		if (scheme === 'light') expect(brightness).toBeGreaterThan(0.8);
		else expect(brightness).toBeLessThan(0.3);
		await context.close();
	});
}

test('with JavaScript, an explicit dark choice wins over an OS that prefers light', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto('/overview/');
	await page.locator('starlight-theme-select select:visible').first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme-script', '');
	expect(await bodyBrightness(page)).toBeLessThan(0.3);
	await context.close();
});
