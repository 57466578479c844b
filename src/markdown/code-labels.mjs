// An Expressive Code plugin that gives every code block's <pre> an accessible name.
// Expressive Code turns a horizontally scrolling <pre> into role="region" (so keyboard
// users can scroll it); several unnamed regions on one page are indistinguishable
// landmarks (axe: landmark-unique). The name is the block's title, else its language
// and its position on the page ("yaml 3"), which is unique per page. The region role
// and tabindex are also set in the HTML, so a scrolling block is keyboard-scrollable
// before Expressive Code's idle-time script runs; that script removes both from
// blocks that do not scroll.

/** @returns {import('@expressive-code/core').ExpressiveCodePlugin} */
export function codeLabelsPlugin() {
	return {
		name: 'k8s-basics-code-labels',
		hooks: {
			postprocessRenderedBlock: ({ codeBlock, renderData }) => {
				const n = (codeBlock.parentDocument?.positionInDocument?.groupIndex ?? 0) + 1;
				const title = codeBlock.props.title;
				const label = title ? `${title} (${n})` : `${codeBlock.language} ${n}`;
				const visit = (node) => {
					if (node.type === 'element' && node.tagName === 'pre') {
						node.properties = { ...node.properties, role: 'region', tabIndex: 0, ariaLabel: label };
						return true;
					}
					return (node.children ?? []).some(visit);
				};
				visit(renderData.blockAst);
			},
		},
	};
}
