/** Read-only YAML block with token colours; optional highlighted lines (1-based). */
import { Fragment } from 'preact';
import { tokenizeYamlLine } from './yaml-tokens';

interface Props {
	/** The YAML text to show. */
	yaml: string;
	/** Accessible name of the code block, e.g. "Service YAML". */
	label: string;
	/** 1-based line numbers to mark (e.g. the field being explained). */
	highlight?: readonly number[];
}

/** Renders YAML as a focusable, labelled <pre> with token spans. */
export function YamlView({ yaml, label, highlight = [] }: Props) {
	const lines = yaml.replace(/\n$/, '').split('\n');
	return (
		<pre class="k8s-code k8s-yaml" aria-label={label} tabIndex={0}>
			<code>
				{lines.map((line, i) => (
					// The newline stays outside the line's span: inside a marked (inline-block) line
					// it would not break, and the next line would run on past the right edge.
					<Fragment key={i}>
						<span class={highlight.includes(i + 1) ? 'k8s-line is-marked' : 'k8s-line'}>
							{tokenizeYamlLine(line).map((t, j) => (
								<span class={`yt-${t.kind}`} key={j}>
									{t.text}
								</span>
							))}
						</span>
						{'\n'}
					</Fragment>
				))}
			</code>
		</pre>
	);
}
