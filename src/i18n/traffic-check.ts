/** UI strings of the TrafficCheck widget (security page, "네트워크폴리시"). */
import { defineStrings } from './index';
import { en } from './traffic-check.en';
import { ko } from './traffic-check.ko';

/** TrafficCheck labels, Korean first. Pod, namespace and policy names and YAML are data. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type TrafficCheckStrings = typeof ko;
