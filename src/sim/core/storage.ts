/**
 * PersistentVolumeClaims bound by dynamic provisioning (https://kubernetes.io/docs/concepts/storage/persistent-volumes/,
 * https://kubernetes.io/docs/concepts/storage/storage-classes/). The cluster has one StorageClass,
 * `standard`, marked default, as a kind cluster ships it: provisioner rancher.io/local-path,
 * reclaimPolicy Delete, volumeBindingMode WaitForFirstConsumer. So a claim stays Pending until a
 * Pod uses it; then the provisioner creates a PV named `pvc-<claim uid>` and the claim binds.
 * Deleting a claim a Pod still uses waits (kubernetes.io/pvc-protection); with reclaimPolicy
 * Delete the PV goes with its claim, so PVs are derived from bound claims here.
 */
import { createUid, recordEvent, type StepContext } from './draft.ts';
import { parseMemory } from './quantity.ts';
import type { Cluster, CommandResult, PersistentVolumeClaim, Pod } from './types.ts';
import { formatInvalidObject, validateSubdomainName } from './validate-common.ts';

/** A StorageClass (storage.k8s.io/v1). */
export interface StorageClassInfo {
	readonly name: string;
	readonly provisioner: string;
	readonly reclaimPolicy: 'Delete' | 'Retain';
	readonly volumeBindingMode: 'Immediate' | 'WaitForFirstConsumer';
	readonly allowVolumeExpansion: boolean;
	/** Annotated storageclass.kubernetes.io/is-default-class: "true". */
	readonly isDefault: boolean;
}

/** The cluster's only StorageClass: kind's default (https://kind.sigs.k8s.io/, local-path-provisioner). */
export const DEFAULT_STORAGE_CLASS: StorageClassInfo = {
	name: 'standard',
	provisioner: 'rancher.io/local-path',
	reclaimPolicy: 'Delete',
	volumeBindingMode: 'WaitForFirstConsumer',
	allowVolumeExpansion: false,
	isDefault: true,
};

/** A PersistentVolume as `kubectl get pv` shows it, derived from a bound claim. */
export interface PersistentVolumeView {
	readonly name: string;
	readonly capacity: string;
	readonly accessModes: readonly string[];
	readonly reclaimPolicy: string;
	readonly status: 'Bound' | 'Released';
	readonly claim: string;
	readonly storageClassName: string;
	readonly createdAt: number;
}

const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];

