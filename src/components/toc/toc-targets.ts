/**
 * The elements the table of contents observes to know which heading the reader is at: the
 * same set, in document order, as Starlight's selector list in StarlightTOC.init
 * (@astrojs/starlight components-internals/TableOfContents/starlight-toc.ts):
 *
 *   main :where(H)
 *   main :where(H, .sl-heading-wrapper) ~ *:not(:has(H))
 *   main .sl-markdown-content > *:not(:has(H))
 *   main > *:not(:has(H))
 *
 * where H is the selector of headings that can appear in the table of contents. Matching
 * those against every element of the page tests `:has(H)` on each, a walk of its subtree;
 * here a subtree is entered only when something in it can qualify. Self-contained (no
 * imports, no closures) so the tests can run it in a page beside Starlight's selectors.
 */
export function tocTargets(doc: Document, headingSelector: string): Element[] {
	const found: Element[] = [];
	/** An element whose subtree holds one of these may have targets below it. */
	const deeper = `${headingSelector}, .sl-heading-wrapper, .sl-markdown-content, main`;
	/** Visits the children of `parent`; `parentInMain`: it has a `main` ancestor. */
	const visit = (parent: Element, parentInMain: boolean) => {
		const parentIsMain = parent.localName === 'main';
		const inMain = parentInMain || parentIsMain;
		const parentIsContent = parentInMain && parent.matches('.sl-markdown-content');
		let afterHeading = false;
		for (const el of parent.children) {
			if (inMain) {
				const isHeading = el.matches(headingSelector);
				if (isHeading || ((afterHeading || parentIsContent || parentIsMain) && el.querySelector(headingSelector) === null)) {
					found.push(el);
				}
				if (isHeading || el.matches('.sl-heading-wrapper')) afterHeading = true;
			}
			const descend = inMain
				? el.matches('main, .sl-markdown-content') || el.querySelector(deeper) !== null
				: el.localName === 'main' || el.querySelector('main') !== null;
			if (descend) visit(el, inMain);
		}
	};
	visit(doc.documentElement, false);
	return found;
}
