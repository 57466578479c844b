/** The QuizProgress island on Korean pages: only the Korean strings ship. */
import { ko as transferKo } from '../../i18n/progress-transfer.ko';
import { ko } from '../../i18n/quiz.ko';
import QuizProgress, { type QuizProgressProps } from './index';

/** QuizProgress with the Korean strings. */
export default function QuizProgressKo(props: Omit<QuizProgressProps, 't' | 'transferT'>) {
	return <QuizProgress {...props} t={ko} transferT={transferKo} />;
}
