/** UI strings of the rolling-update simulator on the Deployments page. */
import { defineStrings } from './index';
import { en } from './rollout-simulator.en';
import { ko } from './rollout-simulator.ko';

/** Labels, hints and announcements of the RolloutSimulator widget, Korean first. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type RolloutSimulatorStrings = typeof ko;
