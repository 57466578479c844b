/**
 * The questions of a section quiz or the final exam, built once per build for two readers:
 * the page (Quiz.astro, FinalExam.astro render them as the no-JavaScript quiz) and the JSON
 * file the quiz fetches when it comes into view (src/pages/quiz-data/[locale]/[id].json.ts),
 * so a page's HTML does not carry every question a second time as island props. `version`
 * names the content: the loader refuses data that does not match the page it hydrates.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../i18n/index';
import { listQuizSections } from '../quiz/catalog';
import { findUnknownExamExclusions, formatQuizProblems, type Quiz } from '../quiz/schema';
import { buildQuestionViews, type QuestionView } from '../quiz/view';

/** The exam's id in quiz keys, data paths and progress. */
export const EXAM_ID = 'final-exam';

/** Questions drawn from each section per exam attempt. */
export const EXAM_PER_SECTION = 2;

/** What the JSON file holds. */
export interface QuizData {
	version: string;
	questions: QuestionView[];
}

function withVersion(questions: QuestionView[]): QuizData {
	const version = createHash('sha256').update(JSON.stringify(questions)).digest('hex').slice(0, 16);
	return { version, questions };
}

/** Where the data of `<locale>/<id>` is served (under the site base). */
export function quizDataUrl(locale: Locale, id: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/quiz-data/${locale}/${id}.json`;
}

/** The file a section quiz is read from, for build errors. */
export function quizFilePath(locale: Locale, id: string): string {
	return `content/quizzes/${locale}/${id}.yaml`;
}

/** A section quiz file's parsed content, or a build error naming the file and its user. */
export async function loadQuizFile(locale: Locale, id: string, usedBy: string): Promise<Quiz> {
	const entry = await getEntry('quizzes', `${locale}/${id}`);
	if (!entry) throw new Error(`${quizFilePath(locale, id)}: no such quiz file (used by ${usedBy})`);
	return entry.data;
}

/** The questions of a section quiz as its page shows them (links to the page's own headings). */
export function sectionQuizData(quiz: Quiz): QuizData {
	return withVersion(buildQuestionViews(quiz, { refHref: (ref) => `#${ref}`, base: import.meta.env.BASE_URL }));
}

/** The exam's questions (every section's quiz) and how many sections it draws from. */
export async function examQuizData(locale: Locale): Promise<QuizData & { sectionCount: number }> {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const quizzes = await getCollection('quizzes');
	const pages = (await getCollection('docs')).map((p) => ({ id: p.id, title: p.data.title, order: p.data.sidebar.order }));
	const sections = listQuizSections(
		locale,
		quizzes.map((q) => q.id),
		pages,
	);
	if (sections.length === 0) throw new Error('final exam: the quizzes collection has no section quiz with a page (content/quizzes/ko/*.yaml)');

	// A near-duplicate rule that names no question would silently stop working: fail the build.
	const unknown = findUnknownExamExclusions(
		new Map(
			sections.flatMap((s) => {
				const quiz = quizzes.find((q) => q.id === s.quizKey);
				return quiz ? [[s.section, quiz.data] as const] : [];
			}),
		),
	);
	if (unknown.length > 0)
		throw new Error(
			formatQuizProblems(
				'content/quizzes',
				unknown.map((message) => ({ message })),
			),
		);

	const questions = sections.flatMap((s) => {
		const quiz = quizzes.find((q) => q.id === s.quizKey);
		if (!quiz) return [];
		const href = `${base}/${s.path}/`;
		return buildQuestionViews(quiz.data, {
			keyPrefix: `${s.section}/`,
			anchorPrefix: `q-${s.section}-`,
			refHref: (ref) => `${href}#${ref}`,
			group: { id: s.section, title: s.title, href: `${href}#quiz` },
			base: import.meta.env.BASE_URL,
		});
	});
	return { ...withVersion(questions), sectionCount: sections.length };
}
