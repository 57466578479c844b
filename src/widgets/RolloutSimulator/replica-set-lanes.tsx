/** Two lanes: the old ReplicaSet(s) and the new one, each with its Pods as status chips. */
import { laneRows, type LaneReplicaSet, type PodChip } from './frame';
import type { RolloutSimulatorState } from './use-rollout-simulator';

interface Props {
	s: RolloutSimulatorState;
}

function statusClass(pod: PodChip): string {
	if (pod.terminating) return 'is-terminating';
	if (pod.status === 'Running' && pod.ready) return 'is-running';
	if (pod.status === 'ErrImagePull' || pod.status === 'ImagePullBackOff') return 'is-failing';
	return 'is-starting';
}

function ReplicaSetGroup({ rs, s }: { rs: LaneReplicaSet; s: RolloutSimulatorState }) {
	const { t } = s;
	const base = rs.name.slice(0, rs.name.length - rs.hash.length);
	return (
		<div class="ros-rs" data-rs={rs.name}>
			<p class="ros-rs-name">
				<code>
					{base}
					<span class="ros-hash">{rs.hash}</span>
				</code>
			</p>
			<p class="ros-muted">{t.replicaSetMeta(rs.revision, rs.image, rs.desired)}</p>
			{rs.pods.length > 0 ? (
				<ul class="ros-pods" aria-label={t.podsOf(rs.name)}>
					{rs.pods.map((p) => (
						<li key={p.name} class={`ros-pod ${statusClass(p)}`} data-status={p.status} title={p.name}>
							<span class="ros-pod-name">
								<span class="k8s-sr-only">{rs.name}-</span>
								{p.suffix}
							</span>{' '}
							<span class="ros-pod-status">{p.status}</span>
						</li>
					))}
				</ul>
			) : (
				<p class="ros-empty">{t.noPods}</p>
			)}
		</div>
	);
}

/** Old and new ReplicaSets side by side (stacked on narrow screens). */
export function ReplicaSetLanes({ s }: Props) {
	const { t, frame } = s;
	const old = frame.oldReplicaSets;
	return (
		<div class="ros-lanes" style={{ '--ros-rows': laneRows(frame.bounds) }}>
			<div class="ros-lane ros-lane-old" data-testid="ros-lane-old">
				<p class="ros-lane-title" id="ros-old-title">
					{t.oldLane}
				</p>
				<div class="ros-lane-body" tabIndex={0} role="group" aria-labelledby="ros-old-title">
					{old.length > 0 ? old.map((rs) => <ReplicaSetGroup key={rs.name} rs={rs} s={s} />) : <p class="ros-empty">{t.noOldReplicaSet}</p>}
				</div>
			</div>
			<div class="ros-lane ros-lane-new" data-testid="ros-lane-new">
				<p class="ros-lane-title" id="ros-new-title">
					{t.newLane}
				</p>
				<div class="ros-lane-body" tabIndex={0} role="group" aria-labelledby="ros-new-title">
					{frame.newReplicaSet ? <ReplicaSetGroup rs={frame.newReplicaSet} s={s} /> : <p class="ros-empty">{t.noNewReplicaSet}</p>}
				</div>
			</div>
		</div>
	);
}
