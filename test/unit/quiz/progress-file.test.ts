import { describe, expect, it } from 'vitest';
import { createEmptyProgress, parseProgress, recordAttempt, recordLabTask, type Progress } from '../../../src/quiz/progress';
import {
	encodeExport,
	EXPORT_FORMAT,
	EXPORT_VERSION,
	exportFileName,
	isImportSizeAllowed,
	MAX_IMPORT_BYTES,
	mergeProgress,
	previewImport,
	readImport,
} from '../../../src/quiz/progress-file';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const attempt = (p: Progress, id: string, percent: number, d: number, locale = 'ko') =>
	recordAttempt(p, id, { percent, correct: Math.round(percent / 10), total: 10, questions: { a: percent / 100 } }, day(d), locale).progress;

function sample(): Progress {
	let p = attempt(createEmptyProgress(), 'pods', 90, 1);
	p = attempt(p, 'services', 40, 2, 'en');
	p = recordLabTask(p, 'pods', 'create-pod', day(3).toISOString());
	return p;
}

describe('encodeExport', () => {
	it('writes the documented envelope and reads back to the same progress', () => {
		const text = encodeExport(sample(), '0.1.0 (2026-12-04)', day(5));
		const file = JSON.parse(text);
		expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: day(5).toISOString(), site: '0.1.0 (2026-12-04)' });
		expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'site', 'records', 'labs']);
		const read = readImport(text);
		expect(read).toEqual({ ok: true, progress: sample(), source: 'export', exportedAt: day(5).toISOString(), site: '0.1.0 (2026-12-04)' });
	});

	it('names the file by day', () => {
		expect(exportFileName(day(5))).toBe('k8s-basics-progress-2026-01-05.json');
	});
});

describe('readImport', () => {
	const exported = () => JSON.parse(encodeExport(sample(), 's', day(5)));

	it('refuses a file over the limit before parsing it', () => {
		expect(isImportSizeAllowed(MAX_IMPORT_BYTES)).toBe(true);
		expect(isImportSizeAllowed(MAX_IMPORT_BYTES + 1)).toBe(false);
		const big = JSON.stringify({ ...exported(), padding: 'x'.repeat(MAX_IMPORT_BYTES) });
		expect(readImport(big)).toEqual({ ok: false, error: 'too-large' });
		// Bytes, not characters: Hangul takes 3 bytes in UTF-8.
		expect(readImport(JSON.stringify({ pad: '가'.repeat(MAX_IMPORT_BYTES / 3 + 10) }))).toEqual({ ok: false, error: 'too-large' });
	});

	it('tells bad JSON, empty files, foreign JSON and newer versions apart', () => {
		expect(readImport('')).toEqual({ ok: false, error: 'empty' });
		expect(readImport('{"format": "k8s-basics/progress-export", "version": 1, "records": {')).toEqual({ ok: false, error: 'json' });
		expect(readImport('[1, 2]')).toEqual({ ok: false, error: 'foreign' });
		expect(readImport('{"name": "package", "version": "1.0.0"}')).toEqual({ ok: false, error: 'foreign' });
		expect(readImport(JSON.stringify({ ...exported(), format: 'other-site/progress' }))).toEqual({ ok: false, error: 'foreign' });
		expect(readImport(JSON.stringify({ ...exported(), version: 2 }))).toEqual({ ok: false, error: 'newer-version' });
		expect(readImport(JSON.stringify({ version: 3, quizzes: {} }))).toEqual({ ok: false, error: 'newer-version' });
		expect(readImport(JSON.stringify({ ...exported(), version: 'one' }))).toMatchObject({ ok: false, error: 'invalid' });
	});

	it('is all or nothing: one malformed record refuses the whole file', () => {
		const file = exported();
		file.records.services.best.percent = 140;
		expect(readImport(JSON.stringify(file))).toEqual({ ok: false, error: 'invalid', detail: 'records.services' });
		const labs = exported();
		labs.labs.pods['create-pod'] = { completedAt: 'yesterday' };
		expect(readImport(JSON.stringify(labs))).toEqual({ ok: false, error: 'invalid', detail: 'labs' });
		expect(readImport(JSON.stringify({ ...exported(), records: [] }))).toMatchObject({ ok: false, error: 'invalid' });
	});

	it('refuses ids that are not slugs, even "__proto__"', () => {
		const text = encodeExport(sample(), 's', day(5)).replace('"services"', '"__proto__"');
		expect(readImport(text)).toEqual({ ok: false, error: 'invalid', detail: 'records.__proto__' });
		const lab = encodeExport(sample(), 's', day(5)).replace('"create-pod"', '"__proto__"');
		expect(readImport(lab)).toEqual({ ok: false, error: 'invalid', detail: 'labs.__proto__' });
		const stored = JSON.stringify({ version: 2, quizzes: {}, labs: {} }).replace(
			'"quizzes":{}',
			`"quizzes":{"__proto__":${JSON.stringify(sample().quizzes.pods)}}`,
		);
		expect(readImport(stored)).toMatchObject({ ok: false, error: 'invalid' });
	});

	it('accepts the stored layout of version 2 (the "unreadable progress" download)', () => {
		const text = JSON.stringify(sample());
		expect(readImport(text)).toEqual({ ok: true, progress: sample(), source: 'store-v2', exportedAt: null, site: null });
	});

	it('migrates the stored layout of version 1: per-language keys merge into one record per quiz', () => {
		const v1 = {
			version: 1,
			quizzes: {
				'ko/pods': {
					best: { percent: 60, correct: 6, total: 10, at: day(1).toISOString() },
					last: { at: day(1).toISOString(), questions: { a: 0.6 } },
				},
				'en/pods': {
					best: { percent: 80, correct: 8, total: 10, at: day(2).toISOString() },
					last: { at: day(2).toISOString(), questions: { a: 0.8 } },
				},
				'en/services': { best: { percent: 30, correct: 3, total: 10, at: day(3).toISOString() }, last: { at: day(3).toISOString(), questions: {} } },
			},
		};
		const read = readImport(JSON.stringify(v1));
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.source).toBe('store-v1');
		expect(read.progress.quizzes.pods?.best).toEqual({ percent: 80, correct: 8, total: 10, at: day(2).toISOString(), locale: 'en' });
		expect(read.progress.quizzes.services?.best.locale).toBe('en');
		expect(read.progress.labs).toEqual({});
		// A version 1 file with a record that cannot be read changes nothing.
		const broken = { ...v1, quizzes: { ...v1.quizzes, 'ko/deployments': { best: 'x' } } };
		expect(readImport(JSON.stringify(broken))).toMatchObject({ ok: false, error: 'invalid' });
	});
});

