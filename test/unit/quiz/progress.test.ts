import { describe, expect, it } from 'vitest';
import {
	createEmptyProgress,
	getBestScore,
	parseProgress,
	PROGRESS_VERSION,
	recordAttempt,
	toQuizKey,
	type AttemptResult,
} from '../../../src/quiz/progress';

const result = (percent: number, questions: Record<string, number> = { a: 1 }): AttemptResult => ({
	percent,
	correct: 1,
	total: 2,
	questions,
});
const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('recordAttempt', () => {
	it('keys records by locale and quiz id, and questions by id', () => {
		const key = toQuizKey('ko', 'overview');
		expect(key).toBe('ko/overview');
		const { progress, isNewBest } = recordAttempt(createEmptyProgress(), key, result(50, { 'deleted-pod': 1, 'apply-flow': 0.5 }), day(1));
		expect(isNewBest).toBe(true);
		expect(progress.quizzes['ko/overview']?.last.questions).toEqual({ 'deleted-pod': 1, 'apply-flow': 0.5 });
		expect(getBestScore(progress, 'ko/overview')).toEqual({ percent: 50, correct: 1, total: 2, at: day(1).toISOString() });
		expect(getBestScore(progress, 'en/overview')).toBeUndefined();
	});

	it('keeps the best score, replaces the last attempt, and keeps the earlier date on a tie', () => {
		let p = recordAttempt(createEmptyProgress(), 'ko/x', result(90), day(1)).progress;
		const worse = recordAttempt(p, 'ko/x', result(40, { a: 0 }), day(2));
		expect(worse.isNewBest).toBe(false);
		p = worse.progress;
		expect(p.quizzes['ko/x']?.best.percent).toBe(90);
		expect(p.quizzes['ko/x']?.last).toEqual({ at: day(2).toISOString(), questions: { a: 0 } });
		const tie = recordAttempt(p, 'ko/x', result(90), day(3));
		expect(tie.isNewBest).toBe(false);
		expect(tie.progress.quizzes['ko/x']?.best.at).toBe(day(1).toISOString());
		expect(recordAttempt(p, 'ko/x', result(100), day(4)).isNewBest).toBe(true);
	});

	it('does not change the progress it was given', () => {
		const before = createEmptyProgress();
		recordAttempt(before, 'ko/x', result(10), day(1));
		expect(before.quizzes).toEqual({});
	});
});

describe('parseProgress', () => {
	const stored = recordAttempt(createEmptyProgress(), 'ko/overview', result(80), day(1)).progress;

	it('reads back what was stored', () => {
		expect(parseProgress(JSON.stringify(stored))).toEqual(stored);
	});

	it('gives empty progress for nothing, corrupt JSON or a non-object', () => {
		for (const text of [null, '', '{', 'not json', 'null', '42', '[]', '"x"']) {
			expect(parseProgress(text)).toEqual({ version: PROGRESS_VERSION, quizzes: {} });
		}
	});

	it('discards an old, missing or unknown version', () => {
		for (const version of [0, undefined, 2, '1']) {
			expect(parseProgress(JSON.stringify({ ...stored, version }))).toEqual(createEmptyProgress());
		}
	});

	it('discards a version-1 value whose quizzes field is not an object', () => {
		expect(parseProgress(JSON.stringify({ version: 1, quizzes: [] }))).toEqual(createEmptyProgress());
	});

	it('drops malformed quiz records but keeps the good ones', () => {
		const good = stored.quizzes['ko/overview'];
		const bad = [
			null,
			{ best: { percent: 120, correct: 1, total: 2, at: day(1).toISOString() }, last: good?.last },
			{ best: { percent: 50, correct: 3, total: 2, at: day(1).toISOString() }, last: good?.last },
			{ best: { percent: 50, correct: 1, total: 2, at: 'yesterday' }, last: good?.last },
			{ best: good?.best, last: { at: 'never', questions: {} } },
			{ best: good?.best, last: { at: day(1).toISOString(), questions: 'a' } },
			{ best: good?.best },
		];
		const text = JSON.stringify({
			version: 1,
			quizzes: { 'ko/overview': good, ...Object.fromEntries(bad.map((b, i) => [`ko/bad-${i}`, b])) },
		});
		expect(Object.keys(parseProgress(text).quizzes)).toEqual(['ko/overview']);
	});

	it('drops question credits outside 0..1', () => {
		const text = JSON.stringify({
			version: 1,
			quizzes: { 'ko/x': { ...stored.quizzes['ko/overview'], last: { at: day(1).toISOString(), questions: { a: 0.5, b: 3, c: 'x' } } } },
		});
		expect(parseProgress(text).quizzes['ko/x']?.last.questions).toEqual({ a: 0.5 });
	});
});
