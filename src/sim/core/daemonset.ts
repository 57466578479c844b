/**
 * DaemonSet controller (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/): one Pod on every eligible node. A node is eligible
 * when it matches the nodeSelector and every NoSchedule/NoExecute taint is tolerated
 * by the template's tolerations plus the ones DaemonSet Pods get automatically (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/);
 * the control-plane taint is not among those, so a control-plane node gets a Pod only
 * with an explicit toleration (https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation). RollingUpdate replaces at most maxUnavailable
 * Pods at a time (default 1, kubernetes/kubernetes pkg/apis/apps/v1/defaults.go).
 */
import { CONTROLLER_REVISION_HASH_LABEL } from './constants.ts';
import { recordEvent, type Draft, type StepContext } from './draft.ts';
import { computeHash } from './hash.ts';
import { findUntoleratedTaint, matchesNodeSelector } from './labels.ts';
import { createPod, deletePodGracefully, generatePodName, isActivePod, isAvailablePod } from './pod-factory.ts';
import { scaleIntOrPercent } from './rolling.ts';
import type { DaemonSet, Node, Pod, Toleration } from './types.ts';

/** Tolerations every DaemonSet Pod gets automatically (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/); the control-plane taint is not here. */
export const DAEMONSET_AUTO_TOLERATIONS: readonly Toleration[] = [
	{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
	{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
	{ key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];

/** Whether the DaemonSet should run a Pod on the node (nodeSelector and taints, https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export function shouldRunDaemonPod(ds: DaemonSet, node: Node): boolean {
	if (!matchesNodeSelector(ds.spec.template.spec.nodeSelector, node.labels)) return false;
	const tolerations = [...(ds.spec.template.spec.tolerations ?? []), ...DAEMONSET_AUTO_TOLERATIONS];
	return findUntoleratedTaint(node, tolerations) === undefined;
}

/** Whether an existing DaemonSet Pod may stay: only the nodeSelector and NoExecute taints evict it. */
export function shouldKeepDaemonPod(ds: DaemonSet, node: Node): boolean {
	if (!matchesNodeSelector(ds.spec.template.spec.nodeSelector, node.labels)) return false;
	const tolerations = [...(ds.spec.template.spec.tolerations ?? []), ...DAEMONSET_AUTO_TOLERATIONS];
	return findUntoleratedTaint(node, tolerations, 'NoExecute') === undefined;
}

/** Template hash DaemonSet Pods carry in controller-revision-hash. */
export function computeDaemonSetHash(ds: DaemonSet): string {
	return computeHash(ds.spec.template);
}

function podNodeName(pod: Pod): string | undefined {
	return pod.nodeName ?? pod.requiredNodeName;
}

/** One round of the DaemonSet controller for every DaemonSet. */
export function runDaemonSetController(ctx: StepContext): void {
	for (const ds of ctx.c.daemonSets) {
		syncDaemonSet(ctx, ds);
		refreshDaemonSetStatus(ctx, ds);
	}
}

function syncDaemonSet(ctx: StepContext, ds: Draft<DaemonSet>): void {
	const object = `daemonset/${ds.name}`;
	const hash = computeDaemonSetHash(ds);
	const owned = (): Draft<Pod>[] => ctx.c.pods.filter((p) => p.owner?.uid === ds.uid);
	const remove = (pod: Draft<Pod>): void => {
		deletePodGracefully(ctx, pod);
		recordEvent(ctx, 'Normal', 'SuccessfulDelete', object, `Deleted pod: ${pod.name}`);
	};
	for (const pod of owned()) {
		const nodeName = podNodeName(pod);
		if (!pod.deleting && !ctx.c.nodes.some((n) => n.name === nodeName)) remove(pod);
	}
	for (const node of ctx.c.nodes) {
		const onNode = owned().filter((p) => podNodeName(p) === node.name);
		const active = onNode.filter((p) => !p.deleting);
		if (!shouldRunDaemonPod(ds, node)) {
			if (!shouldKeepDaemonPod(ds, node)) active.forEach(remove);
			continue;
		}
		if (onNode.length === 0) {
			const name = generatePodName(ctx, ds.name);
			createPod(ctx, {
				name,
				template: ds.spec.template,
				owner: { kind: 'DaemonSet', name: ds.name, uid: ds.uid },
				extraLabels: { [CONTROLLER_REVISION_HASH_LABEL]: hash },
				requiredNodeName: node.name,
				extraTolerations: DAEMONSET_AUTO_TOLERATIONS,
			});
			recordEvent(ctx, 'Normal', 'SuccessfulCreate', object, `Created pod: ${name}`);
		}
		// Keep the oldest Pod if a node somehow has two.
		active
			.sort((a, b) => a.createdAt - b.createdAt)
			.slice(1)
			.forEach(remove);
	}
	if (ds.spec.updateStrategy.type === 'RollingUpdate') rollDaemonSet(ctx, ds, hash, remove);
}

function rollDaemonSet(ctx: StepContext, ds: Draft<DaemonSet>, hash: string, remove: (pod: Draft<Pod>) => void): void {
	if (ds.spec.updateStrategy.type !== 'RollingUpdate') return;
	const eligible = ctx.c.nodes.filter((n) => shouldRunDaemonPod(ds, n));
	// DaemonSets round a percent maxUnavailable up, unlike Deployments.
	const maxUnavailable = Math.max(1, scaleIntOrPercent(ds.spec.updateStrategy.maxUnavailable, eligible.length, true));
	const podFor = (node: Node): Draft<Pod> | undefined => ctx.c.pods.find((p) => p.owner?.uid === ds.uid && podNodeName(p) === node.name && !p.deleting);
	let unavailable = eligible.filter((n) => {
		const pod = podFor(n);
		return !pod || !isAvailablePod(pod, ds.spec.minReadySeconds, ctx.c.time);
	}).length;
	// Every old Pod is a candidate, also one on a node it may only stay on (a template that
	// no longer tolerates a NoSchedule taint): the real controller walks all nodes with Pods.
	const old = ctx.c.pods.filter((p) => p.owner?.uid === ds.uid && !p.deleting && p.labels[CONTROLLER_REVISION_HASH_LABEL] !== hash);
	// Old Pods that are unavailable anyway can go at once.
	for (const pod of old.filter((p) => !isAvailablePod(p, ds.spec.minReadySeconds, ctx.c.time))) remove(pod);
	for (const pod of old.filter((p) => isAvailablePod(p, ds.spec.minReadySeconds, ctx.c.time))) {
		if (unavailable >= maxUnavailable) break;
		remove(pod);
		unavailable += 1;
	}
}

function refreshDaemonSetStatus(ctx: StepContext, ds: Draft<DaemonSet>): void {
	const hash = computeDaemonSetHash(ds);
	const active = ctx.c.pods.filter((p) => p.owner?.uid === ds.uid && isActivePod(p));
	const hasPod = (node: Node): boolean => active.some((p) => podNodeName(p) === node.name);
	const eligible = new Set(ctx.c.nodes.filter((n) => shouldRunDaemonPod(ds, n) || (shouldKeepDaemonPod(ds, n) && hasPod(n))).map((n) => n.name));
	const onEligible = active.filter((p) => eligible.has(podNodeName(p) ?? ''));
	ds.status = {
		desiredNumberScheduled: eligible.size,
		currentNumberScheduled: onEligible.length,
		numberReady: onEligible.filter((p) => p.ready).length,
		updatedNumberScheduled: onEligible.filter((p) => p.labels[CONTROLLER_REVISION_HASH_LABEL] === hash).length,
		numberAvailable: onEligible.filter((p) => isAvailablePod(p, ds.spec.minReadySeconds, ctx.c.time)).length,
		numberMisscheduled: active.length - onEligible.length,
	};
}
