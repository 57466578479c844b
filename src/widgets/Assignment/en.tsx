/** The Assignment island on English pages: only the English strings ship (its own and its result share box's). */
import { en } from '../../i18n/assignment.en';
import { en as resultEn, words } from '../../i18n/result.en';
import Assignment, { type AssignmentProps } from './index';

/** Assignment with the English strings. */
export default function AssignmentEn(props: Omit<AssignmentProps, 't' | 'resultT' | 'resultWords'>) {
	return <Assignment {...props} t={en} resultT={resultEn} resultWords={words} />;
}
