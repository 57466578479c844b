/**
 * Splits a command line into words the way a POSIX shell does for the cases a learner
 * types: single quotes keep everything, double quotes allow \" and \\, a backslash
 * outside quotes escapes the next character. No variables, globs or pipes: those are
 * reported by the engine rather than silently ignored.
 */

/** Words of a command line, or why it could not be split (an unterminated quote). */
export type TokenizeResult = { readonly ok: true; readonly words: readonly string[] } | { readonly ok: false; readonly error: string };

/** Shell operators the lab has no shell for. */
export const SHELL_OPERATORS: readonly string[] = ['|', '||', '&&', ';', '>', '>>', '<', '&'];

/** Split `line` into words; quotes group, unquoted whitespace separates. */
export function tokenize(line: string): TokenizeResult {
	const words: string[] = [];
	let current = '';
	let inWord = false;
	let quote: '"' | "'" | undefined;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (quote === "'") {
			if (ch === "'") quote = undefined;
			else current += ch;
			continue;
		}
		if (quote === '"') {
			if (ch === '"') quote = undefined;
			else if (ch === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\' || line[i + 1] === '$')) current += line[++i];
			else current += ch;
			continue;
		}
		if (ch === "'" || ch === '"') {
			quote = ch;
			inWord = true;
		} else if (ch === '\\') {
			if (i + 1 < line.length) current += line[++i];
			inWord = true;
		} else if (/\s/.test(ch)) {
			if (inWord) words.push(current);
			current = '';
			inWord = false;
		} else {
			current += ch;
			inWord = true;
		}
	}
	if (quote) return { ok: false, error: `unexpected EOF while looking for matching \`${quote}'` };
	if (inWord) words.push(current);
	return { ok: true, words };
}

/** Start offset of the last word of `line` (where Tab completion replaces text), and that word unquoted. */
export function lastWord(line: string): { readonly from: number; readonly word: string } {
	if (line === '' || /\s$/.test(line)) return { from: line.length, word: '' };
	const result = tokenize(line);
	const match = /(\S+)$/.exec(line);
	const from = match ? line.length - match[1]!.length : line.length;
	const word = result.ok ? (result.words[result.words.length - 1] ?? '') : line.slice(from);
	return { from, word };
}
