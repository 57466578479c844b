/**
 * Fills a `{name}` template from a widget's strings table. Widgets whose strings reach the
 * island as build-time props use templates instead of functions (functions cannot be
 * serialized), so the island ships no string table of its own.
 */

/** Replaces each `{key}` with its value; unknown keys stay as written so a typo shows. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}
