/** One Pod on a node: name, kubectl STATUS, its PVC for StatefulSet Pods, and a delete button. */
import type { PodChip as Chip } from './frame';
import { fill } from '../shared/fill';
import type { ComparisonState } from './use-controller-comparison';

/** A Pod chip (compact: one line, no PVC); Terminating Pods have no delete button (their deletion already started). */
export function PodChip({ pod, state, compact = false }: { pod: Chip; state: ComparisonState; compact?: boolean }) {
	const claims = compact ? [] : pod.claims;
	return (
		<li class={compact ? 'cc-pod cc-pod--compact' : 'cc-pod'} data-pod={pod.name} data-status={pod.status}>
			<span class="cc-pod-name">{pod.name}</span>
			<span class="cc-pod-status">{pod.status}</span>
			{claims.length > 0 && <span class="cc-pod-pvc">{fill(state.t.podClaim, { names: claims.join(', ') })}</span>}
			{!pod.deleting && (
				<button
					type="button"
					class="cc-pod-delete"
					aria-label={fill(state.t.deletePod, { name: pod.name })}
					title={fill(state.t.deletePod, { name: pod.name })}
					onClick={() => state.deletePod(pod.name)}
				>
					<span aria-hidden="true">×</span>
				</button>
			)}
		</li>
	);
}
