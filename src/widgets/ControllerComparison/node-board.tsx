/**
 * The cluster's nodes side by side with the selected workload's Pods on each, plus the Pods
 * no node was chosen for yet. Pod areas have fixed heights (scrolling inside if ever
 * needed) so ticks never move the page.
 */
import { PodChip } from './pod-chip';
import type { ComparisonState } from './use-controller-comparison';

/** Nodes with their Pods, and the unassigned Pods. */
export function NodeBoard({ state }: { state: ComparisonState }) {
	const { t, frame, kind } = state;
	const tolerated = kind === 'DaemonSet' && frame.tolerated;
	return (
		<div class="cc-board">
			<ul class="cc-nodes" aria-label={t.nodesLabel}>
				{frame.lanes.map((lane) => (
					<li class="cc-node" data-node={lane.name} data-eligible={lane.eligible ? 'true' : 'false'} key={lane.name}>
						<p class="cc-node-name">{lane.name}</p>
						<p class="cc-node-taint">
							{lane.controlPlane ? `${t.controlPlaneNode} · ${tolerated ? t.taintTolerated : t.taintBlocks}` : t.workerNode}
						</p>
						<div class="cc-pod-area">
							{lane.pods.length > 0 ? (
								<ul class="cc-pods">
									{lane.pods.map((pod) => (
										<PodChip pod={pod} state={state} key={pod.uid} />
									))}
								</ul>
							) : (
								<p class="cc-empty">{t.noPods}</p>
							)}
						</div>
					</li>
				))}
			</ul>
			<div class="cc-unassigned">
				<p class="cc-row-label">{t.unassigned}</p>
				{frame.unassigned.length > 0 ? (
					<ul class="cc-pods cc-pods--row">
						{frame.unassigned.map((pod) => (
							<PodChip pod={pod} state={state} key={pod.uid} compact />
						))}
					</ul>
				) : (
					<p class="cc-empty">{t.noPods}</p>
				)}
			</div>
		</div>
	);
}
