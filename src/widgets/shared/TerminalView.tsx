/** A terminal-like block: the command line and what kubectl prints for it. */

interface Props {
	/** The command, without the prompt, e.g. "kubectl get svc". */
	command: string;
	/** The output lines (already formatted like kubectl's columns). */
	output: string;
	/** Accessible name, e.g. "kubectl output". */
	label: string;
}

/** Renders `$ command` and its output in a focusable, labelled <pre>. */
export function TerminalView({ command, output, label }: Props) {
	return (
		<pre class="k8s-code k8s-terminal" aria-label={label} tabIndex={0}>
			<code>
				<span class="k8s-prompt" aria-hidden="true">
					${' '}
				</span>
				<span class="k8s-command">{command}</span>
				{'\n'}
				{output}
			</code>
		</pre>
	);
}
