/**
 * The spellings a glossary term is searched by: its Korean and English names, its
 * aliases, and the spaced/unspaced twin of each (노드 포트 / 노드포트,
 * rolling update / rollingupdate), without duplicates (case-insensitive).
 */
import type { GlossaryEntry } from '../glossary/schema';

/** The glossary fields the spellings come from. */
export type TermNames = Pick<GlossaryEntry, 'ko' | 'en' | 'aliases'>;

/** Locale of the page a term line is written for; its own name comes first. */
export type SearchLocale = 'ko' | 'en';

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;
const LATIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * The unspaced form of a multi-word spelling whose words are all Korean or all plain
 * Latin (노드 포트 -> 노드포트, Rolling update -> rollingupdate), or null. Mixed
 * spellings (DNS 이름) and commands or labels (kubectl create -f, pod-template-hash
 * label) are left alone: nobody types them joined.
 */
export function joinWords(spelling: string): string | null {
	const words = spelling.trim().split(/\s+/);
	if (words.length < 2) return null;
	if (words.every((w) => HANGUL_WORD.test(w))) return words.join('');
	if (words.every((w) => LATIN_WORD.test(w))) return words.join('').toLowerCase();
	return null;
}

/** Returns every spelling of a term, the page locale's own name first, without duplicates. */
export function listTermSpellings(term: TermNames, locale: SearchLocale = 'ko'): string[] {
	const names = locale === 'ko' ? [term.ko, term.en] : [term.en, term.ko];
	const seen = new Set<string>();
	const out: string[] = [];
	const add = (spelling: string) => {
		const clean = spelling.trim().replace(/\s+/g, ' ');
		const key = clean.toLowerCase();
		if (!clean || seen.has(key)) return;
		seen.add(key);
		out.push(clean);
	};
	for (const spelling of [...names, ...term.aliases]) {
		add(spelling);
		// People type multi-word terms both ways; Pagefind treats each form as different words.
		const joined = joinWords(spelling);
		if (joined) add(joined);
	}
	return out;
}
