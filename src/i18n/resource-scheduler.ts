/** UI strings of the ResourceScheduler widget (resource-management page, "QoS 클래스"). */
import { defineStrings } from './index';
import { en } from './resource-scheduler.en';
import { ko } from './resource-scheduler.ko';

/** ResourceScheduler labels, Korean first. Quantities, QoS class names and scheduler messages are data. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type ResourceSchedulerStrings = typeof ko;
