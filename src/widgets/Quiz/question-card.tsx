/**
 * One question: prompt, options or steps, then the check button and the collapsed answer
 * (<details>, the no-JavaScript answer, kept after hydration) until it is checked, then feedback.
 */
import type { QuizStrings } from '../../i18n/quiz';
import type { QuestionState } from '../../quiz/session';
import type { QuestionView } from '../../quiz/view';
import { AnswerDetails } from './answer-details';
import { OptionList } from './option-list';
import { OrderList } from './order-list';

/** Props of QuestionCard. */
export interface QuestionCardProps {
	question: QuestionView;
	state: QuestionState | undefined;
	number: number;
	total: number;
	hydrated: boolean;
	/** "Check" was pressed with nothing chosen: say so next to the button. */
	needsAnswer: boolean;
	t: QuizStrings;
	onChoose: (key: string, optionId: string, selected: boolean) => void;
	onMove: (key: string, from: number, to: number, direction: 'up' | 'down') => void;
	onCheck: (key: string) => void;
}

/** Renders one question card; anchored by id so documents can link to it. */
export function QuestionCard({ question: q, state, number, total, hydrated, needsAnswer, t, onChoose, onMove, onCheck }: QuestionCardProps) {
	const grade = state?.grade ?? null;
	const hint = q.kind === 'single' ? t.hintSingle : q.kind === 'multiple' ? t.hintMultiple : t.hintOrder;
	const result = grade === null ? null : grade.correct ? 'correct' : grade.credit > 0 ? 'partial' : 'wrong';
	return (
		<li class="quiz-question" id={q.anchor} tabIndex={-1} data-result={result ?? undefined}>
			{/* Outside the legend: the legend names the group every option is announced with, and the
			    number line's links (section, copy link) would be read before each option. */}
			<span class="quiz-number" data-pagefind-ignore>
				{t.questionOf(number, total)}
				{q.group && (
					<>
						{' · '}
						<a href={q.group.href}>{t.fromSection(q.group.title)}</a>
					</>
				)}
				{/* A plain link to this question without JavaScript; CopyLinkScript.astro copies it. */}
				<a class="quiz-copy-link" href={`#${q.anchor}`} data-copy-link aria-label={t.copyQuestionLinkLabel(number)}>
					<span class="quiz-copy-icon" aria-hidden="true" />
					{t.copyQuestionLink}
				</a>
			</span>
			<fieldset>
				<legend>
					<span class="quiz-prompt" dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
					<span class="quiz-hint" data-pagefind-ignore>
						{hint}
					</span>
				</legend>
				{q.kind === 'order' ? (
					<OrderList question={q} state={state} hydrated={hydrated} t={t} onMove={onMove} />
				) : (
					<OptionList question={q} state={state} t={t} onChoose={onChoose} />
				)}
			</fieldset>
			{grade === null ? (
				<>
					{/* In the server HTML too (disabled, hidden until hydration, not shown without
					    JavaScript), so the island's first render has the server render's geometry. */}
					<div class="quiz-actions">
						<button type="button" class="quiz-button" disabled={!hydrated} onClick={() => onCheck(q.key)}>
							{t.check}
						</button>
						{needsAnswer && (
							<span class="quiz-choose-first" data-pagefind-ignore>
								{t.chooseFirst}
							</span>
						)}
					</div>
					<AnswerDetails question={q} t={t} />
				</>
			) : (
				<div class="quiz-feedback" data-pagefind-ignore>
					<p class="quiz-result" id={`${q.anchor}-result`} tabIndex={-1} data-result={result ?? undefined}>
						{result === 'correct' ? t.resultCorrect : result === 'partial' ? t.resultPartial(Math.floor(grade.credit * 100)) : t.resultWrong}
					</p>
					<p>
						<a href={q.refHref}>{t.readMore}</a>
					</p>
				</div>
			)}
		</li>
	);
}
