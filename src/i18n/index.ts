/**
 * UI strings of widgets and quizzes. Each feature keeps its strings in its own file
 * (src/i18n/<feature>.ts) as `defineStrings({ ko: {...}, en: {...} })`; the type makes
 * the English table carry exactly the keys of the Korean one, so parity is checked by tsc
 * and by test/unit/i18n.test.ts. A feature whose island runs in the browser keeps each
 * language in its own module (<feature>.ko.ts exports `ko`, <feature>.en.ts exports `en`
 * typed as the Korean table's type) and <feature>.ts joins them: the island's per-locale
 * entry (src/widgets/<Name>/ko.tsx or en.tsx) imports one language's module only, so a
 * page ships the strings of its own language and not the other's.
 */

/** Locales the site is written in; ko is the default (served at /). */
export const locales = ['ko', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A string, or a function of named values for strings with numbers or names in them. */
export type UiString = string | ((...args: never[]) => string);

/** Declares one feature's strings; `en` must have the same keys (and shapes) as `ko`. */
export function defineStrings<T extends Record<string, UiString>>(tables: { ko: T; en: { [K in keyof T]: T[K] } }) {
	return tables;
}

/** Picks a locale from a Starlight/Astro locale value (undefined for the root locale). */
export function toLocale(value: string | undefined): Locale {
	return value === 'en' ? 'en' : 'ko';
}
