/** The live cluster beside the terminal: each node with its Pods, and Pods not yet scheduled. */
import type { PodChip as Chip } from './model';
import type { LabView } from './use-kubectl-lab';

function PodChip({ pod }: { pod: Chip }) {
	return (
		<li class="kl-pod" data-status={pod.status}>
			<span class="kl-pod-name">{pod.name}</span> <span class="kl-pod-status">{pod.status}</span>
		</li>
	);
}

/** Nodes and their Pods, from the lab's cluster (model.ts `clusterFrame`). */
export function ClusterView({ s }: { s: LabView }) {
	const { t } = s;
	const { nodes, pods } = s.frame;
	const pending = pods.filter((p) => !p.nodeName);
	return (
		<section class="kl-cluster" aria-label={t.clusterTitle} tabIndex={0} data-testid="kl-cluster">
			<p class="kl-title">{t.clusterTitle}</p>
			{nodes.map((node) => {
				const onNode = pods.filter((p) => p.nodeName === node.name);
				return (
					<div class="kl-node" key={node.name} data-node={node.name}>
						<p class="kl-node-name">
							{t.nodeLabel(node.name, onNode.length)}
							{node.ready ? '' : ' (NotReady)'}
						</p>
						{onNode.length === 0 ? (
							<p class="kl-empty">{t.noPods}</p>
						) : (
							<ul class="kl-pods">
								{onNode.map((p) => (
									<PodChip key={p.uid} pod={p} />
								))}
							</ul>
						)}
					</div>
				);
			})}
			{pending.length > 0 ? (
				<div class="kl-node is-pending">
					<p class="kl-node-name">{t.pendingTitle}</p>
					<ul class="kl-pods">
						{pending.map((p) => (
							<PodChip key={p.uid} pod={p} />
						))}
					</ul>
				</div>
			) : null}
		</section>
	);
}
