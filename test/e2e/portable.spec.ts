// Portable progress and deep links (issue #11 items 4 and 5, issue #12 item 4): the progress page
// exports progress as a file and imports it (picker and drag and drop) with a preview and a
// confirmed merge, refuses bad files visibly, shows each section's lab tasks done; every
// heading and quiz question has a copy-link that says whether copying worked.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { createEmptyProgress, recordAttempt, recordLabTask } from '../../src/quiz/progress';
import { EXPORT_FORMAT } from '../../src/quiz/progress-file';
import { PROGRESS_KEY } from '../../src/quiz/progress-store';
import { THEME_RULES, VIEWPORTS, findAxeViolations, watchPage } from './site';

/** Task ids of a section's lab, read from the content the build read. */
const labTasks = (section: string): string[] => parse(readFileSync(`content/labs/ko/${section}.yaml`, 'utf8')).tasks.map((t: { id: string }) => t.id);

async function openProgress(page: Page) {
	await page.goto('/progress/');
	const list = page.locator('.quiz-progress');
	await list.scrollIntoViewIfNeeded();
	await expect(list).toHaveAttribute('data-ready', 'true');
	const box = page.getByTestId('progress-transfer');
	await expect(box).toHaveAttribute('data-ready', 'true');
	return box;
}

/** Drops a file onto the transfer box as a browser does (a DataTransfer carrying a File). */
async function dropFile(page: Page, name: string, text: string) {
	const transfer = await page.evaluateHandle(
		([n, t]) => {
			const dt = new DataTransfer();
			dt.items.add(new File([t], n, { type: 'application/json' }));
			return dt;
		},
		[name, text] as const,
	);
	await page.getByTestId('progress-transfer').dispatchEvent('dragover', { dataTransfer: transfer });
	await page.getByTestId('progress-transfer').dispatchEvent('drop', { dataTransfer: transfer });
}

test('export, clear, import the downloaded file with preview and merge; bad files change nothing', async ({ page }) => {
	// Four axe runs of one box, on a 2-core machine shared with other work.
	test.setTimeout(120_000);
	const problems = watchPage(page);
	const at = new Date('2026-12-01T09:00:00Z');
	let seeded = createEmptyProgress();
	seeded = recordAttempt(seeded, 'pods', { percent: 90, correct: 9, total: 10, questions: {} }, at, 'ko').progress;
	seeded = recordAttempt(seeded, 'services', { percent: 40, correct: 4, total: 10, questions: {} }, at, 'en').progress;
	seeded = recordLabTask(seeded, 'pods', 'create-pod', at.toISOString());
	await page.goto('/progress/');
	await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PROGRESS_KEY, JSON.stringify(seeded)]);
	let box = await openProgress(page);

	// Lab tasks done per section, counted against the lab file's tasks.
	const podsTasks = labTasks('pods');
	const podsLab = page.locator('tr[data-quiz="ko/pods"] .quiz-lab-cell');
	await expect(podsLab).toHaveAttribute('data-lab-done', `1/${podsTasks.length}`);
	await expect(podsLab.getByRole('link', { name: `1/${podsTasks.length} (파드 실습 과제 완료)` })).toHaveAttribute('href', '/pods/#kubectl-lab');
	await expect(page.locator('tr[data-quiz="ko/services"] .quiz-lab-cell')).toHaveAttribute('data-lab-done', `0/${labTasks('services').length}`);
	await expect(page.locator('tr[data-quiz="ko/overview"] .quiz-lab-cell .sr-only')).toHaveText('실습 없음');
	await expect(podsLab.getByRole('link')).toHaveText(`1/${podsTasks.length} (파드 실습 과제 완료)`);

	// Export: a versioned file with the stored records and lab tasks.
	const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: '기록 내보내기 (JSON)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^k8s-basics-progress-\d{4}-\d{2}-\d{2}\.json$/);
	const exported = readFileSync(await download.path(), 'utf8');
	const file = JSON.parse(exported);
	expect(file).toMatchObject({
		format: EXPORT_FORMAT,
		version: 1,
		records: { pods: { best: { percent: 90 } }, services: { best: { percent: 40 } } },
		labs: { pods: { 'create-pod': {} } },
	});
	await expect(page.getByTestId('transfer-message')).toContainText('내려받기를 시작했습니다');

	// Clear everything.
	await page.getByRole('button', { name: '기록 지우기' }).click();
	await page.getByRole('button', { name: '예, 지웁니다' }).click();
	await expect(page.locator('tr[data-quiz="ko/pods"]')).toHaveAttribute('data-state', 'not-started');
	await expect(podsLab).toHaveAttribute('data-lab-done', `0/${podsTasks.length}`);

	// A foreign file and an oversized one: a clear message, nothing stored, no preview.
	const message = page.getByTestId('transfer-message');
	await box
		.getByLabel('가져올 파일 선택')
		.setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x","version":"1.0.0"}') });
	await expect(message).toHaveText('이 사이트의 진행 기록 파일이 아닙니다. 아무것도 바꾸지 않았습니다.');
	await expect(message).toHaveAttribute('data-state', 'failed');
	await box.getByLabel('가져올 파일 선택').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 32) });
	await expect(message).toContainText('파일이 너무 큽니다(최대 1024 KB)');
	await expect(page.getByTestId('import-preview')).toHaveCount(0);
	expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBeNull();

	// Drop the exported file: the preview says what would change; nothing is stored before "Merge".
	await dropFile(page, download.suggestedFilename(), exported);
	const preview = page.getByTestId('import-preview');
	await expect(preview).toBeVisible();
	await expect(preview.getByRole('heading')).toBeFocused();
	await expect(preview.locator('tr[data-quiz-id="pods"]')).toHaveAttribute('data-change', 'new');
	await expect(preview.locator('tr[data-quiz-id="pods"]')).toContainText('없음');
	await expect(preview.locator('tr[data-quiz-id="pods"]')).toContainText('90점');
	await expect(preview.locator('li[data-lab-id="pods"]')).toHaveText('파드: 과제 1개');
	expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBeNull();

	// The new parts are axe-clean with the preview open, on a phone and a desktop, light and
	// dark (colour rules only in the second theme, as pages.spec.ts does).
	for (const size of Object.values(VIEWPORTS)) {
		await page.setViewportSize(size);
		for (const theme of ['light', 'dark'] as const) {
			await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
			expect(
				await findAxeViolations(page, '[data-testid="progress-transfer"]', theme === 'dark' ? THEME_RULES : undefined),
				`${theme} ${size.width}`,
			).toEqual([]);
		}
	}
	await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));

	await preview.getByRole('button', { name: '합치기' }).click();
	await expect(message).toHaveText('합쳤습니다: 퀴즈 2개의 점수와 실습 과제 1개를 반영했습니다.');
	await expect(message).toHaveAttribute('data-state', 'done');
	await expect(page.locator('tr[data-quiz="ko/pods"]')).toHaveAttribute('data-state', 'passed');
	await expect(podsLab).toHaveAttribute('data-lab-done', `1/${podsTasks.length}`);
	// The result summary on the same page sees the merged progress and the lab count.
	const share = page.locator('.result-share');
	await share.getByText('미리 보기 (Markdown)').click();
	await expect(share).toContainText(new RegExp(`\\| 파드[^|]*\\| 90% \\| ✅ 통과 \\| 2026-12-01 \\(한국어\\) \\| 1/${podsTasks.length} \\|`));

	// Kept after a reload; importing the same file again would change nothing.
	box = await openProgress(page);
	await expect(page.locator('tr[data-quiz="ko/services"]')).toHaveAttribute('data-state', 'tried');
	await box.getByLabel('가져올 파일 선택').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
	await expect(page.getByTestId('import-no-change')).toBeVisible();
	await expect(page.getByTestId('import-preview').getByRole('button', { name: '합치기' })).toBeDisabled();
	await page.getByTestId('import-preview').getByRole('button', { name: '취소' }).click();
	await expect(message).toHaveText('가져오기를 취소했습니다. 아무것도 바꾸지 않았습니다.');
	// Reloading mid-way aborts requests still in flight; anything else is a problem.
	expect(problems.filter((p) => !p.includes('net::ERR_ABORTED'))).toEqual([]);
});

