/**
 * Result excerpts of page prose only. The hidden term lines (src/search/term-line.ts)
 * are indexed so "Pod phase" finds the page that teaches 파드 단계, but Pagefind builds
 * its excerpts from every indexed word and prefers the heaviest ones, so an excerpt
 * would show "파드 단계, 파드단계, Pod phase, podphase…" (and Korean spellings on English
 * pages). Pagefind has no "searchable but not shown" markup: every indexed word is part
 * of the page's content. Each term line therefore carries an id (an anchor Pagefind
 * records with its text and word position), and the excerpts are rebuilt here from the
 * words outside those lines, the way Pagefind builds them (pagefind_web_js/lib/
 * excerpt.ts, sub_results.ts: densest window of matched words, matches in <mark>).
 */

/** Prefix of the ids of the hidden term lines; the excerpt rebuild finds them by it. */
export const TERM_LINE_ID_PREFIX = 'search-terms-';

/** Words per excerpt: Pagefind UI's own length when it shows sub-results. */
export const EXCERPT_LENGTH = 12;

/** A matched word of a search result, as Pagefind reports it. */
export interface WordLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

/** An element with an id that Pagefind recorded on a page (headings, term lines). */
export interface FragmentAnchor {
	element: string;
	id: string;
	text?: string;
	title?: string;
	location: number;
}

/** A section hit of a result (the part under one heading). */
export interface SubResult {
	anchor?: FragmentAnchor;
	weighted_locations: WordLocation[];
	locations: number[];
	excerpt: string;
	plain_excerpt?: string;
}

/** The fields of a Pagefind result's data that excerpts are built from. */
export interface ResultData {
	content: string;
	/** The content with < and > escaped, set by Pagefind before results are shown. */
	raw_content?: string;
	anchors?: FragmentAnchor[];
	weighted_locations: WordLocation[];
	locations: number[];
	excerpt: string;
	plain_excerpt?: string;
	sub_results?: SubResult[];
}

/** Splits content into words the way Pagefind numbers them. */
export function splitContent(content: string): { words: string[]; joiner: string } {
	// Pagefind separates words of segmented languages (zh, ja, th) with zero-width spaces.
	if (content.includes('\u200B')) return { words: content.split('\u200B'), joiner: '' };
	return { words: content.split(/[\r\n\s]+/g), joiner: ' ' };
}

/** Word positions of the hidden term lines, from their anchors. */
export function termLinePositions(anchors: readonly FragmentAnchor[]): Set<number> {
	const positions = new Set<number>();
	for (const anchor of anchors) {
		if (!anchor.id.startsWith(TERM_LINE_ID_PREFIX)) continue;
		const text = (anchor.text ?? '').trim();
		const count = text === '' ? 0 : splitContent(text).words.length;
		for (let i = 0; i < count; i++) positions.add(anchor.location + i);
	}
	return positions;
}

/** Start (index into the scores) of the densest window of `length` words, as Pagefind picks it. */
export function densestWindow(scores: readonly number[], length: number): number {
	let last = scores.length - 1;
	while (last >= 0 && !scores[last]) last--;
	const used = last + 1;
	if (used <= length) return 0;
	const at = (i: number) => scores[i] ?? 0;
	let densest = 0;
	for (let i = 0; i < length; i++) densest += at(i);
	let sum = densest;
	let densestAt = [0];
	for (let i = 0; i < used; i++) {
		sum += at(i + length) - at(i);
		if (sum > densest) {
			densest = sum;
			densestAt = [i];
		} else if (sum === densest && densestAt[densestAt.length - 1] === i - 1) {
			densestAt.push(i);
		}
	}
	return densestAt[Math.floor(densestAt.length / 2)] ?? 0;
}

/** An excerpt with matches marked and the same text without marks. */
export interface Excerpt {
	excerpt: string;
	plain_excerpt: string;
}

/**
 * The excerpt of one span of a page ([start, end) word positions) built from its prose
 * words only: term-line words are skipped, and the window is the densest run of matched
 * prose words (the span's start when only a term line matched).
 */
export function proseExcerpt(
	words: readonly string[],
	joiner: string,
	span: { start: number; end: number },
	hits: readonly WordLocation[],
	hidden: ReadonlySet<number>,
	length = EXCERPT_LENGTH,
): Excerpt {
	const prose: number[] = [];
	for (let p = Math.max(0, span.start); p < Math.min(span.end, words.length); p++) if (!hidden.has(p)) prose.push(p);
	const index = new Map(prose.map((p, i) => [p, i]));
	const scores: number[] = [];
	const marked = new Set<number>();
	for (const hit of hits) {
		const i = index.get(hit.location);
		if (i === undefined) continue;
		scores[i] = (scores[i] ?? 0) + hit.balanced_score;
		marked.add(hit.location);
	}
	let start = densestWindow(scores, length);
	if (start + length > prose.length) start = Math.max(0, prose.length - length);
	const shown = prose.slice(start, start + length);
	return {
		excerpt: shown
			.map((p) => (marked.has(p) ? `<mark>${words[p]}</mark>` : words[p]))
			.join(joiner)
			.trim(),
		plain_excerpt: shown
			.map((p) => words[p])
			.join(joiner)
			.trim(),
	};
}

/** Whether Pagefind makes a sub-result of this anchor (its filter in sub_results.ts). */
function isSectionAnchor(anchor: FragmentAnchor): boolean {
	return Boolean((anchor.title && /\S/.test(anchor.title)) || (/h\d/i.test(anchor.element) && anchor.text && /\S/.test(anchor.text)));
}

/**
 * Rewrites a result's excerpt and its sections' excerpts from page prose only (see the
 * file comment). Results of pages without term lines are left as Pagefind built them.
 */
export function rebuildExcerpts<T extends ResultData>(data: T, length = EXCERPT_LENGTH): T {
	const anchors = data.anchors ?? [];
	const hidden = termLinePositions(anchors);
	if (hidden.size === 0) return data;
	const { words, joiner } = splitContent(data.raw_content ?? data.content);
	Object.assign(data, proseExcerpt(words, joiner, { start: 0, end: words.length }, data.weighted_locations, hidden, length));
	const sections = anchors.filter(isSectionAnchor).sort((a, b) => a.location - b.location);
	for (const sub of data.sub_results ?? []) {
		const start = sub.anchor?.location ?? 0;
		const next = sections.find((a) => a.location > start);
		const end = next?.location ?? words.length;
		Object.assign(sub, proseExcerpt(words, joiner, { start, end }, sub.weighted_locations, hidden, length));
	}
	return data;
}
