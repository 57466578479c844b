/** The ResultView island on Korean pages: only the Korean strings ship. */
import { ko, words } from '../../i18n/result.ko';
import ResultView, { type ResultViewProps } from './index';

/** ResultView with the Korean strings. */
export default function ResultViewKo(props: Omit<ResultViewProps, 't' | 'words'>) {
	return <ResultView {...props} t={ko} words={words} />;
}