test('copy link on headings and quiz questions copies the absolute URL, says so, and says when it could not', async ({ page, context, browser }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/pods/');
	const anchor = page.locator('.sl-markdown-content .sl-anchor-link').first();
	const id = await page.locator('.sl-markdown-content .sl-heading-wrapper h2').first().getAttribute('id');
	// Visible without hovering, named in the page's language, a target of at least 24 px.
	await expect(anchor).toHaveCSS('opacity', '1');
	await expect(anchor).toHaveAccessibleName(/^섹션 제목 “.+”의 링크 복사$/);
	const target = await anchor.evaluate((a) => {
		const after = getComputedStyle(a, '::after');
		return { w: parseFloat(after.width), h: parseFloat(after.height) };
	});
	expect(target.w).toBeGreaterThanOrEqual(24);
	expect(target.h).toBeGreaterThanOrEqual(24);
	await anchor.click();
	const status = page.locator('.copy-link-status');
	await expect(status).toHaveText('링크를 복사했습니다.');
	await expect(status).toBeVisible();
	const origin = new URL(page.url()).origin;
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/pods/#${encodeURIComponent(id!)}`);

	// A quiz question's link, e.g. for "answer question 3" in an onboarding issue.
	const question = page.locator('.quiz-question').nth(1);
	const qid = await question.getAttribute('id');
	const copy = question.getByRole('link', { name: '문제 2의 링크 복사' });
	await copy.scrollIntoViewIfNeeded();
	await copy.click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/pods/#${qid}`);
	await expect(page).toHaveURL(new RegExp(`#${qid}$`));

	// The browser refuses: the failure is said, and the link is shown selected to copy by hand.
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
	});
	await page.goto('/en/pods/');
	await page.locator('.sl-markdown-content .sl-anchor-link').first().click();
	const failed = page.locator('.copy-link-status');
	await expect(failed).toContainText('Could not copy the link. Select the link below and copy it.');
	await expect(failed).not.toContainText('Link copied');
	const field = failed.getByRole('textbox', { name: 'Link to this part' });
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(new RegExp(`^${origin}/en/pods/#.+`));

	// Without JavaScript both are plain links to the fragment.
	const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL: origin });
	const plain = await noJs.newPage();
	await plain.goto('/pods/');
	await plain.locator('.sl-markdown-content .sl-anchor-link').first().click();
	await expect(plain).toHaveURL(`${origin}/pods/#${encodeURIComponent(id!)}`);
	expect(await plain.locator(`a.quiz-copy-link[href="#${qid}"]`).count()).toBe(1);
	await noJs.close();
});
