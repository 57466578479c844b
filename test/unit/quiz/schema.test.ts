import { describe, expect, it } from 'vitest';
import { findMissingRefs, findUnknownExamExclusions, formatQuizProblems, quizSchema, type Quiz } from '../../../src/quiz/schema';

const messages = (data: unknown) => {
	const r = quizSchema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => i.message);
};
const opt = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: id });

describe('quizSchema', () => {
	it('accepts a valid quiz and returns it typed', () => {
		const quiz = { questions: [{ id: 'q', kind: 'single', prompt: 'p', ref: 'r', options: [opt('a', true), opt('b', false)] }] };
		expect(quizSchema.parse(quiz)).toEqual(quiz);
	});

	it('names the question by position when it has no usable id', () => {
		expect(messages({ questions: [{ kind: 'single', prompt: 'p', ref: 'r', options: [] }] })).toContain(
			'question #1 (no id): id: Invalid input: expected string, received undefined',
		);
		expect(messages({ questions: ['just text'] })[0]).toMatch(/^question #1 \(no id\): /);
	});

	it('reports problems outside the questions list with their path', () => {
		expect(messages({})).toEqual(['questions: Invalid input: expected array, received undefined']);
		expect(messages({ questions: [], extra: 1 })).toEqual(['questions: Too small: expected array to have >=1 items', 'file: Unrecognized key: "extra"']);
		expect(messages(null)).toEqual(['file: Invalid input: expected object, received null']);
	});
});

describe('examNotWith', () => {
	const q = (id: string, examNotWith?: string[]) => ({
		id,
		kind: 'single',
		prompt: 'p',
		ref: 'r',
		options: [opt('a', true), opt('b', false)],
		...(examNotWith ? { examNotWith } : {}),
	});

	it('accepts "<section>/<question id>" and rejects anything else', () => {
		expect(messages({ questions: [q('x', ['cluster/apply-sequence'])] })).toEqual([]);
		expect(messages({ questions: [q('x', ['apply-sequence'])] })[0]).toMatch(/question "x": examNotWith\.0: must be "<section>\/<question id>"/);
	});

	it('names entries that point at no question', () => {
		const quizzes = new Map<string, Quiz>([
			['overview', quizSchema.parse({ questions: [q('apply-flow', ['cluster/apply-sequence', 'cluster/gone'])] })],
			['cluster', quizSchema.parse({ questions: [q('apply-sequence')] })],
		]);
		expect(findUnknownExamExclusions(quizzes)).toEqual(['overview: question "apply-flow": examNotWith "cluster/gone" names no question']);
	});
});

describe('findMissingRefs and formatQuizProblems', () => {
	const quiz: Quiz = {
		questions: [
			{ id: 'ok', kind: 'single', prompt: 'p', ref: 'here', options: [opt('a', true), opt('b', false)] },
			{ id: 'lost', kind: 'single', prompt: 'p', ref: 'gone', options: [opt('a', true), opt('b', false)] },
		],
	};

	it('lists refs that are not headings of the page', () => {
		expect(findMissingRefs(quiz, ['here', 'there'])).toEqual([
			{ path: ['questions', 1, 'ref'], message: 'question "lost": ref "gone" is not a heading anchor on the page (known: here, there)' },
		]);
		expect(findMissingRefs(quiz, [])[0]?.message).toMatch(/\(known: none\)$/);
	});

	it('puts the file in front of every problem', () => {
		expect(formatQuizProblems('content/quizzes/ko/x.yaml', [{ message: 'a' }, { message: 'b' }])).toBe(
			'content/quizzes/ko/x.yaml: a\ncontent/quizzes/ko/x.yaml: b',
		);
	});
});