/** Every PV of the cluster: one per bound claim (dynamic provisioning, reclaimPolicy Delete). */
export function listPersistentVolumes(cluster: Cluster): PersistentVolumeView[] {
	return cluster.pvcs
		.filter((c) => c.phase === 'Bound' && c.volumeName !== '')
		.map((c) => ({
			name: c.volumeName,
			capacity: c.storage,
			accessModes: c.accessModes,
			reclaimPolicy: 'Delete',
			status: 'Bound' as const,
			claim: `default/${c.name}`,
			storageClassName: c.storageClassName,
			createdAt: c.boundAt ?? c.createdAt,
		}))
		.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Claim names a Pod mounts. */
export function claimsOf(pod: Pod): string[] {
	return (pod.spec.volumes ?? []).map((v) => v.claimName);
}

/** Why the scheduler cannot place a Pod yet because of its claims (VolumeBinding filter), or undefined. */
export function claimSchedulingProblem(cluster: Cluster, pod: Pod): string | undefined {
	for (const name of claimsOf(pod)) {
		const claim = cluster.pvcs.find((c) => c.name === name);
		if (!claim)
			return `0/${cluster.nodes.length} nodes are available: persistentvolumeclaim "${name}" not found. preemption: 0/${cluster.nodes.length} nodes are available: ${cluster.nodes.length} Preemption is not helpful for scheduling.`;
		if (claim.deleting)
			return `0/${cluster.nodes.length} nodes are available: persistentvolumeclaim "${name}" is being deleted. preemption: 0/${cluster.nodes.length} nodes are available: ${cluster.nodes.length} Preemption is not helpful for scheduling.`;
		if (claim.phase !== 'Bound')
			return `0/${cluster.nodes.length} nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/${cluster.nodes.length} nodes are available: ${cluster.nodes.length} Preemption is not helpful for scheduling.`;
	}
	return undefined;
}

/** `kubectl apply -f` of a PersistentVolumeClaim: validated like the API server; spec is immutable once created except the size. */
export function applyClaim(ctx: StepContext, input: unknown): CommandResult {
	const m = (input ?? {}) as {
		metadata?: { name?: unknown; labels?: Record<string, string> };
		spec?: { accessModes?: unknown; resources?: { requests?: { storage?: unknown } }; storageClassName?: unknown };
	};
	const name = typeof m.metadata?.name === 'string' ? m.metadata.name : '';
	const errors = validateSubdomainName(m.metadata?.name, 'metadata.name');
	const modes = m.spec?.accessModes;
	if (!Array.isArray(modes) || modes.length === 0) errors.push({ field: 'spec.accessModes', type: 'Required', detail: 'at least 1 access mode is required' });
	else
		modes.forEach((mode, i) => {
			if (!ACCESS_MODES.includes(String(mode)))
				errors.push({
					field: `spec.accessModes[${i}]`,
					type: 'Unsupported',
					value: `"${String(mode)}"`,
					detail: `supported values: ${ACCESS_MODES.map((x) => `"${x}"`).join(', ')}`,
				});
		});
	const storage = m.spec?.resources?.requests?.storage;
	if (storage === undefined) errors.push({ field: 'spec.resources[storage]', type: 'Required', detail: '' });
	else if (parseMemory(String(storage)) === undefined)
		errors.push({ field: 'spec.resources.requests[storage]', type: 'Invalid', value: `"${String(storage)}"`, detail: 'must be a quantity' });
	const className = m.spec?.storageClassName === undefined ? DEFAULT_STORAGE_CLASS.name : String(m.spec.storageClassName);
	if (errors.length > 0) return { ok: false, output: formatInvalidObject('PersistentVolumeClaim', name, errors), errors };
	const existing = ctx.c.pvcs.find((c) => c.name === name);
	if (existing) {
		const same =
			existing.storage === String(storage) && JSON.stringify(existing.accessModes) === JSON.stringify(modes) && existing.storageClassName === className;
		if (same) return { ok: true, output: `persistentvolumeclaim/${name} unchanged` };
		const detail = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';
		return {
			ok: false,
			output: formatInvalidObject('PersistentVolumeClaim', name, [{ field: 'spec', type: 'Forbidden', detail }]),
			errors: [{ field: 'spec', type: 'Forbidden', detail }],
		};
	}
	ctx.c.pvcs.push({
		name,
		uid: createUid(ctx),
		createdAt: ctx.c.time,
		labels: { ...(m.metadata?.labels ?? {}) },
		storage: String(storage),
		accessModes: (modes as unknown[]).map(String),
		storageClassName: className,
		volumeName: '',
		phase: 'Pending',
	});
	return { ok: true, output: `persistentvolumeclaim/${name} created` };
}

/** `kubectl delete pvc NAME`: gone at once when no Pod uses it, else Terminating until the last user goes (pvc-protection). */
export function deleteClaim(ctx: StepContext, name: string): CommandResult {
	const claim = ctx.c.pvcs.find((c) => c.name === name);
	if (!claim) return { ok: false, output: `Error from server (NotFound): persistentvolumeclaims "${name}" not found`, errors: [] };
	claim.deleting = true;
	runVolumeBinder(ctx);
	return { ok: true, output: `persistentvolumeclaim "${name}" deleted` };
}

/** One round of the PV controller and the provisioner: bind claims that have a consumer, finish deletions. */
export function runVolumeBinder(ctx: StepContext): void {
	for (const claim of [...ctx.c.pvcs]) {
		const users = ctx.c.pods.filter((p) => claimsOf(p).includes(claim.name));
		const object = `persistentvolumeclaim/${claim.name}`;
		if (claim.deleting) {
			if (users.length === 0) ctx.c.pvcs.splice(ctx.c.pvcs.indexOf(claim), 1);
			continue;
		}
		if (claim.phase === 'Bound') continue;
		if (claim.storageClassName !== DEFAULT_STORAGE_CLASS.name) {
			const message =
				claim.storageClassName === ''
					? 'no persistent volumes available for this claim and no storage class is set'
					: `storageclass.storage.k8s.io "${claim.storageClassName}" not found`;
			if (!ctx.c.events.some((e) => e.object === object && e.message === message))
				recordEvent(ctx, 'Warning', claim.storageClassName === '' ? 'FailedBinding' : 'ProvisioningFailed', object, message);
			continue;
		}
		if (!users.some((p) => !p.deleting)) {
			if (!ctx.c.events.some((e) => e.object === object && e.reason === 'WaitForFirstConsumer'))
				recordEvent(ctx, 'Normal', 'WaitForFirstConsumer', object, 'waiting for first consumer to be created before binding');
			continue;
		}
		claim.volumeName = `pvc-${claim.uid}`;
		claim.phase = 'Bound';
		claim.boundAt = ctx.c.time;
		recordEvent(ctx, 'Normal', 'Provisioning', object, `External provisioner is provisioning volume for claim "default/${claim.name}"`);
		recordEvent(ctx, 'Normal', 'ProvisioningSucceeded', object, `Successfully provisioned volume ${claim.volumeName}`);
	}
}

/** Re-exported for tables: the claim type. */
export type { PersistentVolumeClaim };
