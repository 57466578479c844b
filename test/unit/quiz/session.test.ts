import { describe, expect, it } from 'vitest';
import {
	checkQuestion,
	chooseOption,
	hasAnswer,
	isFinished,
	listGrades,
	moveItem,
	scoreSession,
	startSession,
	toAttemptResult,
} from '../../../src/quiz/session';
import type { QuestionView } from '../../../src/quiz/view';

const choice = (id: string, correct = false) => ({ id, html: id, text: id, explanationHtml: `why ${id}`, correct });
const base = (id: string) => ({ key: id, id, anchor: `q-${id}`, promptHtml: id, refHref: '#x' });
const pool: QuestionView[] = [
	{ ...base('one'), kind: 'single', options: [choice('a'), choice('b', true), choice('c')] },
	{ ...base('many'), kind: 'multiple', options: [choice('a', true), choice('b', true), choice('c')] },
	{ ...base('steps'), kind: 'order', items: ['s1', 's2', 's3'].map((id) => choice(id)) },
];

describe('a session', () => {
	it('starts with nothing chosen and order steps shuffled', () => {
		const s = startSession(pool, 1);
		expect(s.states.one?.answer).toEqual({ kind: 'single', choice: null });
		expect(s.states.many?.answer).toEqual({ kind: 'multiple', choices: [] });
		const order = s.states.steps?.answer;
		expect(order?.kind === 'order' && order.order).not.toEqual(['s1', 's2', 's3']);
		expect(hasAnswer(s, 'one')).toBe(false);
		expect(hasAnswer(s, 'steps')).toBe(true);
		expect(hasAnswer(s, 'nope')).toBe(false);
		expect(isFinished(s)).toBe(false);
	});

	it('is the same for the same seed (server render = first client render)', () => {
		expect(startSession(pool, 42)).toEqual(startSession(pool, 42));
	});

	it('records single and multiple choices, toggling checkboxes', () => {
		let s = chooseOption(startSession(pool, 1), 'one', 'a', true);
		s = chooseOption(s, 'one', 'b', true);
		expect(s.states.one?.answer).toEqual({ kind: 'single', choice: 'b' });
		expect(chooseOption(s, 'one', 'b', false).states.one?.answer).toEqual({ kind: 'single', choice: null });
		expect(chooseOption(s, 'one', 'a', false).states.one?.answer).toEqual({ kind: 'single', choice: 'b' });
		s = chooseOption(s, 'many', 'a', true);
		s = chooseOption(s, 'many', 'c', true);
		s = chooseOption(s, 'many', 'c', false);
		expect(s.states.many?.answer).toEqual({ kind: 'multiple', choices: ['a'] });
		expect(chooseOption(s, 'steps', 's1', true)).toEqual(s);
	});

	it('moves order steps, clamping the target and ignoring bad sources', () => {
		const s = startSession(pool, 1);
		const start = s.states.steps?.answer.kind === 'order' ? s.states.steps.answer.order : [];
		const down = moveItem(s, 'steps', 0, 1);
		expect(down.states.steps?.answer).toEqual({ kind: 'order', order: [start[1], start[0], start[2]] });
		expect(moveItem(s, 'steps', 2, 99).states.steps?.answer).toEqual({ kind: 'order', order: start });
		expect(moveItem(s, 'steps', 5, 0)).toEqual(s);
		expect(moveItem(s, 'one', 0, 1)).toEqual(s);
	});

	it('checks only answered questions, then locks them', () => {
		let s = startSession(pool, 1);
		expect(checkQuestion(s, 'one')).toBe(s);
		expect(checkQuestion(s, 'missing')).toBe(s);
		s = checkQuestion(chooseOption(s, 'one', 'b', true), 'one');
		expect(s.states.one?.grade).toEqual({ credit: 1, correct: true });
		expect(chooseOption(s, 'one', 'a', true)).toBe(s);
		expect(checkQuestion(s, 'one')).toBe(s);
	});

	it('finishes when every question is checked and reports credits per question key', () => {
		let s = startSession(pool, 1);
		s = checkQuestion(chooseOption(s, 'one', 'b', true), 'one');
		s = checkQuestion(chooseOption(s, 'many', 'a', true), 'many');
		expect(isFinished(s)).toBe(false);
		expect(listGrades(s)).toHaveLength(2);
		for (const id of ['s1', 's2', 's3']) {
			const order = s.states.steps?.answer.kind === 'order' ? s.states.steps.answer.order : [];
			s = moveItem(s, 'steps', order.indexOf(id), ['s1', 's2', 's3'].indexOf(id));
		}
		s = checkQuestion(s, 'steps');
		expect(isFinished(s)).toBe(true);
		// 1 + 0.5 + 1 = 2.5 of 3 -> 83.
		expect(scoreSession(s)).toMatchObject({ percent: 83, correct: 2, total: 3, passed: true });
		expect(toAttemptResult(s)).toEqual({ percent: 83, correct: 2, total: 3, questions: { one: 1, many: 0.5, steps: 1 } });
	});
});
