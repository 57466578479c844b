/**
 * Picks the font files a text needs from a Fontsource stylesheet. Noto Sans KR comes
 * from npm split into ~120 files by `unicode-range`; a card needs only the few that
 * hold its characters, so the build parses only those. Pure: the CSS comes in as text.
 */

/** One `@font-face` of the stylesheet: its WOFF file and the code points it covers. */
export interface FontSubset {
	readonly file: string;
	readonly ranges: readonly (readonly [number, number])[];
}

/** Reads the `@font-face` rules (WOFF source and unicode-range) of a Fontsource CSS file. */
export function parseFontSubsets(css: string): FontSubset[] {
	const subsets: FontSubset[] = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (!file || !range) continue;
		const ranges = range.split(',').map((part): [number, number] => {
			const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
			const start = parseInt(from, 16);
			return [start, to ? parseInt(to, 16) : start];
		});
		subsets.push({ file, ranges });
	}
	return subsets;
}

/** The files (in stylesheet order) whose ranges cover at least one character of `text`. */
export function pickFontFiles(subsets: readonly FontSubset[], text: string): string[] {
	const points = new Set<number>();
	for (const ch of text) points.add(ch.codePointAt(0)!);
	return subsets.filter((s) => s.ranges.some(([from, to]) => [...points].some((p) => p >= from && p <= to))).map((s) => s.file);
}
