import { describe, expect, it } from 'vitest';
import {
	createEmptyProgress,
	getBestScore,
	isLabTaskDone,
	parseProgress,
	PROGRESS_VERSION,
	recordAttempt,
	recordLabTask,
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
	it('keys records by quiz id (one for every language) and says which language the attempt was in', () => {
		const { progress, isNewBest } = recordAttempt(createEmptyProgress(), 'overview', result(50, { 'deleted-pod': 1, 'apply-flow': 0.5 }), day(1), 'ko');
		expect(isNewBest).toBe(true);
		expect(progress.quizzes.overview?.last).toEqual({ at: day(1).toISOString(), locale: 'ko', questions: { 'deleted-pod': 1, 'apply-flow': 0.5 } });
		expect(getBestScore(progress, 'overview')).toEqual({ percent: 50, correct: 1, total: 2, at: day(1).toISOString(), locale: 'ko' });
		const en = recordAttempt(progress, 'overview', result(100), day(2), 'en');
		expect(en.isNewBest).toBe(true);
		expect(getBestScore(en.progress, 'overview')?.locale).toBe('en');
	});

	it('keeps the best score, replaces the last attempt, and keeps the earlier date on a tie', () => {
		let p = recordAttempt(createEmptyProgress(), 'x', result(90), day(1), 'ko').progress;
		const worse = recordAttempt(p, 'x', result(40, { a: 0 }), day(2), 'en');
		expect(worse.isNewBest).toBe(false);
		p = worse.progress;
		expect(p.quizzes.x?.best.percent).toBe(90);
		expect(p.quizzes.x?.best.locale).toBe('ko');
		expect(p.quizzes.x?.last).toEqual({ at: day(2).toISOString(), locale: 'en', questions: { a: 0 } });
		const tie = recordAttempt(p, 'x', result(90), day(3), 'ko');
		expect(tie.isNewBest).toBe(false);
		expect(tie.progress.quizzes.x?.best.at).toBe(day(1).toISOString());
		expect(recordAttempt(p, 'x', result(100), day(4), 'ko').isNewBest).toBe(true);
	});

	it('does not change the progress it was given', () => {
		const before = createEmptyProgress();
		recordAttempt(before, 'x', result(10), day(1), 'ko');
		expect(before.quizzes).toEqual({});
	});
});

describe('lab tasks', () => {
	it('records a task once, keeps its first completion time and does not mutate', () => {
		const empty = createEmptyProgress();
		expect(isLabTaskDone(empty, 'pods', 'create')).toBe(false);
		const p = recordLabTask(empty, 'pods', 'create', day(1).toISOString());
		expect(empty.labs).toEqual({});
		expect(isLabTaskDone(p, 'pods', 'create')).toBe(true);
		expect(isLabTaskDone(p, 'pods', 'delete')).toBe(false);
		expect(isLabTaskDone(p, 'other', 'create')).toBe(false);
		const again = recordLabTask(p, 'pods', 'create', day(5).toISOString());
		expect(again.labs.pods?.create).toEqual({ completedAt: day(1).toISOString() });
		const two = recordLabTask(again, 'pods', 'delete', day(6).toISOString());
		expect(Object.keys(two.labs.pods ?? {})).toEqual(['create', 'delete']);
	});

	it('round-trips through parseProgress', () => {
		const p = recordLabTask(createEmptyProgress(), 'pods', 'create', day(1).toISOString());
		expect(parseProgress(JSON.stringify(p))).toEqual({ status: 'ok', progress: p });
	});
});

