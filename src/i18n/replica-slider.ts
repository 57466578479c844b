/** UI strings of the ReplicaSlider widget (controllers page, "레플리카셋"). */
import { defineStrings } from './index';
import { en } from './replica-slider.en';
import { ko } from './replica-slider.ko';

/** ReplicaSlider labels, Korean first. Pod STATUS values stay in English (https://kubernetes.io/ko/docs/contribute/localization_ko/). */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type ReplicaSliderStrings = typeof ko;
