/**
 * The <site-search> element of the Search override: Starlight's own search dialog
 * behaviour (open with the button or Ctrl/⌘+K, close on a link or outside click, load
 * Pagefind's UI when idle), plus Korean particle stripping on the query ("파드를" is
 * searched as "파드"). Adapted from @astrojs/starlight's components/Search.astro (MIT).
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { trailingSlash } from 'astro:config/client';
import { stripKoreanParticles } from '../../search/korean-particles';

/** A Pagefind result as the UI hands it to processResult (the fields we rewrite). */
interface PagefindResult {
	url: string;
	sub_results: Array<{ url: string }>;
}

class SiteSearch extends HTMLElement {
	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const dialogFrame = this.querySelector('.dialog-frame')!;

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
				closeModal();
			}
		};

		const openModal = (event?: MouseEvent) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			this.querySelector('input')?.focus();
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		// Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
				dialog.open ? closeModal() : openModal();
				e.preventDefault();
			}
		});

		let translations = {};
		try {
			translations = JSON.parse(this.dataset.translations || '{}');
		} catch {}
		const particles = { shortStems: new Set((this.dataset.shortStems ?? '').split(' ').filter(Boolean)) };

		const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
		const formatURL = trailingSlash === 'never' ? stripTrailingSlash : (path: string) => path;

		window.addEventListener('DOMContentLoaded', () => {
			if (import.meta.env.DEV) return;
			const onIdle = window.requestIdleCallback || ((cb: () => void) => setTimeout(cb, 1));
			onIdle(async () => {
				// @ts-expect-error — @pagefind/default-ui ships no types.
				const { PagefindUI } = await import('@pagefind/default-ui');
				new PagefindUI({
					...pagefindUserConfig,
					element: '#starlight__search',
					baseUrl: import.meta.env.BASE_URL,
					bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
					showImages: false,
					translations,
					showSubResults: true,
					processTerm: (term: string) => stripKoreanParticles(term, particles),
					processResult: (result: PagefindResult) => {
						result.url = formatURL(result.url);
						for (const sub of result.sub_results) sub.url = formatURL(sub.url);
					},
				});
			});
		});
	}
}
customElements.define('site-search', SiteSearch);
