// Search never ends blank: Pagefind answers only pages that hold every word, so a query
// of several words with no such page is retried with words dropped (src/search/
// partial-match.ts), and the dialog says so; a query no page matches points to the
// glossary. The Pagefind UI speaks the page's language.
import { test, expect, type Page } from '@playwright/test';
import { openSearch, pathOf } from './search-ui';
import { findAxeViolations, watchPage } from './site';

/** Types a query and waits until Pagefind UI has answered it (not "searching"). */
async function type(page: Page, query: string) {
	const input = page.locator('dialog input.pagefind-ui__search-input');
	await input.fill(query);
	const message = page.locator('dialog .pagefind-ui__message');
	await expect(message).toContainText(query, { timeout: 20_000 });
	await expect(message).not.toContainText(/찾는 중|Searching/, { timeout: 20_000 });
}

test.describe.configure({ timeout: 90_000 });

// "매일 이미지 버전 교체" (replace the image version every day): no page has all four words
// ("매일" is only on the Jobs page, which never says 이미지 or 버전), while the Deployment
// page has the other three. Chosen from the built index; if a page ever holds all four,
// this test says so by failing on the zero-results message.
test('"매일 이미지 버전 교체" finds nothing with every word, so pages matching some words are shown and labelled', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto('/');
	await openSearch(page);
	await type(page, '매일 이미지 버전 교체');
	await expect(page.locator('dialog .pagefind-ui__message')).toHaveText('매일 이미지 버전 교체에 맞는 결과가 없습니다');
	const box = page.locator('dialog .site-search-fallback');
	await expect(box.locator('.site-search-fallback__notice')).toHaveText('모든 단어와 맞는 결과가 없어 일부 단어로 찾은 결과입니다', { timeout: 20_000 });
	const links = box.locator('.site-search-fallback__title');
	await expect(links.first()).toBeVisible();
	expect(await links.count()).toBeGreaterThan(0);
	expect(await links.count()).toBeLessThanOrEqual(5);
	// Every shown result names the words it matched, and none matched all four.
	const words = await box.locator('.site-search-fallback__words').allTextContents();
	for (const line of words) {
		expect(line).toMatch(/^맞은 단어: /);
		expect(line.split(', ').length).toBeLessThan(4);
	}
	// The best result matches the most words: the Deployment page replaces an image version.
	expect(words[0]).toBe('맞은 단어: 이미지, 버전, 교체');
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.map(pathOf)).toContain('/deployments/');
	// Excerpts are page prose, never the hidden term lines.
	for (const excerpt of await box.locator('.site-search-fallback__excerpt').allTextContents()) expect(excerpt).not.toMatch(/디플로이먼트, Deployment,/);
	await links.first().click();
	await expect(page).toHaveURL(new RegExp(hrefs[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'));
	expect(problems).toEqual([]);
});

test('a query every word of which matches together shows no fallback', async ({ page }) => {
	await page.goto('/');
	await openSearch(page);
	await type(page, '롤링 업데이트');
	await expect(page.locator('dialog .pagefind-ui__result').first()).toBeVisible();
	await expect(page.locator('dialog .site-search-fallback')).toBeEmpty();
});

test('a query no page matches points to the glossary, and clearing the query clears the message', async ({ page }) => {
	await page.goto('/en/');
	await openSearch(page);
	await type(page, 'xylophone');
	const box = page.locator('dialog .site-search-fallback');
	await expect(box).toContainText('No page matches any of these words.', { timeout: 20_000 });
	await expect(box.getByRole('link', { name: 'Open the glossary' })).toHaveAttribute('href', '/en/glossary/');
	await page.locator('dialog input.pagefind-ui__search-input').fill('');
	await expect(box).toBeEmpty();
});

// "rolling update packets": packets are taught on pages that never mention rolling updates
// (Nodes, Services), so only pages with "rolling update" answer, labelled with those two words.
// Chosen from the built index (Pagefind also matches parts of compound words: "quota"
// finds "ResourceQuota" on rolling-update pages, so that word would not do).
test('an English query with one word no rolling-update page has shows the English partial notice', async ({ page }) => {
	await page.goto('/en/');
	await openSearch(page);
	await type(page, 'rolling update packets');
	await expect(page.locator('dialog .pagefind-ui__message')).toHaveText('No results for rolling update packets');
	const box = page.locator('dialog .site-search-fallback');
	await expect(box.locator('.site-search-fallback__notice')).toHaveText('No page matches every word; these results match some of the words', {
		timeout: 20_000,
	});
	await expect(box.locator('.site-search-fallback__words').first()).toHaveText('Words matched: rolling, update');
	// Pagefind UI's own input is checked by the existing search specs; this checks the fallback.
	expect(await findAxeViolations(page, 'dialog .site-search-fallback')).toEqual([]);
});

for (const [path, clear, zero] of [
	['/', '지우기', 'xylophone에 맞는 결과가 없습니다'],
	['/en/', 'Clear', 'No results for xylophone'],
] as const) {
	test(`Pagefind UI on ${path} speaks the page's language`, async ({ page }) => {
		await page.goto(path);
		await openSearch(page);
		await type(page, 'xylophone');
		await expect(page.locator('dialog .pagefind-ui__message')).toHaveText(zero);
		await expect(page.locator('dialog .pagefind-ui__search-clear')).toHaveText(clear);
	});
}
