// Proof of completion without accounts: a learner copies a result summary (Markdown,
// text, link) from the progress page or an assignment, and the lead opens the link.
import { test, expect, type Page } from '@playwright/test';
import { createEmptyProgress, recordAttempt } from '../../src/quiz/progress';
import { PROGRESS_KEY } from '../../src/quiz/progress-store';
import { findAxeViolations, VIEWPORTS } from './site';

/** The share box of the page, scrolled into view so its island hydrates. */
async function shareBox(page: Page) {
	const share = page.locator('.result-share');
	await share.scrollIntoViewIfNeeded();
	await expect(share).toHaveAttribute('data-ready', 'true');
	return share;
}

async function seedProgress(page: Page) {
	const at = new Date('2026-12-01T09:00:00Z');
	let p = createEmptyProgress();
	p = recordAttempt(p, 'pods', { percent: 100, correct: 8, total: 8, questions: {} }, at, 'ko').progress;
	p = recordAttempt(p, 'services', { percent: 50, correct: 4, total: 8, questions: {} }, at, 'en').progress;
	await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify(p)]);
}

test('the progress page copies a self-reported summary and a result link the lead can open', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await seedProgress(page);
	await page.goto('/progress/');
	const share = await shareBox(page);
	await expect(share).toContainText('스스로 보고하는 결과');
	await share.getByLabel('이름 (선택, 요약에 들어갑니다)').fill('김신입');
	await share.getByRole('button', { name: 'Markdown 복사' }).click();
	await expect(share.getByRole('status')).toHaveText('복사했습니다.');
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown).toContain('### 학습 결과: 김신입');
	expect(markdown).toMatch(/\| 파드 \(쿠버네티스 v1\.\d+ 기준\) \| 100% \| ✅ 통과 \| 2026-12-01 \(한국어\) \|/);
	expect(markdown).toMatch(/\| 서비스[^|]*\| 50% \| 미통과 \| 2026-12-01 \(영어\) \|/);
	expect(markdown).toMatch(/사이트 버전 \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)/);
	await share.getByRole('button', { name: '텍스트 복사' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('- 파드: 100%, 통과, 2026-12-01 (한국어)');
	await share.getByRole('link', { name: '결과 링크 열기' }).click();
	await expect(page).toHaveURL(/\/result\/#r=1\./);
	const view = page.locator('.result-view');
	await expect(view.getByRole('heading', { name: '학습 결과: 김신입' })).toBeVisible();
	await expect(view.locator('tr[data-section="pods"]')).toHaveAttribute('data-passed', 'true');
	await expect(view.locator('tr[data-section="services"]')).toContainText('50%');
	await expect(view.locator('tr[data-section="final-exam"]')).toContainText('안 풂');
	await expect(view).toContainText('스스로 보고한 결과');
	await expect(view.locator('.result-view-intact')).toBeVisible();
});

test('a hand-edited, foreign or broken result link says so', async ({ page }) => {
	await seedProgress(page);
	await page.goto('/progress/');
	const href = await (await shareBox(page)).getByRole('link', { name: '결과 링크 열기' }).getAttribute('href');
	const fragment = new URL(href!).hash;
	// Raise the services score inside the link.
	const data = JSON.parse(Buffer.from(fragment.slice('#r=1.'.length), 'base64url').toString('utf8'));
	const services = data[3].find((row: unknown[]) => row[0] === 'services');
	services[2] = 100;
	services[3] = 1;
	await page.goto(`/result/#r=1.${Buffer.from(JSON.stringify(data)).toString('base64url')}`);
	await expect(page.getByTestId('result-edited')).toBeVisible();
	await page.goto('/en/result/');
	await expect(page.getByRole('alert')).toHaveText(/This address holds no results/);
	await page.goto('/en/result/#r=7.abc');
	await expect(page.getByRole('alert')).toHaveText(/another format version/);
	await page.goto('/en/result/#r=1.not-json');
	await expect(page.getByRole('alert')).toHaveText(/cut off or damaged/);
});

test('an assignment shares only its assigned items', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await seedProgress(page);
	await page.goto('/en/assign/?s=pods,deployments&t=Week+1');
	// Until the island has read the link, the page shows a disabled copy of the share box in its place.
	await expect(page.locator('.assignment')).toHaveAttribute('data-ready', 'true');
	const share = await shareBox(page);
	await share.getByRole('button', { name: 'Copy Markdown' }).click();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown).toContain('1 of 2 passed');
	expect(markdown).not.toContain('Services');
});

test('the shared result has no axe violations on a phone', async ({ page }) => {
	await seedProgress(page);
	await page.setViewportSize(VIEWPORTS.phone);
	await page.goto('/progress/');
	const href = await (await shareBox(page)).getByRole('link', { name: '결과 링크 열기' }).getAttribute('href');
	await page.goto(href!);
	await expect(page.locator('.result-view table')).toBeVisible();
	expect(await findAxeViolations(page)).toEqual([]);
});
