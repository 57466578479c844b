import { defineStrings } from './index';
import { en, words as enWords } from './result.en';
import { ko, words as koWords } from './result.ko';

/** The words of the result summary's Markdown and text, in each language. */
export const words = { ko: koWords, en: enWords };

/** Strings of the result summary (copy on the progress and assignment pages) and the /result/ page. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type ResultStrings = typeof ko;
