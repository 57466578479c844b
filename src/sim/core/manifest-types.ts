/**
 * What `apply` accepts: Kubernetes manifests as written in YAML (apiVersion, kind,
 * metadata, spec). Optional fields get the API server's defaults. Input parsed from
 * YAML is untrusted, so `validateManifest` checks every field at run time too.
 */
import type { ContainerPort, IntOrPercent, Labels, Protocol, ResourceRequirements, Toleration } from './types.ts';

/** metadata of a manifest. */
export interface ObjectMetaInput {
	readonly name: string;
	readonly namespace?: string;
	readonly labels?: Labels;
	readonly annotations?: Labels;
}

/** A container as written in a manifest. */
export interface ContainerInput {
	readonly name: string;
	readonly image: string;
	readonly ports?: readonly (Omit<ContainerPort, 'protocol'> & { readonly protocol?: Protocol })[];
	readonly resources?: ResourceRequirements;
}

/** A Pod spec as written in a manifest. */
export interface PodSpecInput {
	readonly containers: readonly ContainerInput[];
	readonly nodeSelector?: Labels;
	readonly tolerations?: readonly Toleration[];
	readonly restartPolicy?: 'Always' | 'OnFailure' | 'Never';
	readonly terminationGracePeriodSeconds?: number;
	/** Volumes; the model keeps the persistentVolumeClaim ones (storage.ts). */
	readonly volumes?: readonly { readonly name: string; readonly persistentVolumeClaim?: { readonly claimName: string } }[];
}

/** A Pod template as written in a manifest. */
export interface PodTemplateInput {
	readonly metadata?: { readonly labels?: Labels; readonly annotations?: Labels };
	readonly spec: PodSpecInput;
}

/** `selector` of a workload: only matchLabels is modelled. */
export interface LabelSelectorInput {
	readonly matchLabels?: Labels;
}

/** apps/v1 Deployment manifest. */
export interface DeploymentManifest {
	readonly apiVersion: 'apps/v1';
	readonly kind: 'Deployment';
	readonly metadata: ObjectMetaInput;
	readonly spec: {
		readonly replicas?: number;
		readonly selector: LabelSelectorInput;
		readonly template: PodTemplateInput;
		readonly strategy?: {
			readonly type?: 'RollingUpdate' | 'Recreate';
			readonly rollingUpdate?: { readonly maxSurge?: IntOrPercent; readonly maxUnavailable?: IntOrPercent };
		};
		readonly minReadySeconds?: number;
		readonly revisionHistoryLimit?: number;
		readonly progressDeadlineSeconds?: number;
		readonly paused?: boolean;
	};
}

/** apps/v1 ReplicaSet manifest. */
export interface ReplicaSetManifest {
	readonly apiVersion: 'apps/v1';
	readonly kind: 'ReplicaSet';
	readonly metadata: ObjectMetaInput;
	readonly spec: {
		readonly replicas?: number;
		readonly selector: LabelSelectorInput;
		readonly template: PodTemplateInput;
		readonly minReadySeconds?: number;
	};
}

/** A volumeClaimTemplates entry as written in a manifest. */
export interface VolumeClaimTemplateInput {
	readonly metadata: { readonly name: string };
	readonly spec: {
		readonly accessModes?: readonly string[];
		readonly storageClassName?: string;
		readonly resources: { readonly requests: { readonly storage: string } };
	};
}

/** apps/v1 StatefulSet manifest. */
export interface StatefulSetManifest {
	readonly apiVersion: 'apps/v1';
	readonly kind: 'StatefulSet';
	readonly metadata: ObjectMetaInput;
	readonly spec: {
		readonly replicas?: number;
		readonly selector: LabelSelectorInput;
		readonly serviceName?: string;
		readonly template: PodTemplateInput;
		readonly podManagementPolicy?: 'OrderedReady' | 'Parallel';
		readonly updateStrategy?: {
			readonly type?: 'RollingUpdate' | 'OnDelete';
			readonly rollingUpdate?: { readonly partition?: number };
		};
		readonly volumeClaimTemplates?: readonly VolumeClaimTemplateInput[];
		readonly ordinals?: { readonly start?: number };
		readonly minReadySeconds?: number;
	};
}

/** apps/v1 DaemonSet manifest. */
export interface DaemonSetManifest {
	readonly apiVersion: 'apps/v1';
	readonly kind: 'DaemonSet';
	readonly metadata: ObjectMetaInput;
	readonly spec: {
		readonly selector: LabelSelectorInput;
		readonly template: PodTemplateInput;
		readonly updateStrategy?: {
			readonly type?: 'RollingUpdate' | 'OnDelete';
			readonly rollingUpdate?: { readonly maxUnavailable?: IntOrPercent; readonly maxSurge?: IntOrPercent };
		};
		readonly minReadySeconds?: number;
	};
}

/** A Service port as written in a manifest. */
export interface ServicePortInput {
	readonly name?: string;
	readonly protocol?: Protocol;
	readonly port: number;
	readonly targetPort?: number | string;
	readonly nodePort?: number;
}

/** v1 Service manifest. */
export interface ServiceManifest {
	readonly apiVersion: 'v1';
	readonly kind: 'Service';
	readonly metadata: ObjectMetaInput;
	readonly spec: {
		readonly type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
		readonly selector?: Labels;
		readonly ports: readonly ServicePortInput[];
		/** Only "None" (headless, https://kubernetes.io/docs/concepts/services-networking/service/) may be requested; other addresses are allocated. */
		readonly clusterIP?: string;
		readonly externalTrafficPolicy?: 'Cluster' | 'Local';
	};
}

/** v1 Pod manifest (a bare Pod: nothing replaces it when deleted, https://kubernetes.io/docs/concepts/workloads/pods/). */
export interface PodManifest {
	readonly apiVersion: 'v1';
	readonly kind: 'Pod';
	readonly metadata: ObjectMetaInput;
	readonly spec: PodSpecInput;
}

/** Any manifest `apply` understands. */
export type Manifest = DeploymentManifest | ReplicaSetManifest | StatefulSetManifest | DaemonSetManifest | ServiceManifest | PodManifest;

/** Kinds `apply` understands. */
export type ManifestKind = Manifest['kind'];
