// An Expressive Code plugin that tells each code block's frame how many lines it has
// (`--ec-lines` on its <figure>). site.css lets a frame skip style, layout and paint until
// the reader comes near it (content-visibility: auto) and uses the count for its
// placeholder height, which is the frame's rendered height (Expressive Code does not wrap
// lines), so nothing moves when a block renders. Long pages are mostly code blocks
// (/nginx-example/ has 62): a phone's first layouts cover the text being read, not every block.

/** @returns {import('@expressive-code/core').ExpressiveCodePlugin} */
export function codePlaceholderPlugin() {
	return {
		name: 'k8s-basics-code-placeholder',
		hooks: {
			postprocessRenderedBlock: ({ codeBlock, renderData }) => {
				const figure = renderData.blockAst;
				const style = figure.properties?.style ? `${figure.properties.style};` : '';
				figure.properties = { ...figure.properties, style: `${style}--ec-lines:${codeBlock.getLines().length}` };
			},
		},
	};
}
