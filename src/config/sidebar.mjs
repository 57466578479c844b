// Builds Starlight's sidebar from the Korean pages that exist (content/docs/*.mdx),
// in learning order (frontmatter sidebar.order), grouped by order range. English
// pages share the slugs, so the same sidebar serves /en/ with translated labels.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/** Sidebar groups: pages with sidebar.order in [from, to] go into the group. */
export const groups = [
	{ label: '시작', en: 'Start', from: 1, to: 2 },
	{ label: '핵심 개념', en: 'Core concepts', from: 3, to: 9 },
	{ label: '워크로드 더 알기', en: 'More workloads', from: 10, to: 12 },
	{ label: '운영', en: 'Operating', from: 13, to: 16 },
	{ label: '실습과 정리', en: 'Practice and review', from: 17, to: 99 },
];

function readSidebar(file) {
	const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
	const fm = m ? parse(m[1]) : {};
	return { order: fm?.sidebar?.order ?? 99, hidden: fm?.sidebar?.hidden === true };
}

/** The sidebar config for Starlight, from the pages in `dir`. */
export function buildSidebar(dir = './content/docs') {
	const pages = readdirSync(dir)
		.filter((f) => /^[^_].*\.mdx?$/.test(f))
		.map((f) => ({ slug: f.replace(/\.mdx?$/, ''), ...readSidebar(`${dir}/${f}`) }))
		// Pages reached by a link rather than by browsing (a shared result) stay out.
		.filter((p) => !p.hidden)
		.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
	return groups
		.map((g) => ({
			label: g.label,
			translations: { en: g.en },
			items: pages.filter((p) => p.order >= g.from && p.order <= g.to).map((p) => (p.slug === 'index' ? { slug: '' } : { slug: p.slug })),
		}))
		.filter((g) => g.items.length > 0);
}
