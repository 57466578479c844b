// A Sätteri hast plugin: wraps every Markdown table in a focusable, labelled region.
// A wide table scrolls sideways on a phone; a keyboard user can scroll it only if the
// scrolling box can take focus, and a screen reader names the region (axe:
// scrollable-region-focusable, landmark-unique). The name is the heading the table
// stands under plus its position on the page ("타입 비교 (표 2)"), unique per page.
// The wrapper is static HTML: no script decides which tables scroll.

const words = {
	ko: (n) => `표 ${n}`,
	en: (n) => `table ${n}`,
};

/** The page's locale from its file path: English pages live in content/docs/en/. */
function localeOf(fileURL) {
	return fileURL && /\/docs\/en\//.test(fileURL.pathname) ? 'en' : 'ko';
}

/** Text of the nearest heading before `node` among its siblings, or ''. */
function headingBefore(node, ctx) {
	const parent = ctx.parent(node);
	const index = ctx.indexOf(node);
	if (!parent || index === undefined) return '';
	for (let i = index - 1; i >= 0; i--) {
		const sibling = parent.children[i];
		if (sibling.type === 'element' && /^h[1-6]$/.test(sibling.tagName)) return ctx.textContent(sibling).trim();
	}
	return '';
}

export function tableRegionsPlugin() {
	return {
		name: 'k8s-basics-table-regions',
		element: [
			{
				filter: ['table'],
				visit(node, ctx) {
					ctx.data.tableCount = (ctx.data.tableCount ?? 0) + 1;
					const position = words[localeOf(ctx.fileURL)](ctx.data.tableCount);
					const heading = headingBefore(node, ctx);
					ctx.wrapNode(node, {
						type: 'element',
						tagName: 'div',
						properties: {
							className: ['table-scroll'],
							role: 'region',
							tabIndex: 0,
							ariaLabel: heading ? `${heading} (${position})` : position,
						},
						children: [],
					});
				},
			},
		],
	};
}
