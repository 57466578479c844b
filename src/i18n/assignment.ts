import { defineStrings } from './index';
import { en } from './assignment.en';
import { ko } from './assignment.ko';

/** Strings of the assignment page (src/widgets/Assignment). */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type AssignmentStrings = typeof ko;
