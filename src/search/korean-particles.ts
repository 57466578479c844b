/**
 * Query-side handling of Korean particles (조사). Pagefind splits Korean only on spaces
 * and matches a query word as a prefix of indexed words, so "파드" finds "파드를" but
 * "파드를" does not find "파드". Stripping the particle from the query fixes that, and
 * stripping a syllable too many is harmless: the shorter stem still prefix-matches the
 * whole word ("게이트웨이" searched as "게이트웨" still finds 게이트웨이).
 */

/** Particles and particle clusters, longest first so "에서는" wins over "는". */
export const KOREAN_PARTICLES: readonly string[] = [
	'에서부터',
	'으로부터',
	'로부터',
	'에서는',
	'에서도',
	'으로는',
	'으로도',
	'에게는',
	'이라는',
	'이라고',
	'까지는',
	'부터는',
	'에서',
	'으로',
	'에게',
	'한테',
	'까지',
	'부터',
	'처럼',
	'보다',
	'이란',
	'이랑',
	'이나',
	'에는',
	'에도',
	'와는',
	'과는',
	'로는',
	'로도',
	'라는',
	'라고',
	'만큼',
	'을',
	'를',
	'이',
	'가',
	'은',
	'는',
	'의',
	'에',
	'로',
	'와',
	'과',
	'도',
	'만',
	'란',
	'랑',
].sort((a, b) => b.length - a.length);

/** What stripParticle needs to know beyond the word itself. */
export interface ParticleOptions {
	/** One-syllable terms a particle may be stripped down to (롤 from 롤을, 잡 from 잡이). */
	shortStems?: ReadonlySet<string>;
}

const ONE_HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]$/;
const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;

/** Whether a stem may stand alone once its particle is gone. */
function isStem(stem: string, options: ParticleOptions): boolean {
	if (!ENDS_IN_LETTER_OR_DIGIT.test(stem)) return false;
	const length = [...stem].length;
	if (length >= 2) return true;
	// A one-syllable Hangul stem is usually a word's own ending (추가, 정도), unless it is a term.
	return !ONE_HANGUL_SYLLABLE.test(stem) || (options.shortStems?.has(stem) ?? false);
}

/** Returns the word without its trailing particle, or the word itself when none can go. */
export function stripParticle(word: string, options: ParticleOptions = {}): string {
	for (const particle of KOREAN_PARTICLES) {
		if (word.length <= particle.length || !word.endsWith(particle)) continue;
		const stem = word.slice(0, -particle.length);
		if (isStem(stem, options)) return stem;
	}
	return word;
}

/** Strips the particle from every space-separated word of a query (Pagefind's processTerm). */
export function stripKoreanParticles(query: string, options: ParticleOptions = {}): string {
	return query
		.split(/(\s+)/)
		.map((part) => (part.trim() === '' ? part : stripParticle(part, options)))
		.join('');
}

/** The one-syllable Korean words among the glossary's spellings (롤, 잡, 값), for shortStems. */
export function listShortStems(spellings: Iterable<string>): string[] {
	const words = new Set<string>();
	for (const spelling of spellings) {
		for (const word of spelling.split(/\s+/)) if (ONE_HANGUL_SYLLABLE.test(word)) words.add(word);
	}
	return [...words].sort();
}
