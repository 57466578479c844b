/** The Assignment island on Korean pages: only the Korean strings ship (its own and its result share box's). */
import { ko } from '../../i18n/assignment.ko';
import { ko as resultKo, words } from '../../i18n/result.ko';
import Assignment, { type AssignmentProps } from './index';

/** Assignment with the Korean strings. */
export default function AssignmentKo(props: Omit<AssignmentProps, 't' | 'resultT' | 'resultWords'>) {
	return <Assignment {...props} t={ko} resultT={resultKo} resultWords={words} />;
}
