import { describe, expect, it } from 'vitest';
import {
	computeChecksum,
	createSummary,
	decodeResultFragment,
	encodeResultFragment,
	formatMarkdown,
	formatPlainText,
	MAX_LEARNER,
	type ResultWords,
} from '../../../src/onboarding/result';
import { countLabTasks, findSectionBest } from '../../../src/onboarding/progress-view';
import { createEmptyProgress, recordAttempt, recordLabTask } from '../../../src/quiz/progress';
import { words as allWords } from '../../../src/i18n/result';

const summary = createSummary({
	learner: '  김 신입 ',
	site: '0.1.0 (2026-12-04)',
	made: '2026-12-05',
	rows: [
		{ section: 'pods', title: '파드', percent: 100, passed: true, date: '2026-12-01', locale: 'ko', k8s: '1.37' },
		{ section: 'services', title: 'Services | types', percent: 62, passed: false, date: '2026-12-02', locale: 'en', k8s: '1.37' },
		{ section: 'final-exam', title: '종합 퀴즈', percent: null, passed: false, date: null, locale: null, k8s: null },
	],
});
const words: ResultWords = allWords.ko;

describe('result summary', () => {
	it('trims the learner name and carries a checksum of the content', () => {
		expect(summary.learner).toBe('김 신입');
		expect(summary.checksum).toMatch(/^[0-9a-f]{8}$/);
		expect(computeChecksum({ ...summary, rows: summary.rows.slice(1) })).not.toBe(summary.checksum);
		expect([...createSummary({ ...summary, learner: 'x'.repeat(99) }).learner]).toHaveLength(MAX_LEARNER);
	});

	it('prints a Markdown table with scores, results, dates, languages, versions and the self-report note', () => {
		const md = formatMarkdown(summary, words);
		expect(md).toContain('### 학습 결과: 김 신입');
		expect(md).toContain('3개 중 1개 통과');
		expect(md).toContain('| 파드 (쿠버네티스 v1.37 기준) | 100% | ✅ 통과 | 2026-12-01 (한국어) |');
		// A pipe in a title does not break the table.
		expect(md).toContain('| Services \\| types (쿠버네티스 v1.37 기준) | 62% | 미통과 | 2026-12-02 (영어) |');
		expect(md).toContain('| 종합 퀴즈 | — | 안 풂 | — |');
		expect(md).toContain('스스로 보고한 결과입니다');
		expect(md).toContain(summary.checksum);
	});

	it('prints plain text, one line per section', () => {
		const text = formatPlainText(summary, allWords.en);
		expect(text.split('\n')).toContain('- 파드: 100%, Passed, 2026-12-01 (Korean)');
		expect(text).toContain('1 of 3 passed');
		expect(text).toContain(`checksum ${summary.checksum}`);
	});

	it('round-trips through a result link and notices hand edits', () => {
		const fragment = encodeResultFragment(summary);
		expect(fragment).toMatch(/^r=1\.[A-Za-z0-9_-]+$/);
		expect(decodeResultFragment(`#${fragment}`)).toEqual({ ok: true, summary, edited: false });
		// Change one score inside the link: the checksum no longer matches.
		const data = JSON.parse(Buffer.from(fragment.slice(4), 'base64url').toString('utf8'));
		data[3][1][2] = 100;
		const tampered = `r=1.${Buffer.from(JSON.stringify(data)).toString('base64url')}`;
		const read = decodeResultFragment(tampered);
		expect(read.ok && read.edited).toBe(true);
	});

	it('reports a missing, foreign-version or broken link instead of guessing', () => {
		expect(decodeResultFragment('')).toEqual({ ok: false, error: 'missing' });
		expect(decodeResultFragment('#r=2.abc')).toEqual({ ok: false, error: 'other-version' });
		expect(decodeResultFragment('#r=1.%%%')).toEqual({ ok: false, error: 'unreadable' });
		expect(decodeResultFragment('#r=1.' + Buffer.from('{"a":1}').toString('base64url'))).toEqual({ ok: false, error: 'unreadable' });
		const badRow = JSON.stringify(['', 's', 'm', [['pods', 'P', 150, 1, null, null, null]], 'c']);
		expect(decodeResultFragment('#r=1.' + Buffer.from(badRow).toString('base64url'))).toEqual({ ok: false, error: 'unreadable' });
		expect(decodeResultFragment('#r=garbage')).toEqual({ ok: false, error: 'unreadable' });
	});
});

