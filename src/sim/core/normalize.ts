/**
 * API defaulting: turn a validated manifest into the model's spec with every default
 * filled in (https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/, kubernetes/kubernetes pkg/apis/apps/v1/defaults.go). Only call these on manifests that
 * `validateManifest` accepted.
 */
import { DAEMONSET_DEFAULTS, DEPLOYMENT_DEFAULTS, POD_DEFAULTS } from './constants.ts';
import type {
	DaemonSetManifest,
	DeploymentManifest,
	PodSpecInput,
	PodTemplateInput,
	ReplicaSetManifest,
	ServicePortInput,
	StatefulSetManifest,
} from './manifest-types.ts';
import type { DaemonSet, Deployment, PodSpec, PodTemplate, ReplicaSet, StatefulSet } from './types.ts';

/** Pod spec with defaults (restartPolicy Always, grace period 30 s, port protocol TCP). */
export function normalizePodSpec(spec: PodSpecInput): PodSpec {
	return {
		containers: spec.containers.map((c) => ({
			name: c.name,
			image: c.image,
			...(c.ports ? { ports: c.ports.map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' })) } : {}),
			...(c.resources ? { resources: c.resources } : {}),
		})),
		...(spec.nodeSelector ? { nodeSelector: spec.nodeSelector } : {}),
		...(spec.tolerations ? { tolerations: spec.tolerations } : {}),
		restartPolicy: spec.restartPolicy ?? POD_DEFAULTS.restartPolicy,
		terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? POD_DEFAULTS.terminationGracePeriodSeconds,
		...pvcVolumes(spec),
	};
}

/** The persistentVolumeClaim volumes of a spec (other volume types are not modelled). */
function pvcVolumes(spec: PodSpecInput): { volumes?: PodSpec['volumes'] } {
	const volumes = (spec.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim ? [{ name: v.name, claimName: v.persistentVolumeClaim.claimName }] : []));
	return volumes.length > 0 ? { volumes } : {};
}

/** Pod template with defaults. */
export function normalizeTemplate(template: PodTemplateInput): PodTemplate {
	return {
		metadata: {
			labels: { ...template.metadata?.labels },
			...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
		},
		spec: normalizePodSpec(template.spec),
	};
}

/** Deployment spec with apps/v1 defaults (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/); `current` keeps live replicas when the manifest omits them (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function normalizeDeploymentSpec(m: DeploymentManifest, current?: Deployment): Deployment['spec'] {
	const s = m.spec;
	return {
		replicas: s.replicas ?? current?.spec.replicas ?? DEPLOYMENT_DEFAULTS.replicas,
		selector: { ...s.selector.matchLabels },
		template: normalizeTemplate(s.template),
		strategy:
			s.strategy?.type === 'Recreate'
				? { type: 'Recreate' }
				: {
						type: 'RollingUpdate',
						rollingUpdate: {
							maxSurge: s.strategy?.rollingUpdate?.maxSurge ?? DEPLOYMENT_DEFAULTS.maxSurge,
							maxUnavailable: s.strategy?.rollingUpdate?.maxUnavailable ?? DEPLOYMENT_DEFAULTS.maxUnavailable,
						},
					},
		minReadySeconds: s.minReadySeconds ?? DEPLOYMENT_DEFAULTS.minReadySeconds,
		revisionHistoryLimit: s.revisionHistoryLimit ?? DEPLOYMENT_DEFAULTS.revisionHistoryLimit,
		progressDeadlineSeconds: s.progressDeadlineSeconds ?? DEPLOYMENT_DEFAULTS.progressDeadlineSeconds,
		paused: s.paused ?? false,
	};
}

/** ReplicaSet spec with defaults (replicas 1, https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/). */
export function normalizeReplicaSetSpec(m: ReplicaSetManifest, current?: ReplicaSet): ReplicaSet['spec'] {
	return {
		replicas: m.spec.replicas ?? current?.spec.replicas ?? 1,
		selector: { ...m.spec.selector.matchLabels },
		template: normalizeTemplate(m.spec.template),
		minReadySeconds: m.spec.minReadySeconds ?? 0,
	};
}

/** StatefulSet spec with defaults: OrderedReady, RollingUpdate partition 0, ordinals from 0 (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export function normalizeStatefulSetSpec(m: StatefulSetManifest, current?: StatefulSet): StatefulSet['spec'] {
	const s = m.spec;
	return {
		replicas: s.replicas ?? current?.spec.replicas ?? 1,
		selector: { ...s.selector.matchLabels },
		...(s.serviceName ? { serviceName: s.serviceName } : {}),
		template: normalizeTemplate(s.template),
		podManagementPolicy: s.podManagementPolicy ?? 'OrderedReady',
		updateStrategy:
			s.updateStrategy?.type === 'OnDelete'
				? { type: 'OnDelete' }
				: { type: 'RollingUpdate', partition: s.updateStrategy?.rollingUpdate?.partition ?? 0 },
		volumeClaimTemplates: (s.volumeClaimTemplates ?? []).map((v) => ({
			name: v.metadata.name,
			storage: v.spec.resources.requests.storage,
			accessModes: v.spec.accessModes ?? ['ReadWriteOnce'],
			storageClassName: v.spec.storageClassName ?? 'standard',
		})),
		ordinalsStart: s.ordinals?.start ?? 0,
		minReadySeconds: s.minReadySeconds ?? 0,
	};
}

/** DaemonSet spec with defaults: RollingUpdate, maxUnavailable 1, maxSurge 0 (kubernetes/kubernetes pkg/apis/apps/v1/defaults.go). */
export function normalizeDaemonSetSpec(m: DaemonSetManifest): DaemonSet['spec'] {
	const s = m.spec;
	return {
		selector: { ...s.selector.matchLabels },
		template: normalizeTemplate(s.template),
		updateStrategy:
			s.updateStrategy?.type === 'OnDelete'
				? { type: 'OnDelete' }
				: {
						type: 'RollingUpdate',
						maxUnavailable: s.updateStrategy?.rollingUpdate?.maxUnavailable ?? DAEMONSET_DEFAULTS.maxUnavailable,
						maxSurge: s.updateStrategy?.rollingUpdate?.maxSurge ?? DAEMONSET_DEFAULTS.maxSurge,
					},
		minReadySeconds: s.minReadySeconds ?? 0,
	};
}

/** A Service port with defaults: protocol TCP, targetPort = port (https://kubernetes.io/docs/concepts/services-networking/service/). */
export function normalizeServicePort(p: ServicePortInput): {
	name?: string;
	protocol: 'TCP' | 'UDP' | 'SCTP';
	port: number;
	targetPort: number | string;
	nodePort?: number;
} {
	return {
		...(p.name ? { name: p.name } : {}),
		protocol: p.protocol ?? 'TCP',
		port: p.port,
		targetPort: p.targetPort ?? p.port,
		...(p.nodePort === undefined ? {} : { nodePort: p.nodePort }),
	};
}
