/**
 * The progress page's island: each quiz's status (not started, best score, passed) from
 * this browser's progress store, and a reset that asks for confirmation first. The server
 * renders the same table, summary and reset button (hidden until hydration), so hydrating
 * only fills in text and changes no geometry; without JavaScript a note and the list show.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import '../Quiz/quiz.css';
import './quiz-progress.css';
import type { Locale } from '../../i18n/index';
import { strings } from '../../i18n/quiz';
import { PASS_MARK } from '../../quiz/grade';
import { StatusCell, type StatusState } from './status-cell';
import { useQuizProgress } from './use-quiz-progress';

/** One quiz in the list. */
export interface ProgressRow {
	quizKey: string;
	title: string;
	href: string;
}

/** Props of QuizProgress. */
export interface QuizProgressProps {
	locale: Locale;
	rows: ProgressRow[];
}

/** Lists every quiz with its status, with a confirmed reset. */
export default function QuizProgress({ locale, rows }: QuizProgressProps) {
	const t = strings[locale];
	const { progress, persistent, reset } = useQuizProgress();
	const [confirming, setConfirming] = useState(false);
	const [message, setMessage] = useState('');
	const [focus, setFocus] = useState<'question' | 'reset' | null>(null);
	const questionRef = useRef<HTMLParagraphElement>(null);
	const resetRef = useRef<HTMLButtonElement>(null);
	const hydrated = progress !== null;

	useEffect(() => {
		if (focus === 'question') questionRef.current?.focus();
		if (focus === 'reset') resetRef.current?.focus();
		if (focus) setFocus(null);
	}, [focus]);

	// Before hydration every row is "not started" (hidden by CSS until ready), so the
	// server HTML already has the cells and the summary the island fills in.
	const statusOf = (key: string): { text: string; state: StatusState } => {
		const best = progress?.quizzes[key]?.best;
		if (!best) return { text: t.statusNotStarted, state: 'not-started' };
		return best.percent >= PASS_MARK * 100 ? { text: t.statusPassed(best.percent), state: 'passed' } : { text: t.statusBest(best.percent), state: 'tried' };
	};
	const passed = rows.filter((r) => statusOf(r.quizKey).state === 'passed').length;

	return (
		<div class="quiz-progress not-content" data-ready={hydrated ? 'true' : undefined}>
			<p class="quiz-progress-noscript">{t.statusNoScript}</p>
			{hydrated && !persistent ? (
				<p class="quiz-progress-summary" data-state="not-kept" data-testid="quiz-not-kept">
					{t.notKeptShort}
				</p>
			) : (
				<p class="quiz-progress-summary">{t.progressSummary(passed, rows.length)}</p>
			)}
			<table>
				<caption>{t.progressTitle}</caption>
				<thead>
					<tr>
						<th scope="col">{t.progressQuiz}</th>
						<th scope="col">{t.progressStatus}</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => {
						const status = statusOf(row.quizKey);
						return (
							<tr key={row.quizKey} data-quiz={row.quizKey} data-state={hydrated ? status.state : undefined}>
								<th scope="row">
									<a href={row.href}>{row.title}</a>
								</th>
								<td>
									<StatusCell text={status.text} state={status.state} t={t} />
								</td>
							</tr>
						);
					})}
				</tbody>
			</table>
			<div class="quiz-progress-reset">
				{confirming ? (
					<div role="group" aria-labelledby="quiz-reset-question">
						<p id="quiz-reset-question" ref={questionRef} tabIndex={-1}>
							{t.resetConfirm}
						</p>
						<div class="quiz-progress-buttons">
							<button
								type="button"
								class="quiz-button"
								onClick={() => {
									reset();
									setConfirming(false);
									setMessage(t.resetDone);
									setFocus('reset');
								}}
							>
								{t.resetYes}
							</button>
							<button
								type="button"
								class="quiz-button quiz-button-secondary"
								onClick={() => {
									setConfirming(false);
									setFocus('reset');
								}}
							>
								{t.resetNo}
							</button>
						</div>
					</div>
				) : (
					<button
						type="button"
						ref={resetRef}
						class="quiz-button quiz-button-secondary"
						disabled={!hydrated}
						onClick={() => {
							setMessage('');
							setConfirming(true);
							setFocus('question');
						}}
					>
						{t.reset}
					</button>
				)}
			</div>
			<p class="sr-only" role="status" aria-live="polite">
				{message}
			</p>
		</div>
	);
}
