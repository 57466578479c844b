/**
 * The architecture explorer island: the cluster diagram, the selected component's role and
 * a step-by-step walk through `kubectl apply -f nginx-deployment.yaml`. Its server render
 * (kube-apiserver selected, walkthrough not started) is the no-JavaScript frame.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ApplyFlowText, ArchitectureExplorerStrings } from '../../i18n/architecture-explorer';
import './architecture-explorer.css';
import { ClusterDiagram } from './cluster-diagram';
import { ComponentDetails } from './component-details';
import { FlowPanel } from './flow-panel';
import { useArchitectureExplorer } from './use-architecture-explorer';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';
import type { WidgetStrings } from '../../i18n/widget';

/** Props of the island. */
export interface ArchitectureExplorerProps {
	/** The page locale's labels (src/i18n/architecture-explorer.ts), passed at build time. */
	t: ArchitectureExplorerStrings;
	/** The page locale's component and step prose, passed at build time. */
	text: ApplyFlowText;
	/** The shared widget strings (the note about the link's settings), from the island's entry (ko.tsx or en.tsx). */
	widgetT: WidgetStrings;
}

/** The architecture explorer (see the module comment). */
export default function ArchitectureExplorer({ t, text, widgetT }: ArchitectureExplorerProps) {
	const state = useArchitectureExplorer(t, text);
	// Marks hydration for tests and tools; it changes no layout.
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	return (
		<div class="ae" data-step-index={state.stepIndex} data-ready={hydrated ? 'true' : undefined}>
			<UrlNotes t={widgetT} notes={state.urlNotes} />
			<ClusterDiagram state={state} />
			<p class="ae-legend">
				<span class="ae-legend-item ae-legend-item--actor">{state.t.legendActor}</span>
				<span class="ae-legend-item ae-legend-item--peer">{state.t.legendPeer}</span>
			</p>
			<div class="ae-panels">
				<ComponentDetails state={state} />
				<FlowPanel state={state} hydrated={hydrated} />
			</div>
			<p class="ae-note">{state.text.masterNote}</p>
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true">
				{state.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
