/**
 * "Share your results": the learner's summary (sections, best scores, pass/fail, dates,
 * site version, checksum) as Markdown, plain text or a result link, said plainly to be
 * self-reported. Used on the progress page (every section) and inside the assignment
 * view (the assigned ones).
 */
import { useState } from 'preact/hooks';
import './result-share.css';
import type { ResultStrings } from '../../i18n/result';
import { formatMarkdown, formatPlainText, type ResultWords } from '../../onboarding/result';
import { useResultShare, type ShareRow } from './use-result-share';

/** Props of ResultShare. */
export interface ResultShareProps {
	/** The page language's strings, from the island's entry (ko.tsx or en.tsx) or the page's island (Assignment). */
	t: ResultStrings;
	/** The words of the summary in the page's language, from the same place. */
	words: ResultWords;
	rows: ShareRow[];
	/** Site version, e.g. "0.1.0 (2026-12-04)". */
	site: string;
	/** Absolute path of the /result/ page (with base and locale). */
	resultPath: string;
}

/** The share box. */
export default function ResultShare({ t, words: w, rows, site, resultPath }: ResultShareProps) {
	const { summary, link, learner, setLearner, copied, copy } = useResultShare(
		rows,
		site,
		typeof window === 'undefined' ? resultPath : window.location.origin + resultPath,
	);
	const markdown = summary ? formatMarkdown(summary, w) : '';
	const [previewOpen, setPreviewOpen] = useState(false);
	const ready = summary !== null;
	return (
		<section class="result-share not-content" aria-labelledby="result-share-heading" data-ready={ready ? 'true' : undefined}>
			<h2 id="result-share-heading">{t.shareHeading}</h2>
			<p>{t.shareIntro}</p>
			<label class="result-share-learner">
				{t.learnerLabel}
				<input type="text" maxLength={60} value={learner} disabled={!ready} onInput={(e) => setLearner(e.currentTarget.value)} />
			</label>
			<div class="result-share-actions">
				<button type="button" disabled={!ready} onClick={() => copy('markdown', markdown)}>
					{t.copyMarkdown}
				</button>
				<button type="button" disabled={!ready} onClick={() => summary && copy('text', formatPlainText(summary, w))}>
					{t.copyText}
				</button>
				<button type="button" disabled={!ready} onClick={() => copy('link', link)}>
					{t.copyLink}
				</button>
				{link ? <a href={link}>{t.openLink}</a> : <span>{t.openLink}</span>}
			</div>
			<p class="result-share-status" role="status" data-state={copied ? (copied.ok ? 'ok' : 'failed') : undefined}>
				{copied ? (copied.ok ? t.copied : t.copyFailed) : ''}
			</p>
			{/* The preview is filled in only while open: closed <details> content still has
			    layout boxes in Chromium, and a long preview would change the island's height. */}
			<details class="result-share-preview" onToggle={(e) => setPreviewOpen(e.currentTarget.open)}>
				<summary>{t.preview}</summary>
				<pre tabIndex={0} aria-label={t.preview} data-testid="result-markdown">
					{previewOpen ? markdown : ''}
				</pre>
			</details>
		</section>
	);
}
