/** The StatefulSet's PVCs (kept after scale-down and Pod deletion) or why the others have none. */
import { fill } from '../shared/fill';
import type { ComparisonState } from './use-controller-comparison';

/** One row under the nodes: PVC chips for the StatefulSet (a focusable row that scrolls sideways on phones), a sentence for the others. */
export function StorageRow({ state }: { state: ComparisonState }) {
	const { t, frame, kind } = state;
	if (kind !== 'StatefulSet') {
		return (
			<div class="cc-storage">
				<p class="cc-empty">{kind === 'ReplicaSet' ? t.noStorageReplicaSet : t.noStorageDaemonSet}</p>
			</div>
		);
	}
	const { claims } = frame;
	return (
		<div class="cc-storage">
			<p class="cc-row-label">{t.claimsLabel}</p>
			{claims.length > 0 ? (
				<ul class="cc-claims" tabIndex={0} aria-label={t.claimsLabel}>
					{claims.map((pvc) => (
						<li class="cc-claim" data-claim={pvc.name} key={pvc.uid}>
							<span>
								<span class="cc-pod-name">{pvc.name}</span> <span class="cc-pod-status">{pvc.phase}</span>
							</span>
							<span class="cc-claim-user">{pvc.user !== null ? fill(t.claimInUse, { pod: pvc.user }) : t.claimIdle}</span>
						</li>
					))}
				</ul>
			) : (
				<p class="cc-empty">{t.noClaimsYet}</p>
			)}
		</div>
	);
}
