/**
 * The <site-search> element of the Search override: Starlight's own search dialog
 * behaviour (open with the button or Ctrl/⌘+K, close on a link or outside click). The
 * dialog's contents (Pagefind's UI, Korean particle stripping, the partial-match fallback:
 * ./search-ui.ts) load when the reader reaches for search (pointer over or on the button,
 * focus on it, pressing Ctrl or ⌘, opening the dialog) instead of at idle time on every
 * page, so a page that is only read does not build them. A failed load says so in the
 * dialog and is retried the next time. Adapted from @astrojs/starlight's
 * components/Search.astro (MIT).
 */
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
			loadUi();
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			this.querySelector('input')?.focus();
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};

		const closeModal = () => dialog.close();

		// The contents load on the first sign the reader is about to search; once loaded, the
		// input takes focus if the dialog was opened before it existed.
		const container = this.querySelector<HTMLElement>('.search-container');
		let loading: Promise<void> | undefined;
		const loadUi = () => {
			if (!container) return; // the dev server has no index and shows a note instead
			loading ??= import('./search-ui').then(
				({ mountSearchUi }) => {
					container.removeAttribute('aria-busy');
					this.querySelector('.site-search-load-failed')?.remove();
					mountSearchUi(this);
					if (dialog.open && !(document.activeElement instanceof HTMLInputElement)) this.querySelector('input')?.focus();
				},
				() => {
					loading = undefined;
					container.removeAttribute('aria-busy');
					showLoadFailure(this.querySelector('#starlight__search') ?? container, this.dataset.loadFailed ?? '');
				},
			);
			if (!container.querySelector('input')) container.setAttribute('aria-busy', 'true');
		};
		for (const intent of ['pointerenter', 'pointerdown', 'focus'] as const) openBtn.addEventListener(intent, loadUi, { passive: true });
		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		// Listen for `ctrl + k` and `cmd + k` keyboard shortcuts. Pressing Ctrl or ⌘ alone starts
		// loading the contents, so the K that follows opens a ready dialog.
		window.addEventListener('keydown', (e) => {
			if (e.key === 'Control' || e.key === 'Meta') loadUi();
			if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
				if (dialog.open) closeModal();
				else openModal();
				e.preventDefault();
			}
		});
	}
}

/** Says in the dialog, where the search input would be, that search could not be loaded (once). */
function showLoadFailure(place: Element, text: string) {
	place.querySelector('.site-search-load-failed')?.remove();
	const note = document.createElement('p');
	note.className = 'site-search-load-failed';
	note.setAttribute('role', 'alert');
	note.textContent = text;
	place.prepend(note);
}

customElements.define('site-search', SiteSearch);
