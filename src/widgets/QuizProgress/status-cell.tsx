/** The status text of one quiz on the progress page, in a box sized for any status. */
import type { QuizStrings } from '../../i18n/quiz';

/** Where a learner stands with one quiz. */
export type StatusState = 'not-started' | 'tried' | 'passed';

/** Props of StatusCell. */
export interface StatusCellProps {
	text: string;
	state: StatusState;
	t: QuizStrings;
}

/**
 * Renders the status over invisible copies of the longest text of each state (the score
 * is at most 100), stacked in one grid area: the box takes the size of the largest, so a
 * row's height never depends on which status the island finds in storage.
 */
export function StatusCell({ text, state, t }: StatusCellProps) {
	return (
		<span class="quiz-status-cell" data-pagefind-ignore>
			<span class="quiz-status-text" data-state={state}>
				{text}
			</span>
			<span class="quiz-status-sizer" aria-hidden="true">
				{t.statusNotStarted}
			</span>
			<span class="quiz-status-sizer" aria-hidden="true">
				{t.statusBest(100)}
			</span>
			<span class="quiz-status-sizer" data-state="passed" aria-hidden="true">
				{t.statusPassed(100)}
			</span>
		</span>
	);
}
