/**
 * The progress page's island: each quiz's status (not started, best score, passed) from
 * this browser's progress store, and a reset that asks for confirmation first. The server
 * renders the same table, summary and reset button (hidden until hydration), so hydrating
 * only fills in text and changes no geometry; without JavaScript a note and the list show.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import '../Quiz/quiz.css';
import './quiz-progress.css';
import type { ProgressTransferStrings } from '../../i18n/progress-transfer';
import type { QuizStrings } from '../../i18n/quiz';
import { PASS_MARK } from '../../quiz/grade';
import { isLabTaskDone } from '../../quiz/progress';
import { StatusCell, type StatusState } from './status-cell';
import { ProgressTransfer } from './transfer';
import { useQuizProgress } from './use-quiz-progress';

/** The kubectl lab of a section: its task ids (from content/labs at build time) and where it is. */
export interface RowLab {
	taskIds: string[];
	href: string;
}

/** One quiz in the list. */
export interface ProgressRow {
	/** "<locale>/<quiz id>" of this page's language (names the row in the HTML). */
	quizKey: string;
	/** The quiz id progress is stored under, the same in every language. */
	quizId: string;
	title: string;
	href: string;
	/** The section's kubectl lab, if it has one. */
	lab?: RowLab;
}

/** Props of QuizProgress. */
export interface QuizProgressProps {
	/** The page language's quiz strings, from the island's entry (ko.tsx or en.tsx). */
	t: QuizStrings;
	/** The page language's progress-file and lab-column strings, from the same entry. */
	transferT: ProgressTransferStrings;
	rows: ProgressRow[];
	/** The site build, written into exported progress files. */
	site: string;
}

/** Lists every quiz with its status, with a confirmed reset. */
export default function QuizProgress({ t, transferT: tt, rows, site }: QuizProgressProps) {
	const { progress, persistent, reset, backup, discardBackup, importProgress, read } = useQuizProgress();
	const [confirming, setConfirming] = useState(false);
	const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
	const [backupMessage, setBackupMessage] = useState('');
	const [downloadHref, setDownloadHref] = useState<string | null>(null);
	const [focus, setFocus] = useState<'question' | 'reset' | null>(null);
	const questionRef = useRef<HTMLParagraphElement>(null);
	const resetRef = useRef<HTMLButtonElement>(null);
	const hydrated = progress !== null;

	// The kept copy is offered as a file through an object URL, revoked when it changes.
	useEffect(() => {
		if (backup === null) {
			setDownloadHref(null);
			return;
		}
		const url = URL.createObjectURL(new Blob([backup], { type: 'application/json' }));
		setDownloadHref(url);
		return () => URL.revokeObjectURL(url);
	}, [backup]);

	useEffect(() => {
		if (focus === 'question') questionRef.current?.focus();
		if (focus === 'reset') resetRef.current?.focus();
		if (focus) setFocus(null);
	}, [focus]);

	// Before hydration every row is "not started" (hidden by CSS until ready), so the
	// server HTML already has the cells and the summary the island fills in.
	// Progress is one per learner, whatever the language: each status says which language
	// the best attempt was taken in.
	const statusOf = (quizId: string): { text: string; state: StatusState; locale?: string } => {
		const best = progress?.quizzes[quizId]?.best;
		if (!best) return { text: t.statusNotStarted, state: 'not-started' };
		return best.percent >= PASS_MARK * 100
			? { text: t.statusPassed(best.percent), state: 'passed', locale: t.takenIn(best.locale) }
			: { text: t.statusBest(best.percent), state: 'tried', locale: t.takenIn(best.locale) };
	};
	const passed = rows.filter((r) => statusOf(r.quizId).state === 'passed').length;
	// Only tasks the lab has today count, so a renamed or removed task never shows as n > m.
	const labDone = (row: ProgressRow) => (progress && row.lab ? row.lab.taskIds.filter((task) => isLabTaskDone(progress, row.quizId, task)).length : 0);
	const titleOf = (id: string) => rows.find((r) => r.quizId === id)?.title ?? id;

	// The transfer box is a sibling of the list (its own status line, its own region).
	return (
		<>
			<div class="quiz-progress not-content" data-ready={hydrated ? 'true' : undefined}>
				<p class="quiz-progress-noscript">{t.statusNoScript}</p>
				{hydrated && backup !== null && (
					<div class="quiz-progress-backup" role="note" data-testid="quiz-backup">
						<p>{t.backupNotice}</p>
						<div class="quiz-progress-buttons">
							{downloadHref && (
								<a class="quiz-button" href={downloadHref} download="k8s-basics-progress-unreadable.json">
									{t.backupDownload}
								</a>
							)}
							<button
								type="button"
								class="quiz-button quiz-button-secondary"
								onClick={() => setBackupMessage(discardBackup() ? t.backupDiscarded : t.backupDiscardFailed)}
							>
								{t.backupDiscard}
							</button>
						</div>
					</div>
				)}
				{hydrated && backup === null && backupMessage && <p class="quiz-progress-message">{backupMessage}</p>}
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
							<th scope="col">{tt.labColumn}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => {
							const status = statusOf(row.quizId);
							const done = labDone(row);
							return (
								<tr key={row.quizKey} data-quiz={row.quizKey} data-state={hydrated ? status.state : undefined}>
									<th scope="row">
										<a href={row.href}>{row.title}</a>
									</th>
									<td>
										<StatusCell text={status.text} locale={status.locale} state={status.state} t={t} />
									</td>
									<td
										class="quiz-lab-cell"
										data-lab-done={row.lab ? `${done}/${row.lab.taskIds.length}` : undefined}
										data-state={row.lab && row.lab.taskIds.length > 0 && done === row.lab.taskIds.length ? 'passed' : undefined}
									>
										{row.lab ? (
											<a href={row.lab.href}>
												{tt.labDone(done, row.lab.taskIds.length)}
												{/* The visible count starts the link's name, and the name says what it counts. */}
												<span class="sr-only">{tt.labDoneSuffix(row.title)}</span>
											</a>
										) : (
											<>
												<span class="quiz-lab-none" aria-hidden="true">
													—
												</span>
												<span class="sr-only">{tt.labNone}</span>
											</>
										)}
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
										const cleared = reset();
										setConfirming(false);
										setMessage(cleared ? { text: t.resetDone, ok: true } : { text: t.resetFailed, ok: false });
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
								setMessage(null);
								setConfirming(true);
								setFocus('question');
							}}
						>
							{t.reset}
						</button>
					)}
				</div>
				{/* Both outcomes are shown, not only announced; the live region carries the same text. */}
				<p class="quiz-progress-message" role="status" aria-live="polite" data-state={message ? (message.ok ? 'done' : 'failed') : undefined}>
					{message?.text ?? ''}
				</p>
			</div>
			<ProgressTransfer
				t={tt}
				site={site}
				hydrated={hydrated}
				unreadableKept={backup !== null}
				persistent={persistent}
				titleOf={titleOf}
				read={read}
				importProgress={importProgress}
			/>
		</>
	);
}
