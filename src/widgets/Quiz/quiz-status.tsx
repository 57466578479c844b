/** The one-line status above the questions: the previous best score, or that scores are not kept. */
import type { QuizStrings } from '../../i18n/quiz';
import type { BestScore } from '../../quiz/progress';

/** Props of QuizStatus. */
export interface QuizStatusProps {
	hydrated: boolean;
	persistent: boolean;
	previousBest: BestScore | undefined;
	t: QuizStrings;
}

/**
 * Renders the status line. Every state is one short line of the same size, and the server
 * renders it too (hidden until hydration), so learning the stored best score after
 * hydration changes only text, never the layout. Only this browser knows the score, so
 * without JavaScript the line is not shown at all.
 */
export function QuizStatus({ hydrated, persistent, previousBest, t }: QuizStatusProps) {
	if (hydrated && !persistent) {
		return (
			<p class="quiz-status" data-state="not-kept" data-testid="quiz-not-kept" data-pagefind-ignore>
				{t.notKeptShort}
			</p>
		);
	}
	return (
		<p class="quiz-status" data-pagefind-ignore>
			{hydrated && previousBest ? <span class="quiz-previous">{t.previousBest(previousBest.percent)}</span> : t.noPreviousBest}
		</p>
	);
}
