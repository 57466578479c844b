/**
 * Portable progress on the progress page: export the stored progress as a file, and import
 * one (file picker or drag and drop) with a preview of what would change, merged only when
 * the learner confirms. Reading, validating and merging are src/quiz/progress-file.ts; this
 * part only renders and dispatches. Every outcome is shown in a visible status line.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProgressTransferStrings } from '../../i18n/progress-transfer';
import type { Progress } from '../../quiz/progress';
import {
	encodeExport,
	exportFileName,
	isImportSizeAllowed,
	MAX_IMPORT_BYTES,
	previewImport,
	readImport,
	type ImportPreview,
	type ImportResult,
} from '../../quiz/progress-file';

/** Props of ProgressTransfer. */
export interface ProgressTransferProps {
	/** The page language's strings, passed down from the island's entry. */
	t: ProgressTransferStrings;
	/** The site build, written into the export file. */
	site: string;
	hydrated: boolean;
	/** Whether unreadable stored progress is kept aside (import then asks before saving). */
	unreadableKept: boolean;
	persistent: boolean;
	/** Title of a quiz or lab id, for the preview. */
	titleOf: (id: string) => string;
	read: () => Progress | null;
	importProgress: (incoming: Progress) => { saved: boolean };
}

type Message = { text: string; ok: boolean };
type Pending = { file: string; progress: Progress; preview: ImportPreview; migrated: boolean };

const LIMIT_KB = MAX_IMPORT_BYTES / 1024;

