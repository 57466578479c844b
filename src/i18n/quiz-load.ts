/**
 * What the page says when the quiz cannot become interactive (its script or its questions
 * failed to load). Sent by Quiz.astro and FinalExam.astro as attributes, so the quiz's own
 * bundle does not carry them.
 */
import { defineStrings } from './index';

export const strings = defineStrings({
	ko: {
		loadFailed: '퀴즈를 불러오지 못해 정답 확인을 할 수 없습니다. 각 문제의 ‘정답과 해설 보기’에서 답을 볼 수 있습니다.',
		retry: '다시 불러오기',
	},
	en: {
		loadFailed: 'The quiz could not be loaded, so answers cannot be checked here. Open “Show answer and explanations” under each question to see them.',
		retry: 'Try loading again',
	},
});
