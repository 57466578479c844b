// The section quiz engine in Chromium: the overview quiz answered right and wrong, the
// score kept across reloads, retry, keyboard-only use, the progress page and its reset,
// JavaScript disabled, hydration without layout change, blocked storage, the final exam,
// and axe in both themes.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { findAxeViolationsInThemes, listBuiltPages, useTheme, watchPage } from './site';

interface QuizQuestion {
	id: string;
	kind: 'single' | 'multiple' | 'order';
	ref: string;
	options?: { id: string; correct: boolean }[];
	items?: { id: string }[];
}

/** The overview quiz as authored: the answers the tests give come from the content, not from the page. */
function readQuiz(locale: 'ko' | 'en'): QuizQuestion[] {
	return parse(readFileSync(`content/quizzes/${locale}/overview.yaml`, 'utf8')).questions;
}
const ko = readQuiz('ko');
const KEY = 'k8s-basics:progress';

/** Opens a page at its quiz and waits for the island to take over. */
async function openQuiz(page: Page, path = '/overview/') {
	await page.goto(`${path}#quiz`);
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
}

/** The item ids of an order question in the order the page shows them. */
async function readOrder(page: Page, q: QuizQuestion): Promise<string[]> {
	return page.locator(`#q-${q.id} .quiz-order > li`).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item') ?? ''));
}

/** Uses the "move up" buttons to put an order question's items into `target` order. */
async function arrange(page: Page, q: QuizQuestion, target: string[]) {
	for (let i = 0; i < target.length; i++) {
		const id = target[i] as string;
		let at = (await readOrder(page, q)).indexOf(id);
		while (at > i) {
			await page.locator(`[id="q-${q.id}-${id}-up"]`).click();
			at -= 1;
		}
	}
	expect(await readOrder(page, q)).toEqual(target);
}

/** Answers one question right or wrong (wrong = one wrong option, or the steps reversed). */
async function answer(page: Page, q: QuizQuestion, right: boolean) {
	const card = page.locator(`#q-${q.id}`);
	if (q.kind === 'order') {
		const ids = (q.items ?? []).map((i) => i.id);
		await arrange(page, q, right ? ids : ids.slice().reverse());
	} else {
		const options = q.options ?? [];
		const picks = right ? options.filter((o) => o.correct) : options.filter((o) => !o.correct).slice(0, 1);
		for (const o of picks) await card.locator(`input[value="${o.id}"]`).check();
	}
	await card.getByRole('button', { name: '정답 확인' }).click();
}

