/**
 * Public API of the cluster simulation (core/, policy/, views/; see README.md). Widgets and
 * src/kubectl import from here only; every export is named, so an unused one shows up in review.
 *
 *   let c = createDemoCluster();
 *   c = step(c, { type: 'apply', manifest: nginxDeployment });
 *   c = runUntilSettled(c);
 *   formatTable(getPodsTable(c));
 */

// The model
/** Cluster, Pod, Node, Deployment, ... : the readonly data every view reads. */
export type {
	Labels,
	Toleration,
	Node,
	PodTemplate,
	Pod,
	IntOrPercent,
	ReplicaSet,
	Deployment,
	StatefulSet,
	DaemonSet,
	ServiceType,
	Service,
	PersistentVolumeClaim,
	FieldError,
	Cluster,
} from './core/types.ts';
/** Manifest shapes `apply` accepts (Deployment, ReplicaSet, StatefulSet, DaemonSet, Service, Pod). */
export type {
	DeploymentManifest,
	ReplicaSetManifest,
	StatefulSetManifest,
	DaemonSetManifest,
	ServiceManifest,
	PodManifest,
	Manifest,
} from './core/manifest-types.ts';

// Creating clusters
/** createCluster(options), createDemoCluster(options): tainted control-plane + worker-1..3. */
export { createCluster, createDemoCluster } from './core/cluster.ts';

// The reducer
/** step(cluster, action) -> next cluster; stepAll for a list; runUntilSettled ticks until nothing changes. */
export { step, stepAll, runUntilSettled, type ClusterAction } from './core/step.ts';
/** Kinds the imperative commands accept. */
export type { DeletableKind, ImageKind, ScalableKind } from './core/commands.ts';
/** Seconds per tick, defaults and well-known label/annotation keys. */
export { TICK_SECONDS, KUBERNETES_VERSION, CONTROL_PLANE_KEY, CHANGE_CAUSE_ANNOTATION, NODE_PORT_RANGE } from './core/constants.ts';

// Rules, pure and testable on their own
/** resolveRollingBounds(replicas, maxSurge, maxUnavailable) -> { surge, unavailable, maxTotal, minAvailable } (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export { resolveRollingBounds, scaleIntOrPercent } from './core/rolling.ts';
/** validateManifest(input, cluster?) -> field errors like the API server's; formatFieldError renders one. */
export { API_VERSIONS, isManifestKind, validateManifest } from './core/validate.ts';
export { formatFieldError } from './core/validate-common.ts';
/** validateRollingUpdateKnobs: maxSurge and maxUnavailable checked as the API server does (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), without the rest of the validator. */
export { validateRollingUpdateKnobs } from './core/validate-rolling.ts';
/** findNodeForPod(nodes, pods, pod): the scheduler's choice or its "0/N nodes are available" reason. */
export { findNodeForPod } from './core/scheduler.ts';
/** shouldRunDaemonPod(ds, node) and the tolerations DaemonSet Pods get automatically (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export { shouldRunDaemonPod, DAEMONSET_AUTO_TOLERATIONS } from './core/daemonset.ts';
/** isImagePullable(cluster, image): known repositories pull only real tags (nginx:1.161 fails). */
export { isImagePullable } from './core/images.ts';
/** computeTemplateHash(template): the pod-template-hash a Deployment's ReplicaSet gets; getRevision(rs): its revision annotation. */
export { computeTemplateHash, getRevision } from './core/deployment-util.ts';
/** getCondition(d, 'Progressing'): one of a Deployment's conditions. */
export { getCondition } from './core/deployment-status.ts';
/** getRolloutHistory(cluster, name): revisions with change-cause (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export { getRolloutHistory } from './core/rollback.ts';
/** parseCpu / parseMemory / formatCpu / formatMemory for resource quantities (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
export { parseCpu, parseMemory, formatCpu, formatMemory } from './core/quantity.ts';

// Services and traffic
/** getEndpoints / getReadyEndpoints(cluster, service): the EndpointSlice view of a Service. */
export { getEndpoints, getReadyEndpoints } from './core/service.ts';
/** traceRequest(cluster, service, 'pod' | 'outside-node' | 'outside-lb'): hop-by-hop path or why it fails. */
export { traceRequest, type TraceHop, type TraceOrigin, type TraceResult } from './views/trace.ts';

