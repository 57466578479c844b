// The performance control for `npm run bench`: bare Starlight (same version, same locales,
// no custom components, no islands, no search shaping) built from the same pages' text.
// Each page keeps its frontmatter, prose, headings, tables, asides and code blocks; the
// MDX imports and component tags (widgets, quizzes, glossary, progress) are removed.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page text without MDX imports and component tags (one-line or multi-line, self-closing). */
export function stripToText(mdx) {
	const end = mdx.startsWith('---\n') ? mdx.indexOf('\n---', 4) + 4 : 0;
	const frontmatter = mdx.slice(0, end);
	const body = mdx
		.slice(end)
		.replace(/^import\s[^\n]*from\s+['"][^'"]+['"];?[ \t]*$/gm, '')
		.replace(/^<[A-Z][\w.]*\b[^>]*?\/>[ \t]*$/gms, '')
		.replace(/\n{3,}/g, '\n\n');
	return frontmatter + body;
}

/** Keeps only what Starlight's own schema knows in a page's frontmatter. */
function plainFrontmatter(text) {
	return text.replace(/^checked:\n(?:[ \t]+.*\n)*/m, '');
}

/** Writes a bare Starlight project into `dir` whose pages are this site's text. */
export function writeControlProject(dir, { contentDir = 'content/docs', outDir }) {
	rmSync(dir, { recursive: true, force: true });
	const docs = join(dir, 'src/content/docs');
	const copy = (from, to) => {
		mkdirSync(to, { recursive: true });
		for (const entry of readdirSync(from, { withFileTypes: true })) {
			if (entry.isDirectory()) copy(join(from, entry.name), join(to, entry.name));
			else if (/\.mdx?$/.test(entry.name))
				writeFileSync(join(to, entry.name), plainFrontmatter(stripToText(readFileSync(join(from, entry.name), 'utf8'))));
		}
	};
	copy(contentDir, docs);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	site: process.env.SITE_URL,
	outDir: ${JSON.stringify(outDir)},
	integrations: [
		starlight({
			title: { ko: '쿠버네티스 기초', en: 'Kubernetes Basics' },
			defaultLocale: 'root',
			locales: { root: { label: '한국어', lang: 'ko' }, en: { label: 'English', lang: 'en' } },
		}),
	],
});
`,
	);
}
