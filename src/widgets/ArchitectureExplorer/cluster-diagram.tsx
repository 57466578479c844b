/**
 * The cluster drawn with HTML and CSS grid: your machine (kubectl), the control plane with
 * kube-apiserver as the hub every other component connects to (etcd only through it), and
 * the worker node components. Wires light up when the current step uses them.
 */
import { Fragment } from 'preact';
import type { ComponentId } from '../../sim/index';
import { ComponentButton } from './component-button';
import type { ExplorerState } from './use-architecture-explorer';

/** A connection line; active when the step uses any of its links. */
function Wire({ links, direction, state }: { links: readonly string[]; direction: 'h' | 'v'; state: ExplorerState }) {
	const active = links.some((l) => state.activeLinks.has(l));
	return <span class={`ae-wire ae-wire--${direction}`} data-links={links.join(' ')} data-active={active ? 'true' : undefined} aria-hidden="true" />;
}

const HUB_SPOKES: readonly { id: ComponentId; optional?: boolean }[] = [
	{ id: 'etcd' },
	{ id: 'kube-scheduler' },
	{ id: 'kube-controller-manager' },
	{ id: 'cloud-controller-manager', optional: true },
];

/** The diagram: three zones stacked, so it fits a 390 px screen as well as a desktop. */
export function ClusterDiagram({ state }: { state: ExplorerState }) {
	const { t, text } = state;
	return (
		<div class="ae-diagram" role="group" aria-label={t.diagramLabel}>
			<div class="ae-zone ae-zone--client" role="group" aria-labelledby="ae-zone-client">
				<p class="ae-zone-label" id="ae-zone-client">
					{text.place.client}
				</p>
				<ComponentButton id="kubectl" state={state} />
			</div>
			<Wire links={['kubectl--kube-apiserver']} direction="v" state={state} />
			<div class="ae-zone ae-zone--cp" role="group" aria-labelledby="ae-zone-cp">
				<p class="ae-zone-label" id="ae-zone-cp">
					{text.place['control-plane']}
				</p>
				<div class="ae-grid ae-grid--cp">
					<div class="ae-hub">
						<ComponentButton id="kube-apiserver" state={state} />
					</div>
					{HUB_SPOKES.map((spoke, i) => (
						<Fragment key={spoke.id}>
							<div class="ae-cell-wire" style={{ gridRow: i + 1 }}>
								<Wire links={[`kube-apiserver--${spoke.id}`]} direction="h" state={state} />
							</div>
							<div class="ae-cell-spoke" style={{ gridRow: i + 1 }}>
								<ComponentButton id={spoke.id} optional={spoke.optional ?? false} state={state} />
							</div>
						</Fragment>
					))}
				</div>
			</div>
			<Wire links={['kube-apiserver--kubelet', 'kube-apiserver--kube-proxy']} direction="v" state={state} />
			<div class="ae-zone ae-zone--node" role="group" aria-labelledby="ae-zone-node">
				<p class="ae-zone-label" id="ae-zone-node">
					{text.place.node} <span class="ae-badge">{t.everyNode}</span>
				</p>
				<div class="ae-grid ae-grid--node">
					<div class="ae-cell-left">
						<ComponentButton id="kubelet" state={state} />
					</div>
					<div class="ae-cell-wire">
						<Wire links={['kubelet--container-runtime']} direction="h" state={state} />
					</div>
					<div class="ae-cell-spoke">
						<ComponentButton id="container-runtime" state={state} />
					</div>
					<div class="ae-cell-left">
						<ComponentButton id="kube-proxy" optional state={state} />
					</div>
				</div>
			</div>
		</div>
	);
}
