/**
 * The kubelet on every Ready node (https://kubernetes.io/docs/concepts/architecture/), one round per tick: finishes terminating Pods,
 * starts bound ones (ContainerCreating -> Running and Ready, no probes so readiness is
 * Success https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/) or fails their image pull (ErrImagePull, then ImagePullBackOff with a
 * back-off doubling from 10 s to 300 s; phase stays Pending).
 */
import { IMAGE_PULL_BACKOFF } from './constants.ts';
import { recordEvent, type Draft, type StepContext } from './draft.ts';
import { isImagePullable } from './images.ts';
import { removePod } from './pod-factory.ts';
import type { Node, Pod } from './types.ts';

/** One kubelet round on every Ready node. */
export function runKubelets(ctx: StepContext): void {
	for (const pod of [...ctx.c.pods]) {
		if (pod.nodeName === undefined) continue;
		const node = ctx.c.nodes.find((n) => n.name === pod.nodeName);
		if (!node || !node.ready) continue;
		syncPod(ctx, node, pod);
	}
}

function syncPod(ctx: StepContext, node: Draft<Node>, pod: Draft<Pod>): void {
	const object = `pod/${pod.name}`;
	if (pod.deleting) {
		for (const c of pod.spec.containers) recordEvent(ctx, 'Normal', 'Killing', object, `Stopping container ${c.name}`);
		removePod(ctx, pod.name);
		return;
	}
	if (pod.status === 'ContainerCreating' || pod.phase === 'Unknown') {
		// A node that comes back reports its Pods again; one that never started gets its sandbox now.
		pod.ip ??= allocatePodIp(ctx, node);
		pullAndStart(ctx, pod);
		return;
	}
	if (pod.runSeconds !== undefined && pod.phase === 'Running' && pod.readySince !== undefined && ctx.c.time - pod.readySince >= pod.runSeconds) {
		// A Job's container exited 0: the Pod is Succeeded and shows Completed (jobs.ts).
		pod.phase = 'Succeeded';
		pod.status = 'Completed';
		pod.ready = false;
		return;
	}
	if (pod.status === 'ErrImagePull' || pod.status === 'ImagePullBackOff') {
		if (pod.nextPullAt !== undefined && ctx.c.time > pod.nextPullAt) pullAndStart(ctx, pod);
		else if (pod.status === 'ErrImagePull') {
			pod.status = 'ImagePullBackOff';
			recordEvent(ctx, 'Normal', 'BackOff', object, `Back-off pulling image "${pod.image}"`);
		}
	}
}

function pullAndStart(ctx: StepContext, pod: Draft<Pod>): void {
	const object = `pod/${pod.name}`;
	const bad = pod.spec.containers.find((c) => !isImagePullable(ctx.c, c.image));
	if (bad) {
		pod.pullAttempts += 1;
		pod.status = 'ErrImagePull';
		pod.nextPullAt = ctx.c.time + Math.min(IMAGE_PULL_BACKOFF.initial * 2 ** (pod.pullAttempts - 1), IMAGE_PULL_BACKOFF.max);
		recordEvent(ctx, 'Warning', 'Failed', object, `Failed to pull image "${bad.image}": not found`);
		return;
	}
	for (const c of pod.spec.containers) {
		recordEvent(ctx, 'Normal', 'Pulled', object, `Container image "${c.image}" pulled`);
		recordEvent(ctx, 'Normal', 'Started', object, `Started container ${c.name}`);
	}
	pod.phase = 'Running';
	pod.status = 'Running';
	pod.ready = true;
	pod.readySince = ctx.c.time;
	delete pod.nextPullAt;
}

/** Next free address of the node's 10.244.<n>.0/24, round-robin like host-local IPAM. */
function allocatePodIp(ctx: StepContext, node: Draft<Node>): string {
	const prefix = `10.244.${node.podCidrIndex}.`;
	const used = new Set(ctx.c.pods.map((p) => p.ip).filter((ip) => ip !== undefined));
	for (let i = 1; i <= 253; i++) {
		const host = ((node.lastPodHost - 2 + i) % 253) + 2;
		if (!used.has(prefix + host)) {
			node.lastPodHost = host;
			return prefix + host;
		}
	}
	// 253 live Pods on one node cannot happen with the 110-Pod capacity; reuse the last address.
	return prefix + node.lastPodHost;
}
