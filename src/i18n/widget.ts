import { defineStrings } from './index';

/** Strings every widget frame shares. */
export const strings = defineStrings({
	ko: {
		noScript: 'JavaScript가 꺼져 있어 위젯은 첫 상태만 보여 줍니다. 본문 설명과 예제는 그대로 읽을 수 있습니다.',
		urlClamped: (key: string, value: string, used: string) => `링크의 ${key}=${value} 값은 범위를 벗어나 ${used}(으)로 맞췄습니다.`,
		urlIgnored: (key: string, value: string) => `링크의 ${key}=${value} 값은 읽을 수 없어 무시했습니다.`,
	},
	en: {
		noScript: 'JavaScript is off, so the widget shows its first state only. The text and examples around it still teach the same thing.',
		urlClamped: (key: string, value: string, used: string) => `The link's ${key}=${value} is out of range, so ${used} is used instead.`,
		urlIgnored: (key: string, value: string) => `The link's ${key}=${value} could not be read and was ignored.`,
	},
});
