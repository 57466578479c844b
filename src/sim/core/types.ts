/**
 * The cluster model: plain, serializable, readonly data. Everything lives in the
 * `default` namespace; namespaces, RBAC and NetworkPolicy are modelled elsewhere.
 * Times are simulated seconds since the cluster was created (see `Cluster.time`).
 */
import type { CronJob, Job } from './jobs.ts';

/** Label or annotation map (`metadata.labels`). */
export type Labels = Readonly<Record<string, string>>;

/** A Pod phase: exactly the five real ones (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). */
export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** What `kubectl get pods` prints in STATUS; display strings, not phases (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). */
export type PodDisplayStatus =
	| 'Pending'
	| 'ContainerCreating'
	| 'Running'
	| 'Terminating'
	| 'ErrImagePull'
	| 'ImagePullBackOff'
	/** A Job Pod whose container exited 0 (phase Succeeded). */
	| 'Completed'
	| 'Unknown';

/** Taint effect on a node. */
export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

/** A node taint, e.g. `node-role.kubernetes.io/control-plane:NoSchedule` (https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation). */
export interface Taint {
	readonly key: string;
	readonly value?: string;
	readonly effect: TaintEffect;
}

/** A Pod toleration; `operator` defaults to Equal. */
export interface Toleration {
	readonly key?: string;
	readonly operator?: 'Exists' | 'Equal';
	readonly value?: string;
	readonly effect?: TaintEffect;
	readonly tolerationSeconds?: number;
}

