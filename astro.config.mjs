// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/markdown/base-links.mjs';
import { buildSidebar } from './src/config/sidebar.mjs';
import { codeLabelsPlugin } from './src/markdown/code-labels.mjs';
import { docsLocaleIntegration, pageLang, siteStringsPlugin } from './src/markdown/docs-locale.mjs';
import { codeBlockStrings, pagefindStrings } from './src/i18n/search.ts';
import { fileURLToPath } from 'node:url';

// SITE_URL and SITE_BASE let the same site be served from a sub-path
// (e.g. GitHub Pages: SITE_URL=https://team.github.io SITE_BASE=/k8s-basics/).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.SITE_BASE || '/';
// SITE_OUT keeps a sub-path build apart from the main one (the tests build both).
const outDir = process.env.SITE_OUT || './dist';
// Pages live in content/docs, not src/content/docs, where Starlight reads a page's
// language from its path (src/markdown/docs-locale.mjs).
const contentDir = './content/docs';
const locales = { root: { label: '한국어', lang: 'ko' }, en: { label: 'English', lang: 'en' } };

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'ignore',
	markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }) },
	integrations: [
		starlight({
			title: { ko: '쿠버네티스 기초', en: 'Kubernetes Basics' },
			description:
				'설치 없이 브라우저에서 바로 배우는 쿠버네티스 기초: 개념 설명, 컨트롤 루프를 흉내 내는 위젯, 섹션마다 해설이 있는 퀴즈.',
			favicon: '/favicon.svg',
			defaultLocale: 'root',
			locales,
			// Content is outside src/content/docs, so Starlight's asides and heading
			// anchor links must be told where it is.
			markdown: { processedDirs: ['./content/docs'] },
			plugins: [siteStringsPlugin({ ko: pagefindStrings.ko, en: { ...pagefindStrings.en, ...codeBlockStrings.en } })],
			expressiveCode: {
				plugins: [codeLabelsPlugin()],
				// Code block UI strings ("Terminal window") in the page's language.
				getBlockLocale: ({ file }) =>
					pageLang(file.path, { contentDir: fileURLToPath(new URL(contentDir, import.meta.url)), locales, rootLang: 'ko' }),
			},
			customCss: ['./src/styles/site.css'],
			head: [
				{ tag: 'meta', attrs: { property: 'og:type', content: 'website' } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: '#326ce5' } },
			],
			sidebar: buildSidebar(),
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
			pagination: true,
			lastUpdated: false,
			// Search that understands Korean and English terms (src/components/search, src/search):
			// glossary terms indexed under the heading that teaches them, code blocks and page
			// footers kept out of the index, Korean particles stripped from queries.
			components: {
				MarkdownContent: './src/components/search/IndexedMarkdownContent.astro',
				Footer: './src/components/search/IndexIgnoredFooter.astro',
				FallbackContentNotice: './src/components/search/IndexIgnoredFallbackNotice.astro',
				Search: './src/components/search/Search.astro',
			},
		}),
		// After starlight(): presents content/docs pages to Starlight's Markdown plugins at
		// their src/content/docs path, so asides and heading links get the page's language.
		docsLocaleIntegration({ contentDir }),
		preact(),
	],
});
