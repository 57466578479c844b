/** UI strings of the AccessCheck widget (security page, "권한 확인하기"). */
import { defineStrings } from './index';
import { en } from './access-check.en';
import { ko } from './access-check.ko';

/** AccessCheck labels, Korean first. Object names, verbs, kubectl commands and API messages are data. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type AccessCheckStrings = typeof ko;
