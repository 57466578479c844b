/**
 * Portable progress: the export file a learner downloads from the progress page and
 * imports in another browser. The file is schema-versioned JSON (see src/quiz/README.md,
 * "Progress export file"); reading one never throws and is all-or-nothing, so a bad,
 * foreign, too-large or newer file changes nothing. Older layouts we wrote (the stored
 * progress JSON, versions 1 and 2, e.g. the "unreadable progress" download) are migrated.
 * Pure: no DOM, no storage; the island reads the file and saves the merge.
 */
import { mergeRecords, parseProgress, PROGRESS_VERSION, readLabs, readRecord, type LabTaskRecord, type Progress, type QuizRecord } from './progress';

/** Format id written into every export file; a file without it is not ours. */
export const EXPORT_FORMAT = 'k8s-basics/progress-export';
/** Version of the export file; bump it (and read the old one) when the shape changes. */
export const EXPORT_VERSION = 1;
/** Largest file accepted (1 MB): a full site's progress is a few KB, so more is not ours. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** The export file, version 1. */
export interface ProgressExport {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	/** ISO time the file was written. */
	exportedAt: string;
	/** The site build that wrote it, e.g. "0.1.0 (2026-12-04)". */
	site: string;
	/** Quiz records keyed by quiz id, as stored (progress version 2). */
	records: Record<string, QuizRecord>;
	/** Completed lab tasks keyed by lab id, then task id. */
	labs: Record<string, Record<string, LabTaskRecord>>;
}

