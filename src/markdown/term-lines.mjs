// A Sätteri hast plugin: after each heading that teaches a glossary term, a hidden,
// weighted line with every spelling of the term (파드, Pod, pods, 포드 ...), so a search
// in either language finds the teaching page and deep-links to the heading. The lines
// are hast nodes added while the page is compiled, so no later step edits finished HTML.
// Which term goes under which heading is decided by the pure placeTerms
// (src/search/term-placement.ts); the markup is termLineElement (src/search/index-markup.ts).
//
// It needs the final heading ids. Astro's own heading-id plugin runs after every
// configured plugin, and Starlight appends its own (heading ids, then the anchor-link
// wrapper) to the processor's list in its config hook; so termLinesIntegration, listed
// after starlight() in astro.config.mjs, appends this plugin after Starlight's and it
// sees the ids the page will have. The line goes right after the <hN> element, inside
// Starlight's heading wrapper, where Pagefind counts it under that heading.

import { readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { markdownToHtml, mdxToJs } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { z } from 'astro/zod';
import { glossaryEntrySchema } from '../glossary/schema.ts';
import { termLineElement } from '../search/index-markup.ts';
import { toPageSlug } from '../search/page-slug.ts';
import { placeTerms } from '../search/term-placement.ts';

/** @typedef {import('../search/term-placement.ts').PageHeading} PageHeading */
/** @typedef {import('../search/term-placement.ts').PlacedTerm} PlacedTerm */
/** @typedef {{ slug: string, locale: 'ko' | 'en', koreanFile: string }} DocsPage */

const HEADING = /^h([1-6])$/;
const ENGLISH = 'en';

/**
 * The page a docs file is: its slug as glossary entries name it, its locale (pages under
 * en/ are English, the rest Korean) and the path of its Korean twin; null outside
 * `contentDir` or for files that are not Markdown.
 * @param {string} file absolute path
 * @param {string} contentDir absolute path of content/docs
 * @returns {DocsPage | null}
 */
export function docsPageOf(file, contentDir) {
	const rel = relative(contentDir, file);
	if (!rel || rel.startsWith('..') || !/\.mdx?$/.test(rel)) return null;
	const parts = rel.split(sep);
	const locale = parts[0] === ENGLISH ? 'en' : 'ko';
	const koreanFile = locale === 'en' ? resolve(contentDir, ...parts.slice(1)) : file;
	return { slug: toPageSlug(parts.join('/').replace(/\.mdx?$/, '')), locale, koreanFile };
}

/**
 * The h1-h6 elements of a compiled tree in document order, including those inside MDX
 * components (Astro's heading-id plugin visits those too), with the text Astro reports.
 * @param {any} root
 * @param {import('satteri').HastVisitorContext} ctx
 * @returns {{ node: any, heading: PageHeading }[]}
 */
export function collectHeadings(root, ctx) {
	/** @type {{ node: any, heading: PageHeading }[]} */
	const found = [];
	/** @param {any} node */
	const walk = (node) => {
		const level = node.type === 'element' ? HEADING.exec(node.tagName) : null;
		if (level) {
			const id = node.properties?.id;
			if (typeof id === 'string' && id) found.push({ node, heading: { depth: Number(level[1]), slug: id, text: ctx.textContent(node) } });
			return;
		}
		for (const child of node.children ?? []) walk(child);
	};
	walk(root);
	return found;
}

/**
 * The heading outline of a docs file as the build gives it, read by compiling the file
 * with the same Sätteri heading-id plugin Astro and Starlight use (same slugger, same
 * text, same features). An English page is placed by its Korean twin's outline, and the
 * twin may be compiled after it (or not at all in `astro dev`), so the outline is read
 * from the file rather than waited for; the Korean page's own compile checks that this
 * reading matches its real headings (see `after` below), so a drift fails the build
 * instead of misplacing English lines.
 * @param {string} file absolute path of an .md or .mdx file
 * @returns {Promise<PageHeading[]>}
 */
export async function readOutline(file) {
	const source = readFileSync(file, 'utf8');
	/** @type {import('@astrojs/markdown-satteri').SatteriAstroData} */
	const astro = { headings: [], frontmatter: {}, localImagePaths: new Set(), remoteImagePaths: new Set() };
	const options = {
		hastPlugins: [satteriHeadingIdsPlugin()],
		features: { gfm: true, smartPunctuation: true, directive: true },
		data: { astro },
	};
	const result = extname(file) === '.md' ? await markdownToHtml(source, options) : await mdxToJs(source, options);
	/** @type {PageHeading[]} */
	const headings = result.data.astro?.headings ?? [];
	return headings.map(({ depth, slug, text }) => ({ depth, slug, text }));
}

/**
 * Reads and validates content/glossary.yaml. A bad file stops the build with the file
 * and the entry named: term lines built from half a glossary would be silently wrong.
 * @param {string} file
 * @returns {PlacedTerm[]}
 */
export function readGlossary(file) {
	let data;
	try {
		data = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`term-lines: cannot read the glossary ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
	}
	const result = z.array(glossaryEntrySchema).safeParse(data);
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new Error(`term-lines: ${file} is not a valid glossary at ${issue?.path.join('.') || '(top)'}: ${issue?.message}`);
	}
	return result.data;
}

/**
 * Caches a file-derived value for as long as the file is unchanged: once per build, and
 * `astro dev` still sees an edited glossary or Korean page when a page is compiled again.
 * @template T
 * @param {(file: string) => T} read
 * @returns {(file: string) => T}
 */
function cachedByFile(read) {
	/** @type {Map<string, { mtime: number, value: T }>} */
	const cache = new Map();
	return (file) => {
		const mtime = statSync(file).mtimeMs;
		const hit = cache.get(file);
		if (hit && hit.mtime === mtime) return hit.value;
		const value = read(file);
		cache.set(file, { mtime, value });
		return value;
	};
}

/** Whether two outlines have the same headings (depth and id) in the same order. */
function sameHeadings(/** @type {readonly PageHeading[]} */ a, /** @type {readonly PageHeading[]} */ b) {
	return a.length === b.length && a.every((h, i) => h.depth === b[i]?.depth && h.slug === b[i]?.slug);
}

/**
 * The term-lines plugin for the pages in `contentDir`; other Markdown is left alone.
 * @param {{ contentDir: string, glossaryFile: string }} options absolute paths
 */
export function termLinesPlugin({ contentDir, glossaryFile }) {
	const glossary = cachedByFile(readGlossary);
	const outline = cachedByFile(readOutline);
	/** @param {import('satteri').PluginFactoryContext} context */
	return ({ fileURL }) => {
		if (!(fileURL instanceof URL) || fileURL.protocol !== 'file:') return undefined;
		const file = fileURLToPath(fileURL);
		const page = docsPageOf(file, contentDir);
		if (!page) return undefined;
		/** @type {import('satteri').HastPluginDefinition} */
		const plugin = {
			name: 'k8s-basics-term-lines',
			async after(root, ctx) {
				// In id order, as the glossary collection lists them (Astro's data store sorts
				// entries by id with localeCompare): the order lines and spellings always had.
				const terms = glossary(glossaryFile)
					.filter((term) => term.page === page.slug)
					.sort((a, b) => a.id.localeCompare(b.id));
				if (terms.length === 0) return;
				const found = collectHeadings(root, ctx);
				const headings = found.map((f) => f.heading);
				let koreanHeadings;
				if (page.locale === 'ko') {
					const read = await outline(file);
					if (!sameHeadings(read, headings)) {
						throw new Error(
							`term-lines: the heading outline read from ${file} (${read.map((h) => h.slug).join(', ')}) differs from its compiled headings (${headings.map((h) => h.slug).join(', ')}); English term lines are placed by it (src/markdown/term-lines.mjs)`,
						);
					}
				} else if (existsFile(page.koreanFile)) {
					koreanHeadings = await outline(page.koreanFile);
				}
				const lines = placeTerms(terms, { slug: page.slug, locale: page.locale, headings, koreanHeadings });
				const atTop = [];
				for (const [i, line] of lines.entries()) {
					const element = termLineElement(line, i + 1);
					const at = line.anchor === null ? undefined : found.find((f) => f.heading.slug === line.anchor);
					if (at) ctx.insertAfter(at.node, element);
					else atTop.push(element);
				}
				if (atTop.length > 0) ctx.prependChild(root, atTop);
			},
		};
		return plugin;
	};
}

/** Whether a file exists (an English page may have no Korean twin yet). */
function existsFile(/** @type {string} */ file) {
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
}

/**
 * An Astro integration, listed after starlight() and docsLocaleIntegration(): appends the
 * term-lines plugin to the Sätteri processor's hast plugins, after Starlight's heading-id
 * and anchor-link plugins (so heading ids are final) and outside docsLocaleIntegration's
 * path mapping (so the plugin sees the page's real path under content/docs).
 * @param {{ contentDir: string, glossaryFile: string }} options paths relative to the project root
 * @returns {import('astro').AstroIntegration}
 */
export function termLinesIntegration({ contentDir, glossaryFile }) {
	return {
		name: 'k8s-basics-term-lines',
		hooks: {
			'astro:config:setup': ({ config }) => {
				// Only Sätteri's processor has hast plugins (Astro types processor options loosely).
				const options = /** @type {{ hastPlugins?: unknown[] } | undefined} */ (config.markdown?.processor?.options);
				if (!Array.isArray(options?.hastPlugins)) {
					throw new Error('term-lines: the Markdown processor is not Sätteri, so search term lines cannot be added (astro.config.mjs)');
				}
				const root = fileURLToPath(config.root);
				options?.hastPlugins?.push(termLinesPlugin({ contentDir: resolve(root, contentDir), glossaryFile: resolve(root, glossaryFile) }));
			},
		},
	};
}