test.describe('the overview quiz', () => {
	test('answering every question right scores 100 and passes', async ({ page }) => {
		const problems = watchPage(page);
		await openQuiz(page);
		for (const q of ko) {
			await answer(page, q, true);
			await expect(page.locator(`#q-${q.id} .quiz-result`)).toHaveText('정답입니다.');
		}
		await expect(page.getByTestId('quiz-score')).toHaveText(`점수 100점: ${ko.length}문제 중 ${ko.length}문제를 완전히 맞혔습니다.`);
		await expect(page.locator('.quiz-score')).toContainText('통과했습니다');
		await expect(page.locator('#quiz [role="status"]')).toContainText('점수 100점');
		expect(problems).toEqual([]);
	});

	test('a wrong answer shows per-option feedback, explanations and the heading that teaches it', async ({ page }) => {
		await openQuiz(page);
		const [first] = ko as [QuizQuestion];
		await answer(page, first, false);
		const card = page.locator(`#q-${first.id}`);
		await expect(card.locator('.quiz-result')).toHaveText('틀렸습니다.');
		await expect(card).toHaveAttribute('data-result', 'wrong');
		// Focus moves to the result, and the live region says it too.
		await expect(card.locator('.quiz-result')).toBeFocused();
		await expect(page.locator('#quiz [role="status"]')).toContainText('틀렸습니다.');
		const wrongPick = first.options?.find((o) => !o.correct)?.id;
		const right = first.options?.find((o) => o.correct)?.id;
		await expect(card.locator(`[data-option="${wrongPick}"]`)).toHaveAttribute('data-mark', 'wrong');
		await expect(card.locator(`[data-option="${wrongPick}"]`)).toContainText('고른 답');
		await expect(card.locator(`[data-option="${right}"]`)).toContainText('골라야 했던 답');
		// Every option explains itself once checked.
		await expect(card.locator('.quiz-option-feedback')).toHaveCount(first.options?.length ?? 0);
		await expect(card.locator('input:disabled')).toHaveCount(first.options?.length ?? 0);
		const link = card.getByRole('link', { name: '관련 설명 다시 읽기' });
		await expect(link).toHaveAttribute('href', `#${first.ref}`);
		await link.click();
		await expect(page.locator(`[id="${first.ref}"]`)).toBeInViewport();
	});

	test('half of a multiple-answer question earns partial credit; all wrong fails', async ({ page }) => {
		await openQuiz(page);
		const multiple = ko.find((q) => q.kind === 'multiple' && (q.options ?? []).filter((o) => o.correct).length === 2) as QuizQuestion;
		const oneRight = multiple.options?.find((o) => o.correct)?.id;
		await page.locator(`#q-${multiple.id} input[value="${oneRight}"]`).check();
		await page.locator(`#q-${multiple.id}`).getByRole('button', { name: '정답 확인' }).click();
		await expect(page.locator(`#q-${multiple.id} .quiz-result`)).toHaveText('부분 정답입니다 (50점).');
		for (const q of ko.filter((x) => x !== multiple)) await answer(page, q, false);
		await expect(page.getByTestId('quiz-score')).toContainText(`점수 ${Math.floor(50 / ko.length)}점`);
		await expect(page.locator('.quiz-score')).toContainText('80점 이상이면 통과입니다');
	});

	test('checking without an answer asks for one', async ({ page }) => {
		await openQuiz(page);
		await page.locator(`#q-${ko[0]?.id}`).getByRole('button', { name: '정답 확인' }).click();
		await expect(page.locator('#quiz [role="status"]')).toContainText('먼저 답을 고르세요.');
		// Shown next to the button too, not only announced; gone once an answer is chosen.
		const notice = page.locator(`#q-${ko[0]?.id} .quiz-actions`).getByText('먼저 답을 고르세요.');
		await expect(notice).toBeVisible();
		await expect(page.locator(`#q-${ko[0]?.id} .quiz-result`)).toHaveCount(0);
		await page.locator(`#q-${ko[0]?.id} input`).first().check();
		await expect(notice).toHaveCount(0);
	});

	test('the best score is kept after a reload', async ({ page }) => {
		await openQuiz(page);
		for (const q of ko) await answer(page, q, true);
		await expect(page.getByTestId('quiz-score')).toContainText('점수 100점');
		const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
		expect(stored.version).toBe(2);
		expect(stored.quizzes.overview.best).toMatchObject({ percent: 100, locale: 'ko' });
		expect(Object.keys(stored.quizzes.overview.last.questions).sort()).toEqual(ko.map((q) => q.id).sort());
		await page.reload();
		await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
		await expect(page.locator('.quiz-previous')).toHaveText('이전 최고 점수: 100점');
		// A worse attempt does not replace the best.
		for (const q of ko) await answer(page, q, false);
		await expect(page.locator('.quiz-score')).toContainText('이전 최고 점수: 100점');
		await page.reload();
		await expect(page.locator('.quiz-previous')).toHaveText('이전 최고 점수: 100점');
	});

	test('retry clears the answers and reshuffles', async ({ page }) => {
		await openQuiz(page);
		const readAll = () =>
			page
				.locator('#quiz .quiz-question')
				.evaluateAll((cards) =>
					cards.map((c) =>
						[...c.querySelectorAll('[data-option], [data-item]')]
							.map((li) => li.getAttribute('data-option') ?? li.getAttribute('data-item'))
							.join(),
					),
				);
		for (const q of ko) await answer(page, q, true);
		const before = await readAll();
		await page.getByRole('button', { name: '다시 풀기 (같은 문제, 보기 순서만 섞음)' }).click();
		await expect(page.locator('.quiz-score')).toHaveCount(0);
		await expect(page.locator('#quiz .quiz-result')).toHaveCount(0);
		await expect(page.getByRole('button', { name: '정답 확인' })).toHaveCount(ko.length);
		await expect(page.locator('#quiz input:checked')).toHaveCount(0);
		await expect(page.locator(`#q-${ko[0]?.id}`)).toBeFocused();
		expect(await readAll()).not.toEqual(before);
		await expect(page.locator('.quiz-previous')).toHaveText('이전 최고 점수: 100점');
	});

	test('the whole quiz can be done with the keyboard only', async ({ page }) => {
		await openQuiz(page);
		/** Presses Tab (then Shift+Tab) until the element with this id has focus. */
		const tabTo = async (id: string) => {
			for (const key of ['Tab', 'Shift+Tab']) {
				for (let i = 0; i < 80; i++) {
					if (await page.evaluate((x) => document.activeElement?.id === x, id)) return;
					await page.keyboard.press(key);
				}
			}
			throw new Error(`could not reach #${id} with the keyboard`);
		};
		const activeValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
		/** Presses Tab until an input of this question's group has focus. */
		const tabIntoGroup = async (qid: string) => {
			for (let i = 0; i < 80; i++) {
				if (await page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, `q-${qid}`)) return;
				await page.keyboard.press('Tab');
			}
			throw new Error(`could not reach the options of ${qid}`);
		};
		// One programmatic focus to start inside the quiz, like following a link to it.
		await page.locator(`#q-${ko[0]?.id}`).focus();
		for (const q of ko) {
			const shown = await page.locator(`#q-${q.id} input`).evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
			if (q.kind === 'single') {
				// Tab lands on the group's first radio; arrow keys move (and select) within it.
				await tabIntoGroup(q.id);
				const right = (q.options ?? []).find((o) => o.correct)?.id ?? '';
				const steps = shown.indexOf(right) - shown.indexOf(await activeValue());
				for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Space');
				await expect(page.locator(`#q-${q.id} input[value="${right}"]`)).toBeChecked();
			} else if (q.kind === 'multiple') {
				// Checkboxes are one tab stop each: walk through them, ticking the right ones.
				await tabIntoGroup(q.id);
				for (const value of shown) {
					expect(await activeValue()).toBe(value);
					if ((q.options ?? []).find((o) => o.id === value)?.correct) await page.keyboard.press('Space');
					await page.keyboard.press('Tab');
				}
			} else {
				const target = (q.items ?? []).map((i) => i.id);
				for (let i = 0; i < target.length; i++) {
					const id = target[i] as string;
					let at = (await readOrder(page, q)).indexOf(id);
					if (at <= i) continue;
					await tabTo(`q-${q.id}-${id}-up`);
					while (at > i) {
						await page.keyboard.press('Enter');
						at -= 1;
						// Focus follows the moved item, and the new position is announced.
						// (At the top the "up" button is disabled, so focus falls to "down".)
						await expect(page.locator(`[id="q-${q.id}-${id}-up"]:focus, [id="q-${q.id}-${id}-down"]:focus`)).toHaveCount(1);
						await expect(page.locator('#quiz [role="status"]')).toContainText(`${at + 1}번째로 옮겼습니다`);
					}
				}
				expect(await readOrder(page, q)).toEqual(target);
			}
			// Tab on to this question's check button and press it.
			for (let i = 0; i < 40; i++) {
				const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
				const inCard = await page.evaluate((id) => !!document.activeElement?.closest(`#q-${id}`), q.id);
				if (inCard && name === '정답 확인') break;
				await page.keyboard.press('Tab');
			}
			await page.keyboard.press('Enter');
			await expect(page.locator(`#q-${q.id} .quiz-result`)).toBeFocused();
			await expect(page.locator(`#q-${q.id} .quiz-result`)).toHaveText('정답입니다.');
		}
		await expect(page.getByTestId('quiz-score')).toContainText('점수 100점');
		// Retry is reachable by keyboard too.
		for (let i = 0; i < 40; i++) {
			if ((await page.evaluate(() => document.activeElement?.textContent)) === '다시 풀기 (같은 문제, 보기 순서만 섞음)') break;
			await page.keyboard.press('Tab');
		}
		await page.keyboard.press('Enter');
		await expect(page.locator(`#q-${ko[0]?.id}`)).toBeFocused();
	});

	test('every question has its own anchor', async ({ page }) => {
		const last = ko[ko.length - 1] as QuizQuestion;
		await page.goto(`/overview/#q-${last.id}`);
		await expect(page.locator(`#q-${last.id}`)).toBeInViewport();
		for (const q of ko) await expect(page.locator(`#q-${q.id}`)).toHaveCount(1);
	});

	test('the English page has the English quiz with refs to English headings', async ({ page }) => {
		await openQuiz(page, '/en/overview/');
		const en = readQuiz('en');
		const first = en[0] as QuizQuestion;
		const card = page.locator(`#q-${first.id}`);
		await card.locator(`input[value="${first.options?.find((o) => o.correct)?.id}"]`).check();
		await card.getByRole('button', { name: 'Check answer' }).click();
		await expect(card.locator('.quiz-result')).toHaveText('Correct.');
		await expect(card.getByRole('link', { name: 'Read the explanation again' })).toHaveAttribute('href', `#${first.ref}`);
		await expect(page.locator(`[id="${first.ref}"]`)).toHaveCount(1);
	});
});

