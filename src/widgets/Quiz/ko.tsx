/** The Quiz island (section quizzes and the final exam) in Korean: only the Korean strings ship. */
import { ko } from '../../i18n/quiz.ko';
import Quiz from './index';
import type { QuizProps } from './use-quiz';

/** Quiz with the Korean strings. */
export default function QuizKo(props: Omit<QuizProps, 't'>) {
	return <Quiz {...props} t={ko} />;
}