/** Resource amounts already resolved to numbers. */
export interface Resources {
	/** CPU in millicores (1 CPU = 1000m, https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
	readonly cpu: number;
	/** Memory in bytes (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
	readonly memory: number;
}

/** A worker or control-plane machine. */
export interface Node {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly taints: readonly Taint[];
	/** Allocatable resources; the scheduler sums requests against these (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
	readonly capacity: Resources & { readonly pods: number };
	/** Node Ready condition; a NotReady node carries the `node.kubernetes.io/not-ready` taints. */
	readonly ready: boolean;
	/** `spec.unschedulable` (kubectl cordon): no new Pods unless they tolerate `node.kubernetes.io/unschedulable`. */
	readonly unschedulable?: boolean;
	/** When the node last became NotReady (for taint-based eviction). */
	readonly notReadySince?: number;
	/** InternalIP of the node. */
	readonly ip: string;
	/** Third octet of the node's Pod CIDR (10.244.<n>.0/24). */
	readonly podCidrIndex: number;
	/** Last host number handed out from the Pod CIDR (host-local IPAM goes round-robin). */
	readonly lastPodHost: number;
}

/** A port a container listens on. */
export interface ContainerPort {
	readonly containerPort: number;
	readonly name?: string;
	readonly protocol: Protocol;
}

/** Requests and limits as written in a manifest (quantity strings or numbers). */
export interface ResourceRequirements {
	readonly requests?: Readonly<Record<string, string | number>>;
	readonly limits?: Readonly<Record<string, string | number>>;
}

/** One container of a Pod template. */
export interface Container {
	readonly name: string;
	readonly image: string;
	readonly ports?: readonly ContainerPort[];
	readonly resources?: ResourceRequirements;
}

/** A Pod volume that mounts a PersistentVolumeClaim. */
export interface PvcVolume {
	readonly name: string;
	readonly claimName: string;
}

/** Pod spec (the parts the simulator uses). */
export interface PodSpec {
	readonly containers: readonly Container[];
	readonly nodeSelector?: Labels;
	readonly tolerations?: readonly Toleration[];
	/** Only `Always` is allowed in workload templates (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly restartPolicy: 'Always' | 'OnFailure' | 'Never';
	readonly terminationGracePeriodSeconds: number;
	readonly volumes?: readonly PvcVolume[];
}

/** Pod template of a workload resource. */
export interface PodTemplate {
	readonly metadata: { readonly labels: Labels; readonly annotations?: Labels };
	readonly spec: PodSpec;
}

/** Reference from a dependent to its controller (`metadata.ownerReferences`, https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/). */
export interface OwnerRef {
	readonly kind: 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Deployment' | 'Job';
	readonly name: string;
	readonly uid: string;
}

/** A running (or trying to run) Pod. */
export interface Pod {
	readonly name: string;
	/** A new Pod always gets a new UID, even with the same name (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). */
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly owner?: OwnerRef;
	readonly spec: PodSpec;
	/** Image of the first container, for display. */
	readonly image: string;
	/** Sum of container requests; limits stand in for missing requests (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
	readonly requests: Resources;
	/** DaemonSet Pods are pinned to one node through node affinity (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
	readonly requiredNodeName?: string;
	/** Set once by the scheduler; a Pod is never moved (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). */
	readonly nodeName?: string;
	readonly phase: PodPhase;
	readonly status: PodDisplayStatus;
	readonly ready: boolean;
	/** When the Pod last became Ready (minReadySeconds, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly readySince?: number;
	readonly ip?: string;
	/** Graceful deletion in progress (deletionTimestamp set): STATUS Terminating. */
	readonly deleting: boolean;
	/** Why the scheduler could not place the Pod (PodScheduled=False). */
	readonly unschedulableReason?: string;
	/** Next time the kubelet retries a failing image pull. */
	readonly nextPullAt?: number;
	readonly pullAttempts: number;
	/** Restart count (RESTARTS column). */
	readonly restarts: number;
	/** A Job Pod's container runs this long, then exits 0 (jobs.ts). */
	readonly runSeconds?: number;
}

/** A Deployment or DaemonSet rolling-update knob: absolute number or percent string like "25%". */
export type IntOrPercent = number | string;

/** ReplicaSet (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/). */
export interface ReplicaSet {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly annotations: Labels;
	readonly owner?: OwnerRef;
	readonly spec: {
		readonly replicas: number;
		readonly selector: Labels;
		readonly template: PodTemplate;
		readonly minReadySeconds: number;
	};
	readonly status: ReplicaSetStatus;
}

/** Observed state of a ReplicaSet; terminating Pods are not counted. */
export interface ReplicaSetStatus {
	readonly replicas: number;
	readonly readyReplicas: number;
	readonly availableReplicas: number;
}

/** Deployment strategy (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export type DeploymentStrategy =
	| {
			readonly type: 'RollingUpdate';
			readonly rollingUpdate: { readonly maxSurge: IntOrPercent; readonly maxUnavailable: IntOrPercent };
	  }
	| { readonly type: 'Recreate' };

/** A status condition (Available, Progressing). */
export interface Condition {
	readonly type: string;
	readonly status: 'True' | 'False' | 'Unknown';
	readonly reason: string;
	readonly message: string;
	readonly lastUpdateTime: number;
	readonly lastTransitionTime: number;
}

/** Deployment (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export interface Deployment {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly annotations: Labels;
	/** Bumped on every spec change; status.observedGeneration catches up on the next tick. */
	readonly generation: number;
	readonly spec: {
		readonly replicas: number;
		readonly selector: Labels;
		readonly template: PodTemplate;
		readonly strategy: DeploymentStrategy;
		readonly minReadySeconds: number;
		readonly revisionHistoryLimit: number;
		readonly progressDeadlineSeconds: number;
		readonly paused: boolean;
	};
	readonly status: DeploymentStatus;
}

/** Observed state of a Deployment. */
export interface DeploymentStatus {
	readonly observedGeneration: number;
	readonly replicas: number;
	readonly updatedReplicas: number;
	readonly readyReplicas: number;
	readonly availableReplicas: number;
	readonly unavailableReplicas: number;
	readonly conditions: readonly Condition[];
}

/** A PersistentVolumeClaim template of a StatefulSet (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export interface VolumeClaimTemplate {
	readonly name: string;
	readonly storage: string;
	readonly accessModes: readonly string[];
	readonly storageClassName: string;
}

/** StatefulSet (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export interface StatefulSet {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly annotations: Labels;
	readonly generation: number;
	readonly spec: {
		readonly replicas: number;
		readonly selector: Labels;
		readonly serviceName?: string;
		readonly template: PodTemplate;
		readonly podManagementPolicy: 'OrderedReady' | 'Parallel';
		readonly updateStrategy: { readonly type: 'RollingUpdate'; readonly partition: number } | { readonly type: 'OnDelete' };
		readonly volumeClaimTemplates: readonly VolumeClaimTemplate[];
		readonly ordinalsStart: number;
		readonly minReadySeconds: number;
	};
	/** Known template revisions by hash (ControllerRevisions), newest last. */
	readonly revisions: readonly { readonly hash: string; readonly template: PodTemplate }[];
	readonly status: StatefulSetStatus;
}

/** Observed state of a StatefulSet. */
export interface StatefulSetStatus {
	readonly replicas: number;
	readonly readyReplicas: number;
	readonly availableReplicas: number;
	readonly currentReplicas: number;
	readonly updatedReplicas: number;
	readonly currentRevision: string;
	readonly updateRevision: string;
}

/** DaemonSet (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export interface DaemonSet {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly annotations: Labels;
	readonly generation: number;
	readonly spec: {
		readonly selector: Labels;
		readonly template: PodTemplate;
		readonly updateStrategy:
			{ readonly type: 'RollingUpdate'; readonly maxUnavailable: IntOrPercent; readonly maxSurge: IntOrPercent } | { readonly type: 'OnDelete' };
		readonly minReadySeconds: number;
	};
	readonly status: DaemonSetStatus;
}

/** Observed state of a DaemonSet (kubectl get ds columns). */
export interface DaemonSetStatus {
	readonly desiredNumberScheduled: number;
	readonly currentNumberScheduled: number;
	readonly numberReady: number;
	readonly updatedNumberScheduled: number;
	readonly numberAvailable: number;
	readonly numberMisscheduled: number;
}

