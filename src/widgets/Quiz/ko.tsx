/** The Quiz (section quizzes and the final exam) in Korean: only the Korean strings ship. */
import { hydrate } from 'preact';
import { ko } from '../../i18n/quiz.ko';
import Quiz from './index';
import type { QuizProps } from './use-quiz';

/** Quiz with the Korean strings. */
export default function QuizKo(props: Omit<QuizProps, 't'>) {
	return <Quiz {...props} t={ko} />;
}

/** Takes over the server-rendered quiz inside `host` (see src/components/quiz-loader.ts). */
export function hydrateQuiz(host: HTMLElement, props: Omit<QuizProps, 't'>) {
	hydrate(<QuizKo {...props} />, host);
}
