// Every quiz file parses and obeys the build rules, its refs name headings of its page,
// each English quiz matches its Korean twin, and each broken fixture is rejected with
// the message written at its top ("# expect: ...").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { checkQuizFile } from '../../src/quiz/check-quiz-file';
import { extractHeadings } from '../../src/quiz/headings';
import { findParityProblems } from '../../src/quiz/parity';
import { quizSchema } from '../../src/quiz/schema';
import { parse } from 'yaml';

/** Heading ids of a page, slugged the way the site's Markdown pipeline does (github-slugger). */
function readHeadingIds(path: string): string[] {
	const slugger = new GithubSlugger();
	return extractHeadings(readFileSync(path, 'utf8')).map((h) => slugger.slug(h.text));
}

const locales = ['ko', 'en'] as const;
const quizFiles = locales.flatMap((locale) => {
	const dir = `content/quizzes/${locale}`;
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const section = f.replace(/\.yaml$/, '');
			return { locale, section, file: `${dir}/${f}`, page: locale === 'ko' ? `content/docs/${section}.mdx` : `content/docs/${locale}/${section}.mdx` };
		});
});

describe('quiz files', () => {
	it('include the overview quiz in both languages', () => {
		expect(quizFiles.map((q) => q.file)).toEqual(expect.arrayContaining(['content/quizzes/ko/overview.yaml', 'content/quizzes/en/overview.yaml']));
	});

	describe.each(quizFiles)('$file', ({ section, file, page }) => {
		it('has a page that ends with this quiz', () => {
			expect(existsSync(page), `${file}: no page ${page}`).toBe(true);
			const source = readFileSync(page, 'utf8').trimEnd();
			expect(source.endsWith(`<Quiz id="${section}" />`), `${page} should end with <Quiz id="${section}" />`).toBe(true);
		});

		it('parses, obeys the rules, and every ref is a heading of its page', () => {
			const { quiz, problems } = checkQuizFile(file, readFileSync(file, 'utf8'), existsSync(page) ? readHeadingIds(page) : []);
			expect(problems).toEqual([]);
			// The content guide asks for 5 to 8 questions a section.
			expect(quiz?.questions.length).toBeGreaterThanOrEqual(5);
			expect(quiz?.questions.length).toBeLessThanOrEqual(8);
		});
	});

	const enFiles = quizFiles.filter((q) => q.locale === 'en');
	describe.each(enFiles)('$file', ({ section, file }) => {
		it('asks the same questions with the same ids and answers as the Korean quiz', () => {
			const koFile = `content/quizzes/ko/${section}.yaml`;
			expect(existsSync(koFile), `${file} has no Korean original ${koFile}`).toBe(true);
			const ko = checkQuizFile(koFile, readFileSync(koFile, 'utf8')).quiz;
			const en = checkQuizFile(file, readFileSync(file, 'utf8')).quiz;
			expect(ko && en).toBeTruthy();
			if (ko && en) expect(findParityProblems(koFile, ko, file, en)).toEqual([]);
		});
	});

	it('the overview quiz has 6 or more questions and mixes kinds', () => {
		const { quiz } = checkQuizFile('content/quizzes/ko/overview.yaml', readFileSync('content/quizzes/ko/overview.yaml', 'utf8'));
		expect(quiz?.questions.length).toBeGreaterThanOrEqual(6);
		expect(new Set(quiz?.questions.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'order']));
	});
});

describe('broken quiz fixtures', () => {
	const dir = 'test/content/fixtures/quizzes';
	const headingIds = readHeadingIds('test/content/fixtures/page.mdx');

	it('slug the fixture page like the site does (duplicates numbered, code fences skipped)', () => {
		expect(headingIds).toEqual(['왜-필요한가', 'the-kubectl-flow', '왜-필요한가-1']);
	});

	const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
	it('exist for every rule', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(12);
	});

	describe.each(fixtures)('%s', (name) => {
		const file = `${dir}/${name}`;
		const text = readFileSync(file, 'utf8');
		const expected = /^# expect: (.+)$/m.exec(text)?.[1];

		it('is rejected with the file, the question id and the reason', () => {
			expect(expected, `${file} needs a "# expect: ..." first line`).toBeTruthy();
			const { problems } = checkQuizFile(file, text, headingIds);
			expect(problems.some((p) => p.startsWith(`${file}: ${expected}`)), `got:\n${problems.join('\n')}`).toBe(true);
		});

		it('fails the collection schema itself unless the problem is a ref (checked per page)', () => {
			const result = quizSchema.safeParse(parse(text));
			expect(result.success).toBe(name === 'missing-ref-target.yaml');
		});
	});

	it('reports a file that is not YAML at all', () => {
		expect(checkQuizFile('x.yaml', 'questions: [').problems[0]).toMatch(/^x\.yaml: not valid YAML/);
	});
});
