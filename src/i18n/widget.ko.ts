/** Korean strings of every widget frame and URL note (see ./widget.ts). Only Korean pages' islands import this module. */
export const ko = {
	noScript: 'JavaScript가 꺼져 있어 위젯은 첫 상태만 보여 줍니다. 본문 설명과 예제는 그대로 읽을 수 있습니다.',
	urlClamped: (key: string, value: string, used: string) => `링크의 ${key}=${value} 값은 범위를 벗어나 ${used}(으)로 맞췄습니다.`,
	urlIgnored: (key: string, value: string) => `링크의 ${key}=${value} 값은 읽을 수 없어 무시했습니다.`,
	engineFailed: (error: string) => `시뮬레이터를 불러오지 못했습니다(${error}). 연결을 확인한 뒤 다시 눌러 보세요.`,
};
