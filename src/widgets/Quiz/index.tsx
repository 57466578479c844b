/**
 * The Quiz island. Its first render (server and client alike) is the no-JavaScript page:
 * every question, its options and a <details> with the answer and explanations, plus the
 * status line and check buttons, hidden until hydration (and not shown without
 * JavaScript) so that hydrating only reveals them and changes no geometry. Checking a
 * question swaps its button and <details> for feedback; the last one adds a score and retry.
 */
import './quiz.css';
import { QuestionCard } from './question-card';
import { QuizStatus } from './quiz-status';
import { ScoreSummary } from './score-summary';
import { useQuiz, type QuizProps } from './use-quiz';

/** An interactive section quiz or final exam (see QuizProps). */
export default function Quiz(props: QuizProps) {
	const quiz = useQuiz(props);
	const { t, session, hydrated } = quiz;
	return (
		<section
			ref={quiz.rootRef}
			class="quiz not-content"
			id="quiz"
			aria-label={props.label}
			data-quiz={props.quizKey}
			data-ready={hydrated ? 'true' : undefined}
			style={{ '--quiz-length': session.questions.length }}
		>
			<QuizStatus hydrated={hydrated} persistent={quiz.persistent} previousBest={quiz.previousBest} t={t} />
			<ol class="quiz-questions">
				{session.questions.map((q, i) => (
					<QuestionCard
						key={`${session.seed}:${q.key}`}
						question={q}
						state={session.states[q.key]}
						number={i + 1}
						total={session.questions.length}
						hydrated={hydrated}
						needsAnswer={quiz.needsAnswer === q.key}
						t={t}
						onChoose={quiz.choose}
						onMove={quiz.move}
						onCheck={quiz.check}
					/>
				))}
			</ol>
			{props.perGroup !== undefined && (
				// The exam is long: a count that stays in view while scrolling. In the server
				// HTML too (hidden until hydration), so hydrating changes no geometry.
				<p class="quiz-count" data-testid="quiz-count" data-pagefind-ignore>
					{t.progressCount(quiz.checkedCount, session.questions.length)}
				</p>
			)}
			{hydrated && quiz.finished && (
				<ScoreSummary
					score={quiz.score}
					previousBest={quiz.previousBest}
					isNewBest={quiz.isNewBest}
					persistent={quiz.persistent}
					retryLabel={props.perGroup === undefined ? t.retry : t.retryExam}
					t={t}
					onRetry={quiz.retry}
				/>
			)}
			<p class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-pagefind-ignore>
				{quiz.announcement}
			</p>
		</section>
	);
}
