/**
 * Strings of the site search (Pagefind UI and the site's partial-match fallback) and the
 * Starlight UI strings Starlight 0.42 lacks for this site. Pagefind UI fills
 * [SEARCH_TERM], [COUNT] and [DIFFERENT_TERM] itself (https://pagefind.app/docs/ui/#translations).
 */
import { defineStrings } from './index';

/** Pagefind UI translations, keyed as Starlight's `pagefind.*` i18n keys. */
export const pagefindStrings = defineStrings({
	ko: {
		'pagefind.clear_search': '지우기',
		'pagefind.load_more': '결과 더 보기',
		'pagefind.search_label': '이 사이트 검색',
		'pagefind.filters_label': '필터',
		'pagefind.zero_results': '[SEARCH_TERM]에 맞는 결과가 없습니다',
		'pagefind.many_results': '[SEARCH_TERM] 검색 결과 [COUNT]개',
		'pagefind.one_result': '[SEARCH_TERM] 검색 결과 [COUNT]개',
		'pagefind.alt_search': '[SEARCH_TERM]에 맞는 결과가 없어 [DIFFERENT_TERM]의 결과를 보여 줍니다',
		'pagefind.search_suggestion': '[SEARCH_TERM]에 맞는 결과가 없습니다. 다음 검색어를 써 보세요:',
		'pagefind.searching': '[SEARCH_TERM] 찾는 중...',
	},
	en: {
		'pagefind.clear_search': 'Clear',
		'pagefind.load_more': 'Load more results',
		'pagefind.search_label': 'Search this site',
		'pagefind.filters_label': 'Filters',
		'pagefind.zero_results': 'No results for [SEARCH_TERM]',
		'pagefind.many_results': '[COUNT] results for [SEARCH_TERM]',
		'pagefind.one_result': '[COUNT] result for [SEARCH_TERM]',
		'pagefind.alt_search': 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
		'pagefind.search_suggestion': 'No results for [SEARCH_TERM]. Try one of the following searches:',
		'pagefind.searching': 'Searching for [SEARCH_TERM]...',
	},
});

/**
 * Expressive Code's English strings. Starlight's English table omits them (Expressive
 * Code has them built in), so with Korean as the default locale Starlight's lookup falls
 * back to Korean and English code blocks said "터미널 창".
 */
export const codeBlockStrings = {
	en: {
		'expressiveCode.terminalWindowFallbackTitle': 'Terminal window',
		'expressiveCode.copyButtonTooltip': 'Copy to clipboard',
		'expressiveCode.copyButtonCopied': 'Copied!',
	},
} as const;

/**
 * The search dialog's own messages: the partial-match fallback and glossary suggestions
 * (plain strings, sent to the browser as JSON; [WORDS] is filled in there).
 */
export const strings = defineStrings({
	ko: {
		partialNotice: '모든 단어와 맞는 결과가 없어 일부 단어로 찾은 결과입니다',
		matchedWords: '맞은 단어: [WORDS]',
		glossaryHeading: '용어집에 있는 용어',
		noMatch: '어느 단어와도 맞는 페이지가 없습니다. 용어집에서 용어를 찾아보세요.',
		glossaryLink: '용어집 열기',
		loadFailed: '검색을 불러오지 못했습니다. 네트워크 연결을 확인한 뒤 검색을 다시 여세요.',
	},
	en: {
		partialNotice: 'No page matches every word; these results match some of the words',
		matchedWords: 'Words matched: [WORDS]',
		glossaryHeading: 'Glossary terms',
		noMatch: 'No page matches any of these words. Try the glossary.',
		glossaryLink: 'Open the glossary',
		loadFailed: 'Search could not be loaded. Check your connection, then open search again.',
	},
});
