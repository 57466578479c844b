/** The ResultShare island on English pages: only the English strings ship. */
import { en, words } from '../../i18n/result.en';
import ResultShare, { type ResultShareProps } from './index';

/** ResultShare with the English strings. */
export default function ResultShareEn(props: Omit<ResultShareProps, 't' | 'words'>) {
	return <ResultShare {...props} t={en} words={words} />;
}
