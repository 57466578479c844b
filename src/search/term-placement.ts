/**
 * Decides under which heading of a page each glossary term it teaches is indexed, so a
 * search for the term deep-links to that section. The glossary's `anchor` is a heading
 * id of the Korean page; the English twin has its own ids, found by position (same
 * heading outline) or by the heading's text naming the term.
 */
import type { GlossaryEntry } from '../glossary/schema';
import { listTermSpellings, type SearchLocale } from './term-spellings';

/** A heading of a rendered page, as Astro reports it. */
export interface PageHeading {
	depth: number;
	slug: string;
	text: string;
}

/** The glossary fields placement needs. */
export type PlacedTerm = Pick<GlossaryEntry, 'id' | 'ko' | 'en' | 'aliases' | 'page' | 'anchor'>;

/** One hidden line of term spellings and the heading it goes under (null: top of the page). */
export interface TermLine {
	anchor: string | null;
	termIds: string[];
	spellings: string[];
}

/** What placeTerms needs to know about the page being rendered. */
export interface PageForTerms {
	/** Page slug without locale, e.g. "services" ("index" for the start page). */
	slug: string;
	locale: SearchLocale;
	/** This page's headings (h2-h6) in document order. */
	headings: readonly PageHeading[];
	/** Headings of the Korean page with the same slug, for English pages. */
	koreanHeadings?: readonly PageHeading[];
}

/** Lower-cases and drops everything but letters and digits, so "Rolling updates" ~ "rolling update". */
function normalize(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether two outlines have the same heading depths in the same order. */
function sameOutline(a: readonly PageHeading[], b: readonly PageHeading[]): boolean {
	return a.length === b.length && a.every((h, i) => h.depth === b[i]?.depth);
}

/** Finds the heading of this page that a term belongs under, or null for the page top. */
export function findTermHeading(term: PlacedTerm, page: PageForTerms): string | null {
	const { headings } = page;
	if (!term.anchor) return null;
	if (headings.some((h) => h.slug === term.anchor)) return term.anchor;
	if (page.locale === 'ko') return null;
	// The English twin mirrors the Korean outline: the same position is the same section.
	const korean = page.koreanHeadings ?? [];
	const index = korean.findIndex((h) => h.slug === term.anchor);
	if (index >= 0 && sameOutline(korean, headings)) return headings[index]?.slug ?? null;
	// Otherwise a heading that names the term (its English name or a Latin alias).
	const names = [term.en, ...term.aliases].map(normalize).filter((n) => n.length >= 3 && /^[a-z0-9]+$/.test(n));
	const exact = headings.find((h) => names.includes(normalize(h.text)));
	if (exact) return exact.slug;
	const containing = headings.find((h) => names.some((n) => normalize(h.text).includes(n)));
	return containing?.slug ?? null;
}

/** Groups the terms a page teaches into one hidden line per heading, in glossary order. */
export function placeTerms(terms: readonly PlacedTerm[], page: PageForTerms): TermLine[] {
	const lines = new Map<string | null, TermLine>();
	for (const term of terms) {
		if (term.page !== page.slug) continue;
		const anchor = findTermHeading(term, page);
		const line = lines.get(anchor) ?? { anchor, termIds: [], spellings: [] };
		line.termIds.push(term.id);
		for (const spelling of listTermSpellings(term, page.locale)) {
			if (!line.spellings.some((s) => s.toLowerCase() === spelling.toLowerCase())) line.spellings.push(spelling);
		}
		lines.set(anchor, line);
	}
	return [...lines.values()];
}
