/**
 * Strings of the progress page's portable progress (export and import of the progress
 * file), its lab column, and the copy-link buttons of headings and quiz questions.
 */
import { defineStrings } from './index';
import { en } from './progress-transfer.en';
import { ko } from './progress-transfer.ko';

/** Progress file export/import and lab completion strings. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type ProgressTransferStrings = typeof ko;
