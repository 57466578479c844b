/** What the chosen line means: its field path and the explanation from src/i18n. */
import { InlineText } from './inline-text';
import type { ManifestExplorerState } from './use-manifest-explorer';

interface Props {
	s: ManifestExplorerState;
}

/** The explanation panel (inside the fixed-height side column, so moving between lines never moves the page). */
export function FieldExplanation({ s }: Props) {
	const { t } = s;
	return (
		<div class="mex-explain" aria-label={t.explanationLabel} role="group" tabIndex={0}>
			<p class="mex-explain-head">
				<span class="mex-muted">{t.lineNumber(s.activeLine)}</span> {s.activePath !== undefined && <code data-testid="mex-path">{s.activePath}</code>}
			</p>
			<p id="mex-explanation" class="mex-explain-text" data-testid="mex-explanation">
				<InlineText text={s.explanation} />
			</p>
		</div>
	);
}
