/** UI strings of the section quizzes, the final exam and the progress page. */
import { defineStrings } from './index';
import { en } from './quiz.en';
import { ko } from './quiz.ko';

/** Quiz, final exam and progress page labels, Korean first. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type QuizStrings = typeof ko;
