/** A terminal with several commands, each followed by what it printed. */

/** One command and its output. */
export interface CommandEntry {
	/** The command, without the prompt, e.g. "kubectl apply -f nginx-deployment.yaml". */
	readonly command: string;
	/** What it printed (may be empty). */
	readonly output: string;
}

interface Props {
	entries: readonly CommandEntry[];
	/** Accessible name, e.g. "Commands and output". */
	label: string;
	/** Extra class for sizing (the shared look comes from k8s-code / k8s-terminal). */
	class?: string;
}

/** Several `$ command` + output pairs in one focusable, labelled <pre>. */
export function CommandLog({ entries, label, class: extra }: Props) {
	return (
		<pre class={extra ? `k8s-code k8s-terminal ${extra}` : 'k8s-code k8s-terminal'} aria-label={label} tabIndex={0}>
			<code>
				{entries.map((e, i) => (
					<span key={i}>
						<span class="k8s-prompt" aria-hidden="true">
							${' '}
						</span>
						<span class="k8s-command">{e.command}</span>
						{'\n'}
						{e.output ? `${e.output}\n` : ''}
					</span>
				))}
			</code>
		</pre>
	);
}
