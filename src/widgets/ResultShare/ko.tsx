/** The ResultShare island on Korean pages: only the Korean strings ship. */
import { ko, words } from '../../i18n/result.ko';
import ResultShare, { type ResultShareProps } from './index';

/** ResultShare with the Korean strings. */
export default function ResultShareKo(props: Omit<ResultShareProps, 't' | 'words'>) {
	return <ResultShare {...props} t={ko} words={words} />;
}
