import { describe, expect, it } from 'vitest';
import { countChecked, draftKey, DRAFT_VERSION, parseDraft, restoreSession, toDraft } from '../../../src/quiz/draft';
import { checkQuestion, chooseOption, moveItem, startSession } from '../../../src/quiz/session';
import type { QuestionView } from '../../../src/quiz/view';

const choice = (id: string, correct = false) => ({ id, html: id, text: id, explanationHtml: `why ${id}`, correct });
const q = (id: string, group: string) => ({
	key: `${group}/${id}`,
	id,
	anchor: `q-${group}-${id}`,
	promptHtml: id,
	refHref: '#x',
	group: { id: group, title: group, href: '#' },
});
const pool: QuestionView[] = ['a', 'b'].flatMap((g) => [
	{ ...q('one', g), kind: 'single' as const, options: [choice('x'), choice('y', true), choice('z')] },
	{ ...q('many', g), kind: 'multiple' as const, options: [choice('x', true), choice('y', true), choice('z')] },
	{ ...q('steps', g), kind: 'order' as const, items: ['s1', 's2', 's3'].map((id) => choice(id)) },
]);

describe('exam drafts', () => {
	it('keys drafts per quiz and language', () => {
		expect(draftKey('ko/final-exam')).toBe('k8s-basics:draft:ko/final-exam');
	});

	it('round-trips a half-done attempt of a draw through JSON: same draw, answers, checks and count', () => {
		let s = startSession(pool, 123, 2);
		const [first, second, third] = s.questions;
		if (!first || !second) throw new Error('draw too small');
		const pick = (question: QuestionView) => (question.kind === 'order' ? null : (question.options[0]?.id ?? null));
		if (first.kind !== 'order') s = chooseOption(s, first.key, pick(first) as string, true);
		else s = moveItem(s, first.key, 0, 2);
		s = checkQuestion(s, first.key);
		if (second.kind !== 'order') s = chooseOption(s, second.key, pick(second) as string, true);
		expect(countChecked(s)).toBe(1);
		const text = JSON.stringify(toDraft(s));
		const draft = parseDraft(text);
		expect(draft?.version).toBe(DRAFT_VERSION);
		const restored = restoreSession(pool, draft!, 2);
		expect(restored).toEqual(s);
		expect(countChecked(restored)).toBe(1);
		expect(third && restored.states[third.key]?.grade).toBeNull();
	});

	it('rejects another version, another shape and broken JSON', () => {
		const good = toDraft(startSession(pool, 1, 2));
		for (const text of [
			'{',
			JSON.stringify({ ...good, version: 2 }),
			JSON.stringify({ ...good, seed: 'x' }),
			JSON.stringify({ ...good, questions: { k: { answer: { kind: 'single', choice: 3 }, checked: false } } }),
		]) {
			expect(parseDraft(text)).toBeUndefined();
		}
		expect(parseDraft(null)).toBeUndefined();
	});

	it('ignores saved answers that no longer fit their question', () => {
		const s = startSession(pool, 7, 2);
		const target = s.questions.find((x) => x.kind === 'single');
		if (!target) throw new Error('no single question drawn');
		const draft = toDraft(s);
		draft.questions[target.key] = { answer: { kind: 'single', choice: 'gone' }, checked: true };
		const restored = restoreSession(pool, draft, 2);
		expect(restored.states[target.key]).toEqual({ answer: { kind: 'single', choice: null }, grade: null });
	});
});
