/** Label selectors, taints and tolerations: the matching rules the controllers share. */
import { CONTROL_PLANE_KEY, NOT_READY_TAINT_KEY } from './constants.ts';
import type { Labels, Node, Taint, Toleration } from './types.ts';

/** True when every selector pair is present in labels (matchLabels semantics). */
export function matchesSelector(selector: Labels, labels: Labels): boolean {
	const pairs = Object.entries(selector);
	return pairs.length > 0 && pairs.every(([k, v]) => labels[k] === v);
}

/** True when the node carries every nodeSelector pair (an empty selector matches all). */
export function matchesNodeSelector(nodeSelector: Labels | undefined, labels: Labels): boolean {
	return Object.entries(nodeSelector ?? {}).every(([k, v]) => labels[k] === v);
}

/** Whether one toleration tolerates one taint (operator Equal by default; empty key + Exists matches all). */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
	if (toleration.effect !== undefined && toleration.effect !== taint.effect) return false;
	const operator = toleration.operator ?? 'Equal';
	if (operator === 'Exists') return toleration.key === undefined || toleration.key === '' || toleration.key === taint.key;
	return toleration.key === taint.key && (toleration.value ?? '') === (taint.value ?? '');
}

/** The node's taints plus the not-ready taints the node lifecycle controller adds to a NotReady node. */
export function getEffectiveTaints(node: Node): readonly Taint[] {
	if (node.ready) return node.taints;
	return [...node.taints, { key: NOT_READY_TAINT_KEY, effect: 'NoSchedule' }, { key: NOT_READY_TAINT_KEY, effect: 'NoExecute' }];
}

/** First NoSchedule/NoExecute taint (or only `effect` ones) of the node that no toleration tolerates. */
export function findUntoleratedTaint(node: Node, tolerations: readonly Toleration[] | undefined, effect?: 'NoSchedule' | 'NoExecute'): Taint | undefined {
	return getEffectiveTaints(node).find(
		(taint) =>
			(effect === undefined ? taint.effect === 'NoSchedule' || taint.effect === 'NoExecute' : taint.effect === effect) &&
			!(tolerations ?? []).some((t) => toleratesTaint(t, taint)),
	);
}

/** Whether the node is a control-plane node (by its role label or taint). */
export function isControlPlaneNode(node: Node): boolean {
	return CONTROL_PLANE_KEY in node.labels || node.taints.some((t) => t.key === CONTROL_PLANE_KEY);
}

/** Render labels like kubectl: `app=nginx,tier=web`, or `<none>`. */
export function formatLabels(labels: Labels | undefined): string {
	const pairs = Object.entries(labels ?? {});
	return pairs.length === 0 ? '<none>' : pairs.map(([k, v]) => `${k}=${v}`).join(',');
}
