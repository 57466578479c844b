/**
 * Pages that mention every term but teach none of them: their text is indexed with a
 * lower weight so the page that teaches a term ranks above them. They stay searchable
 * (by title, or by words only they contain).
 */

/** Slugs (without locale) of the overview-style pages, with the weight of their text. */
export const LOW_PRIORITY_PAGES: Readonly<Record<string, number>> = {
	index: 0.5,
	glossary: 0.5,
	summary: 0.5,
	'final-exam': 0.5,
	progress: 0.5,
};

/** Returns the weight of a page's text, or undefined to keep Pagefind's defaults. */
export function findPageWeight(slug: string): number | undefined {
	return LOW_PRIORITY_PAGES[slug];
}

/** The page slug without locale from a docs entry id ("en/services" -> "services", "en" -> "index"). */
export function toPageSlug(entryId: string): string {
	const withoutLocale = entryId.replace(/^en(?:\/|$)/, '');
	return withoutLocale === '' ? 'index' : withoutLocale.replace(/\/index$/, '');
}
