// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/markdown/base-links.mjs';
import { buildSidebar } from './src/config/sidebar.mjs';
import { codeLabelsPlugin } from './src/markdown/code-labels.mjs';
import { codeSearchIgnorePlugin } from './src/markdown/code-search-ignore.mjs';
import { codePlaceholderPlugin } from './src/markdown/code-placeholder.mjs';
import { siteDescription, siteTitle } from './src/config/site.mjs';
import { registrationScript, serviceWorker } from './src/config/service-worker.mjs';
import { tableRegionsPlugin } from './src/markdown/table-regions.mjs';
import { termLinesIntegration } from './src/markdown/term-lines.mjs';
import { noScriptTheme } from './src/components/theme/no-script-theme.mjs';
import { docsLocaleIntegration, pageLang, siteStringsPlugin } from './src/markdown/docs-locale.mjs';
import { codeBlockStrings, pagefindStrings } from './src/i18n/search.ts';
import { headingStrings } from './src/i18n/copy-link.ts';
import { fileURLToPath } from 'node:url';
import { copyFile } from 'node:fs/promises';

// SITE_URL and SITE_BASE let the same site be served from a sub-path
// (e.g. GitHub Pages: SITE_URL=https://team.github.io SITE_BASE=/k8s-basics/).
// Without SITE_URL there is no public address to name: canonical links, og:url and the
// sitemap are left out (never a localhost URL in a deployed page) and the build says so.
const site = process.env.SITE_URL || undefined;
const base = process.env.SITE_BASE || '/';
// SITE_OUT keeps a sub-path build apart from the main one (the tests build both).
const outDir = process.env.SITE_OUT || './dist';
// The service worker exists only in a build (astro dev serves no sw.js).
const building = process.argv.includes('build');

/**
 * Copies the English 404 page (built at en/404/index.html) to en/404.html, where hosts
 * that serve the nearest folder's 404.html look for it (Cloudflare Pages; Netlify with an
 * `/en/* /en/404.html 404` rule). GitHub Pages serves only the root 404.html, which
 * shows its English text for /en/ paths (src/components/NotFound.astro).
 * @returns {import('astro').AstroIntegration}
 */
function englishNotFound() {
	return {
		name: 'k8s-basics:english-404',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await copyFile(new URL('en/404/index.html', dir), new URL('en/404.html', dir));
			},
		},
	};
}

/**
 * Says once per build when SITE_URL is missing and what that leaves out.
 * @returns {import('astro').AstroIntegration}
 */
function siteUrlNotice() {
	return {
		name: 'k8s-basics:site-url',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!site) {
					logger.warn(
						'SITE_URL is not set: pages get no canonical link, og:url or sitemap, and link previews use relative image paths. Set SITE_URL=https://your.host to publish.',
					);
				}
			},
		},
	};
}

// Pages live in content/docs, not src/content/docs, where Starlight reads a page's
// language from its path (src/markdown/docs-locale.mjs).
const contentDir = './content/docs';
const locales = { root: { label: '한국어', lang: 'ko' }, en: { label: 'English', lang: 'en' } };

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'ignore',
	markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base), tableRegionsPlugin()] }) },
	integrations: [
		starlight({
			title: siteTitle,
			description: siteDescription,
			favicon: '/favicon.svg',
			defaultLocale: 'root',
			locales,
			// Content is outside src/content/docs, so Starlight's asides and heading
			// anchor links must be told where it is.
			markdown: { processedDirs: ['./content/docs'] },
			plugins: [
				siteStringsPlugin({
					ko: { ...pagefindStrings.ko, ...headingStrings.ko },
					en: { ...pagefindStrings.en, ...codeBlockStrings.en, ...headingStrings.en },
				}),
			],
			expressiveCode: {
				plugins: [codeLabelsPlugin(), codeSearchIgnorePlugin(), codePlaceholderPlugin()],
				// Code block UI strings ("Terminal window") in the page's language.
				getBlockLocale: ({ file }) => pageLang(file.path, { contentDir: fileURLToPath(new URL(contentDir, import.meta.url)), locales, rootLang: 'ko' }),
			},
			customCss: ['./src/styles/site.css'],
			head: [
				{ tag: 'meta', attrs: { property: 'og:type', content: 'website' } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: '#326ce5' } },
				// On wide screens, no frame before the page title is parsed: a frame painted while
				// the parser is mid-way through Starlight's header or sidebars moves them when the
				// rest arrives (the language picker appearing beside the theme picker, the right
				// sidebar taking the whole width until the main pane exists). Phones show neither
				// and keep painting early. https://html.spec.whatwg.org/multipage/links.html#link-type-expect
				{ tag: 'link', attrs: { rel: 'expect', href: '#_top', blocking: 'render', media: '(min-width: 50rem)' } },
				...(building ? [{ tag: /** @type {const} */ ('script'), content: registrationScript(base) }] : []),
			],
			sidebar: buildSidebar(),
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
			pagination: true,
			lastUpdated: false,
			// 404 pages with a way home, in both languages (src/pages/404.astro, src/pages/en/404.astro).
			disable404Route: true,
			// Search that understands Korean and English terms (src/components/search, src/search):
			// page weights, page footers kept out of the index, Korean particles stripped from
			// queries (glossary term lines: src/markdown/term-lines.mjs, code blocks:
			// src/markdown/code-search-ignore.mjs).
			// og:image and twitter:image per page (the cards of src/pages/og).
			routeMiddleware: './src/route-data.ts',
			components: {
				PageTitle: './src/components/PageTitle.astro',
				MarkdownContent: './src/components/search/IndexedMarkdownContent.astro',
				Footer: './src/components/search/IndexIgnoredFooter.astro',
				FallbackContentNotice: './src/components/search/IndexIgnoredFallbackNotice.astro',
				Search: './src/components/search/Search.astro',
				// Theme scripts that survive blocked storage (src/components/theme).
				ThemeProvider: './src/components/theme/ThemeProvider.astro',
				ThemeSelect: './src/components/theme/ThemeSelect.astro',
				// "On this page" lists: only the one displayed tracks the reader's heading
				// (src/components/toc).
				TableOfContents: './src/components/toc/TableOfContents.astro',
				MobileTableOfContents: './src/components/toc/MobileTableOfContents.astro',
			},
		}),
		// After starlight(): presents content/docs pages to Starlight's Markdown plugins at
		// their src/content/docs path, so asides and heading links get the page's language.
		docsLocaleIntegration({ contentDir }),
		// After both: hidden lines of glossary term spellings after the headings that teach
		// them, added to the hast once Starlight has given headings their final ids.
		termLinesIntegration({ contentDir, glossaryFile: './content/glossary.yaml' }),
		preact(),
		siteUrlNotice(),
		englishNotFound(),
		// After Starlight, whose build hook writes the Pagefind index the worker precaches.
		serviceWorker(),
	],
	// Without JavaScript, pages follow the OS theme (src/components/theme/no-script-theme.mjs).
	vite: { css: { postcss: { plugins: [noScriptTheme()] } } },
});
