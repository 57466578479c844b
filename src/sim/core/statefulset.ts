/**
 * StatefulSet controller (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/): Pods `<name>-<ordinal>` with stable names and one
 * PVC per volumeClaimTemplate (`www-web-0`) that survives Pod deletion and scale-down
 * (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). OrderedReady (default) creates 0 -> N-1, each after its predecessors are
 * Running and Ready, and removes N-1 first; Parallel skips the waiting (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/).
 * RollingUpdate replaces Pods one at a time from the highest ordinal down to
 * `partition` (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/).
 */
import { CONTROLLER_REVISION_HASH_LABEL, POD_INDEX_LABEL, STATEFULSET_POD_NAME_LABEL } from './constants.ts';
import { cloneData, createUid, recordEvent, type Draft, type StepContext } from './draft.ts';
import { computeHash } from './hash.ts';
import { createPod, deletePodGracefully, isActivePod, isAvailablePod } from './pod-factory.ts';
import type { Pod, PodTemplate, StatefulSet } from './types.ts';

const REVISION_HISTORY_LIMIT = 10;

/** Revision name of a StatefulSet template: `<set>-<hash>` (a ControllerRevision name). */
export function computeStatefulSetRevision(name: string, template: PodTemplate): string {
	return `${name}-${computeHash(template)}`;
}

/** Ordinal of a StatefulSet Pod from its name, or undefined if it is not `<set>-<n>`. */
export function getOrdinal(setName: string, podName: string): number | undefined {
	const match = /^(.*)-([0-9]+)$/.exec(podName);
	return match && match[1] === setName ? Number(match[2]) : undefined;
}

function isRunningAndReady(pod: Pod): boolean {
	return pod.phase === 'Running' && pod.ready && !pod.deleting;
}

/** One round of the StatefulSet controller for every StatefulSet. */
export function runStatefulSetController(ctx: StepContext): void {
	for (const sts of ctx.c.statefulSets) {
		syncStatefulSet(ctx, sts);
		refreshStatefulSetStatus(ctx, sts);
	}
}

function syncStatefulSet(ctx: StepContext, sts: Draft<StatefulSet>): void {
	const updateRevision = computeStatefulSetRevision(sts.name, sts.spec.template);
	const hash = updateRevision.slice(sts.name.length + 1);
	if (!sts.revisions.some((r) => r.hash === hash)) {
		sts.revisions.push({ hash, template: cloneData(sts.spec.template) as Draft<PodTemplate> });
		if (sts.revisions.length > REVISION_HISTORY_LIMIT) sts.revisions.shift();
	}
	sts.status.updateRevision = updateRevision;
	if (sts.status.currentRevision === '') sts.status.currentRevision = updateRevision;

	const monotonic = sts.spec.podManagementPolicy === 'OrderedReady';
	const start = sts.spec.ordinalsStart;
	const end = start + sts.spec.replicas;
	const owned = ctx.c.pods.filter((p) => p.owner?.uid === sts.uid);
	const byOrdinal = new Map<number, Draft<Pod>>();
	for (const pod of owned) {
		const ordinal = getOrdinal(sts.name, pod.name);
		if (ordinal !== undefined) byOrdinal.set(ordinal, pod);
	}

	for (let ordinal = start; ordinal < end; ordinal++) {
		const pod = byOrdinal.get(ordinal);
		if (!pod) {
			createStatefulPod(ctx, sts, ordinal);
			if (monotonic) return;
			continue;
		}
		if (!isRunningAndReady(pod) && monotonic) return;
	}

	const condemned = owned
		.filter((p) => {
			const ordinal = getOrdinal(sts.name, p.name);
			return ordinal === undefined || ordinal < start || ordinal >= end;
		})
		.sort((a, b) => (getOrdinal(sts.name, a.name) ?? 0) - (getOrdinal(sts.name, b.name) ?? 0));
	const firstUnhealthy = condemned.find((p) => !isRunningAndReady(p));
	for (const pod of [...condemned].reverse()) {
		if (pod.deleting) {
			if (monotonic) return;
			continue;
		}
		if (monotonic && !isRunningAndReady(pod) && pod !== firstUnhealthy) return;
		deletePodGracefully(ctx, pod);
		recordEvent(ctx, 'Normal', 'SuccessfulDelete', `statefulset/${sts.name}`, `delete Pod ${pod.name} in StatefulSet ${sts.name} successful`);
		if (monotonic) return;
	}

	if (sts.spec.updateStrategy.type !== 'RollingUpdate') return;
	const lowest = start + sts.spec.updateStrategy.partition;
	for (let ordinal = end - 1; ordinal >= lowest; ordinal--) {
		const pod = byOrdinal.get(ordinal);
		if (!pod) return;
		if (pod.labels[CONTROLLER_REVISION_HASH_LABEL] !== updateRevision && !pod.deleting) {
			deletePodGracefully(ctx, pod);
			recordEvent(ctx, 'Normal', 'SuccessfulDelete', `statefulset/${sts.name}`, `delete Pod ${pod.name} in StatefulSet ${sts.name} successful`);
			return;
		}
		// Update one Pod at a time: wait until the replaced one is Running and Ready.
		if (!isRunningAndReady(pod)) return;
	}
}

