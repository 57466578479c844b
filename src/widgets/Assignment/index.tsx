/**
 * The assignment page's island. With a link (?s=…) it shows the assigned sections in
 * learning order with each one's state from this browser's quiz progress; below, a
 * builder makes such links. The server renders the builder (controls disabled until
 * hydration), the "no assignment" note and the assigned view's empty layout, so neither a
 * plain visit nor a link shifts the page when the island fills in.
 */
import './assignment.css';
import type { AssignmentStrings } from '../../i18n/assignment';
import type { ResultStrings } from '../../i18n/result';
import { PASS_MARK } from '../../quiz/grade';
import type { AssignmentProblem } from '../../onboarding/assignment';
import type { ResultWords } from '../../onboarding/result';
import ResultShare from '../ResultShare/index';
import { useAssignment } from './use-assignment';

/** A section as the page lists it. */
export interface AssignableSection {
	slug: string;
	title: string;
	href: string;
	/** Kubernetes version the section's page was checked against. */
	k8s: string | null;
	/** Task ids of the section's kubectl lab, when it has one (for the result summary). */
	labTasks?: string[] | undefined;
}

/** Props of Assignment. */
export interface AssignmentProps {
	/** The page language's strings, from the island's entry (ko.tsx or en.tsx). */
	t: AssignmentStrings;
	/** The result share box's strings and summary words in the page's language, from the same entry. */
	resultT: ResultStrings;
	resultWords: ResultWords;
	/** Every section with a quiz, in learning order. */
	sections: AssignableSection[];
	/** The final exam's title and address. */
	exam: { title: string; href: string };
	/** Site version and /result/ path, for sharing the assignment's results. */
	site: string;
	resultPath: string;
}

function problemText(t: AssignmentStrings, p: AssignmentProblem): string {
	switch (p.kind) {
		case 'no-sections':
			return t.problemNoSections;
		case 'unknown-sections':
			return t.problemUnknown(p.slugs.join(', '));
		case 'too-long':
			return t.problemTooLong(p.max);
		case 'bad-exam':
			return t.problemBadExam(p.value);
		case 'unknown-parameters':
			return t.problemUnknownParams(p.names.join(', '));
	}
}

/** The assignment view and the link builder. */
export default function Assignment({ t, resultT, resultWords, sections, exam, site, resultPath }: AssignmentProps) {
	const known = sections.map((s) => s.slug);
	const { opened, summary, draft, link, copyState, toggleSection, update, copy } = useAssignment(
		known,
		() => window.location.origin + window.location.pathname,
	);
	const hydrated = opened !== null;
	const itemOf = (slug: string) => (slug === 'final-exam' ? { title: exam.title, href: exam.href } : sections.find((s) => s.slug === slug)!);
	const showView = opened?.hasQuery && summary;

	return (
		<div class="assignment" data-ready={hydrated ? 'true' : undefined}>
			<section class="assignment-view" aria-labelledby="assignment-view-heading">
				{showView ? (
					<>
						<h2 id="assignment-view-heading">{opened.assignment.title || t.untitled}</h2>
						{opened.assignment.due && <p class="assignment-due">{t.due(opened.assignment.due)}</p>}
						{opened.problems.length > 0 && (
							<ul class="assignment-problems" data-testid="assignment-problems">
								{opened.problems.map((p) => (
									<li>{problemText(t, p)}</li>
								))}
							</ul>
						)}
						{summary.total > 0 && (
							<>
								<p class="assignment-count" data-testid="assignment-count">
									{t.progress(summary.done, summary.total)}
								</p>
								<ol class="assignment-items">
									{summary.items.map((item) => {
										const { title, href } = itemOf(item.section);
										const state =
											item.state === 'done'
												? t.stateDone(item.percent!)
												: item.state === 'tried'
													? t.stateTried(item.percent!, PASS_MARK * 100)
													: t.stateNotStarted;
										return (
											<li data-section={item.section} data-state={item.state}>
												<a href={href}>{title}</a>
												<span class="assignment-state">{state}</span>
											</li>
										);
									})}
								</ol>
								<p class="assignment-local">{t.localOnly}</p>
								<ResultShare
									t={resultT}
									words={resultWords}
									site={site}
									resultPath={resultPath}
									rows={summary.items.map((item) => ({
										section: item.section,
										title: itemOf(item.section).title,
										k8s: sections.find((s) => s.slug === item.section)?.k8s ?? null,
										labTasks: sections.find((s) => s.slug === item.section)?.labTasks,
									}))}
								/>
							</>
						)}
					</>
				) : (
					<div class="assignment-none">
						<h2 id="assignment-view-heading">{t.viewHeading}</h2>
						<p>{t.noAssignment}</p>
					</div>
				)}
				{!hydrated && (
					// Until the island has read the link: the assigned view's layout, shown instead of
					// the note above when the page has a link (Assignment.astro's inline script fills in
					// the title, the due line and one empty row per item), so filling it in moves
					// nothing below it.
					<div class="assignment-pending" inert aria-hidden="true">
						<h2 data-pending="title">{t.untitled}</h2>
						<p class="assignment-due" data-pending="due" hidden>
							{'\u00a0'}
						</p>
						<p class="assignment-count">{'\u00a0'}</p>
						<ol class="assignment-items" data-pending="items" />
						<p class="assignment-local">{t.localOnly}</p>
						<ResultShare t={resultT} words={resultWords} site={site} resultPath={resultPath} rows={[]} />
					</div>
				)}
			</section>
			<section class="assignment-builder" aria-labelledby="assignment-builder-heading">
				<h2 id="assignment-builder-heading">{t.builderHeading}</h2>
				<p>{t.builderIntro}</p>
				<fieldset>
					<legend>{t.sectionsLegend}</legend>
					<ul>
						{sections.map((s) => (
							<li>
								<label>
									<input
										type="checkbox"
										disabled={!hydrated}
										checked={draft.sections.includes(s.slug)}
										onChange={() => toggleSection(s.slug)}
									/>{' '}
									{s.title}
								</label>
							</li>
						))}
					</ul>
					<label class="assignment-exam">
						<input type="checkbox" disabled={!hydrated} checked={draft.exam} onChange={(e) => update({ exam: e.currentTarget.checked })} />{' '}
						{t.examLabel}
					</label>
				</fieldset>
				<div class="assignment-fields">
					<label>
						{t.titleLabel}
						<input type="text" maxLength={120} disabled={!hydrated} value={draft.title} onInput={(e) => update({ title: e.currentTarget.value })} />
					</label>
					<label>
						{t.dueLabel}
						<input type="text" maxLength={60} disabled={!hydrated} value={draft.due} onInput={(e) => update({ due: e.currentTarget.value })} />
					</label>
				</div>
				<label class="assignment-link">
					{t.linkLabel}
					<input type="text" readOnly value={link} disabled={!hydrated} data-testid="assignment-link" />
				</label>
				<div class="assignment-actions">
					<button type="button" disabled={!link} onClick={copy}>
						{t.copy}
					</button>
					{link ? <a href={link}>{t.open}</a> : <span class="assignment-hint">{t.pickOne}</span>}
				</div>
				<p class="assignment-copy-state" role="status" data-state={copyState}>
					{copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
				</p>
			</section>
		</div>
	);
}
