/**
 * The /result/ page's island: reads a result link's fragment and shows the learner's
 * summary to the lead, saying that it is self-reported and whether its checksum still
 * matches. A missing, foreign or broken link gets a message, never a blank page.
 */
import { useEffect, useState } from 'preact/hooks';
import '../ResultShare/result-share.css';
import type { ResultStrings } from '../../i18n/result';
import { decodeResultFragment, type ResultWords } from '../../onboarding/result';

/** Props of ResultView. */
export interface ResultViewProps {
	/** The page language's strings, from the island's entry (ko.tsx or en.tsx). */
	t: ResultStrings;
	/** The words of the result table in the page's language, from the same entry. */
	words: ResultWords;
}

/** Shows a shared result. */
export default function ResultView({ t, words: w }: ResultViewProps) {
	const [read, setRead] = useState<ReturnType<typeof decodeResultFragment> | null>(null);
	useEffect(() => {
		const update = () => setRead(decodeResultFragment(window.location.hash));
		update();
		window.addEventListener('hashchange', update);
		return () => window.removeEventListener('hashchange', update);
	}, []);

	if (!read) return <div class="result-view" />;
	if (!read.ok) {
		const message = read.error === 'missing' ? t.errorMissing : read.error === 'other-version' ? t.errorOtherVersion : t.errorUnreadable;
		return (
			<div class="result-view">
				<p class="result-view-error" role="alert">
					{message}
				</p>
			</div>
		);
	}
	const { summary, edited } = read;
	const passed = summary.rows.filter((r) => r.passed).length;
	// Links made before labs were counted have no lab column.
	const hasLabs = summary.rows.some((r) => r.lab);
	return (
		<div class="result-view">
			<h2>
				{w.heading}
				{summary.learner ? `: ${summary.learner}` : ''}
			</h2>
			<p class="result-view-note">{t.viewSelfReported}</p>
			{edited ? (
				<p class="result-view-error" role="alert" data-testid="result-edited">
					{t.viewEdited}
				</p>
			) : (
				<p class="result-view-intact">{t.viewIntact(summary.checksum)}</p>
			)}
			<p class="result-view-count">{w.count(passed, summary.rows.length)}</p>
			<div class="result-view-table" role="region" tabIndex={0} aria-label={w.heading}>
				<table>
					<thead>
						<tr>
							<th scope="col">{w.section}</th>
							<th scope="col">{w.best}</th>
							<th scope="col">{w.result}</th>
							<th scope="col">{w.date}</th>
							{hasLabs && <th scope="col">{w.lab}</th>}
						</tr>
					</thead>
					<tbody>
						{summary.rows.map((row) => (
							<tr data-section={row.section} data-passed={row.passed ? 'true' : 'false'}>
								<th scope="row">
									{row.title}
									{row.k8s && <span class="result-view-k8s"> ({w.checkedAgainst(row.k8s)})</span>}
								</th>
								<td>{row.percent === null ? '—' : `${row.percent}%`}</td>
								<td>{row.percent === null ? w.notTaken : row.passed ? `✅ ${w.passed}` : w.notPassed}</td>
								<td>{row.date ? `${row.date}${row.locale ? ` (${w.languages[row.locale]})` : ''}` : '—'}</td>
								{hasLabs && (
									<td data-lab={row.lab ? `${row.lab.done}/${row.lab.total}` : undefined}>
										{row.lab ? w.labDone(row.lab.done, row.lab.total) : '—'}
									</td>
								)}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<p class="result-view-footer">{w.footer(summary.site, summary.made, summary.checksum)}</p>
		</div>
	);
}
