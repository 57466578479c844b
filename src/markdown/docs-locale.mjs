// Starlight picks the language of its Markdown transforms (aside titles, heading anchor
// labels) and of Expressive Code's UI strings ("Terminal window") from a file's path
// relative to src/content/docs: `src/content/docs/en/…` is English. This site keeps its
// pages in content/docs (top level), so every path looked foreign to Starlight and every
// page got the default locale's (Korean) labels. These helpers hand Starlight the path it
// expects, so it picks each page's language itself.

import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve, sep } from 'node:path';

/**
 * Maps a page under `contentDir` to the same relative path under `docsDir` (where
 * Starlight looks for locales); any other path is returned unchanged.
 * @param {string} path absolute file path
 * @param {{ contentDir: string, docsDir: string }} dirs absolute directories
 */
export function toStarlightDocsPath(path, { contentDir, docsDir }) {
	const from = contentDir.replace(/[\\/]$/, '') + sep;
	return path.startsWith(from) ? docsDir.replace(/[\\/]$/, '') + sep + path.slice(from.length) : path;
}

/**
 * The language Starlight would give a page kept under `contentDir`: the first path
 * segment names the locale ("en/pods.mdx" is English), anything else is the root locale.
 * @param {string | undefined} path absolute file path
 * @param {{ contentDir: string, locales: Record<string, { lang?: string }>, rootLang: string }} options
 */
export function pageLang(path, { contentDir, locales, rootLang }) {
	const from = contentDir.replace(/[\\/]$/, '') + sep;
	if (!path || !path.startsWith(from)) return rootLang;
	const first = path.slice(from.length).split(/[\\/]/)[0];
	return (first && first !== 'root' && locales[first]?.lang) || rootLang;
}

/**
 * An Astro integration, listed after starlight(): wraps the Sätteri Markdown plugins
 * (Starlight's included) so that a page in `contentDir` is presented to them at its
 * twin path under src/content/docs. Starlight then labels asides and heading links in
 * the page's own language. Plugins that ignore the path are unaffected.
 * @param {{ contentDir: string }} options contentDir relative to the project root
 * @returns {import('astro').AstroIntegration}
 */
export function docsLocaleIntegration({ contentDir }) {
	return {
		name: 'k8s-basics-docs-locale',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const options = config.markdown?.processor?.options;
				if (!options?.mdastPlugins || !options?.hastPlugins) {
					logger.warn('Markdown processor is not Sätteri: English pages keep Korean Markdown labels.');
					return;
				}
				const dirs = {
					contentDir: resolve(fileURLToPath(config.root), contentDir),
					docsDir: resolve(fileURLToPath(config.srcDir), 'content', 'docs'),
				};
				const wrap = (plugin) =>
					typeof plugin !== 'function'
						? plugin
						: (context) => {
								const url = context?.fileURL;
								if (!(url instanceof URL) || url.protocol !== 'file:') return plugin(context);
								const mapped = pathToFileURL(toStarlightDocsPath(fileURLToPath(url), dirs));
								return plugin({ ...context, fileURL: mapped });
							};
				options.mdastPlugins = options.mdastPlugins.map(wrap);
				options.hastPlugins = options.hastPlugins.map(wrap);
			},
		},
	};
}

/**
 * A Starlight plugin that adds the UI strings Starlight 0.42 has no entry for on this
 * site: Pagefind UI in Korean and English, and Expressive Code's English strings (missing
 * from Starlight's English table, so they fell back to the Korean default locale).
 * @param {Record<string, Record<string, string>>} translations lang -> key -> text
 * @returns {import('@astrojs/starlight/types').StarlightPlugin}
 */
export function siteStringsPlugin(translations) {
	return {
		name: 'k8s-basics-site-strings',
		hooks: {
			'i18n:setup': ({ injectTranslations }) => injectTranslations(translations),
			'config:setup': () => {},
		},
	};
}
