// The zero-result fallback: retry with words dropped, rank pages by words matched.
import { describe, expect, it } from 'vitest';
import { listUnmatchedWords, planPartialQueries, rankPartialResults, splitWords } from '../../../src/search/partial-match';

describe('partial-match fallback', () => {
	it('splits a query into distinct words', () => {
		expect(splitWords('  이미지  버전 바꾸기 이미지 ')).toEqual(['이미지', '버전', '바꾸기']);
		expect(splitWords('')).toEqual([]);
	});

	it('drops one word first, then two, down to single words', () => {
		expect(planPartialQueries(['이미지', '버전', '바꾸기'])).toEqual([
			[
				['이미지', '버전'],
				['이미지', '바꾸기'],
				['버전', '바꾸기'],
			],
			[['이미지'], ['버전'], ['바꾸기']],
		]);
		expect(planPartialQueries(['파드'])).toEqual([]);
		expect(planPartialQueries([])).toEqual([]);
	});

	it('retries a long query word by word instead of every combination', () => {
		const words = ['a', 'b', 'c', 'd', 'e', 'f'];
		expect(planPartialQueries(words)).toEqual([words.map((w) => [w])]);
		expect(planPartialQueries(words.slice(0, 5)).map((level) => level.length)).toEqual([5, 10, 10, 5]);
	});

	it('ranks pages by words matched, then score, and merges a page found twice', () => {
		const words = ['이미지', '버전', '바꾸기'];
		const ranked = rankPartialResults(
			[
				{ id: 'pods', score: 9, words: ['이미지'] },
				{ id: 'deployments', score: 2, words: ['이미지'] },
				{ id: 'deployments', score: 3, words: ['버전'] },
				{ id: 'glossary', score: 1, words: ['버전'] },
			],
			words,
		);
		expect(ranked).toEqual([
			{ id: 'deployments', score: 3, words: ['이미지', '버전'] },
			{ id: 'pods', score: 9, words: ['이미지'] },
			{ id: 'glossary', score: 1, words: ['버전'] },
		]);
		expect(listUnmatchedWords(ranked, words)).toEqual(['바꾸기']);
		expect(rankPartialResults([], words)).toEqual([]);
	});
});