describe('section bests across languages', () => {
	it('take the best attempt in any language and name its language', () => {
		const at = new Date('2026-12-01T00:00:00Z');
		let p = createEmptyProgress();
		p = recordAttempt(p, 'pods', { percent: 50, correct: 4, total: 8, questions: {} }, at, 'ko').progress;
		p = recordAttempt(p, 'pods', { percent: 88, correct: 7, total: 8, questions: {} }, at, 'en').progress;
		expect(findSectionBest(p, 'pods')).toEqual({ percent: 88, passed: true, at: at.toISOString(), locale: 'en' });
		expect(findSectionBest(p, 'services')).toBeUndefined();
	});
});

describe('lab completion in the summary', () => {
	// A result link made before lab counts existed (rows of seven items), as a lead may have it in an issue.
	const OLD_LINK =
		'#r=1.WyLquYDsi6DsnoUiLCIwLjEuMCAoMjAyNi0xMi0wMSkiLCIyMDI2LTEyLTAyIixbWyJwb2RzIiwi7YyM65OcIiw5MCwxLCIyMDI2LTEyLTAxIiwia28iLCIxLjM0Il0sWyJmaW5hbC1leGFtIiwi7KKF7ZWpIO2AtOymiCIsbnVsbCwwLG51bGwsbnVsbCxudWxsXV0sIjY5MjdlYjc3Il0';

	it('still opens old links, unedited, with no lab column', () => {
		const read = decodeResultFragment(OLD_LINK);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.edited).toBe(false);
		expect(read.summary.checksum).toBe('6927eb77');
		expect(read.summary.rows.map((r) => r.lab)).toEqual([undefined, undefined]);
		expect(read.summary.rows[0]).toEqual({ section: 'pods', title: '파드', percent: 90, passed: true, date: '2026-12-01', locale: 'ko', k8s: '1.34' });
	});

	it('carries lab tasks done through the link and the checksum, and shows them in the text', () => {
		const rows = [
			{ section: 'pods', title: '파드', percent: 90, passed: true, date: '2026-12-01', locale: 'ko' as const, k8s: '1.34', lab: { done: 2, total: 3 } },
			{ section: 'final-exam', title: '종합 퀴즈', percent: null, passed: false, date: null, locale: null, k8s: null },
		];
		const summary = createSummary({ learner: '김신입', site: '0.1.0 (2026-12-01)', made: '2026-12-02', rows });
		// Without the lab, the checksum is the old one: the lab is part of what it covers.
		expect(summary.checksum).not.toBe('6927eb77');
		const read = decodeResultFragment(`#${encodeResultFragment(summary)}`);
		expect(read).toEqual({ ok: true, summary, edited: false });
		const data = JSON.parse(Buffer.from(encodeResultFragment(summary).slice(4), 'base64url').toString('utf8'));
		data[3][0][7] = [3, 3];
		const tampered = decodeResultFragment(`#r=1.${Buffer.from(JSON.stringify(data)).toString('base64url')}`);
		expect(tampered.ok && tampered.edited).toBe(true);
		data[3][0][7] = [4, 3];
		expect(decodeResultFragment(`#r=1.${Buffer.from(JSON.stringify(data)).toString('base64url')}`)).toEqual({ ok: false, error: 'unreadable' });
		expect(formatMarkdown(summary, words)).toContain('| 2/3 |');
		expect(formatMarkdown(summary, words)).toMatch(/종합 퀴즈 \| — \| 안 풂 \| — \| — \|$/m);
		expect(formatPlainText(summary, words)).toContain('- 파드: 90%, 통과, 2026-12-01 (한국어), kubectl 실습 2/3');
	});

	it('counts only the tasks the lab has today', () => {
		let p = createEmptyProgress();
		p = recordLabTask(p, 'pods', 'create-pod', '2026-12-01T00:00:00Z');
		p = recordLabTask(p, 'pods', 'renamed-task', '2026-12-01T00:00:00Z');
		expect(countLabTasks(p, 'pods', ['create-pod', 'label-pod', 'delete-pod'])).toEqual({ done: 1, total: 3 });
		expect(countLabTasks(p, 'services', ['expose'])).toEqual({ done: 0, total: 1 });
	});
});