describe('parseProgress', () => {
	const stored = recordAttempt(createEmptyProgress(), 'overview', result(80), day(1), 'ko').progress;

	it('reads back what was stored', () => {
		expect(parseProgress(JSON.stringify(stored))).toEqual({ status: 'ok', progress: stored });
		expect(PROGRESS_VERSION).toBe(2);
	});

	it('reports nothing stored as empty', () => {
		expect(parseProgress(null)).toEqual({ status: 'empty', progress: createEmptyProgress() });
	});

	it('reports truncated or corrupt JSON as unreadable', () => {
		const full = JSON.stringify(stored);
		for (const text of ['', '{', 'not json', full.slice(0, full.length - 5)]) {
			expect(parseProgress(text)).toMatchObject({ status: 'unreadable', reason: 'json', progress: createEmptyProgress() });
		}
	});

	it('reports a newer version as unreadable, not as empty', () => {
		expect(parseProgress(JSON.stringify({ ...stored, version: 3 }))).toMatchObject({ status: 'unreadable', reason: 'newer-version' });
	});

	it('reports the wrong shape as unreadable', () => {
		for (const data of [
			null,
			42,
			[],
			'x',
			{ version: 0, quizzes: {} },
			{ quizzes: {} },
			{ version: '2', quizzes: {} },
			{ version: 2, quizzes: [] },
			{ version: 2, quizzes: {}, labs: { a: { b: { completedAt: 'never' } } } },
		]) {
			expect(parseProgress(JSON.stringify(data))).toMatchObject({ status: 'unreadable', reason: 'shape' });
		}
	});

	it('keeps the readable records of a value with malformed ones, and reports it unreadable', () => {
		const good = stored.quizzes.overview;
		const bad = [
			null,
			{ best: { ...good?.best, percent: 120 }, last: good?.last },
			{ best: { ...good?.best, correct: 3 }, last: good?.last },
			{ best: { ...good?.best, at: 'yesterday' }, last: good?.last },
			{ best: { ...good?.best, locale: 42 }, last: good?.last },
			{ best: good?.best, last: { at: 'never', locale: 'ko', questions: {} } },
			{ best: good?.best, last: { at: day(1).toISOString(), locale: 'ko', questions: 'a' } },
			{ best: good?.best },
		];
		for (const b of bad) {
			const parsed = parseProgress(JSON.stringify({ version: 2, quizzes: { overview: good, broken: b }, labs: {} }));
			expect(parsed).toMatchObject({ status: 'unreadable', reason: 'shape' });
			expect(Object.keys(parsed.progress.quizzes)).toEqual(['overview']);
		}
	});

	it('drops question credits outside 0..1', () => {
		const text = JSON.stringify({
			version: 2,
			labs: {},
			quizzes: { x: { ...stored.quizzes.overview, last: { at: day(1).toISOString(), locale: 'en', questions: { a: 0.5, b: 3, c: 'x' } } } },
		});
		expect(parseProgress(text).progress.quizzes.x?.last.questions).toEqual({ a: 0.5 });
	});
});

describe('migration from version 1', () => {
	// Real JSON as version 1 of this site wrote it (a Korean overview pass, an English
	// overview try, a Korean final exam), copied from localStorage.
	const v1 =
		'{"version":1,"quizzes":{"ko/overview":{"best":{"percent":83,"correct":5,"total":6,"at":"2026-11-30T09:12:44.120Z"},"last":{"at":"2026-12-01T10:00:00.000Z","questions":{"deleted-pod":1,"apply-flow":0.5}}},"en/overview":{"best":{"percent":50,"correct":3,"total":6,"at":"2026-12-02T08:00:00.000Z"},"last":{"at":"2026-12-02T08:00:00.000Z","questions":{"deleted-pod":0}}},"ko/final-exam":{"best":{"percent":75,"correct":18,"total":24,"at":"2026-12-03T07:30:00.000Z"},"last":{"at":"2026-12-03T07:30:00.000Z","questions":{"overview/deleted-pod":1}}}}}';

	it('merges both languages into one record per quiz id, labels each attempt and adds empty labs', () => {
		expect(parseProgress(v1)).toEqual({
			status: 'ok',
			progress: {
				version: 2,
				labs: {},
				quizzes: {
					overview: {
						best: { percent: 83, correct: 5, total: 6, at: '2026-11-30T09:12:44.120Z', locale: 'ko' },
						last: { at: '2026-12-02T08:00:00.000Z', locale: 'en', questions: { 'deleted-pod': 0 } },
					},
					'final-exam': {
						best: { percent: 75, correct: 18, total: 24, at: '2026-12-03T07:30:00.000Z', locale: 'ko' },
						last: { at: '2026-12-03T07:30:00.000Z', locale: 'ko', questions: { 'overview/deleted-pod': 1 } },
					},
				},
			},
		});
	});

	it('reports version 1 with an unreadable record as unreadable but migrates the rest', () => {
		const data = JSON.parse(v1);
		data.quizzes['ko/broken'] = { best: null };
		data.quizzes.nolocale = data.quizzes['ko/overview'];
		const parsed = parseProgress(JSON.stringify(data));
		expect(parsed.status).toBe('unreadable');
		expect(Object.keys(parsed.progress.quizzes).sort()).toEqual(['final-exam', 'overview']);
	});
});
