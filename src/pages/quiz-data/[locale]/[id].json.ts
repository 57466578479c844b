/**
 * The questions of every section quiz and of the final exam, per language, as the quiz
 * fetches them when it comes into view: /quiz-data/<locale>/<id>.json (src/components/quiz-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { EXAM_ID, examQuizData, sectionQuizData, type QuizData } from '../../../components/quiz-data';
import { locales } from '../../../i18n/index';

export const getStaticPaths = (async () => {
	const sections = (await getCollection('quizzes')).map((entry) => {
		const [locale, id] = entry.id.split('/') as [string, string];
		return { params: { locale, id }, props: { data: sectionQuizData(entry.data) } };
	});
	const exams = await Promise.all(
		locales.map(async (locale) => {
			const { version, questions } = await examQuizData(locale);
			return { params: { locale, id: EXAM_ID }, props: { data: { version, questions } } };
		}),
	);
	return [...sections, ...exams];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: QuizData }> = ({ props }) => new Response(JSON.stringify(props.data), { headers: { 'Content-Type': 'application/json' } });
