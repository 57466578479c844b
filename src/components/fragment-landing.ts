/**
 * Keeps a linked element where the jump to it put it while widget frames above it render.
 *
 * A widget frame skips rendering until the reader comes near it (`content-visibility: auto`
 * in src/widgets/shared/widget.css) and holds a placeholder height until then. A jump to a
 * heading just below a frame brings the frame near the viewport; it renders at its real
 * height and pushes the heading away from where the jump put it (seen: 1,159 px down on
 * /services/ at 1280 px, both when opening /services/#서비스-dns and on a table-of-contents
 * click). So for a short while after opening a link to a fragment or jumping within the
 * page, each frame resize (reported after layout, before paint) scrolls the target back
 * into place; the reader's own scrolling, pointer, touch or keys end that at once (a click
 * on an in-page link then starts it again).
 */
/** The Navigation API's navigate event, as far as used here (not in TypeScript's DOM types yet). */
interface NavigateEvent extends Event {
	hashChange: boolean;
	navigationType: 'push' | 'replace' | 'reload' | 'traverse';
	destination: { url: string };
}

/** Long enough for a frame to render on a slow, busy phone; input ends it sooner. */
const SETTLE_MS = 3000;

/** The element to keep in place, until when, and where: its top, or null for its scroll position. */
let target: Element | null = null;
let until = 0;
let keepTop: number | null = null;

function byHash(hash: string): Element | null {
	let id = hash.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {
		// Not percent-encoded text: use it as it is.
	}
	return id ? document.getElementById(id) : null;
}

/** Keeps the element of `hash` in place: where the jump puts it, or (`whereItIs`) where it is now. */
function land(hash: string, whereItIs = false) {
	target = byHash(hash);
	until = performance.now() + SETTLE_MS;
	keepTop = whereItIs && target ? target.getBoundingClientRect().top : null;
}

/** Where the target is kept: its top now, or where a jump puts it (below the header bars). */
function restingTop(el: Element): number {
	if (keepTop !== null) return keepTop;
	return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
}

const widgetFrames = document.querySelectorAll('.k8s-widget');
if (widgetFrames.length > 0) {
	const observer = new ResizeObserver(() => {
		if (!target || performance.now() > until) return;
		if (keepTop === null) target.scrollIntoView({ block: 'start', behavior: 'instant' });
		else scrollBy({ top: target.getBoundingClientRect().top - keepTop, behavior: 'instant' });
	});
	widgetFrames.forEach((frame) => observer.observe(frame));

	const navigationApi = (window as { navigation?: EventTarget }).navigation;
	if (navigationApi) {
		// Every jump to a fragment of this page (a link, a script, a typed fragment), before the
		// browser scrolls; going back or forward restores the reader's own position instead.
		navigationApi.addEventListener('navigate', (event) => {
			const { hashChange, navigationType, destination } = event as NavigateEvent;
			if (hashChange && navigationType !== 'traverse') land(new URL(destination.url).hash);
		});
	} else {
		// Without the Navigation API: a click on a link to this page's fragment, before the jump...
		addEventListener(
			'click',
			(event) => {
				const link = event.target instanceof Element ? event.target.closest('a[href*="#"]') : null;
				if (link instanceof HTMLAnchorElement && link.pathname === location.pathname && link.hash) land(link.hash);
			},
			{ capture: true },
		);
		// ...and other fragment changes once the browser has scrolled (to the target, or back to
		// where the reader was): that view is kept.
		addEventListener('hashchange', () => {
			if (target && target === byHash(location.hash) && performance.now() <= until) return;
			land(location.hash, true);
		});
	}
	// Opening a link to a fragment of this page (not a reload or history entry, where the
	// browser restores the reader's own scroll position).
	const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	if (location.hash && entry?.type === 'navigate') land(location.hash);
	for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) {
		addEventListener(type, () => (target = null), { capture: true, passive: true });
	}
	// Scrolled away some other way (the scroll bar, a script): the reader has left the target.
	addEventListener(
		'scroll',
		() => {
			if (!target) return;
			if (performance.now() > until || Math.abs(target.getBoundingClientRect().top - restingTop(target)) > innerHeight / 2) target = null;
		},
		{ passive: true },
	);
}
