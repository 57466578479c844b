// An Expressive Code plugin that keeps every code block out of the search index: its
// outer <div class="expressive-code"> gets data-pagefind-ignore. Manifests, terminal
// output and frame titles would otherwise pull a page up for words it only shows
// (every page with a Deployment manifest would match "replicas"). Set where the block
// is rendered, so no later step has to find code blocks in finished HTML.

/** @returns {import('@expressive-code/core').ExpressiveCodePlugin} */
export function codeSearchIgnorePlugin() {
	return {
		name: 'k8s-basics-code-search-ignore',
		hooks: {
			postprocessRenderedBlockGroup: ({ renderData }) => {
				const group = renderData.groupAst;
				group.properties = { ...group.properties, dataPagefindIgnore: '' };
			},
		},
	};
}
