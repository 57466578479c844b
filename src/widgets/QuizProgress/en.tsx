/** The QuizProgress island on English pages: only the English strings ship. */
import { en as transferEn } from '../../i18n/progress-transfer.en';
import { en } from '../../i18n/quiz.en';
import QuizProgress, { type QuizProgressProps } from './index';

/** QuizProgress with the English strings. */
export default function QuizProgressEn(props: Omit<QuizProgressProps, 't' | 'transferT'>) {
	return <QuizProgress {...props} t={en} transferT={transferEn} />;
}
