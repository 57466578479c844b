/**
 * The hidden term lines of a page (what shapes the Pagefind index beyond the page's own
 * text), as hast elements that src/markdown/term-lines.mjs inserts after their headings
 * while the page is compiled. Code blocks are kept out of the index where they are
 * rendered (src/markdown/code-search-ignore.mjs), widgets by their frame
 * (src/components/WidgetFrame.astro), page weights by frontmatter (`searchWeight`).
 */
import { TERM_LINE_ID_PREFIX } from './excerpt';
import type { TermLine } from './term-placement';

/** Weight of the hidden term lines: above headings (h1 is 7), so the teaching page ranks first. */
export const TERM_LINE_WEIGHT = 10;

/** Class of the hidden term lines (tests find them by it). */
export const TERM_LINE_CLASS = 'search-terms';

/** A hast element with text children only: the shape of a term line. */
export interface TermLineElement {
	type: 'element';
	tagName: 'span';
	properties: Record<string, string | boolean | string[]>;
	children: { type: 'text'; value: string }[];
}

/**
 * The hidden, indexed line of one heading's terms. `hidden` keeps it from sight and
 * from screen readers; Pagefind indexes it all the same, and a match in it is counted
 * under the heading before it, which is where the result deep-links. Its id (the
 * `n`th line of the page) makes Pagefind record where it sits, so result excerpts can
 * leave it out (./excerpt.ts). The text is a text node: the serializer escapes it.
 */
export function termLineElement(line: TermLine, n: number, weight = TERM_LINE_WEIGHT): TermLineElement {
	return {
		type: 'element',
		tagName: 'span',
		properties: { hidden: true, id: `${TERM_LINE_ID_PREFIX}${n}`, className: [TERM_LINE_CLASS], dataPagefindWeight: String(weight) },
		children: [{ type: 'text', value: line.spellings.join(', ') }],
	};
}