test('without JavaScript every question keeps its answer and explanations in <details>', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/overview/');
	await expect(page.locator('#quiz .quiz-question')).toHaveCount(ko.length);
	await expect(page.locator('#quiz details.quiz-answer')).toHaveCount(ko.length);
	await expect(page.locator('#quiz').getByRole('button', { name: '정답 확인' })).toHaveCount(0);
	const first = ko[0] as QuizQuestion;
	const details = page.locator(`#q-${first.id} details`);
	await expect(details.locator('li').first()).toBeHidden();
	// Printed, the answers are there without opening anything.
	await page.emulateMedia({ media: 'print' });
	await expect(details.locator('li').first()).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await expect(details.locator('li').first()).toBeHidden();
	await details.locator('summary').click();
	await expect(details).toContainText('✓ 정답');
	await expect(details.locator('.quiz-explanation')).toHaveCount(first.options?.length ?? 0);
	await expect(details.getByRole('link', { name: '관련 설명 다시 읽기' })).toHaveAttribute('href', `#${first.ref}`);
	// Answers and explanations stay out of the search index; prompts may be indexed.
	await expect(page.locator('#quiz details[data-pagefind-ignore]')).toHaveCount(ko.length);
	await expect(page.locator('#quiz .quiz-options[data-pagefind-ignore], #quiz .quiz-order[data-pagefind-ignore]')).toHaveCount(ko.length);
	// What needs scripts (the best-score line, check buttons) is in the HTML but not shown.
	await expect(page.locator('#quiz .quiz-status')).toBeHidden();
	await expect(page.locator('#quiz .quiz-actions').first()).toBeHidden();
	// The progress page lists the quizzes and says why there are no statuses.
	await page.goto('/progress/');
	await expect(page.locator('.quiz-progress-noscript')).toBeVisible();
	await expect(page.locator('.quiz-progress-summary')).toBeHidden();
	await expect(page.locator('.quiz-progress td').first()).toBeHidden();
	await expect(page.locator('.quiz-progress').getByRole('button')).toHaveCount(0);
	await expect(page.locator('tr[data-quiz="ko/overview"]').getByRole('link')).toHaveAttribute('href', '/overview/#quiz');
	await context.close();
});

