// Assignment links: a lead builds a link on /assign/, a new hire opens it and sees the
// assigned sections in learning order with their state from local progress.
import { test, expect } from '@playwright/test';
import { createEmptyProgress, recordAttempt } from '../../src/quiz/progress';
import { PROGRESS_KEY } from '../../src/quiz/progress-store';
import { findAxeViolations, VIEWPORTS } from './site';

/** Stored progress in which pods was passed (100%) and services taken at 50%. */
function storedProgress() {
	const at = new Date('2026-12-01T09:00:00Z');
	let p = createEmptyProgress();
	p = recordAttempt(p, 'pods', { percent: 100, correct: 8, total: 8, questions: {} }, at, 'ko').progress;
	p = recordAttempt(p, 'services', { percent: 50, correct: 4, total: 8, questions: {} }, at, 'en').progress;
	return JSON.stringify(p);
}

test('a lead builds a link by picking sections, and it opens the assignment', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/assign/');
	const builder = page.locator('.assignment-builder');
	await expect(builder.getByRole('checkbox').first()).toBeEnabled();
	await expect(builder.getByRole('button', { name: '링크 복사' })).toBeDisabled();
	// Picked out of order: the link lists them in learning order.
	await builder.getByRole('checkbox', { name: '디플로이먼트' }).check();
	await builder.getByRole('checkbox', { name: '파드' }).check();
	await builder.getByRole('checkbox', { name: '종합 퀴즈도 포함' }).check();
	await builder.getByLabel('제목 (선택)').fill('백엔드 1주차');
	await builder.getByLabel('기한 (선택)').fill('금요일까지');
	const link = await page.getByTestId('assignment-link').inputValue();
	expect(new URL(link).search).toBe(
		`?s=pods,deployments&exam=1&t=${encodeURIComponent('백엔드').replace(/%20/g, '+')}+1%EC%A3%BC%EC%B0%A8&due=${encodeURIComponent('금요일까지')}`,
	);
	await builder.getByRole('button', { name: '링크 복사' }).click();
	await expect(page.locator('.assignment-copy-state')).toHaveText('링크를 복사했습니다.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	await builder.getByRole('link', { name: '링크 열어 보기' }).click();
	await expect(page.getByRole('heading', { name: '백엔드 1주차' })).toBeVisible();
	await expect(page.locator('.assignment-due')).toHaveText('기한: 금요일까지');
	await expect(page.locator('.assignment-items li')).toHaveText([/^파드/, /^디플로이먼트/, /^종합 퀴즈/]);
});

test('an opened link shows each section done or not from this browser’s progress, in either language', async ({ page }) => {
	await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, storedProgress()]);
	await page.goto('/assign/?s=services,deployments,pods&t=Week+1');
	const items = page.locator('.assignment-items li');
	await expect(items).toHaveCount(3);
	await expect(items.nth(0)).toHaveAttribute('data-section', 'pods');
	await expect(items.nth(0)).toHaveAttribute('data-state', 'done');
	await expect(items.nth(0)).toContainText('완료 (최고 100%)');
	await expect(items.nth(1)).toHaveAttribute('data-state', 'tried');
	await expect(items.nth(1)).toContainText('최고 50%');
	await expect(items.nth(2)).toHaveAttribute('data-state', 'not-started');
	await expect(page.getByTestId('assignment-count')).toHaveText('3개 중 1개 완료');
	await items.nth(0).getByRole('link').click();
	await expect(page).toHaveURL(/\/pods\/$/);
});

// The island hydrates after the page has parsed; its code is held back here until the page as
// parsed has been measured, so the check does not depend on how fast the machine is.
const linkCases = [
	{ name: 'a link with a due line', path: '/assign/?s=services,deployments,pods&t=Week+1&due=Friday', rows: 3 },
	{ name: 'a link with the exam and a long title', path: `/en/assign/?s=pods&exam=1&t=${'Backend+onboarding+'.repeat(4)}week+1`, rows: 2 },
];
for (const { name, path, rows, viewport } of [
	...linkCases.flatMap((c) => [VIEWPORTS.desktop, VIEWPORTS.phone].map((viewport) => ({ ...c, viewport }))),
	{ name: 'no link', path: '/assign/', rows: 0, viewport: VIEWPORTS.phone },
]) {
	test(`${name}: the builder stays where the page put it while the island fills in (${viewport.width} px, ${path.split('/')[1]})`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const html = await (await page.request.get(path)).text();
		const componentUrl = /component-url="([^"]+)"/.exec(html)?.[1];
		expect(componentUrl).toBeTruthy();
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route(`**${componentUrl}`, async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const builderTop = () =>
			page.evaluate(async () => {
				await document.fonts.ready;
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				return document.querySelector('.assignment-builder')!.getBoundingClientRect().top + window.scrollY;
			});
		const before = await builderTop();
		await expect(page.locator('.assignment')).not.toHaveAttribute('data-ready', 'true');
		release();
		await expect(page.locator('.assignment')).toHaveAttribute('data-ready', 'true');
		await expect(page.locator('.assignment-items li')).toHaveCount(rows);
		expect(Math.abs((await builderTop()) - before), `builder at ${before} px before hydration`).toBeLessThan(1);
	});
}

test('a link with unknown or malformed parts says what it skipped, visibly', async ({ page }) => {
	await page.goto('/en/assign/?s=podz,Pods,,services&exam=maybe&utm_source=doc');
	const problems = page.getByTestId('assignment-problems');
	await expect(problems).toBeVisible();
	await expect(problems).toContainText('Skipped sections this site does not have: podz');
	await expect(problems).toContainText('exam=maybe is not a known value');
	await expect(problems).toContainText('Ignored unused values: utm_source');
	await expect(page.locator('.assignment-items li')).toHaveText([/^Pods/, /^Services/]);
	await page.goto('/en/assign/?s=');
	await expect(page.getByTestId('assignment-problems')).toHaveText('This link assigns no section. Ask whoever sent it to check it.');
	await expect(page.locator('.assignment-items')).toHaveCount(0);
});

test('copying can fail, and says so', async ({ page }) => {
	await page.goto('/assign/');
	await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
	await page.locator('.assignment-builder').getByRole('checkbox', { name: '파드' }).check();
	await page.getByRole('button', { name: '링크 복사' }).click();
	await expect(page.locator('.assignment-copy-state')).toHaveText('복사하지 못했습니다. 위 칸의 링크를 직접 선택해 복사하세요.');
});

test('the assignment view has no axe violations on a phone', async ({ page }) => {
	await page.setViewportSize(VIEWPORTS.phone);
	await page.goto('/assign/?s=pods,services&exam=1&t=Week+1&due=Friday&x=1');
	await expect(page.locator('.assignment-items li')).toHaveCount(3);
	expect(await findAxeViolations(page)).toEqual([]);
});
