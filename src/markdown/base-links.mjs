// A Sätteri hast plugin: prefixes Astro's `base` to root-relative links written in
// Markdown/MDX ("/overview/" -> "/k8s-basics/overview/"), so authors write one form
// and the site still links correctly when built for a sub-path (SITE_BASE).

/** @param {string} base Astro's base, e.g. "/" or "/k8s-basics/" */
export function baseLinksPlugin(base) {
	const prefix = base.replace(/\/$/, '');
	const rewrite = (attr) => (node, ctx) => {
		const value = node.properties?.[attr];
		if (prefix && typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(prefix + '/')) {
			ctx.setProperty(node, attr, prefix + value);
		}
	};
	return {
		name: 'k8s-basics-base-links',
		element: [
			{ filter: ['a'], visit: rewrite('href') },
			{ filter: ['img'], visit: rewrite('src') },
		],
	};
}