/**
 * Each matching element's box relative to `root`, as text (runs in the page). An off-screen
 * quiz is not rendered yet (content-visibility: auto keeps a placeholder height), so the
 * boxes are read as the quiz renders: what the reader sees when it comes into view.
 */
function readBoxes([root, selector]: [string, string]): string[] {
	const rootEl = document.querySelector<HTMLElement>(root);
	if (!rootEl) return [];
	const skip = rootEl.style.contentVisibility;
	rootEl.style.contentVisibility = 'visible';
	const base = rootEl.getBoundingClientRect();
	const boxes = [...document.querySelectorAll(selector)].map((el) => {
		const r = el.getBoundingClientRect();
		const name = el.id || el.getAttribute('data-quiz') || `${el.tagName.toLowerCase()}.${el.className}`;
		return `${name} at ${(r.left - base.left).toFixed(1)},${(r.top - base.top).toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
	});
	rootEl.style.contentVisibility = skip;
	return boxes;
}

/** Records the boxes at DOMContentLoaded, before an island can hydrate (that waits for an IntersectionObserver and a module). */
async function recordBoxesBeforeHydration(page: Page, root: string, selector: string) {
	const args = JSON.stringify([root, selector]);
	await page.addInitScript({
		content: `document.addEventListener('DOMContentLoaded', () => { const boxes = (${readBoxes})(${args}); if (boxes.length > 0) window.__boxes = boxes; }, { once: true });`,
	});
}

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
]) {
	test(`hydration changes no box of a returning learner's quiz and progress page (${viewport.width} px)`, async ({ page }) => {
		await page.setViewportSize(viewport);
		// A returning learner: one quiz passed, one tried, so the island has text to fill in.
		await page.addInitScript((k) => {
			const at = '2025-01-01T00:00:00.000Z';
			const record = (percent: number) => ({ best: { percent, correct: 1, total: 2, at }, last: { at, questions: {} } });
			localStorage.setItem(k, JSON.stringify({ version: 1, quizzes: { 'ko/overview': record(100), 'ko/cluster': record(50) } }));
		}, KEY);
		const readBefore = () => page.evaluate(() => (window as unknown as { __boxes?: string[] }).__boxes ?? []);

		const quizBoxes = '#quiz, #quiz .quiz-status, #quiz .quiz-question, #quiz .quiz-actions, #quiz details.quiz-answer';
		await recordBoxesBeforeHydration(page, '#quiz', quizBoxes);
		await openQuiz(page);
		await expect(page.locator('.quiz-previous')).toHaveText('이전 최고 점수: 100점');
		const quizBefore = await readBefore();
		expect(quizBefore).toHaveLength(1 + 1 + 3 * ko.length);
		expect(await page.evaluate(readBoxes, ['#quiz', quizBoxes] as [string, string])).toEqual(quizBefore);
		// The no-JavaScript answers stay, collapsed, until a question is checked.
		await expect(page.locator('#quiz details.quiz-answer:not([open])')).toHaveCount(ko.length);

		const progressBoxes = '.quiz-progress, .quiz-progress-summary, .quiz-progress tr, .quiz-progress td, .quiz-progress-reset';
		await recordBoxesBeforeHydration(page, '.quiz-progress', progressBoxes);
		await page.goto('/progress/');
		await expect(page.locator('.quiz-progress')).toHaveAttribute('data-ready', 'true');
		// Version 1 data (what this learner has stored) is migrated, each attempt labelled Korean.
		await expect(page.locator('tr[data-quiz="ko/overview"] .quiz-status-text')).toHaveText('통과 (최고 100점)한국어 페이지에서 풂');
		await expect(page.locator('tr[data-quiz="ko/cluster"] .quiz-status-text')).toHaveText('최고 50점한국어 페이지에서 풂');
		const progressBefore = await readBefore();
		expect(progressBefore.length).toBeGreaterThan(4);
		expect(await page.evaluate(readBoxes, ['.quiz-progress', progressBoxes] as [string, string])).toEqual(progressBefore);
	});
}

