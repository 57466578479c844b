/** The hint for the current mode, or what went wrong with the last apply and on which line. */
import type { ManifestExplorerState } from './use-manifest-explorer';

interface Props {
	s: ManifestExplorerState;
}

/** Fixed-height message area: hint normally, an alert with line numbers after a failed apply. */
export function ProblemBox({ s }: Props) {
	const { t, problem } = s;
	if (!problem) {
		return (
			<div class="mex-message">
				<p id="mex-edit-hint" class="mex-muted">
					{s.editing ? t.editHint : t.listHint}
				</p>
			</div>
		);
	}
	const title = problem.kind === 'syntax' ? t.syntaxTitle : problem.kind === 'invalid' ? t.invalidTitle : problem.kind === 'kubectl' ? t.kubectlTitle : null;
	const items = problem.kind === 'invalid' ? problem.errors : [problem];
	return (
		<div class="mex-message is-problem" id="mex-problem" role="alert" tabIndex={0} data-testid="mex-problem">
			{title && <p class="mex-problem-title">{title}</p>}
			<ul class="mex-problem-list">
				{items.map((item, i) => {
					const line = 'line' in item ? item.line : undefined;
					return (
						<li key={i}>
							{problem.kind !== 'load' && <span class="mex-problem-line">{line === undefined ? t.fieldErrorNoLine : t.fieldErrorAt(line)}</span>}{' '}
							<code>{item.text}</code>
						</li>
					);
				})}
			</ul>
		</div>
	);
}
