/** The ResultView island on English pages: only the English strings ship. */
import { en, words } from '../../i18n/result.en';
import ResultView, { type ResultViewProps } from './index';

/** ResultView with the English strings. */
export default function ResultViewEn(props: Omit<ResultViewProps, 't' | 'words'>) {
	return <ResultView {...props} t={en} words={words} />;
}
