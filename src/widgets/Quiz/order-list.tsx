/** The steps of an order question with move up/down buttons (keyboard and screen-reader friendly). */
import type { QuizStrings } from '../../i18n/quiz';
import type { QuestionState } from '../../quiz/session';
import type { OrderItemView, QuestionView } from '../../quiz/view';

type OrderQuestion = Extract<QuestionView, { kind: 'order' }>;

/** Props of OrderList. */
export interface OrderListProps {
	question: OrderQuestion;
	state: QuestionState | undefined;
	hydrated: boolean;
	t: QuizStrings;
	onMove: (key: string, from: number, to: number, direction: 'up' | 'down') => void;
}

/**
 * Renders the steps in the learner's current order. The move buttons are in the
 * server HTML too (disabled, and invisible via CSS until hydration) so the layout does
 * not shift when the island takes over.
 */
export function OrderList({ question: q, state, hydrated, t, onMove }: OrderListProps) {
	const byId = new Map<string, OrderItemView>(q.items.map((item) => [item.id, item]));
	const order = state?.answer.kind === 'order' ? state.answer.order : (q.startOrder ?? q.items.map((i) => i.id));
	const checked = Boolean(state?.grade);
	const correctIndex = new Map(q.items.map((item, i) => [item.id, i]));
	return (
		<ol class="quiz-order" data-pagefind-ignore>
			{order.map((id, index) => {
				const item = byId.get(id);
				if (!item) return null;
				const right = correctIndex.get(id) ?? -1;
				const mark = !checked ? undefined : right === index ? 'hit' : 'wrong';
				return (
					<li key={id} data-item={id} data-mark={mark}>
						<div class="quiz-order-row">
							<span class="quiz-order-text" dangerouslySetInnerHTML={{ __html: item.html }} />
							{!checked && (
								<span class="quiz-order-moves">
									<button
										type="button"
										id={`${q.anchor}-${id}-up`}
										class="quiz-move"
										aria-label={t.moveUp(item.text)}
										disabled={!hydrated || index === 0}
										onClick={() => onMove(q.key, index, index - 1, 'up')}
									>
										<span aria-hidden="true">↑</span>
									</button>
									<button
										type="button"
										id={`${q.anchor}-${id}-down`}
										class="quiz-move"
										aria-label={t.moveDown(item.text)}
										disabled={!hydrated || index === order.length - 1}
										onClick={() => onMove(q.key, index, index + 1, 'down')}
									>
										<span aria-hidden="true">↓</span>
									</button>
								</span>
							)}
						</div>
						{checked && (
							<div class="quiz-option-feedback">
								<p class="quiz-badges">
									<span class="quiz-badge" data-kind={right === index ? 'correct' : 'wrong'}>
										{right === index ? `✓ ${t.positionCorrect}` : `✗ ${t.positionWrong(right + 1)}`}
									</span>
								</p>
								<p dangerouslySetInnerHTML={{ __html: item.explanationHtml }} />
							</div>
						)}
					</li>
				);
			})}
		</ol>
	);
}
