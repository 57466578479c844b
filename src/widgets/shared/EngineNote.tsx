/**
 * The note a simulation widget shows when its engine could not load (offline before the page's
 * code was cached): visible, announced, and gone once a later try succeeds.
 */
import type { WidgetStrings } from '../../i18n/widget';

interface Props {
	/** The page language's widget strings, from the island's entry (ko.tsx or en.tsx). */
	t: Pick<WidgetStrings, 'engineFailed'>;
	/** The load error, or null when there is nothing to report. */
	failure: string | null;
}

/** Nothing while the engine loads fine. */
export function EngineNote({ t, failure }: Props) {
	if (failure === null) return null;
	return (
		<p class="k8s-url-notes" role="alert" data-testid="engine-failed">
			{t.engineFailed(failure)}
		</p>
	);
}
