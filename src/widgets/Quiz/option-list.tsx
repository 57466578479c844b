/** Radio buttons or checkboxes of a single/multiple question, with per-option feedback after checking. */
import type { QuizStrings } from '../../i18n/quiz';
import type { QuestionState } from '../../quiz/session';
import type { QuestionView } from '../../quiz/view';

type ChoiceQuestion = Extract<QuestionView, { kind: 'single' | 'multiple' }>;

/** Props of OptionList. */
export interface OptionListProps {
	question: ChoiceQuestion;
	state: QuestionState | undefined;
	t: QuizStrings;
	onChoose: (key: string, optionId: string, selected: boolean) => void;
}

/** Renders the options; once graded, marks each one and shows its explanation. */
export function OptionList({ question: q, state, t, onChoose }: OptionListProps) {
	const answer = state?.answer;
	const chosen = new Set(answer?.kind === 'single' ? (answer.choice ? [answer.choice] : []) : answer?.kind === 'multiple' ? answer.choices : []);
	const checked = Boolean(state?.grade);
	return (
		<ul class="quiz-options" data-pagefind-ignore>
			{q.options.map((o) => {
				const picked = chosen.has(o.id);
				const mark = !checked ? undefined : o.correct ? (picked ? 'hit' : 'missed') : picked ? 'wrong' : 'neutral';
				return (
					<li key={o.id} data-option={o.id} data-mark={mark}>
						<label>
							<input
								type={q.kind === 'single' ? 'radio' : 'checkbox'}
								name={q.anchor}
								value={o.id}
								checked={picked}
								disabled={checked}
								onChange={(e) => onChoose(q.key, o.id, e.currentTarget.checked)}
							/>
							<span dangerouslySetInnerHTML={{ __html: o.html }} />
						</label>
						{checked && (
							<div class="quiz-option-feedback">
								<p class="quiz-badges">
									<span class="quiz-badge" data-kind={o.correct ? 'correct' : 'wrong'}>
										{o.correct ? `✓ ${t.correctOption}` : `✗ ${t.wrongOption}`}
									</span>
									{picked && <span class="quiz-badge">{t.youChose}</span>}
									{o.correct && !picked && <span class="quiz-badge">{t.youMissed}</span>}
								</p>
								<p dangerouslySetInnerHTML={{ __html: o.explanationHtml }} />
							</div>
						)}
					</li>
				);
			})}
		</ul>
	);
}