// kubectl views
/** kubectl get tables, rollout status/history and the table/age formatters. */
export {
	formatTable,
	formatAge,
	formatServicePorts,
	formatExternalIp,
	getPodsTable,
	getDeploymentsTable,
	getReplicaSetsTable,
	getStatefulSetsTable,
	getDaemonSetsTable,
	getServicesTable,
	getNodesTable,
	getPvcsTable,
	getRolloutStatus,
	formatRolloutHistory,
	type Table,
} from './views/kubectl.ts';

// Resources, scheduling by requests and QoS (resource scheduler widget)
/** mustParseCpu / mustParseMemory: exact quantities for scenario data, throwing the API server's message (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
export { mustParseCpu, mustParseMemory } from './core/quantity-exact.ts';
/** Pods with requests and limits, their QoS explained, amounts as kubectl prints them (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/). */
export { formatAmount, type ResourcePod, type QosExplanation } from './policy/resources.ts';
/** Nodes for scheduling by requests and what each one has allocated (planPodDrafts below places the Pods). */
export { type ResourceNode, type NodeUsage } from './policy/resources-schedule.ts';

// Security
/** checkAccess: RBAC, additive and default-deny, naming the binding and rule that decided (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export {
	CLUSTER_SCOPED_RESOURCES,
	resolveUser,
	checkAccess,
	type PolicyRule,
	type RbacPolicy,
	type Requester,
	type AccessRequest,
	type AccessResult,
} from './policy/rbac.ts';
/** checkConnection: NetworkPolicy isolation and additive allow rules (https://kubernetes.io/docs/concepts/services-networking/network-policies/). */
export {
	checkConnection,
	type NetworkPolicy,
	type NetworkModel,
	type NetworkPodRef,
	type DirectionVerdict,
	type ConnectionVerdict,
} from './policy/network-policy.ts';

// Architecture
/** The control plane and node components, and the steps of a `kubectl apply` (https://kubernetes.io/docs/concepts/architecture/). */
export {
	ARCH_COMPONENTS,
	applyFlowSteps,
	type ComponentId,
	type ComponentPlace,
	type ControllerId,
	type FlowStepId,
	type FlowStep,
	type ApplyKind,
} from './policy/apply-flow.ts';

// Widget views over the policy models (resource scheduler, access check, traffic check)
/** Editable Pods for the resource scheduler: text amounts read like the API server, planned on nodes. */
export {
	RESOURCE_FIELDS,
	describeFieldPath,
	toPodDraft,
	createBlankPodDraft,
	setDraftField,
	readPodDraft,
	planPodDrafts,
	summarizePlacement,
	diffPlans,
	simulateDraftUsage,
	OOM_EXIT_CODE,
	type ResourceField,
	type ResourceFieldText,
	type PodDraft,
	type DraftPodView,
	type DraftPlan,
	type UsageText,
	type UsageCheck,
} from './policy/resources-draft.ts';
/** Why RBAC denied a request, the rule that allowed it, and the `kubectl auth can-i` command. */
export { explainDenial, findDecidingRule, formatImpersonation, formatCanI, type DenialHint } from './policy/rbac-explain.ts';
/** RBAC objects and NetworkPolicies as manifests (for YAML views). */
export { formatRbacKey, toRbacManifests, toNetworkPolicyManifest } from './policy/policy-manifests.ts';
/** NetworkPolicies applied in click order, Pod ports, and the verdict matrix of all Pod pairs. */
export { applyPoliciesInOrder, listPodPorts, buildConnectionMatrix, type ConnectionMatrix } from './policy/network-policy-matrix.ts';

// Workload and Service views (ServiceTypePicker, ReplicaSlider)
/** formatYamlText(data): block YAML like kubectl prints, for showing model objects. */
export { formatYamlText, type YamlValue } from './views/yaml-text.ts';
/** formatServiceYaml / formatReplicaSetYaml: an object's manifest fields plus what the cluster filled in, with each line's field path. */
export { formatServiceYaml, formatReplicaSetYaml } from './views/object-yaml.ts';
/** groupPodsByNode, countReplicas (kubectl get rs columns), formatKubectlGet (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/). */
export { groupPodsByNode, countReplicas, formatKubectlGet, type NodePods, type PodPlacement, type ReplicaCounts } from './views/pod-views.ts';
/** toAgedTable / printAgedTable: a kubectl table whose AGE column is printed at a later clock, with no reducer loaded (widgets' build-time frames). */
export { toAgedTable, printAgedTable, type AgedTable } from './views/table-text.ts';

