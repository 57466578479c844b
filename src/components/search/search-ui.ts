/**
 * The search dialog's contents, loaded when the reader reaches for search (see
 * ./site-search.ts): Pagefind's UI with Korean particles stripped from the query ("파드를"
 * is searched as "파드"), excerpts of page prose only, and the partial-match fallback
 * with glossary suggestions when no page has every word. Adapted from
 * @astrojs/starlight's components/Search.astro (MIT).
 */
// @ts-expect-error — @pagefind/default-ui ships no types.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { trailingSlash } from 'astro:config/client';
import { stripKoreanParticles } from '../../search/korean-particles';
import { EXCERPT_LENGTH, rebuildExcerpts, type ResultData } from '../../search/excerpt';
import { planPartialQueries, rankPartialResults, splitWords, type PartialHit } from '../../search/partial-match';
import type { strings } from '../../i18n/search';

/** A Pagefind result as the UI hands it to processResult (the fields we rewrite). */
interface PagefindResult extends ResultData {
	url: string;
	sub_results: Array<ResultData['sub_results'] extends Array<infer S> | undefined ? S & { url: string } : never>;
}

/** The page data Pagefind's JS API gives for one result (the fields shown). */
interface PagefindData extends ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: Array<NonNullable<ResultData['sub_results']>[number] & { title: string; url: string; excerpt: string }>;
}
/** One result of Pagefind's JS API search. */
interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
/** The part of Pagefind's JS API (pagefind.js, the module Pagefind UI loads) used here. */
interface PagefindApi {
	search(term: string): Promise<{ results: PagefindHit[] } | null>;
}
/** The fallback's strings (Search.astro sends the load-failure message separately). */
type FallbackStrings = Omit<(typeof strings)['ko'], 'loadFailed'>;

/** Results shown by the fallback, and glossary terms suggested. */
const MAX_FALLBACK_RESULTS = 5;
const MAX_GLOSSARY_TERMS = 5;

/**
 * Builds Pagefind's UI and the fallback inside a <site-search> element (its dataset carries
 * the translations, fallback strings, glossary URL and short stems from Search.astro).
 */
