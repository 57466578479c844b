/**
 * The fallback for a query that finds nothing. Pagefind matches a query only on pages
 * that contain every word ("이미지 버전 바꾸기" finds nothing although two of its words
 * are taught), so a query of several words is retried with words dropped, most words
 * first, and the pages found are ranked by how many of the query's words they match.
 */

/** The query's words, split on whitespace, duplicates removed. */
export function splitWords(query: string): string[] {
	return [...new Set(query.trim().split(/\s+/).filter(Boolean))];
}

/** At most this many words are combined; a longer query is retried word by word. */
export const MAX_COMBINED_WORDS = 5;

/**
 * The sub-queries to try, in levels: first every way of dropping one word, then two, …
 * down to single words; a level is tried only when the one before found nothing.
 * A query of one word (or none) has no fallback.
 */
export function planPartialQueries(words: readonly string[]): string[][][] {
	if (words.length < 2) return [];
	if (words.length > MAX_COMBINED_WORDS) return [words.map((w) => [w])];
	const levels: string[][][] = [];
	for (let size = words.length - 1; size >= 1; size--) levels.push(combinations(words, size));
	return levels;
}

/** Every choice of `size` words, in query order. */
function combinations(words: readonly string[], size: number): string[][] {
	if (size === 0) return [[]];
	const out: string[][] = [];
	words.forEach((word, i) => {
		for (const rest of combinations(words.slice(i + 1), size - 1)) out.push([word, ...rest]);
	});
	return out;
}

/** One page found by one sub-query. */
export interface PartialHit {
	id: string;
	score: number;
	words: readonly string[];
}

/** A page of the fallback answer: the query words it matched and its best score. */
export interface PartialResult {
	id: string;
	score: number;
	words: string[];
}

/**
 * Merges the hits of one level into one list per page, ranked by how many of the
 * query's words the page matched, then by Pagefind's score; matched words keep the
 * query's order.
 */
export function rankPartialResults(hits: readonly PartialHit[], queryWords: readonly string[]): PartialResult[] {
	const byPage = new Map<string, { score: number; words: Set<string> }>();
	for (const hit of hits) {
		const entry = byPage.get(hit.id) ?? { score: 0, words: new Set<string>() };
		entry.score = Math.max(entry.score, hit.score);
		for (const w of hit.words) entry.words.add(w);
		byPage.set(hit.id, entry);
	}
	return [...byPage]
		.map(([id, { score, words }]) => ({ id, score, words: queryWords.filter((w) => words.has(w)) }))
		.sort((a, b) => b.words.length - a.words.length || b.score - a.score || a.id.localeCompare(b.id));
}

/** The query words that no page of the answer matched (shown so the reader knows what was dropped). */
export function listUnmatchedWords(results: readonly PartialResult[], queryWords: readonly string[]): string[] {
	const matched = new Set(results.flatMap((r) => r.words));
	return queryWords.filter((w) => !matched.has(w));
}