// Architecture explorer: who each step of the apply flow involves
/** getStepLinks / getStepParticipants / getLinkKey / getStepPathChains: who a step of the apply flow involves, etcd only via kube-apiserver (https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-apiserver, https://kubernetes.io/docs/reference/glossary/?all=true#term-etcd). */
export { getStepLinks, getStepParticipants, getLinkKey, getStepPathChains } from './policy/apply-flow-path.ts';
/** findUntoleratedTaint(node, tolerations), isControlPlaneNode(node): what keeps a Pod off a node (https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/). */
export { findUntoleratedTaint, isControlPlaneNode } from './core/labels.ts';

// Workload views (rollout simulator, manifest explorer)
/** getDeploymentTree(cluster, name): Deployment -> ReplicaSets -> Pods as one value (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/). */
export { getDeploymentTree, type DeploymentTree, type ReplicaSetNode, type PodNode } from './views/workload-tree.ts';
/** describeRollout: new/old ReplicaSets, counts against the bounds, Progressing and the deadline (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/); explainRollingBounds shows the rounding. */
export {
	describeRollout,
	isRolloutSettled,
	advanceRollout,
	createRolloutManifest,
	formatAnnotateOutput,
	type RolloutView,
	type RolloutCounts,
} from './views/rollout-view.ts';
/** explainRollingBounds / parseIntOrPercentInput: the bounds' arithmetic and a knob's text, a leaf the settings form uses before the reducer loads. */
export { explainRollingBounds, parseIntOrPercentInput, type BoundsExplanation } from './views/rolling-explain.ts';
/** formatGetMany(cluster, ['deployments', 'replicasets', 'pods']): `kubectl get deploy,rs,pods`. */
export { formatGetMany } from './views/kubectl-get-many.ts';
/** Field paths of manifest lines: findFieldLine (a field error's line), getFieldHelpKey, getLineField. */
export { findFieldLine, getFieldHelpKey, getLineField, type FieldLine } from './views/field-paths.ts';
/** The outline's nginx-deployment.yaml as text (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export { NGINX_DEPLOYMENT_YAML } from './views/nginx-deployment-yaml.ts';
/** Types of the manifest text parser (YAML -> object and field lines, or a syntax error with its line). */
export type { ManifestParseResult } from './views/parse-manifest.ts';
/** Loads the manifest text parser on demand, so the `yaml` package ships only to pages that parse text. */
export const loadManifestParser = () => import('./views/parse-manifest.ts');

// kubectl practice lab (src/kubectl): cordon, label and rollout restart actions of the reducer
/** Kinds the `setLabels` action (kubectl label) accepts. */
export type { LabelableKind } from './core/commands.ts';

// ConfigMaps and Secrets, PersistentVolumeClaims, Jobs and CronJobs (kubectl practice lab)
/** ConfigMap and Secret data rules and base64: key-value objects with no controller (https://kubernetes.io/docs/concepts/configuration/configmap/, https://kubernetes.io/docs/concepts/configuration/secret/). */
export {
	base64ByteLength,
	configKeyError,
	encodeBase64,
	parseLiteralSource,
	validateConfigData,
	type ConfigMapObject,
	type SecretObject,
} from './core/config-data.ts';

/** PersistentVolumeClaims, dynamic provisioning through the default StorageClass, derived PVs (https://kubernetes.io/docs/concepts/storage/persistent-volumes/). */
export { claimsOf, DEFAULT_STORAGE_CLASS, listPersistentVolumes, type PersistentVolumeView, type StorageClassInfo } from './core/storage.ts';

/** Jobs and CronJobs: listings, 5-field schedules and the latest time one fired (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/). */
export { latestScheduleTime, listCronJobs, listJobs, parseCronSchedule, type CronJob, type Job } from './core/jobs.ts';