for (const failure of ['reading', 'writing'] as const) {
	test(`with localStorage throwing on ${failure} the quiz works and says progress is not kept`, async ({ page }) => {
		const problems = watchPage(page);
		await page.addInitScript((mode) => {
			if (mode === 'reading') {
				Object.defineProperty(window, 'localStorage', {
					configurable: true,
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			} else {
				Storage.prototype.setItem = function () {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			}
		}, failure);
		await openQuiz(page);
		await expect(page.getByTestId('quiz-not-kept')).toHaveText('이 브라우저에는 점수가 저장되지 않습니다.');
		for (const q of ko) await answer(page, q, true);
		await expect(page.getByTestId('quiz-score')).toContainText('점수 100점');
		await expect(page.locator('.quiz-score .quiz-not-kept')).toContainText('진행 상황을 저장할 수 없습니다');
		await page.reload();
		await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
		await expect(page.locator('.quiz-previous')).toHaveCount(0);
		expect(problems.filter((p) => /quiz|index\./i.test(p))).toEqual([]);
	});
}

for (const [name, raw] of [
	['truncated JSON', '{"version": 2, "quizzes": '],
	['a newer version', '{"version": 3, "quizzes": {}, "badges": ["x"]}'],
] as const) {
	test(`stored progress that cannot be read (${name}) is kept aside, offered for download and never overwritten`, async ({ page }) => {
		await page.addInitScript(
			([k, value]) => {
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem(k, value);
					sessionStorage.setItem('seeded', '1');
				}
			},
			[KEY, raw] as const,
		);
		await openQuiz(page);
		await expect(page.getByTestId('quiz-not-kept')).toHaveCount(0);
		await expect(page.locator('.quiz-previous')).toHaveCount(0);
		for (const q of ko) await answer(page, q, true);
		const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
		expect(stored.quizzes.overview.best.percent).toBe(100);
		expect(await page.evaluate((k) => localStorage.getItem(`${k}:unreadable`), KEY)).toBe(raw);
		// The progress page says so, visibly, and offers the kept text as a file.
		await page.goto('/progress/');
		const notice = page.getByTestId('quiz-backup');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('읽을 수 없었습니다');
		const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('link', { name: '읽지 못한 기록 내려받기' }).click()]);
		const path = await download.path();
		expect(readFileSync(path, 'utf8')).toBe(raw);
		await notice.getByRole('button', { name: '보관한 기록 삭제' }).click();
		await expect(notice).toHaveCount(0);
		await expect(page.getByText('보관한 기록을 삭제했습니다.')).toBeVisible();
		expect(await page.evaluate((k) => localStorage.getItem(`${k}:unreadable`), KEY)).toBeNull();
	});
}

