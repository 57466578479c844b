/**
 * Proof of completion without accounts: a learner's result summary (sections, best
 * scores, pass/fail, dates, the site version) as Markdown or plain text to paste into an
 * onboarding issue, and as a link the lead opens to see the same summary. The summary is
 * self-reported; a checksum over its content shows accidental edits (not a security
 * measure: anyone can recompute it). Pure: no DOM.
 */
import { hashFnv32a, stringifyCanonical } from '../sim/core/hash';

/** One row of the summary. */
export interface ResultRow {
	/** Section slug, or 'final-exam'. */
	readonly section: string;
	readonly title: string;
	/** Best score in percent, or null when not taken. */
	readonly percent: number | null;
	readonly passed: boolean;
	/** Day of the best attempt (YYYY-MM-DD), or null. */
	readonly date: string | null;
	/** Language the best attempt was taken in, or null. */
	readonly locale: 'ko' | 'en' | null;
	/** Kubernetes version the section was checked against, e.g. '1.37', or null. */
	readonly k8s: string | null;
	/**
	 * kubectl lab tasks done of the section's lab, when it has one. Absent (not null) for a
	 * section without a lab, so summaries and links made before labs existed keep their
	 * checksum (the canonical JSON leaves absent keys out).
	 */
	readonly lab?: LabCount;
}

/** Lab tasks done of a lab's tasks. */
export interface LabCount {
	readonly done: number;
	readonly total: number;
}

/** The whole summary; `checksum` covers everything else. */
export interface ResultSummary {
	readonly learner: string;
	/** The site build the summary came from, e.g. "0.1.0 (2026-12-04)". */
	readonly site: string;
	/** When the summary was made (YYYY-MM-DD). */
	readonly made: string;
	readonly rows: readonly ResultRow[];
	readonly checksum: string;
}

/** Format version of result links; a link of another version is reported, not guessed at. */
export const RESULT_LINK_VERSION = 1;
/** Longest learner name kept. */
export const MAX_LEARNER = 60;

/** The checksum of a summary's content: FNV-1a 32 over its canonical JSON, 8 hex digits. */
export function computeChecksum(summary: Omit<ResultSummary, 'checksum'>): string {
	const { learner, site, made, rows } = summary;
	return hashFnv32a(stringifyCanonical({ learner, site, made, rows })).toString(16).padStart(8, '0');
}

/** Builds a summary with its checksum. */
export function createSummary(content: Omit<ResultSummary, 'checksum'>): ResultSummary {
	const learner = [...content.learner.replace(/\s+/g, ' ').trim()].slice(0, MAX_LEARNER).join('');
	const clean = { ...content, learner };
	return { ...clean, checksum: computeChecksum(clean) };
}

/** Words the text formats need, in the reader's language. */
export interface ResultWords {
	readonly heading: string;
	readonly learner: string;
	readonly section: string;
	readonly best: string;
	readonly result: string;
	readonly date: string;
	readonly passed: string;
	readonly notPassed: string;
	readonly notTaken: string;
	readonly languages: { readonly ko: string; readonly en: string };
	readonly checkedAgainst: (version: string) => string;
	readonly footer: (site: string, made: string, checksum: string) => string;
	readonly selfReported: string;
	readonly count: (passed: number, total: number) => string;
	/** Column header of kubectl lab tasks done. */
	readonly lab: string;
	/** Tasks done of a lab, e.g. "2/3". */
	readonly labDone: (done: number, total: number) => string;
}

const cellsOf = (row: ResultRow, w: ResultWords) => ({
	lab: row.lab ? w.labDone(row.lab.done, row.lab.total) : '—',
	best: row.percent === null ? '—' : `${row.percent}%`,
	result: row.percent === null ? w.notTaken : row.passed ? w.passed : w.notPassed,
	date: row.date ? `${row.date}${row.locale ? ` (${w.languages[row.locale]})` : ''}` : '—',
});

const passedCount = (s: ResultSummary) => s.rows.filter((r) => r.passed).length;

