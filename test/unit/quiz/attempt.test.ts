import { describe, expect, it } from 'vitest';
import { arrangeQuestion, createAttempt, drawQuestions } from '../../../src/quiz/attempt';
import { createRandom } from '../../../src/quiz/shuffle';
import type { QuestionView } from '../../../src/quiz/view';

const choice = (id: string, correct = false) => ({ id, html: id, text: id, explanationHtml: id, correct });
const question = (group: string, id: string): QuestionView => ({
	key: `${group}/${id}`,
	id,
	anchor: `q-${group}-${id}`,
	promptHtml: id,
	refHref: `/${group}/#x`,
	group: { id: group, title: group, href: `/${group}/` },
	kind: 'single',
	options: [choice('a', true), choice('b'), choice('c'), choice('d')],
});
const pool = ['pods', 'services', 'controllers'].flatMap((g) => [1, 2, 3, 4].map((n) => question(g, `q${n}`)));

describe('drawQuestions', () => {
	it('takes the asked number from each group, keeping pool order', () => {
		const drawn = drawQuestions(pool, 2, createRandom(5));
		expect(drawn).toHaveLength(6);
		for (const g of ['pods', 'services', 'controllers']) expect(drawn.filter((q) => q.group?.id === g)).toHaveLength(2);
		const positions = drawn.map((q) => pool.indexOf(q));
		expect(positions).toEqual(positions.slice().sort((a, b) => a - b));
	});

	it('never draws two questions that exclude each other, over many seeds, and still fills the group', () => {
		const linked = pool.map((q) => (q.key === 'pods/q1' ? { ...q, notWith: ['services/q2'] } : q));
		let sawEach = { a: false, b: false };
		for (let seed = 0; seed < 300; seed++) {
			const keys = drawQuestions(linked, 2, createRandom(seed)).map((q) => q.key);
			expect(keys.includes('pods/q1') && keys.includes('services/q2')).toBe(false);
			expect(keys).toHaveLength(6);
			sawEach = { a: sawEach.a || keys.includes('pods/q1'), b: sawEach.b || keys.includes('services/q2') };
		}
		// Both stay drawable, each on its own.
		expect(sawEach).toEqual({ a: true, b: true });
	});

	it('without the rule the pair does come up together (the test above can fail)', () => {
		const together = [...Array(300).keys()].some((seed) => {
			const keys = drawQuestions(pool, 2, createRandom(seed)).map((q) => q.key);
			return keys.includes('pods/q1') && keys.includes('services/q2');
		});
		expect(together).toBe(true);
	});

	it('takes the whole group when it is smaller than asked', () => {
		expect(drawQuestions(pool.slice(0, 3), 10, createRandom(1))).toHaveLength(3);
	});

	it('treats questions without a group as one group', () => {
		const plain = pool.map(({ group: _group, ...q }) => q as QuestionView);
		expect(drawQuestions(plain, 2, createRandom(1))).toHaveLength(2);
	});

	it('draws different questions for different seeds', () => {
		const keys = new Set<string>();
		for (let seed = 0; seed < 20; seed++)
			keys.add(
				drawQuestions(pool, 2, createRandom(seed))
					.map((q) => q.key)
					.join(),
			);
		expect(keys.size).toBeGreaterThan(5);
	});
});

describe('createAttempt', () => {
	it('is deterministic for a seed and shuffles options', () => {
		const a = createAttempt(pool, 9, 2);
		expect(createAttempt(pool, 9, 2)).toEqual(a);
		expect(a.seed).toBe(9);
		const orders = new Set(createAttempt(pool, 9).questions.map((q) => (q.kind === 'order' ? '' : q.options.map((o) => o.id).join())));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('asks every question without perGroup', () => {
		expect(createAttempt(pool, 1).questions.map((q) => q.key)).toEqual(pool.map((q) => q.key));
	});
});

describe('arrangeQuestion', () => {
	it('keeps order items in the correct order and adds a different start order', () => {
		const q: QuestionView = { ...question('x', 'o'), kind: 'order', items: ['a', 'b', 'c'].map((id) => choice(id)) };
		const arranged = arrangeQuestion(q, createRandom(3));
		expect(arranged.kind === 'order' && arranged.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
		expect(arranged.kind === 'order' && arranged.startOrder).not.toEqual(['a', 'b', 'c']);
		expect(arranged.kind === 'order' && arranged.startOrder?.slice().sort()).toEqual(['a', 'b', 'c']);
	});
});
