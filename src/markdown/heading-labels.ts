/**
 * Starlight picks the language of its Markdown transforms from the file's path under
 * src/content/docs; this site keeps content in content/docs, so English pages get the
 * Korean screen-reader label of heading anchor links ("섹션 제목: “Pods”"). This puts
 * Starlight's own English wording back on English pages.
 */

const KOREAN_LABEL = /섹션 제목: “([^”]*)”/g;

/** Rewrites heading anchor labels of rendered page HTML into the page's language. */
export function localizeHeadingLabels(html: string, locale: 'ko' | 'en'): string {
	return locale === 'en' ? html.replace(KOREAN_LABEL, 'Section titled “$1”') : html;
}
