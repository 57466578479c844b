/** The status text of one quiz on the progress page, in a box sized for any status. */
import type { QuizStrings } from '../../i18n/quiz';

/** Where a learner stands with one quiz. */
export type StatusState = 'not-started' | 'tried' | 'passed';

/** Props of StatusCell. */
export interface StatusCellProps {
	text: string;
	/** Which language the best attempt was taken in (already worded), if any. */
	locale?: string;
	state: StatusState;
	t: QuizStrings;
}

/**
 * Renders the status over invisible copies of the longest text of each state (the score
 * is at most 100), stacked in one grid area: the box takes the size of the largest, so a
 * row's height never depends on which status the island finds in storage.
 */
export function StatusCell({ text, locale, state, t }: StatusCellProps) {
	const languages = [t.takenIn('ko'), t.takenIn('en')];
	return (
		<span class="quiz-status-cell" data-pagefind-ignore>
			<span class="quiz-status-text" data-state={state}>
				{text}
				<span class="quiz-status-locale">{locale ?? '\u00a0'}</span>
			</span>
			<span class="quiz-status-sizer" aria-hidden="true">
				{t.statusNotStarted}
			</span>
			<span class="quiz-status-sizer" aria-hidden="true">
				{t.statusBest(100)}
			</span>
			{languages.map((language) => (
				<span class="quiz-status-sizer" data-state="passed" aria-hidden="true" key={language}>
					{t.statusPassed(100)}
					<span class="quiz-status-locale">{language}</span>
				</span>
			))}
		</span>
	);
}
