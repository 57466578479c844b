import { defineStrings } from './index';

/** Strings of the glossary page component. */
export const strings = defineStrings({
	ko: { taughtIn: '배우는 곳:' },
	en: { taughtIn: 'Taught in:' },
});
