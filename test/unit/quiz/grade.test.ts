import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeAnswer, longestIncreasingRun, PASS_MARK, scoreQuiz, type GradableQuestion } from '../../../src/quiz/grade';

const single: GradableQuestion = {
	kind: 'single',
	options: [
		{ id: 'a', correct: false },
		{ id: 'b', correct: true },
		{ id: 'c', correct: false },
	],
};
const multiple: GradableQuestion = {
	kind: 'multiple',
	options: [
		{ id: 'a', correct: true },
		{ id: 'b', correct: true },
		{ id: 'c', correct: false },
		{ id: 'd', correct: false },
	],
};
const order: GradableQuestion = { kind: 'order', items: ['s1', 's2', 's3', 's4', 's5'].map((id) => ({ id })) };

describe('single', () => {
	it('is all or nothing', () => {
		expect(gradeAnswer(single, { kind: 'single', choice: 'b' })).toEqual({ credit: 1, correct: true });
		expect(gradeAnswer(single, { kind: 'single', choice: 'a' })).toEqual({ credit: 0, correct: false });
		expect(gradeAnswer(single, { kind: 'single', choice: null })).toEqual({ credit: 0, correct: false });
	});

	it('gives nothing for an answer of the wrong kind', () => {
		expect(gradeAnswer(single, { kind: 'order', order: ['b'] })).toEqual({ credit: 0, correct: false });
	});
});

describe('multiple', () => {
	const pick = (...choices: string[]) => gradeAnswer(multiple, { kind: 'multiple', choices });

	it('is correct only for exactly the correct set', () => {
		expect(pick('a', 'b')).toEqual({ credit: 1, correct: true });
		expect(pick('b', 'a')).toEqual({ credit: 1, correct: true });
		expect(pick('a', 'b', 'c').correct).toBe(false);
	});

	it('gives partial credit: (right picks - wrong picks) / correct options, not below 0', () => {
		expect(pick('a')).toEqual({ credit: 0.5, correct: false });
		expect(pick('a', 'b', 'c')).toEqual({ credit: 0.5, correct: false });
		expect(pick('a', 'c')).toEqual({ credit: 0, correct: false });
		expect(pick('c', 'd')).toEqual({ credit: 0, correct: false });
		expect(pick()).toEqual({ credit: 0, correct: false });
	});

	it('gives nothing for ticking every box', () => {
		expect(pick('a', 'b', 'c', 'd').credit).toBe(0);
	});

	it('ignores unknown option ids', () => {
		expect(pick('a', 'b', 'zzz')).toEqual({ credit: 1, correct: true });
	});

	it('treats a single-kind answer as one pick', () => {
		expect(gradeAnswer(multiple, { kind: 'single', choice: 'a' }).credit).toBe(0.5);
		expect(gradeAnswer(multiple, { kind: 'single', choice: null }).credit).toBe(0);
	});

	it('gives nothing when a question has no correct option at all', () => {
		const broken: GradableQuestion = { kind: 'multiple', options: [{ id: 'a', correct: false }] };
		expect(gradeAnswer(broken, { kind: 'multiple', choices: [] })).toEqual({ credit: 0, correct: false });
	});

	it('keeps credit within [0, 1]', () => {
		fc.assert(
			fc.property(fc.subarray(['a', 'b', 'c', 'd']), (choices) => {
				const { credit } = pick(...choices);
				expect(credit).toBeGreaterThanOrEqual(0);
				expect(credit).toBeLessThanOrEqual(1);
			}),
		);
	});
});

describe('order', () => {
	const put = (...ids: string[]) => gradeAnswer(order, { kind: 'order', order: ids });

	it('is correct only when every step is in place', () => {
		expect(put('s1', 's2', 's3', 's4', 's5')).toEqual({ credit: 1, correct: true });
	});

	it('costs 1/(n-1) per step that has to be moved', () => {
		// s5 moved to the front: one move fixes it.
		expect(put('s5', 's1', 's2', 's3', 's4')).toEqual({ credit: 0.75, correct: false });
		// Two adjacent swaps: two moves.
		expect(put('s2', 's1', 's4', 's3', 's5')).toEqual({ credit: 0.5, correct: false });
		expect(put('s5', 's4', 's3', 's2', 's1')).toEqual({ credit: 0, correct: false });
	});

	it('does not count unknown or repeated ids, nor missing ones', () => {
		expect(put('s1', 's1', 's2').credit).toBeCloseTo(0.25);
		expect(put('x', 'y').credit).toBe(0);
		expect(put('s1', 's2', 's3', 's4').correct).toBe(false);
		expect(gradeAnswer(order, { kind: 'single', choice: 's1' })).toEqual({ credit: 0, correct: false });
	});

	it('handles a one-item list (never written, but not a crash)', () => {
		const one: GradableQuestion = { kind: 'order', items: [{ id: 'x' }] };
		expect(gradeAnswer(one, { kind: 'order', order: ['x'] })).toEqual({ credit: 1, correct: true });
		expect(gradeAnswer(one, { kind: 'order', order: [] })).toEqual({ credit: 0, correct: false });
	});

	it('gives credit in [0, 1] and 1 exactly for the identity', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray(['s1', 's2', 's3', 's4', 's5'], { minLength: 5, maxLength: 5 }), (ids) => {
				const g = put(...ids);
				expect(g.credit).toBeGreaterThanOrEqual(0);
				expect(g.credit).toBeLessThanOrEqual(1);
				expect(g.credit === 1).toBe(ids.join() === 's1,s2,s3,s4,s5');
			}),
		);
	});
});

describe('longestIncreasingRun', () => {
	it('finds the longest strictly increasing subsequence', () => {
		expect(longestIncreasingRun([])).toBe(0);
		expect(longestIncreasingRun([3, 1, 2, 5, 4])).toBe(3);
		expect(longestIncreasingRun([2, 2, 2])).toBe(1);
	});
});

describe('scoreQuiz', () => {
	it('averages credits into whole points and passes at 80', () => {
		expect(PASS_MARK).toBe(0.8);
		const s = scoreQuiz([
			{ credit: 1, correct: true },
			{ credit: 1, correct: true },
			{ credit: 1, correct: true },
			{ credit: 1, correct: true },
			{ credit: 0, correct: false },
		]);
		expect(s).toEqual({ points: 4, total: 5, correct: 4, percent: 80, passed: true });
	});

	it('rounds down so a score just under the mark never reads as 80', () => {
		const s = scoreQuiz([
			{ credit: 1, correct: true },
			{ credit: 1, correct: true },
			{ credit: 0.5, correct: false },
			{ credit: 0.7, correct: false },
			{ credit: 0.79, correct: false },
		]);
		expect(s.percent).toBe(79);
		expect(s.passed).toBe(false);
	});

	it('survives float error at exactly 80', () => {
		const grades = [0.1, 0.2, 0.9, 1, 1, 1, 1, 1, 1, 1].map((credit) => ({ credit, correct: credit === 1 }));
		// 0.1 + 0.2 is 0.30000000000000004 in floating point; the sum is 8.2, so 82.
		expect(scoreQuiz(grades).percent).toBe(82);
		const exact = [0.6, 1, 1, 0.6, 0.8].map((credit) => ({ credit, correct: credit === 1 }));
		expect(scoreQuiz(exact)).toMatchObject({ percent: 80, passed: true });
	});

	it('scores an empty quiz as 0, not passed', () => {
		expect(scoreQuiz([])).toEqual({ points: 0, total: 0, correct: 0, percent: 0, passed: false });
	});
});