export function mountSearchUi(root: HTMLElement): void {
	let translations = {};
	try {
		translations = JSON.parse(root.dataset.translations || '{}');
	} catch {
		// Unreadable translations: Pagefind UI keeps its default labels.
	}
	const particles = { shortStems: new Set((root.dataset.shortStems ?? '').split(' ').filter(Boolean)) };

	const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
	const formatURL = trailingSlash === 'never' ? stripTrailingSlash : (path: string) => path;

	// Zero results never end blank: when every word together finds nothing, search
	// again with words dropped (src/search/partial-match.ts) and say so visibly, and
	// suggest the glossary's matching terms.
	const fallbackBox = root.querySelector<HTMLElement>('.site-search-fallback');
	let fallbackText: FallbackStrings | undefined;
	try {
		fallbackText = JSON.parse(root.dataset.fallback || '');
	} catch {
		// No fallback strings: no partial-match fallback, the plain search still works.
	}
	const glossaryUrl = root.dataset.glossaryUrl ?? '';
	const bundlePath = import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/';
	let fallbackRun = 0;
	const clearFallback = () => {
		fallbackRun++;
		fallbackBox?.replaceChildren();
	};
	const runFallback = async (term: string) => {
		const run = ++fallbackRun;
		fallbackBox?.replaceChildren();
		const words = splitWords(term);
		if (!fallbackBox || !fallbackText || words.length === 0) return;
		// Runs only after Pagefind UI has loaded and configured pagefind.js (same module).
		const pagefind: PagefindApi = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
		if (run !== fallbackRun) return;
		const hitsById = new Map<string, PagefindHit>();
		let ranked: ReturnType<typeof rankPartialResults> = [];
		for (const level of planPartialQueries(words)) {
			const hits: PartialHit[] = [];
			for (const sub of level) {
				const found = await pagefind.search(sub.join(' '));
				for (const hit of found?.results ?? []) {
					hitsById.set(hit.id, hit);
					hits.push({ id: hit.id, score: hit.score, words: sub });
				}
			}
			if (run !== fallbackRun) return;
			if (hits.length > 0) {
				ranked = rankPartialResults(hits, words);
				break;
			}
		}
		const pages = await Promise.all(ranked.map(async (r) => ({ ...r, data: rebuildExcerpts(await hitsById.get(r.id)!.data()) })));
		if (run !== fallbackRun) return;
		renderFallback(fallbackBox, fallbackText, pages);
	};
	const renderFallback = (box: HTMLElement, text: FallbackStrings, pages: Array<{ words: string[]; data: PagefindData }>) => {
		const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content?: string) => {
			const node = document.createElement(tag);
			node.className = className;
			if (content !== undefined) node.textContent = content;
			return node;
		};
		const glossary = pages.find((p) => p.data.url === glossaryUrl);
		const shown = pages.filter((p) => p !== glossary).slice(0, MAX_FALLBACK_RESULTS);
		if (shown.length === 0 && !glossary) {
			const none = el('p', 'site-search-fallback__notice', text.noMatch + ' ');
			const link = el('a', '', text.glossaryLink);
			link.href = glossaryUrl;
			none.append(link);
			box.replaceChildren(none);
			return;
		}
		const parts: HTMLElement[] = [el('p', 'site-search-fallback__notice', text.partialNotice)];
		const list = el('ol', 'site-search-fallback__results');
		for (const page of shown) {
			const item = el('li', 'site-search-fallback__result');
			const link = el('a', 'site-search-fallback__title', page.data.meta.title ?? page.data.url);
			link.href = formatURL(page.data.url);
			const excerpt = el('p', 'site-search-fallback__excerpt');
			// Pagefind's excerpt is the page's text, HTML-escaped, with <mark> around matches.
			excerpt.innerHTML = page.data.excerpt;
			item.append(link, el('p', 'site-search-fallback__words', text.matchedWords.replace('[WORDS]', page.words.join(', '))), excerpt);
			list.append(item);
		}
		if (shown.length > 0) parts.push(list);
		const terms = (glossary?.data.sub_results ?? [])
			.filter((sub) => sub.url !== glossary?.data.url && !sub.url.endsWith('#_top'))
			.slice(0, MAX_GLOSSARY_TERMS);
		if (terms.length > 0) {
			parts.push(el('p', 'site-search-fallback__heading', text.glossaryHeading));
			const termList = el('ul', 'site-search-fallback__terms');
			for (const sub of terms) {
				const item = el('li', '');
				const link = el('a', '', sub.title);
				link.href = formatURL(sub.url);
				item.append(link);
				termList.append(item);
			}
			parts.push(termList);
		}
		box.replaceChildren(...parts);
	};
	root.addEventListener('input', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.value.trim() === '') clearFallback();
	});
	// Pagefind UI has no event for "search done"; its message shows the zero-results
	// text (our translation, with the typed query) once a search found nothing. The
	// fallback waits for that, so its searches never race the UI's own.
	let answered = '';
	const zeroResults = (query: string) => String((translations as Record<string, string>).zero_results ?? '').replace('[SEARCH_TERM]', query);
	const onUiChange = () => {
		const input = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
		const message = root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
		const query = input?.value.trim() ?? '';
		const found = root.querySelector('.pagefind-ui__result') !== null;
		const zero = query !== '' && !found && message === zeroResults(query);
		if (!zero) {
			if (answered && query !== answered) {
				answered = '';
				clearFallback();
			}
			return;
		}
		if (query === answered) return;
		answered = query;
		void runFallback(stripKoreanParticles(query, particles)).catch(() => clearFallback());
	};

	new PagefindUI({
		...pagefindUserConfig,
		element: '#starlight__search',
		baseUrl: import.meta.env.BASE_URL,
		bundlePath,
		showImages: false,
		translations,
		showSubResults: true,
		excerptLength: EXCERPT_LENGTH,
		processTerm: (term: string) => stripKoreanParticles(term, particles),
		processResult: (result: PagefindResult) => {
			// Excerpts of page prose, never the hidden term lines (src/search/excerpt.ts).
			rebuildExcerpts(result);
			result.url = formatURL(result.url);
			for (const sub of result.sub_results) sub.url = formatURL(sub.url);
		},
	});
	const ui = root.querySelector('#starlight__search');
	if (ui) new MutationObserver(onUiChange).observe(ui, { childList: true, subtree: true, characterData: true });
}
