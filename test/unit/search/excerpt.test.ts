import { describe, expect, it } from 'vitest';
import {
	densestWindow,
	proseExcerpt,
	rebuildExcerpts,
	splitContent,
	termLinePositions,
	TERM_LINE_ID_PREFIX,
	type ResultData,
} from '../../../src/search/excerpt';

const hit = (location: number, score = 1) => ({ weight: 1, balanced_score: score, location });

// A page as Pagefind stores it: heading, hidden term line (id search-terms-1), prose,
// second heading, its term line, prose. Word positions count from 0.
const content = [
	'파드 단계', // 0-1: h2 "파드 단계"
	'파드 단계, 파드단계, Pod phase, podphase', // 2-7: term line
	'파드는 Pending에서 시작해 Running을 거쳐 Succeeded 또는 Failed로 끝납니다.', // 8-16
	'재시작 정책', // 17-18: h2
	'restartPolicy, 재시작 정책', // 19-21: term line
	'restartPolicy는 컨테이너가 끝났을 때 kubelet이 다시 시작할지 정합니다.', // 22-29
].join(' ');
const anchors = [
	{ element: 'h2', id: '파드-단계', text: '파드 단계', location: 0 },
	{ element: 'span', id: `${TERM_LINE_ID_PREFIX}1`, text: '파드 단계, 파드단계, Pod phase, podphase', location: 2 },
	{ element: 'h2', id: '재시작-정책', text: '재시작 정책', location: 17 },
	{ element: 'span', id: `${TERM_LINE_ID_PREFIX}2`, text: 'restartPolicy, 재시작 정책', location: 19 },
];

describe('termLinePositions', () => {
	it('covers exactly the words of each term line', () => {
		expect([...termLinePositions(anchors)].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 19, 20, 21]);
		expect(termLinePositions([{ element: 'h2', id: 'x', text: 'a b', location: 0 }]).size).toBe(0);
	});
});

describe('densestWindow', () => {
	it('starts at 0 when every hit fits, else at the densest run (as Pagefind)', () => {
		expect(densestWindow([0, 1, 0, 1], 12)).toBe(0);
		const scores: number[] = [];
		scores[20] = 1;
		scores[21] = 1;
		expect(densestWindow(scores, 4)).toBeGreaterThanOrEqual(18);
		expect(densestWindow(scores, 4)).toBeLessThanOrEqual(20);
	});
});

describe('proseExcerpt', () => {
	const { words, joiner } = splitContent(content);
	const hidden = termLinePositions(anchors);

	it('never shows a term line word, even when only the term line matched', () => {
		// "podphase" matched only in the term line (position 7).
		const out = proseExcerpt(words, joiner, { start: 0, end: 17 }, [hit(7, 10)], hidden, 6);
		expect(out.plain_excerpt).toBe('파드 단계 파드는 Pending에서 시작해 Running을');
		expect(out.excerpt).not.toContain('<mark>');
	});

	it('marks prose matches and centres on them', () => {
		const out = proseExcerpt(words, joiner, { start: 17, end: words.length }, [hit(20, 10), hit(22)], hidden, 5);
		expect(out.excerpt).toContain('<mark>restartPolicy는</mark>');
		expect(out.plain_excerpt).not.toMatch(/restartPolicy,/);
	});
});

describe('rebuildExcerpts', () => {
	const data = (): ResultData => ({
		content,
		raw_content: content,
		anchors,
		weighted_locations: [hit(5, 10), hit(6, 10), hit(11)],
		locations: [5, 6, 11],
		excerpt: "Pod phase, podphase (Pagefind's own excerpt)",
		sub_results: [{ anchor: anchors[0], weighted_locations: [hit(5, 10), hit(6, 10), hit(11)], locations: [5, 6, 11], excerpt: 'x' }],
	});

	it('rewrites the page excerpt and each section excerpt from prose', () => {
		const out = rebuildExcerpts(data(), 8);
		for (const text of [out.excerpt, out.sub_results![0]!.excerpt]) {
			expect(text).not.toMatch(/Pod|podphase|파드단계/);
			expect(text).toContain('<mark>Running을</mark>');
		}
		// The first section ends where the next heading starts.
		expect(out.sub_results![0]!.plain_excerpt).not.toContain('재시작');
	});

	it('leaves a page without term lines as Pagefind built it', () => {
		const plain = { ...data(), anchors: [anchors[0]!] };
		expect(rebuildExcerpts(plain).excerpt).toBe(plain.excerpt);
	});

	it('splits zero-width-space content like Pagefind', () => {
		expect(splitContent('a\u200Bb\u200Bc')).toEqual({ words: ['a', 'b', 'c'], joiner: '' });
	});
});