test('reset that the browser refuses is reported as a failure, visibly, and the score stays', async ({ page }) => {
	await openQuiz(page);
	for (const q of ko) await answer(page, q, true);
	await page.addInitScript(() => {
		Storage.prototype.removeItem = function () {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
	});
	await page.goto('/progress/');
	await expect(page.locator('.quiz-progress')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('button', { name: '기록 지우기' }).click();
	await page.getByRole('button', { name: '예, 지웁니다' }).click();
	const message = page.locator('.quiz-progress [role="status"]');
	await expect(message).toHaveText(/기록을 지우지 못했습니다/);
	await expect(message).toBeVisible();
	await expect(page.locator('tr[data-quiz="ko/overview"] .quiz-status-text')).toContainText('통과 (최고 100점)');
	await page.reload();
	await expect(page.locator('tr[data-quiz="ko/overview"] .quiz-status-text')).toContainText('통과 (최고 100점)');
});

test('one learner, one progress: a Korean pass shows on /en/progress/ and an English attempt on /progress/', async ({ page }) => {
	await openQuiz(page);
	for (const q of ko) await answer(page, q, true);
	await page.goto('/en/progress/');
	await expect(page.locator('.quiz-progress')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('tr[data-quiz="en/overview"] .quiz-status-text')).toHaveText('Passed (best 100 points)taken in Korean');
	// An English attempt on the final exam shows on the Korean page, labelled English.
	await page.goto('/en/final-exam/#quiz');
	// The exam island is large; give it time to hydrate on a loaded machine.
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true', { timeout: 20000 });
	const cards = page.locator('#quiz .quiz-question');
	for (let i = 0; i < (await cards.count()); i++) {
		const card = cards.nth(i);
		if ((await card.locator('input').count()) > 0) await card.locator('input').first().check();
		await card.getByRole('button', { name: 'Check answer' }).click();
	}
	await expect(page.getByTestId('quiz-score')).toBeVisible();
	await page.goto('/progress/');
	await expect(page.locator('tr[data-quiz="ko/final-exam"] .quiz-status-text .quiz-status-locale')).toHaveText('영어 페이지에서 풂');
	await expect(page.locator('tr[data-quiz="ko/overview"] .quiz-status-text .quiz-status-locale')).toHaveText('한국어 페이지에서 풂');
});

test('answers chosen before the quiz hydrates are kept', async ({ page }) => {
	await page.goto('/overview/');
	const single = ko.find((q) => q.kind === 'single') as QuizQuestion;
	const right = single.options?.find((o) => o.correct)?.id;
	// Hold the quiz's questions back so the answer is surely chosen in the server HTML.
	const url = await page.locator('[data-quiz-host]').getAttribute('data-src');
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**${url}`, async (route) => {
		await gate;
		await route.continue();
	});
	await page.locator(`#q-${single.id} input[value="${right}"]`).check();
	await expect(page.locator('#quiz')).not.toHaveAttribute('data-ready', 'true');
	release();
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator(`#q-${single.id} input[value="${right}"]`)).toBeChecked();
	await page.locator(`#q-${single.id}`).getByRole('button', { name: '정답 확인' }).click();
	await expect(page.locator(`#q-${single.id} .quiz-result`)).toHaveText('정답입니다.');
});

test("a page carries its questions once; the quiz data it loads is the same build's, for every quiz page", async ({ request }) => {
	const pages = listBuiltPages().filter((path) => readFileSync(`dist${path}index.html`, 'utf8').includes('data-quiz-host'));
	expect(pages.length).toBeGreaterThan(28);
	for (const path of pages) {
		const html = readFileSync(`dist${path}index.html`, 'utf8');
		// No island props repeat the questions (the final exam's page was 78 KB gzip, 51 of them props).
		expect(html.includes('promptHtml'), `${path}: questions serialized into the page`).toBe(false);
		const host = /<div class="quiz-host"([^>]*)>/.exec(html)?.[1] ?? '';
		const src = /data-src="([^"]+)"/.exec(host)?.[1];
		const version = /data-version="([^"]+)"/.exec(host)?.[1];
		const response = await request.get(src ?? '');
		expect(response.status(), `${path}: ${src}`).toBe(200);
		const data = (await response.json()) as { version: string; questions: { anchor: string; promptHtml: string }[] };
		expect(data.version, `${path}: ${src} is this build's data`).toBe(version);
		// Every question the page shows is in the data (the exam's page shows one draw of it).
		const shown = [...html.matchAll(/<li class="quiz-question" id="([^"]+)"/g)].map((m) => m[1]);
		const anchors = data.questions.map((q) => q.anchor);
		expect(shown.length, path).toBeGreaterThan(0);
		expect(
			shown.filter((a) => !anchors.includes(a as string)),
			`${path}: questions missing from ${src}`,
		).toEqual([]);
		if (!path.includes('final-exam')) expect(shown.sort(), path).toEqual(anchors.slice().sort());
	}
});