/** Writes progress as the export file's text (indented, so a person can read it). */
export function encodeExport(progress: Progress, site: string, now: Date): string {
	const file: ProgressExport = {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: now.toISOString(),
		site,
		records: progress.quizzes,
		labs: progress.labs,
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** The download's file name, dated so two exports do not collide. */
export function exportFileName(now: Date): string {
	return `k8s-basics-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** Why a file could not be imported. */
export type ImportError = 'too-large' | 'empty' | 'json' | 'foreign' | 'newer-version' | 'invalid';

/** Which layout the file had: our export, or the stored progress JSON of version 1 or 2. */
export type ImportSource = 'export' | 'store-v1' | 'store-v2';

/** The outcome of reading a file. */
export type ImportResult =
	{ ok: true; progress: Progress; source: ImportSource; exportedAt: string | null; site: string | null } | { ok: false; error: ImportError; detail?: string };

/** Whether a file of `bytes` bytes may be read at all (checked before reading it). */
export function isImportSizeAllowed(bytes: number): boolean {
	return bytes <= MAX_IMPORT_BYTES;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Quiz, lab and task ids are slugs; anything else (e.g. "__proto__") is not a record of ours. */
const isId = (key: string) => /^[a-z0-9][a-z0-9-]*$/.test(key);

function readIds(value: Record<string, unknown>): string | undefined {
	return Object.keys(value).find((key) => !isId(key));
}

/** The first lab or task id of raw lab data that is not a slug (checked before reading, as "__proto__" would vanish). */
function findBadLabId(value: unknown): string | undefined {
	if (!isObject(value)) return undefined;
	return (
		readIds(value) ??
		Object.values(value)
			.map((tasks) => (isObject(tasks) ? readIds(tasks) : undefined))
			.find((id) => id !== undefined)
	);
}

/** Reads the records of an export file: every record must be readable, or nothing is taken. */
function readExportBody(data: Record<string, unknown>): ImportResult {
	if (!isObject(data.records)) return { ok: false, error: 'invalid', detail: 'records' };
	const progress: Progress = { version: PROGRESS_VERSION, quizzes: {}, labs: {} };
	for (const [id, value] of Object.entries(data.records)) {
		const record = isId(id) ? readRecord(value) : undefined;
		if (!record) return { ok: false, error: 'invalid', detail: `records.${id}` };
		progress.quizzes[id] = record;
	}
	const badLab = findBadLabId(data.labs);
	const labs = readLabs(data.labs ?? {});
	if (!labs || badLab !== undefined) return { ok: false, error: 'invalid', detail: `labs${badLab ? `.${badLab}` : ''}` };
	progress.labs = labs;
	const exportedAt = typeof data.exportedAt === 'string' ? data.exportedAt : null;
	const site = typeof data.site === 'string' ? data.site : null;
	return { ok: true, progress, source: 'export', exportedAt, site };
}

/**
 * Reads an imported file's text. Our export file is read in full or refused; the stored
 * progress layouts (version 1, migrated, and 2) are accepted too, since the progress page
 * offers the raw stored text as a download. Never throws.
 */
export function readImport(text: string): ImportResult {
	if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
	if (text.trim() === '') return { ok: false, error: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'json' };
	}
	if (!isObject(data)) return { ok: false, error: 'foreign' };
	if ('format' in data) {
		if (data.format !== EXPORT_FORMAT) return { ok: false, error: 'foreign' };
		if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, error: 'invalid', detail: 'version' };
		if (data.version > EXPORT_VERSION) return { ok: false, error: 'newer-version' };
		return readExportBody(data);
	}
	// The stored layout: { version, quizzes, labs? }. Anything else is someone else's JSON.
	if (typeof data.version !== 'number' || !isObject(data.quizzes)) return { ok: false, error: 'foreign' };
	// Version 1 keys are "<locale>/<quiz id>"; the quiz ids are checked after migration.
	const badId = (data.version === PROGRESS_VERSION ? readIds(data.quizzes) : undefined) ?? findBadLabId(data.labs);
	if (badId !== undefined) return { ok: false, error: 'invalid', detail: `quizzes.${badId}` };
	const parsed = parseProgress(text);
	if (parsed.status === 'unreadable')
		return parsed.reason === 'newer-version' ? { ok: false, error: 'newer-version' } : { ok: false, error: 'invalid', detail: 'quizzes' };
	if (Object.keys(parsed.progress.quizzes).some((id) => !isId(id))) return { ok: false, error: 'invalid', detail: 'quizzes' };
	return { ok: true, progress: parsed.progress, source: data.version === 1 ? 'store-v1' : 'store-v2', exportedAt: null, site: null };
}

/** Merges imported progress into current progress: the best score per quiz, the union of lab tasks; nothing is lost. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
	const quizzes: Record<string, QuizRecord> = { ...current.quizzes };
	for (const [id, record] of Object.entries(incoming.quizzes)) {
		const mine = quizzes[id];
		quizzes[id] = mine ? mergeRecords(mine, record) : record;
	}
	const labs: Progress['labs'] = {};
	for (const id of new Set([...Object.keys(current.labs), ...Object.keys(incoming.labs)])) {
		const lab: Record<string, LabTaskRecord> = { ...(current.labs[id] ?? {}) };
		for (const [task, record] of Object.entries(incoming.labs[id] ?? {})) {
			const mine = lab[task];
			// A task done in both keeps its first completion.
			lab[task] = mine && mine.completedAt <= record.completedAt ? mine : record;
		}
		labs[id] = lab;
	}
	return { version: PROGRESS_VERSION, quizzes, labs };
}

/** What an import would do to one quiz. */
export interface QuizChange {
	quizId: string;
	/** Best score stored here now, or null. */
	current: number | null;
	/** Best score in the file. */
	imported: number;
	/** new: not taken here; better: the file's score replaces ours; kept: ours stays (equal or higher). */
	change: 'new' | 'better' | 'kept';
}

/** The preview shown before the learner confirms an import. */
export interface ImportPreview {
	quizzes: QuizChange[];
	/** Lab tasks the file adds, per lab id (tasks already done here are not listed). */
	labs: { labId: string; added: string[] }[];
	/** Whether merging would change anything. */
	changes: boolean;
}

/** Compares current progress with an import, quiz by quiz and lab by lab (sorted by id). */
export function previewImport(current: Progress, incoming: Progress): ImportPreview {
	const quizzes = Object.keys(incoming.quizzes)
		.sort()
		.map((quizId): QuizChange => {
			const mine = current.quizzes[quizId]?.best;
			const theirs = incoming.quizzes[quizId]?.best.percent ?? 0;
			const change = !mine ? 'new' : theirs > mine.percent ? 'better' : 'kept';
			return { quizId, current: mine?.percent ?? null, imported: theirs, change };
		});
	const labs = Object.keys(incoming.labs)
		.sort()
		.map((labId) => ({
			labId,
			added: Object.keys(incoming.labs[labId] ?? {})
				.filter((task) => current.labs[labId]?.[task] === undefined)
				.sort(),
		}))
		.filter((lab) => lab.added.length > 0);
	const changes = quizzes.some((q) => q.change !== 'kept') || labs.length > 0;
	return { quizzes, labs, changes };
}
