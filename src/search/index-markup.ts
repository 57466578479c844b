/**
 * The hidden term lines of a page's rendered Markdown content (what shapes the Pagefind
 * index beyond the page's own text). Code blocks are kept out of the index where they
 * are rendered (src/markdown/code-search-ignore.mjs), widgets by their frame
 * (src/components/WidgetFrame.astro), page weights by frontmatter (`searchWeight`).
 */
import { escapeHtml } from '../quiz/inline-markdown';
import { TERM_LINE_ID_PREFIX } from './excerpt';
import type { TermLine } from './term-placement';

/** Weight of the hidden term lines: above headings (h1 is 7), so the teaching page ranks first. */
export const TERM_LINE_WEIGHT = 10;

/** Class of the hidden term lines (tests find them by it). */
export const TERM_LINE_CLASS = 'search-terms';

/** Escapes text for HTML content and attribute values (the site's one implementation). */
export { escapeHtml };

/** Escapes a string for use inside a RegExp. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The hidden, indexed line of one heading's terms. `hidden` keeps it from sight and
 * from screen readers; Pagefind indexes it all the same, and a match in it is counted
 * under the heading before it, which is where the result deep-links. Its id (the
 * `n`th line of the page) makes Pagefind record where it sits, so result excerpts can
 * leave it out (./excerpt.ts).
 */
export function renderTermLine(line: TermLine, n: number, weight = TERM_LINE_WEIGHT): string {
	return `<span hidden id="${TERM_LINE_ID_PREFIX}${n}" class="${TERM_LINE_CLASS}" data-pagefind-weight="${weight}">${line.spellings.map(escapeHtml).join(', ')}</span>`;
}

/** Inserts each term line right after its heading (or at the top when the heading is missing). */
export function insertTermLines(html: string, lines: readonly TermLine[], weight = TERM_LINE_WEIGHT): string {
	let out = html;
	const atTop: string[] = [];
	for (const [i, line] of lines.entries()) {
		const markup = renderTermLine(line, i + 1, weight);
		const at = line.anchor === null ? -1 : findHeadingEnd(out, line.anchor);
		if (at < 0) atTop.push(markup);
		else out = out.slice(0, at) + markup + out.slice(at);
	}
	return atTop.join('') + out;
}

/** Index just after the closing tag of the heading with this id, or -1. */
export function findHeadingEnd(html: string, id: string): number {
	const open = new RegExp(`<h([1-6])\\b[^>]*\\sid="${escapeRegExp(escapeHtml(id))}"[^>]*>`).exec(html);
	if (!open) return -1;
	const closeTag = `</h${open[1]}>`;
	const close = html.indexOf(closeTag, open.index + open[0].length);
	return close < 0 ? -1 : close + closeTag.length;
}
