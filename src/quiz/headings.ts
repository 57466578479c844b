/**
 * Headings of a Markdown/MDX page as plain text, in document order: what the content
 * tests slug (with github-slugger, like the site's Markdown pipeline) to check quiz refs.
 */
import { stripInlineMarkdown } from './inline-markdown';

/** One ATX heading: its level and its text without inline Markdown. */
export interface Heading {
	depth: number;
	text: string;
}

/** Lists the ATX headings (# to ######) outside front matter and fenced code. */
export function extractHeadings(source: string): Heading[] {
	const lines = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').split(/\r?\n/);
	const out: Heading[] = [];
	let fence: string | null = null;
	for (const line of lines) {
		const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker) {
			if (fence === null) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const m = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
		if (m)
			out.push({
				depth: (m[1] as string).length,
				text: stripInlineMarkdown(m[2] as string)
					.replace(/<[^>]*>/g, '')
					.trim(),
			});
	}
	return out;
}
