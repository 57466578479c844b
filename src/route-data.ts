// Starlight route middleware: every page's link preview points at its own card
// (src/pages/og), with an absolute URL when SITE_URL is set and a base-relative one
// otherwise (never a localhost URL).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardPath } from './og/card';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// Starlight's generated 404 page has no entry in the docs collection, so no card.
	if (/(^|\/)404$/.test(route.entry.id)) return;
	const path = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${cardPath(route.entry.id)}`;
	const image = context.site ? new URL(path, context.site).href : path;
	route.head.push(
		{ tag: 'meta', attrs: { property: 'og:image', content: image } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: route.entry.data.title } },
		{ tag: 'meta', attrs: { name: 'twitter:image', content: image } },
	);
});
