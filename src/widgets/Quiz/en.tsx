/** The Quiz island (section quizzes and the final exam) in English: only the English strings ship. */
import { en } from '../../i18n/quiz.en';
import Quiz from './index';
import type { QuizProps } from './use-quiz';

/** Quiz with the English strings. */
export default function QuizEn(props: Omit<QuizProps, 't'>) {
	return <Quiz {...props} t={en} />;
}
