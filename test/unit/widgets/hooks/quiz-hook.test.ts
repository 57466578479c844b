// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strings } from '../../../../src/i18n/quiz';
import { draftKey } from '../../../../src/quiz/draft';
import { parseProgress } from '../../../../src/quiz/progress';
import { PROGRESS_KEY } from '../../../../src/quiz/progress-store';
import type { QuestionView } from '../../../../src/quiz/view';
import { useQuiz, type QuizProps } from '../../../../src/widgets/Quiz/use-quiz';

const t = strings.en;
const choice = (id: string, correct = false) => ({ id, html: id, text: id, explanationHtml: id, correct });
const single: QuestionView = {
	key: 'one',
	id: 'one',
	anchor: 'q-one',
	promptHtml: 'one',
	refHref: '/pods/#x',
	kind: 'single',
	options: [choice('a', true), choice('b'), choice('c')],
};
const order: QuestionView = {
	key: 'two',
	id: 'two',
	anchor: 'q-two',
	promptHtml: 'two',
	refHref: '/pods/#y',
	kind: 'order',
	items: [choice('x'), choice('y'), choice('z')],
};
const props: QuizProps = { quizKey: 'en/pods', quizId: 'pods', locale: 'en', t, questions: [single, order], label: 'Quiz' };

/** Puts buttons with these ids in the page, so the hook's focus moves have somewhere to land. */
function elements(...ids: string[]) {
	for (const id of ids) {
		const b = document.createElement('button');
		b.id = id;
		document.body.append(b);
	}
}

beforeEach(() => {
	window.localStorage.clear();
	document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('useQuiz', () => {
	it('asks for an answer first, grades, scores the finished quiz, stores it and moves focus to each result', () => {
		elements('q-one-result', 'q-two-result', 'q-one', 'q-two');
		const { result } = renderHook(() => useQuiz(props));
		expect(result.current.hydrated).toBe(true);
		act(() => result.current.check('one'));
		expect(result.current.needsAnswer).toBe('one');
		expect(result.current.announcement.trim()).toBe(t.chooseFirst);
		act(() => result.current.choose('one', 'a', true));
		expect(result.current.needsAnswer).toBeNull();
		expect(result.current.checkedCount).toBe(0);
		act(() => result.current.check('one'));
		expect(result.current.announcement.trim()).toBe(t.resultCorrect);
		expect(document.activeElement?.id).toBe('q-one-result');
		expect(result.current.finished).toBe(false);
		act(() => result.current.check('two'));
		expect(result.current.finished).toBe(true);
		expect(result.current.announcement).toContain(t.scoreLine(result.current.score.percent, result.current.score.correct, result.current.score.total));
		const stored = parseProgress(window.localStorage.getItem(PROGRESS_KEY));
		expect(stored.progress.quizzes['pods']?.best?.percent).toBe(result.current.score.percent);
		expect(result.current.isNewBest).toBe(false);
		act(() => result.current.retry());
		expect(result.current.finished).toBe(false);
		expect(result.current.previousBest?.percent).toBe(stored.progress.quizzes['pods']?.best?.percent);
		expect(document.activeElement?.id).toBe(result.current.session.questions[0]!.anchor);
	});

	it('moves an order step, announces its new place and keeps focus on its button (the other one at the edge)', () => {
		const { result } = renderHook(() => useQuiz(props));
		const state = result.current.session.states['two']!.answer;
		if (state.kind !== 'order') throw new Error('order expected');
		const itemId = state.order[0]!;
		elements(`q-two-${itemId}-up`, `q-two-${itemId}-down`);
		act(() => result.current.move('two', 0, 1, 'down'));
		const after = result.current.session.states['two']!.answer;
		expect(after.kind === 'order' && after.order[1]).toBe(itemId);
		expect(result.current.announcement.trim()).toBe(t.moved(itemId, 2, 3));
		expect(document.activeElement?.id).toBe(`q-two-${itemId}-down`);
		act(() => result.current.move('one', 0, 1, 'down'));
		expect(result.current.session.states['one']!.answer.kind).toBe('single');
	});

	it('keeps answers picked in the server HTML before hydration', () => {
		const root = document.createElement('section');
		root.innerHTML = '<input type="radio" name="q-one" value="b" checked>';
		document.body.append(root);
		const { result } = renderHook(() => {
			const quiz = useQuiz(props);
			(quiz.rootRef as { current: HTMLElement | null }).current = root;
			return quiz;
		});
		const answer = result.current.session.states['one']!.answer;
		expect(answer.kind === 'single' && answer.choice).toBe('b');
	});

	it('keeps the exam attempt in a draft across reloads, and drops it once finished', () => {
		const exam: QuizProps = {
			...props,
			quizKey: 'en/exam',
			quizId: 'exam',
			perGroup: 1,
			questions: [{ ...single, group: { id: 'g', title: 'g', href: '/g/' } }],
		};
		const first = renderHook(() => useQuiz(exam));
		act(() => first.result.current.choose('one', 'c', true));
		expect(window.localStorage.getItem(draftKey('en/exam'))).toContain('"c"');
		first.unmount();
		const again = renderHook(() => useQuiz(exam));
		const answer = again.result.current.session.states['one']!.answer;
		expect(answer.kind === 'single' && answer.choice).toBe('c');
		act(() => again.result.current.check('one'));
		expect(again.result.current.finished).toBe(true);
		expect(window.localStorage.getItem(draftKey('en/exam'))).toBeNull();
	});

	it('says the score is not kept when storage is blocked, and still grades', () => {
		vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		const { result } = renderHook(() => useQuiz({ ...props, questions: [single] }));
		expect(result.current.persistent).toBe(false);
		act(() => result.current.choose('one', 'b', true));
		act(() => result.current.check('one'));
		expect(result.current.finished).toBe(true);
		expect(result.current.score.percent).toBe(0);
		expect(result.current.persistent).toBe(false);
	});
});