/** The summary as a Markdown table (GitHub, GitLab, Notion and Slack all render it). */
export function formatMarkdown(s: ResultSummary, w: ResultWords): string {
	const escape = (text: string) => text.replace(/\|/g, '\\|');
	const lines = [
		`### ${w.heading}${s.learner ? `: ${escape(s.learner)}` : ''}`,
		'',
		w.count(passedCount(s), s.rows.length),
		'',
		`| ${w.section} | ${w.best} | ${w.result} | ${w.date} | ${w.lab} |`,
		'| --- | --- | --- | --- | --- |',
		...s.rows.map((row) => {
			const c = cellsOf(row, w);
			const title = row.k8s ? `${escape(row.title)} (${w.checkedAgainst(row.k8s)})` : escape(row.title);
			return `| ${title} | ${c.best} | ${row.passed ? '✅ ' : ''}${c.result} | ${c.date} | ${c.lab} |`;
		}),
		'',
		`_${w.selfReported} ${w.footer(s.site, s.made, s.checksum)}_`,
	];
	return lines.join('\n');
}

/** The summary as plain text, one line per section. */
export function formatPlainText(s: ResultSummary, w: ResultWords): string {
	return [
		`${w.heading}${s.learner ? `: ${s.learner}` : ''}`,
		w.count(passedCount(s), s.rows.length),
		'',
		...s.rows.map((row) => {
			const c = cellsOf(row, w);
			return `- ${row.title}: ${c.best}, ${c.result}, ${c.date}${row.lab ? `, ${w.lab} ${c.lab}` : ''}`;
		}),
		'',
		w.selfReported,
		w.footer(s.site, s.made, s.checksum),
	].join('\n');
}

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The fragment of a result link ("#r=1.<data>"): in the fragment, so no server ever sees it. */
export function encodeResultFragment(s: ResultSummary): string {
	// A row with a lab gets an eighth item [done, total]; rows without one stay as links made before labs.
	const row = (r: ResultRow) => [r.section, r.title, r.percent, r.passed ? 1 : 0, r.date, r.locale, r.k8s, ...(r.lab ? [[r.lab.done, r.lab.total]] : [])];
	const compact = [s.learner, s.site, s.made, s.rows.map(row), s.checksum];
	return `r=${RESULT_LINK_VERSION}.${toBase64Url(JSON.stringify(compact))}`;
}

/** Why a result link could not be read. */
export type ResultLinkError = 'missing' | 'other-version' | 'unreadable';

/**
 * Reads a result link's fragment. `edited` is true when the content no longer matches
 * its checksum (someone changed the link or the pasted text by hand).
 */
export function decodeResultFragment(fragment: string): { ok: true; summary: ResultSummary; edited: boolean } | { ok: false; error: ResultLinkError } {
	const value = new URLSearchParams(fragment.replace(/^#/, '')).get('r');
	if (!value) return { ok: false, error: 'missing' };
	const dot = value.indexOf('.');
	if (dot < 0 || value.slice(0, dot) !== String(RESULT_LINK_VERSION)) return { ok: false, error: /^\d+\./.test(value) ? 'other-version' : 'unreadable' };
	try {
		const data: unknown = JSON.parse(fromBase64Url(value.slice(dot + 1)));
		if (!Array.isArray(data) || data.length !== 5) return { ok: false, error: 'unreadable' };
		const [learner, site, made, rows, checksum] = data;
		const isStr = (v: unknown): v is string => typeof v === 'string';
		const isOptStr = (v: unknown) => v === null || isStr(v);
		if (!isStr(learner) || !isStr(site) || !isStr(made) || !isStr(checksum) || !Array.isArray(rows)) return { ok: false, error: 'unreadable' };
		const parsed: ResultRow[] = [];
		for (const r of rows) {
			if (!Array.isArray(r) || (r.length !== 7 && r.length !== 8)) return { ok: false, error: 'unreadable' };
			const [section, title, percent, passed, date, locale, k8s, lab] = r;
			if (!isStr(section) || !isStr(title) || !(percent === null || (Number.isInteger(percent) && percent >= 0 && percent <= 100)))
				return { ok: false, error: 'unreadable' };
			if (!(passed === 0 || passed === 1) || !isOptStr(date) || !(locale === null || locale === 'ko' || locale === 'en') || !isOptStr(k8s))
				return { ok: false, error: 'unreadable' };
			const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
			if (r.length === 8 && !(Array.isArray(lab) && lab.length === 2 && isCount(lab[0]) && isCount(lab[1]) && lab[0] <= lab[1]))
				return { ok: false, error: 'unreadable' };
			parsed.push({
				section,
				title,
				percent,
				passed: passed === 1,
				date,
				locale,
				k8s,
				...(r.length === 8 ? { lab: { done: lab[0], total: lab[1] } } : {}),
			});
		}
		const summary: ResultSummary = { learner, site, made, rows: parsed, checksum };
		return { ok: true, summary, edited: computeChecksum(summary) !== checksum };
	} catch {
		return { ok: false, error: 'unreadable' };
	}
}
