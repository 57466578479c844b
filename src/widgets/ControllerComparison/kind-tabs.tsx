/** The ReplicaSet / StatefulSet / DaemonSet switch: an ARIA tablist with arrow-key, Home and End navigation. */
import { COMPARISON_KINDS, type ComparisonKind } from './frame';
import type { ComparisonState } from './use-controller-comparison';

/** Id of the one panel every tab controls. */
export const PANEL_ID = 'cc-panel';

/** Id of a kind's tab (its panel is labelled by it). */
export function tabId(kind: ComparisonKind): string {
	return `cc-tab-${kind}`;
}

/** The tablist; a tab is activated when it receives focus (automatic activation). */
export function KindTabs({ state }: { state: ComparisonState }) {
	const move = (event: KeyboardEvent, index: number) => {
		const last = COMPARISON_KINDS.length - 1;
		const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
		if (target === undefined) return;
		event.preventDefault();
		const kind = COMPARISON_KINDS[(target + last + 1) % (last + 1)] as ComparisonKind;
		state.selectKind(kind);
		document.getElementById(tabId(kind))?.focus();
	};
	return (
		<div class="cc-tabs" role="tablist" aria-label={state.t.tabsLabel}>
			{COMPARISON_KINDS.map((kind, i) => {
				const selected = kind === state.kind;
				return (
					<button
						type="button"
						role="tab"
						id={tabId(kind)}
						key={kind}
						class="cc-tab"
						aria-selected={selected ? 'true' : 'false'}
						aria-controls={PANEL_ID}
						tabIndex={selected ? 0 : -1}
						onClick={() => state.selectKind(kind)}
						onKeyDown={(e) => move(e, i)}
					>
						{state.kindName(kind)}
					</button>
				);
			})}
		</div>
	);
}
