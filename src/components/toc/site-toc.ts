/**
 * The element behind both tables of contents: Starlight's StarlightTOC
 * (@astrojs/starlight components-internals/TableOfContents/starlight-toc.ts), which marks
 * the link of the heading the reader is at with aria-current, with two changes:
 *
 * - It starts only while it is displayed. Starlight renders the sidebar list and the
 *   mobile dropdown on every page and shows one of them (the breakpoint is CSS); both
 *   started, each with its own observer over the whole article. The hidden one now waits
 *   until a resize shows it.
 * - What it observes is found by ./toc-targets.ts, the same elements as Starlight's
 *   `:has()` selectors without matching them against every element of `main`.
 */
import { tocTargets } from './toc-targets';

/** Starlight's id of the page title (PAGE_TITLE_ID in @astrojs/starlight's constants). */
const PAGE_TITLE_ID = '_top';

export class SiteTOC extends HTMLElement {
	private _current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
	private minH = parseInt(this.dataset.minH || '2', 10);
	private maxH = parseInt(this.dataset.maxH || '3', 10);
	/** Headings that can appear in the table of contents, e.g. `h1#_top,:where(h2,h3)[id]`. */
	private tocHeadingSelector = `h1#${PAGE_TITLE_ID},:where(${Array.from(
		{ length: 1 + this.maxH - this.minH },
		(_, index) => `h${this.minH + index}`,
	).join()})[id]`;

	protected set current(link: HTMLAnchorElement) {
		if (link === this._current) return;
		if (this._current) this._current.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this._current = link;
	}

	private onIdle = (cb: IdleRequestCallback) => (window.requestIdleCallback || ((cb) => setTimeout(cb, 1)))(cb);

	constructor() {
		super();
		this.onIdle(() => this.startWhenShown());
	}

	/** Whether this list is displayed (not inside the hidden sidebar or dropdown). */
	private isShown = () => this.getClientRects().length > 0;

	/** Starts now if displayed, else at the first resize after which it is. */
	private startWhenShown = () => {
		if (this.isShown()) return this.init();
		let timeout: ReturnType<typeof setTimeout>;
		const onResize = () => {
			clearTimeout(timeout);
			timeout = setTimeout(
				() =>
					this.onIdle(() => {
						if (!this.isShown()) return;
						window.removeEventListener('resize', onResize);
						this.init();
					}),
				200,
			);
		};
		window.addEventListener('resize', onResize);
	};

	private init = () => {
		/** All the links in the table of contents. */
		const links = [...this.querySelectorAll('a')];

		/** Test if an element is a table-of-contents heading. */
		const isHeading = (el: Element): el is HTMLHeadingElement => el.matches(this.tocHeadingSelector);

		/** Walk up the DOM to find the nearest heading. */
		const getElementHeading = (el: Element | null): HTMLHeadingElement | null => {
			while (el) {
				if (el.matches('.sl-markdown-content, main > *')) {
					return document.getElementById(PAGE_TITLE_ID) as HTMLHeadingElement | null;
				}
				if (isHeading(el)) return el;
				const childHeading = el.querySelector<HTMLHeadingElement>(this.tocHeadingSelector);
				if (childHeading) return childHeading;
				let prev = el.previousElementSibling;
				while (prev?.lastElementChild) prev = prev.lastElementChild;
				el = prev ?? el.parentElement;
			}
			return null;
		};

		/** Handle intersections and set the current link to the heading for the current intersection. */
		const setCurrent: IntersectionObserverCallback = (entries) => {
			for (const { isIntersecting, target } of entries) {
				if (!isIntersecting) continue;
				const heading = getElementHeading(target);
				if (!heading) continue;
				const link = links.find((link) => link.hash === '#' + encodeURIComponent(heading.id));
				if (link) {
					this.current = link;
					break;
				}
			}
		};

		const toObserve = tocTargets(document, this.tocHeadingSelector);

		let observer: IntersectionObserver | undefined;
		const observe = () => {
			if (observer) return;
			observer = new IntersectionObserver(setCurrent, { rootMargin: this.getRootMargin() });
			toObserve.forEach((h) => observer!.observe(h));
		};
		observe();

		let timeout: ReturnType<typeof setTimeout>;
		window.addEventListener('resize', () => {
			// Disable intersection observer while window is resizing.
			if (observer) {
				observer.disconnect();
				observer = undefined;
			}
			clearTimeout(timeout);
			timeout = setTimeout(() => this.onIdle(observe), 200);
		});
	};

	private getRootMargin(): `-${number}px 0% ${number}px` {
		/** Start intersections at nav height + 2rem padding. */
		const top =
			(document.querySelector('header')?.getBoundingClientRect().height || 0) + (this.querySelector('summary')?.getBoundingClientRect().height || 0) + 32;
		return `-${top}px 0% ${top + 53 - document.documentElement.clientHeight}px`;
	}
}
