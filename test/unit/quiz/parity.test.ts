import { describe, expect, it } from 'vitest';
import { findParityProblems } from '../../../src/quiz/parity';
import type { Quiz } from '../../../src/quiz/schema';

const opt = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: id });
const ko: Quiz = {
	questions: [
		{ id: 'one', kind: 'single', prompt: '하나', ref: '가', options: [opt('a', true), opt('b', false)] },
		{ id: 'two', kind: 'order', prompt: '순서', ref: '가', items: ['x', 'y', 'z'].map((id) => ({ id, text: id, explanation: id })) },
	],
};
const en: Quiz = structuredClone(ko);

describe('findParityProblems', () => {
	it('accepts a translation with the same ids and answers', () => {
		const translated = structuredClone(en);
		translated.questions[0]!.prompt = 'One';
		expect(findParityProblems('ko.yaml', ko, 'en.yaml', translated)).toEqual([]);
	});

	it('reports different or reordered question ids', () => {
		const swapped: Quiz = { questions: [en.questions[1]!, en.questions[0]!] };
		expect(findParityProblems('ko.yaml', ko, 'en.yaml', swapped)).toEqual(['en.yaml: question ids [two, one] differ from ko.yaml [one, two]']);
		const missing: Quiz = { questions: [en.questions[0]!] };
		expect(findParityProblems('ko.yaml', ko, 'en.yaml', missing)[0]).toMatch(/question ids \[one\] differ/);
	});

	it('reports a different correct answer, option id or step order', () => {
		const wrong = structuredClone(en);
		const q = wrong.questions[0]!;
		if (q.kind === 'single') q.options = [opt('a', false), opt('b', true)];
		expect(findParityProblems('ko.yaml', ko, 'en.yaml', wrong)).toEqual(['en.yaml: question "one": options/answers [a, b*] differ from ko.yaml [a*, b]']);
		const steps = structuredClone(en);
		const s = steps.questions[1]!;
		if (s.kind === 'order') s.items.reverse();
		expect(findParityProblems('ko.yaml', ko, 'en.yaml', steps)[0]).toMatch(/question "two": options\/answers \[z > y > x\]/);
	});

	it('reports a different kind', () => {
		const kinds = structuredClone(en);
		const q = kinds.questions[0]!;
		if (q.kind === 'single') kinds.questions[0] = { ...q, kind: 'multiple' };
		expect(findParityProblems('ko.yaml', ko, 'en.yaml', kinds)).toEqual(['en.yaml: question "one": kind multiple differs from ko.yaml (single)']);
	});
});
