import { defineStrings } from './index';

/** Strings every widget frame shares. */
export const strings = defineStrings({
	ko: {
		noScript: 'JavaScript가 꺼져 있어 위젯은 첫 상태만 보여 줍니다. 본문 설명과 예제는 그대로 읽을 수 있습니다.',
	},
	en: {
		noScript: 'JavaScript is off, so the widget shows its first state only. The text and examples around it still teach the same thing.',
	},
});