function createStatefulPod(ctx: StepContext, sts: Draft<StatefulSet>, ordinal: number): void {
	const name = `${sts.name}-${ordinal}`;
	const object = `statefulset/${sts.name}`;
	const partition = sts.spec.updateStrategy.type === 'RollingUpdate' ? sts.spec.updateStrategy.partition : 0;
	// Below the partition Pods keep the current revision; OnDelete recreates deleted Pods at the update revision.
	const useCurrent = ordinal < sts.spec.ordinalsStart + partition;
	const revision = useCurrent ? sts.status.currentRevision : sts.status.updateRevision;
	const template = sts.revisions.find((r) => `${sts.name}-${r.hash}` === revision)?.template ?? sts.spec.template;
	const volumes = sts.spec.volumeClaimTemplates.map((vct) => ({ name: vct.name, claimName: `${vct.name}-${name}` }));
	for (const vct of sts.spec.volumeClaimTemplates) {
		const claimName = `${vct.name}-${name}`;
		if (ctx.c.pvcs.some((pvc) => pvc.name === claimName)) continue;
		ctx.c.pvcs.push({
			name: claimName,
			uid: createUid(ctx),
			createdAt: ctx.c.time,
			labels: { ...sts.spec.selector },
			storage: vct.storage,
			accessModes: [...vct.accessModes],
			storageClassName: vct.storageClassName,
			volumeName: `pvc-${createUid(ctx)}`,
			phase: 'Bound',
		});
		recordEvent(ctx, 'Normal', 'SuccessfulCreate', object, `create Claim ${claimName} Pod ${name} in StatefulSet ${sts.name} success`);
	}
	createPod(ctx, {
		name,
		template,
		owner: { kind: 'StatefulSet', name: sts.name, uid: sts.uid },
		extraLabels: {
			[CONTROLLER_REVISION_HASH_LABEL]: revision,
			[STATEFULSET_POD_NAME_LABEL]: name,
			[POD_INDEX_LABEL]: String(ordinal),
		},
		volumes,
	});
	recordEvent(ctx, 'Normal', 'SuccessfulCreate', object, `create Pod ${name} in StatefulSet ${sts.name} successful`);
}

function refreshStatefulSetStatus(ctx: StepContext, sts: Draft<StatefulSet>): void {
	const active = ctx.c.pods.filter((p) => p.owner?.uid === sts.uid && isActivePod(p));
	const s = sts.status;
	s.replicas = active.length;
	s.readyReplicas = active.filter((p) => p.ready).length;
	s.availableReplicas = active.filter((p) => isAvailablePod(p, sts.spec.minReadySeconds, ctx.c.time)).length;
	s.updatedReplicas = active.filter((p) => p.labels[CONTROLLER_REVISION_HASH_LABEL] === s.updateRevision).length;
	s.currentReplicas = active.filter((p) => p.labels[CONTROLLER_REVISION_HASH_LABEL] === s.currentRevision).length;
	if (s.updatedReplicas === sts.spec.replicas && s.readyReplicas === sts.spec.replicas) {
		s.currentRevision = s.updateRevision;
		s.currentReplicas = s.updatedReplicas;
	}
}
