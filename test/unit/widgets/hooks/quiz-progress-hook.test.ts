// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyProgress, recordAttempt } from '../../../../src/quiz/progress';
import { BACKUP_KEY, PROGRESS_KEY } from '../../../../src/quiz/progress-store';
import { useQuizProgress } from '../../../../src/widgets/QuizProgress/use-quiz-progress';
import { useResultShare } from '../../../../src/widgets/ResultShare/use-result-share';

const attempt = { percent: 80, correct: 4, total: 5, questions: { a: 1 } };
const withPods = () => recordAttempt(createEmptyProgress(), 'pods', attempt, new Date('2026-11-02T10:00:00Z'), 'en').progress;

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('useQuizProgress', () => {
	it('loads stored progress on mount, and reset clears it and tells the other islands', () => {
		window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(withPods()));
		const heard = vi.fn();
		window.addEventListener('storage', heard);
		const { result } = renderHook(() => useQuizProgress());
		expect(result.current.progress?.quizzes['pods']?.best?.percent).toBe(80);
		expect(result.current.persistent).toBe(true);
		let cleared = false;
		act(() => {
			cleared = result.current.reset();
		});
		expect(cleared).toBe(true);
		expect(result.current.progress?.quizzes).toEqual({});
		expect(heard).toHaveBeenCalled();
		window.removeEventListener('storage', heard);
	});

	it('keeps unreadable progress as a backup, never writing over it, until it is discarded', () => {
		window.localStorage.setItem(PROGRESS_KEY, '{broken');
		const { result } = renderHook(() => useQuizProgress());
		expect(result.current.backup).toBe('{broken');
		expect(window.localStorage.getItem(BACKUP_KEY)).toBe('{broken');
		let gone = false;
		act(() => {
			gone = result.current.discardBackup();
		});
		expect(gone).toBe(true);
		expect(result.current.backup).toBeNull();
	});

	it('merges imported progress with what another tab stored meanwhile', () => {
		const { result } = renderHook(() => useQuizProgress());
		window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(withPods()));
		const incoming = recordAttempt(createEmptyProgress(), 'services', attempt, new Date('2026-11-03T10:00:00Z'), 'ko').progress;
		let outcome = { saved: false };
		act(() => {
			outcome = result.current.importProgress(incoming);
		});
		expect(outcome.saved).toBe(true);
		expect(Object.keys(result.current.read()!.quizzes).sort()).toEqual(['pods', 'services']);
	});

	it('follows progress another tab saved', () => {
		const { result } = renderHook(() => useQuizProgress());
		expect(result.current.progress?.quizzes).toEqual({});
		window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(withPods()));
		act(() => void window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY })));
		expect(result.current.progress?.quizzes['pods']).toBeDefined();
	});

	it('says progress is not kept when storage throws, and reports an import as unsaved', () => {
		vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		const { result } = renderHook(() => useQuizProgress());
		expect(result.current.persistent).toBe(false);
		let outcome = { saved: true };
		act(() => {
			outcome = result.current.importProgress(withPods());
		});
		expect(outcome.saved).toBe(false);
		expect(result.current.progress?.quizzes['pods']).toBeDefined();
	});
});

describe('useResultShare', () => {
	const rows = [
		{ section: 'pods', title: 'Pods', k8s: '1.34' },
		{ section: 'services', title: 'Services', k8s: null, labTasks: ['t1'] },
	];

	it('summarises stored progress per row, builds the link, and reports a failed copy', async () => {
		window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(withPods()));
		const { result } = renderHook(() => useResultShare(rows, 'https://example.test', '/result/'));
		const summary = result.current.summary!;
		expect(summary.rows.map((r) => [r.section, r.percent, r.passed])).toEqual([
			['pods', 80, true],
			['services', null, false],
		]);
		expect(result.current.link.startsWith('/result/#')).toBe(true);
		act(() => result.current.setLearner('Ana'));
		expect(result.current.summary!.learner).toBe('Ana');
		const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('no'));
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		await act(() => result.current.copy('link', result.current.link));
		expect(result.current.copied).toEqual({ what: 'link', ok: true });
		await act(() => result.current.copy('text', 'x'));
		expect(result.current.copied).toEqual({ what: 'text', ok: false });
		act(() => result.current.setLearner('Bo'));
		expect(result.current.copied).toBeNull();
	});
});