/** Export and import of the progress file. */
export function ProgressTransfer({ t, site, hydrated, unreadableKept, persistent, titleOf, read, importProgress }: ProgressTransferProps) {
	const [message, setMessage] = useState<Message | null>(null);
	const [pending, setPending] = useState<Pending | null>(null);
	const [confirmed, setConfirmed] = useState(false);
	const [dragging, setDragging] = useState(false);
	const previewRef = useRef<HTMLHeadingElement>(null);
	const messageRef = useRef<HTMLParagraphElement>(null);
	const inputRef = useRef<HTMLInputElement>(null);
	const [focus, setFocus] = useState<'preview' | 'message' | null>(null);

	useEffect(() => {
		if (focus === 'preview') previewRef.current?.focus();
		if (focus === 'message') messageRef.current?.focus();
		if (focus) setFocus(null);
	}, [focus]);

	const errorText = (result: Extract<ImportResult, { ok: false }>) => {
		switch (result.error) {
			case 'too-large':
				return t.errorTooLarge(LIMIT_KB);
			case 'empty':
				return t.errorEmpty;
			case 'json':
				return t.errorJson;
			case 'foreign':
				return t.errorForeign;
			case 'newer-version':
				return t.errorNewer;
			case 'invalid':
				return t.errorInvalid(result.detail ?? '?');
		}
	};

	const fail = (text: string) => {
		setPending(null);
		setMessage({ text, ok: false });
		setFocus('message');
	};

	const exportFile = () => {
		const progress = read();
		if (!progress) return;
		const now = new Date();
		const name = exportFileName(now);
		try {
			const url = URL.createObjectURL(new Blob([encodeExport(progress, site, now)], { type: 'application/json' }));
			const a = document.createElement('a');
			a.href = url;
			a.download = name;
			document.body.append(a);
			a.click();
			a.remove();
			// Revoked later: some browsers start the download after click() returns.
			setTimeout(() => URL.revokeObjectURL(url), 60_000);
			setMessage({ text: t.exportStarted(name), ok: true });
		} catch {
			setMessage({ text: t.exportFailed, ok: false });
		}
	};

	const takeFiles = async (files: FileList | null | undefined) => {
		if (!files || files.length === 0) return;
		if (files.length > 1) return fail(t.errorMany);
		const file = files[0] as File;
		// The size is checked before the file is read at all.
		if (!isImportSizeAllowed(file.size)) return fail(t.errorTooLarge(LIMIT_KB));
		setMessage({ text: t.importReading(file.name), ok: true });
		let text: string;
		try {
			text = await file.text();
		} catch {
			return fail(t.errorRead);
		}
		const result = readImport(text);
		if (!result.ok) return fail(errorText(result));
		const current = read();
		if (!current) return fail(t.errorRead);
		setMessage(null);
		setConfirmed(false);
		setPending({ file: file.name, progress: result.progress, preview: previewImport(current, result.progress), migrated: result.source === 'store-v1' });
		setFocus('preview');
	};

	const merge = () => {
		if (!pending) return;
		const tasks = pending.preview.labs.reduce((n, lab) => n + lab.added.length, 0);
		const quizzes = pending.preview.quizzes.filter((q) => q.change !== 'kept').length;
		const { saved } = importProgress(pending.progress);
		setPending(null);
		setMessage(saved ? { text: t.mergeDone(quizzes, tasks), ok: true } : { text: t.mergeNotSaved, ok: false });
		setFocus('message');
	};

	const cancel = () => {
		setPending(null);
		setMessage({ text: t.mergeCancelled, ok: true });
		setFocus('message');
	};

	const score = (percent: number | null) => (percent === null ? t.previewNone : t.previewScore(percent));
	const changeText = { new: t.changeNew, better: t.changeBetter, kept: t.changeKept };
	const needsConfirm = unreadableKept;

	return (
		<section
			class="quiz-transfer not-content"
			data-ready={hydrated ? 'true' : undefined}
			aria-labelledby="quiz-transfer-title"
			data-dragging={dragging ? 'true' : undefined}
			data-testid="progress-transfer"
			onDragOver={(e) => {
				e.preventDefault();
				setDragging(true);
			}}
			onDragLeave={() => setDragging(false)}
			onDrop={(e) => {
				e.preventDefault();
				setDragging(false);
				void takeFiles(e.dataTransfer?.files);
			}}
		>
			<h2 id="quiz-transfer-title">{t.transferTitle}</h2>
			<p>{t.transferIntro}</p>
			<div class="quiz-progress-buttons quiz-transfer-actions">
				<button type="button" class="quiz-button" disabled={!hydrated} onClick={exportFile}>
					{t.exportButton}
				</button>
				<label class="quiz-button quiz-button-secondary quiz-transfer-pick" data-disabled={hydrated ? undefined : 'true'}>
					{t.importChoose}
					<input
						ref={inputRef}
						type="file"
						accept=".json,application/json"
						disabled={!hydrated}
						onChange={(e) => {
							const input = e.currentTarget;
							void takeFiles(input.files).finally(() => {
								// The same file may be chosen again after a fix.
								input.value = '';
							});
						}}
					/>
				</label>
			</div>
			<p class="quiz-transfer-hint">
				{t.importDrop} {t.importLimit(LIMIT_KB)}
			</p>
			{pending && (
				<div class="quiz-transfer-preview" role="group" aria-labelledby="quiz-transfer-preview-title" data-testid="import-preview">
					<h3 id="quiz-transfer-preview-title" ref={previewRef} tabIndex={-1}>
						{t.previewTitle(pending.file)}
					</h3>
					{pending.migrated && <p>{t.previewMigrated}</p>}
					{pending.preview.quizzes.length > 0 && (
						<table>
							<thead>
								<tr>
									<th scope="col">{t.previewQuiz}</th>
									<th scope="col">{t.previewCurrent}</th>
									<th scope="col">{t.previewImported}</th>
									<th scope="col">{t.previewResult}</th>
								</tr>
							</thead>
							<tbody>
								{pending.preview.quizzes.map((q) => (
									<tr key={q.quizId} data-quiz-id={q.quizId} data-change={q.change}>
										<th scope="row">{titleOf(q.quizId)}</th>
										<td>{score(q.current)}</td>
										<td>{score(q.imported)}</td>
										<td>{changeText[q.change]}</td>
									</tr>
								))}
							</tbody>
						</table>
					)}
					{pending.preview.labs.length > 0 && (
						<>
							<p>{t.previewLabs}</p>
							<ul>
								{pending.preview.labs.map((lab) => (
									<li key={lab.labId} data-lab-id={lab.labId}>
										{t.previewLabTasks(titleOf(lab.labId), lab.added.length)}
									</li>
								))}
							</ul>
						</>
					)}
					{!pending.preview.changes && <p data-testid="import-no-change">{t.previewNoChange}</p>}
					{needsConfirm && (
						<>
							<p class="quiz-transfer-warning">{t.previewUnreadable}</p>
							<label class="quiz-transfer-confirm">
								<input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
								{t.previewUnreadableConfirm}
							</label>
						</>
					)}
					{!persistent && <p class="quiz-transfer-warning">{t.previewNotKept}</p>}
					<div class="quiz-progress-buttons">
						<button type="button" class="quiz-button" disabled={!pending.preview.changes || (needsConfirm && !confirmed)} onClick={merge}>
							{t.merge}
						</button>
						<button type="button" class="quiz-button quiz-button-secondary" onClick={cancel}>
							{t.cancel}
						</button>
					</div>
				</div>
			)}
			<p
				class="quiz-progress-message"
				ref={messageRef}
				tabIndex={-1}
				role="status"
				aria-live="polite"
				data-testid="transfer-message"
				data-state={message ? (message.ok ? 'done' : 'failed') : undefined}
			>
				{message?.text ?? ''}
			</p>
		</section>
	);
}
