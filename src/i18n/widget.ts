import { defineStrings } from './index';
import { en } from './widget.en';
import { ko } from './widget.ko';

/** Strings every widget frame shares. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type WidgetStrings = typeof ko;
