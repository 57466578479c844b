/**
 * The controller comparison island: one cluster (tainted control plane + workers) running a
 * ReplicaSet, a StatefulSet and a DaemonSet. Tabs pick the workload; controls scale it,
 * toggle the DaemonSet's control-plane toleration, add or remove workers and delete Pods;
 * the clock ticks the control loops. Its server render (settled, ReplicaSet tab, computed at
 * build time: `first`) is the no-JavaScript frame; the engine (model.ts and src/sim's reducer)
 * loads when the learner reaches for the widget.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ControllerComparisonStrings } from '../../i18n/controller-comparison';
import type { WidgetStrings } from '../../i18n/widget';
import { printAgedTable } from '../../sim/index';
import { EngineNote } from '../shared/EngineNote';
import { COMPARISON_KINDS, getWorkloadPodsCommand, type ComparisonFrame } from './frame';
import { TerminalView } from '../shared/TerminalView';
import './controller-comparison.css';
import { KindTabs, PANEL_ID, tabId } from './kind-tabs';
import { NodeBoard } from './node-board';
import { StorageRow } from './storage-row';
import { useControllerComparison } from './use-controller-comparison';
import { WorkloadControls } from './workload-controls';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';

/** Props of the island. */
export interface ControllerComparisonProps {
	/** The page locale's strings (src/i18n/controller-comparison.ts), passed at build time. */
	t: ControllerComparisonStrings;
	/** The shared widget strings (the note about the link's settings), from the island's entry (ko.tsx or en.tsx). */
	widgetT: WidgetStrings;
	/** The first frame, computed at build time from the engine's first state (model.ts `firstFrame`). */
	first: ComparisonFrame;
}

/** The controller comparison (see the module comment). */
export default function ControllerComparison({ t: strings, widgetT, first }: ControllerComparisonProps) {
	const state = useControllerComparison(strings, first);
	const { t, kind, frame } = state;
	// Marks hydration for tests and tools; it changes no layout.
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	return (
		<div
			class="cc"
			ref={state.rootRef}
			data-kind={kind}
			data-ready={hydrated ? 'true' : undefined}
			onFocusCapture={state.prepare}
			onPointerDown={state.prepare}
		>
			<UrlNotes t={widgetT} notes={state.urlNotes} />
			<EngineNote t={widgetT} failure={state.failure} />
			<KindTabs state={state} />
			<div class="cc-panel" role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(kind)}>
				<div class="cc-traits">
					{COMPARISON_KINDS.map((k) => (
						<p key={k} data-shown={k === kind ? 'true' : undefined} aria-hidden={k === kind ? undefined : 'true'}>
							{t[`traits${k}`]}
						</p>
					))}
				</div>
				<WorkloadControls state={state} />
				<NodeBoard state={state} />
				<StorageRow state={state} />
				<TerminalView
					command={getWorkloadPodsCommand(kind)}
					output={frame.table.rows.length > 0 ? printAgedTable(frame.table, frame.time) : t.noResources}
					label={t.terminalLabel}
				/>
			</div>
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true">
				{state.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
