/** The no-JavaScript answer of a question: a <details> with the right answer and every explanation. */
import type { QuizStrings } from '../../i18n/quiz';
import type { QuestionView } from '../../quiz/view';

/** Props of AnswerDetails. */
export interface AnswerDetailsProps {
	question: QuestionView;
	t: QuizStrings;
}

/**
 * Renders the answer and explanations, collapsed. It stays in place after hydration (a
 * self-check quiz may be peeked at), so hydrating removes nothing; checking the question
 * replaces it with per-option feedback.
 */
export function AnswerDetails({ question: q, t }: AnswerDetailsProps) {
	return (
		<details class="quiz-answer" data-pagefind-ignore>
			<summary>{t.answerSummary}</summary>
			{q.kind === 'order' ? (
				<>
					<p>{t.correctOrder}</p>
					<ol>
						{q.items.map((item) => (
							<li key={item.id}>
								<span dangerouslySetInnerHTML={{ __html: item.html }} />
								<span class="quiz-explanation" dangerouslySetInnerHTML={{ __html: item.explanationHtml }} />
							</li>
						))}
					</ol>
				</>
			) : (
				<ul>
					{q.options.map((o) => (
						<li key={o.id} data-mark={o.correct ? 'hit' : 'neutral'}>
							<strong>{o.correct ? `✓ ${t.correctOption}` : `✗ ${t.wrongOption}`}</strong> <span dangerouslySetInnerHTML={{ __html: o.html }} />
							<span class="quiz-explanation" dangerouslySetInnerHTML={{ __html: o.explanationHtml }} />
						</li>
					))}
				</ul>
			)}
			<p>
				<a href={q.refHref}>{t.readMore}</a>
			</p>
		</details>
	);
}
