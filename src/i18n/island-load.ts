/**
 * What the page says when an island's code cannot be loaded (src/components/island-errors.ts).
 * Sent as attributes of the element around the island, so no island bundle carries them.
 */
import { defineStrings } from './index';

export const strings = defineStrings({
	ko: {
		loadFailed: '이 부분의 스크립트를 불러오지 못해 조작할 수 없습니다. 네트워크 연결을 확인한 뒤 페이지를 새로 고치세요.',
		reload: '페이지 새로 고침',
	},
	en: {
		loadFailed: 'The script for this part of the page could not be loaded, so it does not respond. Check your connection, then reload the page.',
		reload: 'Reload the page',
	},
});
