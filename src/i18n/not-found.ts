/** Strings of the 404 pages (src/pages/404.astro, src/pages/en/404.astro, src/components/NotFound.astro). */
import { defineStrings } from './index';

/** Text and navigation of the "page not found" page, per language. */
export const strings = defineStrings({
	ko: {
		title: '페이지를 찾을 수 없습니다',
		text: '주소가 바뀌었거나 잘못 입력된 것 같습니다. 시작 페이지로 가거나 사이트를 검색해 보세요.',
		navLabel: '갈 곳',
		home: '시작 페이지',
		otherStart: 'English start page',
		search: '사이트 검색',
	},
	en: {
		title: 'Page not found',
		text: 'The address may have changed or been mistyped. Go to the start page or search the site.',
		navLabel: 'Where to go',
		home: 'Start page',
		otherStart: '한국어 시작 페이지',
		search: 'Search the site',
	},
});
