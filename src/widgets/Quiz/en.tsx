/** The Quiz (section quizzes and the final exam) in English: only the English strings ship. */
import { hydrate } from 'preact';
import { en } from '../../i18n/quiz.en';
import Quiz from './index';
import type { QuizProps } from './use-quiz';

/** Quiz with the English strings. */
export default function QuizEn(props: Omit<QuizProps, 't'>) {
	return <Quiz {...props} t={en} />;
}

/** Takes over the server-rendered quiz inside `host` (see src/components/quiz-loader.ts). */
export function hydrateQuiz(host: HTMLElement, props: Omit<QuizProps, 't'>) {
	hydrate(<QuizEn {...props} />, host);
}
