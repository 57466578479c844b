/** The result after the last question is checked: score, pass or not, best score, retry. */
import type { QuizStrings } from '../../i18n/quiz';
import type { Score } from '../../quiz/grade';
import type { BestScore } from '../../quiz/progress';

/** Props of ScoreSummary. */
export interface ScoreSummaryProps {
	score: Score;
	previousBest: BestScore | undefined;
	isNewBest: boolean;
	/** False when this browser would not store the score; said again here, where the learner looks. */
	persistent: boolean;
	/** Says what a retry does (same questions reshuffled, or a new draw). */
	retryLabel: string;
	t: QuizStrings;
	onRetry: () => void;
}

/** Renders the score box. */
export function ScoreSummary({ score, previousBest, isNewBest, persistent, retryLabel, t, onRetry }: ScoreSummaryProps) {
	return (
		<div class="quiz-score" data-passed={score.passed ? 'true' : 'false'} data-pagefind-ignore>
			<p class="quiz-score-title">
				<strong>{t.scoreHeading}</strong>
			</p>
			<p class="quiz-score-line" data-testid="quiz-score">
				{t.scoreLine(score.percent, score.correct, score.total)}
			</p>
			<p>{score.passed ? t.passed : t.notPassed}</p>
			{isNewBest && <p>{t.newBest}</p>}
			{previousBest && <p>{t.previousBest(previousBest.percent)}</p>}
			{!persistent && <p class="quiz-not-kept">{t.notKept}</p>}
			<button type="button" class="quiz-button" onClick={onRetry}>
				{retryLabel}
			</button>
		</div>
	);
}
