/**
 * When an island's code cannot be loaded (Astro retries the import once, then dispatches
 * `astro:hydration-error` on the <astro-island>), the element around it that carries
 * `data-island-failed` (the note) and `data-reload` (the button's label) gets a note at its
 * top saying so, with a button that reloads the page: its server render stays on screen but
 * would otherwise look usable and do nothing. Loaded by WidgetFrame.astro and the onboarding
 * components; Astro still logs the error to the console.
 */
import { createLoadNote } from './load-note';

document.addEventListener('astro:hydration-error', (event) => {
	const host = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-island-failed]') : null;
	if (!host || host.querySelector(':scope > .island-load-failed')) return;
	host.prepend(createLoadNote('island-load-failed', host.dataset.islandFailed ?? '', host.dataset.reload ?? '', () => location.reload()));
});
