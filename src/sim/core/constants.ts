/** Defaults and well-known names, each traced to the facts sheet. */

/** Simulated seconds one `tick` advances when the event carries no `seconds`. */
export const TICK_SECONDS = 10;

/** Kubernetes version shown in `kubectl get nodes` (https://kubernetes.io/blog/_posts/2026/kubernetes-v1-37-release/). */
export const KUBERNETES_VERSION = 'v1.37.0';

/** Label and taint that mark a control-plane node (kubernetes/enhancements keps/sig-cluster-lifecycle/kubeadm/2067-rename-master-label-taint/README.md, https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation). */
export const CONTROL_PLANE_KEY = 'node-role.kubernetes.io/control-plane';

/** Taint the node lifecycle controller puts on a NotReady node. */
export const NOT_READY_TAINT_KEY = 'node.kubernetes.io/not-ready';

/** Label every Deployment-owned ReplicaSet and Pod carries (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

/** StatefulSet and DaemonSet Pods carry their template revision here. */
export const CONTROLLER_REVISION_HASH_LABEL = 'controller-revision-hash';

/** StatefulSet Pods carry their own name here (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export const STATEFULSET_POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';

/** StatefulSet Pods carry their ordinal here. */
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

/** Revision annotation on ReplicaSets and Deployments (kubernetes/kubernetes pkg/controller/deployment/sync.go). */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

/** Earlier revision numbers of a ReplicaSet reused by a rollback (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';

/** Deployment replicas when the ReplicaSet was last scaled (proportional scaling, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';

/** replicas + maxSurge when the ReplicaSet was last scaled (proportional scaling, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';

/** CHANGE-CAUSE of `kubectl rollout history` (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';

/** apps/v1 Deployment defaults (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export const DEPLOYMENT_DEFAULTS = {
	replicas: 1,
	maxSurge: '25%',
	maxUnavailable: '25%',
	revisionHistoryLimit: 10,
	progressDeadlineSeconds: 600,
	minReadySeconds: 0,
} as const;

/** Pod defaults: restartPolicy Always (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/), grace period 30 s (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). */
export const POD_DEFAULTS = { restartPolicy: 'Always', terminationGracePeriodSeconds: 30 } as const;

/** DaemonSet RollingUpdate defaults (kubernetes/kubernetes pkg/apis/apps/v1/defaults.go). */
export const DAEMONSET_DEFAULTS = { maxUnavailable: 1, maxSurge: 0 } as const;

/** Default `--service-node-port-range` (https://kubernetes.io/docs/concepts/services-networking/service/). */
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;

/** Size of the static (lower) NodePort band: min(max(16, size/32), 128) = 86 (https://kubernetes.io/docs/concepts/services-networking/service/). */
export const NODE_PORT_STATIC_BAND = Math.min(Math.max(16, Math.floor((NODE_PORT_RANGE.max - NODE_PORT_RANGE.min + 1) / 32)), 128);

/** Default service-cluster-ip-range 10.96.0.0/12 as [first, last] 32-bit addresses (https://kubernetes.io/docs/concepts/services-networking/service/). */
export const SERVICE_CIDR = { first: (10 << 24) | (96 << 16), size: 1 << 20 } as const;

/** Seconds a Pod tolerates a NotReady node before eviction (DefaultTolerationSeconds admission). */
export const NOT_READY_TOLERATION_SECONDS = 300;

/** Image-pull back-off doubles from 10 s up to 300 s. */
export const IMAGE_PULL_BACKOFF = { initial: 10, max: 300 } as const;

/** How many entries the cluster event log keeps. */
export const EVENT_LOG_LIMIT = 200;