test('when the quiz cannot load, the page says so above it, keeps the answers readable, and loads again on request', async ({ page }) => {
	const problems = watchPage(page);
	let block = true;
	await page.route('**/quiz-data/**', (route) => (block ? route.abort() : route.continue()));
	await page.goto('/overview/#quiz');
	const note = page.locator('.quiz-load-failed');
	await expect(note).toHaveAttribute('role', 'alert');
	await expect(note).toContainText('퀴즈를 불러오지 못해');
	await expect(page.locator('#quiz')).not.toHaveAttribute('data-ready', 'true');
	// The no-JavaScript quiz stays: answers and explanations open under each question.
	const first = ko[0] as QuizQuestion;
	await page.locator(`#q-${first.id} details summary`).click();
	await expect(page.locator(`#q-${first.id} details`)).toContainText('✓ 정답');
	expect(await findAxeViolationsInThemes(page, '.quiz-load-failed')).toEqual([]);
	block = false;
	await note.getByRole('button', { name: '다시 불러오기' }).click();
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
	await expect(note).toHaveCount(0);
	// The retry button is gone: the reader is taken to the first question, not to the page top.
	await expect(page.locator('#quiz .quiz-question').first()).toBeFocused();
	await answer(page, first, true);
	await expect(page.locator(`#q-${first.id} .quiz-result`)).toHaveText('정답입니다.');
	// The blocked request is reported (by URL, and by the browser as ERR_FAILED); nothing else.
	expect(problems.filter((p) => !p.includes('/quiz-data/') && !p.includes('net::ERR_FAILED'))).toEqual([]);
});

test('quiz data from another build is refused, not hydrated into the page', async ({ page }) => {
	await page.route('**/quiz-data/**', async (route) => {
		const response = await route.fetch();
		const data = (await response.json()) as { version: string };
		await route.fulfill({ response, json: { ...data, version: 'another-build' } });
	});
	await page.goto('/en/overview/#quiz');
	await expect(page.locator('.quiz-load-failed')).toContainText('The quiz could not be loaded');
	await expect(page.locator('#quiz')).not.toHaveAttribute('data-ready', 'true');
	await expect(page.locator('[data-quiz-host]')).toHaveAttribute('data-state', 'failed');
});

test('the final exam keeps the attempt in progress across a reload and counts checked questions', async ({ page }) => {
	await page.goto('/final-exam/#quiz');
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
	const cards = page.locator('#quiz .quiz-question');
	const total = await cards.count();
	const count = page.getByTestId('quiz-count');
	await expect(count).toHaveText(`${total}문제 중 0문제 확인함`);
	// Check two questions, and pick an answer in a third without checking it.
	const choiceCards = page.locator('#quiz .quiz-question:has(input)');
	for (const i of [0, 1]) {
		await choiceCards.nth(i).locator('input').first().check();
		await choiceCards.nth(i).getByRole('button', { name: '정답 확인' }).click();
	}
	await choiceCards.nth(2).locator('input').first().check();
	await expect(count).toHaveText(`${total}문제 중 2문제 확인함`);
	const ids = await cards.evaluateAll((qs) => qs.map((q) => q.id).join());
	const picked = await choiceCards.nth(2).locator('input').first().getAttribute('value');
	await page.reload();
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
	await expect(count).toHaveText(`${total}문제 중 2문제 확인함`);
	expect(await cards.evaluateAll((qs) => qs.map((q) => q.id).join())).toBe(ids);
	await expect(page.locator('#quiz .quiz-result')).toHaveCount(2);
	await expect(choiceCards.nth(2).locator(`input[value="${picked}"]`)).toBeChecked();
});

test('answer toggles show a disclosure marker', async ({ page }) => {
	await openQuiz(page);
	const summary = page.locator('#quiz details.quiz-answer summary').first();
	const marker = await summary.evaluate((el) => {
		const before = getComputedStyle(el, '::before');
		return { content: before.content, width: before.borderInlineStartWidth };
	});
	expect(marker.content).not.toBe('none');
	expect(parseFloat(marker.width)).toBeGreaterThan(0);
});

