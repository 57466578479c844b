/**
 * The page slug that glossary entries name (`page: services`), from a docs entry id.
 * A page's search weight is not decided here: it is the page's own `searchWeight`
 * frontmatter field (validated in src/content.config.ts).
 */

/** The page slug without locale from a docs entry id ("en/services" -> "services", "en" -> "index"). */
export function toPageSlug(entryId: string): string {
	const withoutLocale = entryId.replace(/^en(?:\/|$)/, '');
	return withoutLocale === '' ? 'index' : withoutLocale.replace(/\/index$/, '');
}
