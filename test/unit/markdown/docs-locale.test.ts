// Starlight reads a page's language from its path under src/content/docs; the site's
// pages live in content/docs. These map one onto the other.
import { describe, expect, it } from 'vitest';
import { pageLang, toStarlightDocsPath } from '../../../src/markdown/docs-locale.mjs';

const dirs = { contentDir: '/site/content/docs', docsDir: '/site/src/content/docs' };
const locales = { root: { lang: 'ko' }, en: { lang: 'en' } };

describe('docs locale', () => {
	it('presents a content/docs page at its src/content/docs twin path', () => {
		expect(toStarlightDocsPath('/site/content/docs/en/pods.mdx', dirs)).toBe('/site/src/content/docs/en/pods.mdx');
		expect(toStarlightDocsPath('/site/content/docs/pods.mdx', dirs)).toBe('/site/src/content/docs/pods.mdx');
	});

	it('leaves other paths alone, including a sibling folder with the same prefix', () => {
		expect(toStarlightDocsPath('/site/content/docs-old/en/pods.mdx', dirs)).toBe('/site/content/docs-old/en/pods.mdx');
		expect(toStarlightDocsPath('/site/src/components/X.mdx', dirs)).toBe('/site/src/components/X.mdx');
	});

	it('gives English to pages under en/ and the root language to the rest', () => {
		const options = { contentDir: dirs.contentDir, locales, rootLang: 'ko' };
		expect(pageLang('/site/content/docs/en/pods.mdx', options)).toBe('en');
		expect(pageLang('/site/content/docs/pods.mdx', options)).toBe('ko');
		expect(pageLang('/site/content/docs/english-notes.mdx', options)).toBe('ko');
		expect(pageLang('/elsewhere/en/pods.mdx', options)).toBe('ko');
		expect(pageLang(undefined, options)).toBe('ko');
	});
});