test('the progress page lists every quiz, and reset asks before clearing', async ({ page }) => {
	await openQuiz(page);
	for (const q of ko) await answer(page, q, q.kind !== 'order');
	const expected = Math.floor((100 * (ko.length - 1)) / ko.length);
	await page.goto('/progress/');
	const row = page.locator('tr[data-quiz="ko/overview"]');
	// Each status cell also holds invisible copies of the longest statuses (they size it).
	const status = row.locator('.quiz-status-text');
	await expect(status).toHaveText(`${expected >= 80 ? `통과 (최고 ${expected}점)` : `최고 ${expected}점`}한국어 페이지에서 풂`);
	await expect(row.getByRole('link')).toHaveAttribute('href', '/overview/#quiz');
	await expect(page.locator('tr[data-quiz="ko/final-exam"] .quiz-status-text')).toHaveText('아직 풀지 않음');
	await expect(page.locator('.quiz-progress-summary')).toHaveText(`퀴즈 ${await page.locator('tbody tr').count()}개 중 ${expected >= 80 ? 1 : 0}개 통과`);
	const quizFiles = page.locator('tbody tr');
	expect(await quizFiles.count()).toBeGreaterThanOrEqual(2);
	await page.getByRole('button', { name: '기록 지우기' }).click();
	await expect(page.getByText('모든 퀴즈 점수를 지울까요?')).toBeFocused();
	await page.getByRole('button', { name: '취소' }).click();
	await expect(page.getByRole('button', { name: '기록 지우기' })).toBeFocused();
	await expect(status).toContainText(`${expected}점`);
	await page.getByRole('button', { name: '기록 지우기' }).click();
	await page.getByRole('button', { name: '예, 지웁니다' }).click();
	await expect(status).toHaveText('아직 풀지 않음');
	await expect(page.locator('.quiz-progress [role="status"]')).toHaveText('기록을 지웠습니다.');
	await expect(page.locator('.quiz-progress [role="status"]')).toBeVisible();
	expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
	await row.getByRole('link').click();
	await expect(page).toHaveURL(/\/overview\/#quiz$/);
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('.quiz-previous')).toHaveCount(0);
});

test('the final exam draws two questions per section, and a retry draws again', async ({ page }) => {
	await page.goto('/final-exam/#quiz');
	await expect(page.locator('#quiz')).toHaveAttribute('data-ready', 'true');
	const groups = await page.locator('#quiz .quiz-number a:not(.quiz-copy-link)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	const perGroup = new Map<string, number>();
	for (const g of groups) perGroup.set(g ?? '', (perGroup.get(g ?? '') ?? 0) + 1);
	expect([...perGroup.values()].every((n) => n === 2)).toBe(true);
	expect(perGroup.has('/overview/#quiz')).toBe(true);
	// The number line's links sit outside the legend: a question's group is named by its prompt
	// and hint alone, which a screen reader repeats with every option.
	const firstGroup = page.locator('#quiz .quiz-question fieldset').first();
	await expect(firstGroup).not.toHaveAccessibleName(/링크 복사|출처:/);
	const drawn = () => page.locator('#quiz .quiz-question').evaluateAll((qs) => qs.map((q) => q.id).join());
	const first = await drawn();
	// Answer every drawn question (any answer), then retry until a different set comes up.
	const cards = page.locator('#quiz .quiz-question');
	for (let i = 0; i < (await cards.count()); i++) {
		const card = cards.nth(i);
		if ((await card.locator('input').count()) > 0) await card.locator('input').first().check();
		await card.getByRole('button', { name: '정답 확인' }).click();
	}
	await expect(page.getByTestId('quiz-score')).toBeVisible();
	let changed = false;
	for (let i = 0; i < 6 && !changed; i++) {
		await page.getByRole('button', { name: '다시 풀기 (새 문제를 뽑고 보기 순서도 섞음)' }).click();
		changed = (await drawn()) !== first;
		if (!changed) {
			for (let j = 0; j < (await cards.count()); j++) {
				const card = cards.nth(j);
				if ((await card.locator('input').count()) > 0) await card.locator('input').first().check();
				await card.getByRole('button', { name: '정답 확인' }).click();
			}
		}
	}
	expect(changed).toBe(true);
	const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
	expect(stored.quizzes['final-exam'].best.total).toBe(groups.length);
});

test(`axe finds no violations in the quiz and on the progress page (light and dark)`, async ({ page }) => {
	test.setTimeout(180_000);
	await useTheme(page, 'light');
	await openQuiz(page);
	expect(await findAxeViolationsInThemes(page)).toEqual([]);
	// Feedback states: wrong, partial, right; then the score box.
	for (const [i, q] of ko.entries()) await answer(page, q, i % 2 === 0);
	await expect(page.getByTestId('quiz-score')).toBeVisible();
	expect(await findAxeViolationsInThemes(page)).toEqual([]);
	await page.goto('/progress/');
	await expect(page.locator('.quiz-progress')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('button', { name: '기록 지우기' }).click();
	expect(await findAxeViolationsInThemes(page)).toEqual([]);
});

test('the quiz fits a 390 px wide phone screen without horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openQuiz(page);
	for (const q of ko) await answer(page, q, false);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	const box = await page.locator('#quiz').boundingBox();
	expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
});