describe('mergeProgress and previewImport', () => {
	it('keeps the best score per quiz, unions lab tasks and never loses a record', () => {
		let here = attempt(createEmptyProgress(), 'pods', 70, 4);
		here = attempt(here, 'overview', 100, 4);
		here = recordLabTask(here, 'pods', 'create-pod', day(9).toISOString());
		here = recordLabTask(here, 'services', 'expose', day(9).toISOString());
		const file = sample();
		const merged = mergeProgress(here, file);
		expect(merged.quizzes.pods?.best.percent).toBe(90);
		expect(merged.quizzes.overview?.best.percent).toBe(100);
		expect(merged.quizzes.services?.best.percent).toBe(40);
		// The later last attempt is kept (pods was last taken here on day 4).
		expect(merged.quizzes.pods?.last.at).toBe(day(4).toISOString());
		// A task done in both keeps its first completion.
		expect(merged.labs.pods?.['create-pod']?.completedAt).toBe(day(3).toISOString());
		expect(merged.labs.services?.expose?.completedAt).toBe(day(9).toISOString());
		expect(parseProgress(JSON.stringify(merged)).status).toBe('ok');
		// Merging is idempotent and does not depend on order for best scores.
		expect(mergeProgress(merged, file)).toEqual(merged);
		expect(mergeProgress(file, here).quizzes.pods?.best).toEqual(merged.quizzes.pods?.best);
	});

	it('previews current against imported best per quiz and the lab tasks added', () => {
		let here = attempt(createEmptyProgress(), 'pods', 95, 4);
		here = attempt(here, 'services', 20, 4);
		const preview = previewImport(here, sample());
		expect(preview.quizzes).toEqual([
			{ quizId: 'pods', current: 95, imported: 90, change: 'kept' },
			{ quizId: 'services', current: 20, imported: 40, change: 'better' },
		]);
		expect(preview.labs).toEqual([{ labId: 'pods', added: ['create-pod'] }]);
		expect(preview.changes).toBe(true);
		expect(previewImport(createEmptyProgress(), sample()).quizzes.map((q) => q.change)).toEqual(['new', 'new']);
		const merged = mergeProgress(here, sample());
		expect(previewImport(merged, sample())).toEqual({
			quizzes: [
				{ quizId: 'pods', current: 95, imported: 90, change: 'kept' },
				{ quizId: 'services', current: 40, imported: 40, change: 'kept' },
			],
			labs: [],
			changes: false,
		});
	});
});
