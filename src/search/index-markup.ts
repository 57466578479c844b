/**
 * String edits on a page's rendered Markdown content that shape the Pagefind index.
 * The input is Starlight's own output (headings as `<hN id="...">`, code blocks as
 * `<div class="expressive-code">`), so targeted edits are enough and nothing is parsed.
 */
import { escapeHtml } from '../quiz/inline-markdown';
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
 * under the heading before it, which is where the result deep-links.
 */
export function renderTermLine(line: TermLine, weight = TERM_LINE_WEIGHT): string {
	return `<span hidden class="${TERM_LINE_CLASS}" data-pagefind-weight="${weight}">${line.spellings.map(escapeHtml).join(', ')}</span>`;
}

/** Inserts each term line right after its heading (or at the top when the heading is missing). */
export function insertTermLines(html: string, lines: readonly TermLine[], weight = TERM_LINE_WEIGHT): string {
	let out = html;
	const atTop: string[] = [];
	for (const line of lines) {
		const markup = renderTermLine(line, weight);
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

/**
 * Islands whose text is indexed: they mark their own controls and answers with
 * data-pagefind-ignore (the quiz keeps its questions, not its options or explanations).
 * Every other island, i.e. every widget, is left out whole: its text is controls,
 * simulated output and manifests, which would pull pages up for words they only show.
 */
export const INDEXED_ISLANDS: readonly string[] = ['QuizIsland'];

/** Decodes the few entities Astro writes into attribute values. */
function decodeAttribute(value: string): string {
	return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The component name Astro records in an island's `opts` attribute, or null. */
export function readIslandName(attributes: string): string | null {
	const opts = /\sopts="([^"]*)"/.exec(attributes);
	if (!opts?.[1]) return null;
	try {
		const parsed: unknown = JSON.parse(decodeAttribute(opts[1]));
		const name = typeof parsed === 'object' && parsed !== null ? (parsed as { name?: unknown }).name : undefined;
		return typeof name === 'string' ? name : null;
	} catch {
		return null;
	}
}

/** Keeps every island but the listed ones out of the index (see INDEXED_ISLANDS). */
export function ignoreIslands(html: string, indexed: readonly string[] = INDEXED_ISLANDS): string {
	return html.replace(/<astro-island\b([^>]*)>/g, (tag, attributes: string) => {
		if (/\sdata-pagefind-ignore\b/.test(attributes)) return tag;
		const name = readIslandName(attributes);
		return name !== null && indexed.includes(name) ? tag : `<astro-island data-pagefind-ignore${attributes}>`;
	});
}

/** Keeps code blocks (manifests, terminal output, their frame labels) out of the index. */
export function ignoreCodeBlocks(html: string): string {
	return html.replace(/<div class="expressive-code"(?![^>]*data-pagefind-ignore)/g, '<div class="expressive-code" data-pagefind-ignore');
}
