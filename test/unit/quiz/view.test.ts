import { describe, expect, it } from 'vitest';
import { buildQuestionViews } from '../../../src/quiz/view';
import type { Quiz } from '../../../src/quiz/schema';

const quiz: Quiz = {
	questions: [
		{
			id: 'pick',
			kind: 'single',
			prompt: 'What does `kubectl apply` do?',
			ref: 'apply',
			options: [
				{ id: 'a', text: 'It **submits** the state', correct: true, explanation: 'See [docs](https://kubernetes.io/)' },
				{ id: 'b', text: 'Nothing <b>', correct: false, explanation: 'No.' },
			],
		},
		{
			id: 'steps',
			kind: 'order',
			prompt: 'Order',
			ref: 'flow',
			items: [
				{ id: 'x', text: 'X', explanation: 'first' },
				{ id: 'y', text: 'Y', explanation: 'second' },
				{ id: 'z', text: 'Z', explanation: 'third' },
			],
		},
	],
};

describe('buildQuestionViews', () => {
	it('renders inline Markdown, keeps answers and resolves anchors and links', () => {
		const [pick, steps] = buildQuestionViews(quiz, { refHref: (ref) => `/overview/#${ref}` });
		expect(pick).toMatchObject({
			key: 'pick',
			id: 'pick',
			anchor: 'q-pick',
			promptHtml: 'What does <code>kubectl apply</code> do?',
			refHref: '/overview/#apply',
			kind: 'single',
		});
		expect(pick?.kind !== 'order' && pick?.options).toEqual([
			{
				id: 'a',
				html: 'It <strong>submits</strong> the state',
				explanationHtml: 'See <a href="https://kubernetes.io/">docs</a>',
				correct: true,
			},
			{ id: 'b', html: 'Nothing &lt;b&gt;', explanationHtml: 'No.', correct: false },
		]);
		expect(steps?.kind === 'order' && steps.items.map((i) => i.id)).toEqual(['x', 'y', 'z']);
		// Plain text for the move buttons' labels: steps only.
		expect(steps?.kind === 'order' && steps.items.map((i) => i.text)).toEqual(['X', 'Y', 'Z']);
		expect(pick?.group).toBeUndefined();
	});

	it('prefixes keys and anchors and attaches the group for the final exam', () => {
		const group = { id: 'overview', title: 'Overview', href: '/overview/' };
		const [pick] = buildQuestionViews(quiz, { keyPrefix: 'overview/', anchorPrefix: 'q-overview-', refHref: (r) => r, group });
		expect(pick).toMatchObject({ key: 'overview/pick', anchor: 'q-overview-pick', group });
	});
});
