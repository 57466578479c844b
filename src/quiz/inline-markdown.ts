/**
 * A deliberately tiny inline Markdown renderer for quiz text (prompts, options,
 * explanations). Quiz text is one line of prose with the odd `code`, **bold**,
 * *emphasis* or [link](url); a full Markdown pipeline would be heavier and would
 * allow block syntax that has no place inside a radio button label.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// Only links that cannot run script: web URLs, site-relative paths and fragments.
const SAFE_URL = /^(?:https?:\/\/|\/|#|\.\.?\/)/i;

function renderEmphasis(escaped: string): string {
	return escaped.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>').replace(/\*(?=\S)([^*]*?\S)\*/g, '<em>$1</em>');
}

/** Options of the renderer. */
export interface InlineOptions {
	/** Site base ("/" or "/k8s-basics/"): prefixed to root-relative links like the Markdown pages get. */
	base?: string;
}

function renderText(text: string, prefix: string): string {
	const escaped = escapeHtml(text);
	let out = '';
	let last = 0;
	// Escaping leaves [, ], ( and ) alone, so links are matched after escaping; the URL
	// is then already attribute-safe.
	for (const m of escaped.matchAll(/\[([^\]\n]+)\]\(([^()\s]+)\)/g)) {
		const [whole, label, url] = m as unknown as [string, string, string];
		out += renderEmphasis(escaped.slice(last, m.index));
		const decoded = url.replace(/&amp;/g, '&');
		const href = prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`) ? prefix + url : url;
		out += SAFE_URL.test(decoded) ? `<a href="${href}">${renderEmphasis(label)}</a>` : renderEmphasis(label);
		last = (m.index ?? 0) + whole.length;
	}
	return out + renderEmphasis(escaped.slice(last));
}

/**
 * Renders one line of inline Markdown to HTML: `code`, **bold**, *em* and [text](url)
 * (http(s), site-relative or #fragment URLs only; root-relative ones get the base).
 * Everything else is escaped text.
 */
export function renderInlineMarkdown(source: string, options: InlineOptions = {}): string {
	const prefix = escapeHtml((options.base ?? '/').replace(/\/$/, ''));
	let out = '';
	let i = 0;
	while (i < source.length) {
		const open = source.indexOf('`', i);
		const close = open === -1 ? -1 : source.indexOf('`', open + 1);
		if (open === -1 || close === -1) break;
		out += renderText(source.slice(i, open), prefix);
		out += `<code>${escapeHtml(source.slice(open + 1, close))}</code>`;
		i = close + 1;
	}
	return out + renderText(source.slice(i), prefix);
}

/** The plain text of inline Markdown (markers removed), for labels and announcements. */
export function stripInlineMarkdown(source: string): string {
	return source
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\[([^\]\n]+)\]\([^()\s]+\)/g, '$1')
		.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1')
		.replace(/\*(?=\S)([^*]*?\S)\*/g, '$1');
}
