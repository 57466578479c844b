/**
 * Node lifecycle controller: Pods on a NotReady node turn Unknown (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/) and, after
 * their not-ready toleration runs out (300 s by default), are marked for deletion so
 * their controllers create replacements elsewhere (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). They stay Terminating until
 * the node returns, because no kubelet can confirm they stopped.
 */
import { NOT_READY_TAINT_KEY, NOT_READY_TOLERATION_SECONDS } from './constants.ts';
import { recordEvent, type StepContext } from './draft.ts';
import { toleratesTaint } from './labels.ts';
import type { Pod } from './types.ts';

/** Seconds the Pod stays bound to a NotReady node before eviction; Infinity if it tolerates it forever. */
export function getNotReadyTolerationSeconds(pod: Pod): number {
	const taint = { key: NOT_READY_TAINT_KEY, effect: 'NoExecute' } as const;
	const matching = (pod.spec.tolerations ?? []).filter((t) => toleratesTaint(t, taint));
	if (matching.length === 0) return NOT_READY_TOLERATION_SECONDS;
	if (matching.some((t) => t.tolerationSeconds === undefined)) return Infinity;
	return Math.max(...matching.map((t) => t.tolerationSeconds ?? 0));
}

/** One round of the node lifecycle controller. */
export function runNodeLifecycle(ctx: StepContext): void {
	for (const node of ctx.c.nodes) {
		if (node.ready) continue;
		const since = node.notReadySince ?? ctx.c.time;
		for (const pod of ctx.c.pods) {
			if (pod.nodeName !== node.name || pod.deleting) continue;
			pod.phase = 'Unknown';
			pod.status = 'Unknown';
			pod.ready = false;
			if (ctx.c.time - since >= getNotReadyTolerationSeconds(pod)) {
				pod.deleting = true;
				pod.status = 'Terminating';
				recordEvent(ctx, 'Normal', 'TaintManagerEviction', `pod/${pod.name}`, `Marking for deletion Pod default/${pod.name}`);
			}
		}
	}
}