/** L4 protocol of a port (https://kubernetes.io/docs/concepts/services-networking/service/ default TCP). */
export type Protocol = 'TCP' | 'UDP' | 'SCTP';

/** Service type; nested LoadBalancer ⊃ NodePort ⊃ ClusterIP (https://kubernetes.io/docs/concepts/services-networking/service/). */
export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer';

/** One port of a Service (https://kubernetes.io/docs/concepts/services-networking/service/). */
export interface ServicePort {
	readonly name?: string;
	readonly protocol: Protocol;
	readonly port: number;
	/** Container port number or name; defaults to `port` (https://kubernetes.io/docs/concepts/services-networking/service/). */
	readonly targetPort: number | string;
	/** Set for NodePort and LoadBalancer Services (https://kubernetes.io/docs/concepts/services-networking/service/). */
	readonly nodePort?: number;
}

/** Service (https://kubernetes.io/docs/concepts/services-networking/service/). */
export interface Service {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly annotations: Labels;
	readonly spec: {
		readonly type: ServiceType;
		/** Omitted selector: no automatic endpoints (https://kubernetes.io/docs/concepts/services-networking/service/). */
		readonly selector?: Labels;
		readonly ports: readonly ServicePort[];
		/** Allocated from 10.96.0.0/12, or "None" for a headless Service (https://kubernetes.io/docs/concepts/services-networking/service/). */
		readonly clusterIP: string;
		readonly externalTrafficPolicy: 'Cluster' | 'Local';
	};
	readonly status: {
		/** Set by the load-balancer provider; absent means `<pending>` (https://kubernetes.io/docs/tutorials/hello-minikube/). */
		readonly loadBalancerIP?: string;
	};
}

/** PersistentVolumeClaim made from a volumeClaimTemplate; retained on scale-down (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export interface PersistentVolumeClaim {
	readonly name: string;
	readonly uid: string;
	readonly createdAt: number;
	readonly labels: Labels;
	readonly storage: string;
	readonly accessModes: readonly string[];
	readonly storageClassName: string;
	readonly volumeName: string;
	readonly phase: 'Pending' | 'Bound';
	/** Deleted while a Pod still uses it: Terminating until the last user goes (kubernetes.io/pvc-protection). */
	readonly deleting?: boolean;
	/** When the provisioner bound it (the PV's creation time). */
	readonly boundAt?: number;
}

/** One entry of the cluster's event log (like `kubectl get events`). */
export interface ClusterEvent {
	readonly seq: number;
	readonly time: number;
	readonly type: 'Normal' | 'Warning';
	readonly reason: string;
	/** `kind/name`, e.g. `deployment/nginx-deployment`. */
	readonly object: string;
	readonly message: string;
}

/** One API validation error, shaped like the API server's field errors. */
export interface FieldError {
	/** Field path, e.g. `spec.template.metadata.labels`. */
	readonly field: string;
	readonly type: 'Required' | 'Invalid' | 'Unsupported' | 'Forbidden' | 'Duplicate' | 'NotFound';
	/** Offending value rendered as text, when there is one. */
	readonly value?: string;
	readonly detail: string;
}

/** Outcome of the last command (every event but `tick`), like kubectl's output line. */
export type CommandResult =
	{ readonly ok: true; readonly output: string } | { readonly ok: false; readonly output: string; readonly errors: readonly FieldError[] };

/** The whole simulated cluster. */
export interface Cluster {
	/** Simulated seconds since creation; each tick advances it (default 10 s). */
	readonly time: number;
	/** State of the seeded PRNG (mulberry32); same events from the same seed give the same cluster. */
	readonly rng: number;
	readonly nodes: readonly Node[];
	readonly pods: readonly Pod[];
	readonly replicaSets: readonly ReplicaSet[];
	readonly deployments: readonly Deployment[];
	readonly statefulSets: readonly StatefulSet[];
	readonly daemonSets: readonly DaemonSet[];
	readonly services: readonly Service[];
	readonly pvcs: readonly PersistentVolumeClaim[];
	/** Jobs and CronJobs (jobs.ts); absent until the first one is created. */
	readonly jobs?: readonly Job[];
	readonly cronJobs?: readonly CronJob[];
	/** Whether a load-balancer implementation (cloud or MetalLB) is present (https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/). */
	readonly loadBalancerProvider: boolean;
	/** Images the kubelet cannot pull besides unknown tags of known repositories. */
	readonly unpullableImages: readonly string[];
	/** Recent events, oldest first, capped. */
	readonly events: readonly ClusterEvent[];
	readonly eventSeq: number;
	/** Output of the last command; ticks leave it unchanged. */
	readonly lastResult?: CommandResult;
}
