// Drives the site's search dialog (Starlight's markup, Pagefind's default UI) the way a
// reader does, for search.spec.ts and subpath.spec.ts.
import { expect, type Page } from '@playwright/test';

/** A result as the dialog shows it: the page link and the heading links under it. */
export interface ShownResult {
	href: string;
	subHrefs: string[];
}

/** Opens the search dialog on the current page and waits for its input. */
export async function openSearch(page: Page) {
	await page.locator('button[data-open-modal]').first().click();
	const input = page.locator('dialog input.pagefind-ui__search-input');
	await expect(input).toBeVisible();
	return input;
}

/**
 * Types a query into the open dialog and returns the results it shows, best first.
 * The input is cleared first so the previous query's results cannot be mistaken for
 * this one's; the list counts as done once the message names this query (Pagefind's UI
 * shows the list only when it is not loading) and every shown result has its link.
 * It waits inside the page, so a query costs the UI's own 300 ms debounce and little more.
 */
export async function searchFor(page: Page, query: string): Promise<ShownResult[]> {
	return page.evaluate(async (q) => {
		const TITLE_LINK = '.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link';
		const dialog = document.querySelector('dialog[open]');
		const input = dialog?.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
		if (!dialog || !input) throw new Error('the search dialog is not open');
		const waitFor = async (done: () => boolean, what: string) => {
			const started = performance.now();
			while (!done()) {
				if (performance.now() - started > 15_000) throw new Error(`"${q}": timed out waiting for ${what}`);
				await new Promise((r) => setTimeout(r, 20));
			}
		};
		const type = (value: string) => {
			input.value = value;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		};
		type('');
		await waitFor(() => !dialog.querySelector('ol.pagefind-ui__results'), 'the previous results to clear');
		type(q);
		await waitFor(() => {
			const list = dialog.querySelector('ol.pagefind-ui__results');
			const message = dialog.querySelector('.pagefind-ui__message')?.textContent ?? '';
			const items = [...(list?.querySelectorAll('li.pagefind-ui__result') ?? [])];
			return list !== null && message.includes(q) && items.every((li) => li.querySelector(TITLE_LINK));
		}, 'the results');
		return [...dialog.querySelectorAll('li.pagefind-ui__result')].map((li) => ({
			href: li.querySelector(TITLE_LINK)?.getAttribute('href') ?? '',
			subHrefs: [...li.querySelectorAll('.pagefind-ui__result-nested .pagefind-ui__result-link')].map((a) => a.getAttribute('href') ?? ''),
		}));
	}, query);
}

/** The path of a result link without its fragment, decoded ("/services/"). */
export function pathOf(href: string): string {
	return decodeURIComponent(new URL(href, 'http://site.invalid').pathname);
}

/** The decoded fragment of a result link ("롤링-업데이트"), or "" for none. */
export function fragmentOf(href: string): string {
	return decodeURIComponent(new URL(href, 'http://site.invalid').hash.replace(/^#/, ''));
}
