/** UI strings of the ServiceTypePicker widget (services page, "서비스 타입"). */
import { defineStrings } from './index';
import { en } from './service-type-picker.en';
import { ko } from './service-type-picker.ko';

/** ServiceTypePicker labels, Korean first. kubectl output and YAML are data, not strings here. */
export const strings = defineStrings({ ko, en });

/** The strings of one locale, as an island receives them from its entry (ko.tsx or en.tsx). */
export type ServiceTypePickerStrings = typeof ko;
