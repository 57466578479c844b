/** Building Pods from a workload's template, the way controllers ask the API server to. */
import { cloneData, createUid, type Draft, type StepContext } from './draft.ts';
import { parseCpu, parseMemory } from './quantity.ts';
import type { Labels, OwnerRef, Pod, PodSpec, PodTemplate, PvcVolume, Resources } from './types.ts';

/** Sum of container requests; a container with only a limit requests its limit (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
export function computePodRequests(spec: PodSpec): Resources {
	let cpu = 0;
	let memory = 0;
	for (const container of spec.containers) {
		const requests = container.resources?.requests ?? {};
		const limits = container.resources?.limits ?? {};
		const cpuText = requests['cpu'] ?? limits['cpu'];
		const memoryText = requests['memory'] ?? limits['memory'];
		cpu += cpuText === undefined ? 0 : (parseCpu(cpuText) ?? 0);
		memory += memoryText === undefined ? 0 : (parseMemory(memoryText) ?? 0);
	}
	return { cpu, memory };
}

/** What a controller needs to say to create one Pod. */
export interface PodRequest {
	readonly name: string;
	readonly template: PodTemplate;
	readonly owner?: OwnerRef;
	readonly extraLabels?: Labels;
	readonly requiredNodeName?: string;
	readonly volumes?: readonly PvcVolume[];
	readonly extraTolerations?: PodSpec['tolerations'];
}

/** A new Pending, unscheduled Pod built from a template. */
export function createPod(ctx: StepContext, request: PodRequest): Draft<Pod> {
	const spec: PodSpec = {
		...request.template.spec,
		...(request.volumes && request.volumes.length > 0 ? { volumes: request.volumes } : {}),
		...(request.extraTolerations ? { tolerations: [...(request.template.spec.tolerations ?? []), ...request.extraTolerations] } : {}),
	};
	const pod: Pod = {
		name: request.name,
		uid: createUid(ctx),
		createdAt: ctx.c.time,
		labels: { ...request.template.metadata.labels, ...request.extraLabels },
		...(request.owner ? { owner: request.owner } : {}),
		spec,
		image: spec.containers[0]?.image ?? '',
		requests: computePodRequests(spec),
		...(request.requiredNodeName === undefined ? {} : { requiredNodeName: request.requiredNodeName }),
		phase: 'Pending',
		status: 'Pending',
		ready: false,
		deleting: false,
		pullAttempts: 0,
		restarts: 0,
	};
	const draft = cloneData(pod) as Draft<Pod>;
	ctx.c.pods.push(draft);
	return draft;
}

/** A name `<prefix>-<5 random chars>` not used by any Pod yet (rand.String(5) in Kubernetes). */
export function generatePodName(ctx: StepContext, prefix: string): string {
	for (;;) {
		const name = `${prefix}-${ctx.rng.suffix(5)}`;
		if (!ctx.c.pods.some((p) => p.name === name)) return name;
	}
}

/**
 * Start graceful deletion of a Pod. A Pod never bound to a node is removed at once
 * (no kubelet has to stop anything); a bound one shows Terminating until the kubelet
 * finishes on the next tick.
 */
export function deletePodGracefully(ctx: StepContext, pod: Draft<Pod>): void {
	if (pod.deleting) return;
	if (pod.nodeName === undefined) {
		removePod(ctx, pod.name);
		return;
	}
	pod.deleting = true;
	pod.status = 'Terminating';
}

/** Remove a Pod object from the cluster. */
export function removePod(ctx: StepContext, name: string): void {
	const index = ctx.c.pods.findIndex((p) => p.name === name);
	if (index >= 0) ctx.c.pods.splice(index, 1);
}

/** Whether a Pod counts as active for its controller (not terminating, not finished). */
export function isActivePod(pod: Pod): boolean {
	return !pod.deleting && pod.phase !== 'Succeeded' && pod.phase !== 'Failed';
}

/** Whether a Pod is available: Ready for at least minReadySeconds and not terminating (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function isAvailablePod(pod: Pod, minReadySeconds: number, now: number): boolean {
	return isActivePod(pod) && pod.ready && pod.readySince !== undefined && now - pod.readySince >= minReadySeconds;
}
