/**
 * PersistentVolumeClaims, PersistentVolumes and StorageClasses in the lab: `get` rows with
 * the columns of printers.go (pkg/printers/internalversion/printers.go), `-o yaml` objects,
 * `describe pvc` (describe.go's PersistentVolumeClaimDescriber, fewer fields). The claims and
 * their binding are the sim's (src/sim/core/storage.ts); PVs are derived from bound claims.
 */
import {
	claimsOf,
	DEFAULT_STORAGE_CLASS,
	formatAge,
	listPersistentVolumes,
	type Cluster,
	type PersistentVolumeView,
	type StorageClassInfo,
	type YamlValue,
} from '../sim/index.ts';
import { timestamp, type LabObject } from './objects.ts';
import type { LabState } from './state.ts';

type Claim = Cluster['pvcs'][number];
const SHORT_MODES: Readonly<Record<string, string>> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };
const modes = (list: readonly string[]): string => list.map((m) => SHORT_MODES[m] ?? m).join(',');

/** PVs and StorageClasses (cluster-scoped) as lab objects. */
export function listStorageObjects(state: LabState, type: 'persistentvolumes' | 'storageclasses'): LabObject[] {
	if (type === 'storageclasses') return [{ type, name: DEFAULT_STORAGE_CLASS.name, labels: {}, createdAt: 0, value: DEFAULT_STORAGE_CLASS }];
	return listPersistentVolumes(state.cluster).map((pv) => ({ type, name: pv.name, labels: {}, createdAt: pv.createdAt, value: pv }));
}

/** `get pvc|pv|storageclass` rows. */
export function storageTable(
	now: number,
	type: string,
	objects: readonly LabObject[],
	name: (o: LabObject) => string,
): { columns: string[]; rows: string[][] } | undefined {
	const age = (o: LabObject): string => formatAge(now - o.createdAt);
	switch (type) {
		case 'persistentvolumeclaims':
			return {
				columns: ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE'],
				rows: objects.map((o) => {
					const p = o.value as Claim;
					const bound = p.phase === 'Bound';
					// printers.go prints Terminating for a claim with a deletionTimestamp; a Pending claim has no volume or capacity yet.
					return [
						name(o),
						p.deleting ? 'Terminating' : p.phase,
						p.volumeName,
						bound ? p.storage : '',
						bound ? modes(p.accessModes) : '',
						p.storageClassName,
						'<unset>',
						age(o),
					];
				}),
			};
		case 'persistentvolumes':
			return {
				columns: ['NAME', 'CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'REASON', 'AGE'],
				rows: objects.map((o) => {
					const pv = o.value as PersistentVolumeView;
					return [name(o), pv.capacity, modes(pv.accessModes), pv.reclaimPolicy, pv.status, pv.claim, pv.storageClassName, '<unset>', '', age(o)];
				}),
			};
		case 'storageclasses':
			return {
				columns: ['NAME', 'PROVISIONER', 'RECLAIMPOLICY', 'VOLUMEBINDINGMODE', 'ALLOWVOLUMEEXPANSION', 'AGE'],
				rows: objects.map((o) => {
					const sc = o.value as StorageClassInfo;
					return [
						`${name(o)}${sc.isDefault ? ' (default)' : ''}`,
						sc.provisioner,
						sc.reclaimPolicy,
						sc.volumeBindingMode,
						String(sc.allowVolumeExpansion),
						age(o),
					];
				}),
			};
	}
	return undefined;
}

/** The API object `-o yaml|json` prints for a claim, a PV or the StorageClass. */
export function storageApiObject(type: string, o: LabObject): Record<string, YamlValue> | undefined {
	if (type === 'persistentvolumeclaims') {
		const p = o.value as Claim;
		const bound = p.phase === 'Bound';
		return {
			apiVersion: 'v1',
			kind: 'PersistentVolumeClaim',
			metadata: {
				creationTimestamp: timestamp(p.createdAt),
				finalizers: ['kubernetes.io/pvc-protection'],
				...(Object.keys(p.labels).length ? { labels: { ...p.labels } } : {}),
				name: p.name,
				namespace: 'default',
				uid: p.uid,
			},
			spec: {
				accessModes: [...p.accessModes],
				resources: { requests: { storage: p.storage } },
				storageClassName: p.storageClassName,
				volumeMode: 'Filesystem',
				...(bound ? { volumeName: p.volumeName } : {}),
			},
			status: bound ? { accessModes: [...p.accessModes], capacity: { storage: p.storage }, phase: 'Bound' } : { phase: 'Pending' },
		};
	}
	if (type === 'persistentvolumes') {
		const pv = o.value as PersistentVolumeView;
		return {
			apiVersion: 'v1',
			kind: 'PersistentVolume',
			metadata: { creationTimestamp: timestamp(pv.createdAt), finalizers: ['kubernetes.io/pv-protection'], name: pv.name },
			spec: {
				accessModes: [...pv.accessModes],
				capacity: { storage: pv.capacity },
				claimRef: { kind: 'PersistentVolumeClaim', name: pv.claim.split('/')[1]!, namespace: 'default' },
				persistentVolumeReclaimPolicy: pv.reclaimPolicy,
				storageClassName: pv.storageClassName,
				volumeMode: 'Filesystem',
			},
			status: { phase: pv.status },
		};
	}
	if (type === 'storageclasses') {
		const sc = o.value as StorageClassInfo;
		return {
			apiVersion: 'storage.k8s.io/v1',
			kind: 'StorageClass',
			metadata: { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' }, creationTimestamp: timestamp(0), name: sc.name },
			provisioner: sc.provisioner,
			reclaimPolicy: sc.reclaimPolicy,
			volumeBindingMode: sc.volumeBindingMode,
		};
	}
	return undefined;
}

/** `kubectl describe pvc` (PersistentVolumeClaimDescriber: Name ... Used By, Events). */
export function describeClaim(state: LabState, o: LabObject, events: string): string {
	const p = o.value as Claim;
	const bound = p.phase === 'Bound';
	const users = state.cluster.pods.filter((pod) => claimsOf(pod).includes(p.name)).map((pod) => pod.name);
	const labels = Object.entries(p.labels).map(([k, v]) => `${k}=${v}`);
	const lines = [
		`Name:          ${p.name}`,
		'Namespace:     default',
		`StorageClass:  ${p.storageClassName}`,
		`Status:        ${p.deleting ? 'Terminating (lasts <unknown>)' : p.phase}`,
		`Volume:        ${p.volumeName}`,
		`Labels:        ${labels.length ? labels.join('\n               ') : '<none>'}`,
		`Annotations:   ${bound ? 'pv.kubernetes.io/bind-completed: yes' : '<none>'}`,
		'Finalizers:    [kubernetes.io/pvc-protection]',
		`Capacity:      ${bound ? p.storage : ''}`,
		`Access Modes:  ${bound ? modes(p.accessModes) : ''}`,
		'VolumeMode:    Filesystem',
		`Used By:       ${users.length ? users.join('\n               ') : '<none>'}`,
		events,
	];
	return lines.join('\n');
}
