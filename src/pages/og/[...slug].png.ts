// One link-preview card per page, written at build time to /og/<page id>.png
// (/og/overview.png, /og/en/overview.png; see cardPath). src/route-data.ts points og:image at it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { groups } from '../../config/sidebar.mjs';
import { siteTitle } from '../../config/site.mjs';
import { toLocale } from '../../i18n';
import { strings } from '../../i18n/page-meta';
import { renderCardPng } from '../../og/render';

export const getStaticPaths = (async () => {
	const pages = await getCollection('docs');
	return pages.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = async ({ props: { entry } }) => {
	const locale = toLocale(entry.id.startsWith('en/') ? 'en' : undefined);
	const order = entry.data.sidebar.order ?? Number.POSITIVE_INFINITY;
	const group = groups.find((g) => order >= g.from && order <= g.to);
	const checked = entry.data.checked;
	const png = await renderCardPng({
		siteName: siteTitle[locale],
		section: group ? (locale === 'en' ? group.en : group.label) : '',
		title: entry.data.title,
		description: entry.data.description ?? '',
		footer: checked ? strings[locale].checkedCard(checked.kubernetes, checked.date) : '',
	});
	return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
