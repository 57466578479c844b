/**
 * The resource types the lab knows, with kubectl's names: plural, singular, short names
 * (`po`, `deploy`, `svc`, ...) and the API group, as `kubectl api-resources` lists them.
 */

/** One resource type. */
export interface ResourceType {
	/** Plural name, e.g. `deployments`. */
	readonly name: string;
	readonly singular: string;
	readonly shortNames: readonly string[];
	readonly kind: string;
	/** API group; '' is the core group. */
	readonly group: string;
	readonly version: string;
	readonly namespaced: boolean;
}

const T = (name: string, singular: string, shortNames: string[], kind: string, group: string, version: string, namespaced = true): ResourceType => ({
	name,
	singular,
	shortNames,
	kind,
	group,
	version,
	namespaced,
});

/** Every resource type the lab can show (order: `kubectl api-resources`). */
export const RESOURCE_TYPES: readonly ResourceType[] = [
	T('configmaps', 'configmap', ['cm'], 'ConfigMap', '', 'v1'),
	T('events', 'event', ['ev'], 'Event', '', 'v1'),
	T('namespaces', 'namespace', ['ns'], 'Namespace', '', 'v1', false),
	T('nodes', 'node', ['no'], 'Node', '', 'v1', false),
	T('persistentvolumeclaims', 'persistentvolumeclaim', ['pvc'], 'PersistentVolumeClaim', '', 'v1'),
	T('persistentvolumes', 'persistentvolume', ['pv'], 'PersistentVolume', '', 'v1', false),
	T('pods', 'pod', ['po'], 'Pod', '', 'v1'),
	T('secrets', 'secret', [], 'Secret', '', 'v1'),
	T('services', 'service', ['svc'], 'Service', '', 'v1'),
	T('daemonsets', 'daemonset', ['ds'], 'DaemonSet', 'apps', 'v1'),
	T('deployments', 'deployment', ['deploy'], 'Deployment', 'apps', 'v1'),
	T('replicasets', 'replicaset', ['rs'], 'ReplicaSet', 'apps', 'v1'),
	T('statefulsets', 'statefulset', ['sts'], 'StatefulSet', 'apps', 'v1'),
	T('cronjobs', 'cronjob', ['cj'], 'CronJob', 'batch', 'v1'),
	T('jobs', 'job', [], 'Job', 'batch', 'v1'),
	T('endpointslices', 'endpointslice', [], 'EndpointSlice', 'discovery.k8s.io', 'v1'),
	T('storageclasses', 'storageclass', ['sc'], 'StorageClass', 'storage.k8s.io', 'v1', false),
	T('clusterrolebindings', 'clusterrolebinding', [], 'ClusterRoleBinding', 'rbac.authorization.k8s.io', 'v1', false),
	T('clusterroles', 'clusterrole', [], 'ClusterRole', 'rbac.authorization.k8s.io', 'v1', false),
	T('rolebindings', 'rolebinding', [], 'RoleBinding', 'rbac.authorization.k8s.io', 'v1'),
	T('roles', 'role', [], 'Role', 'rbac.authorization.k8s.io', 'v1'),
];

/** Resource types real clusters have that this lab does not simulate (so the message can say so). */
export const UNSIMULATED_TYPES: readonly string[] = [
	'ingresses',
	'ingress',
	'ing',
	'serviceaccounts',
	'serviceaccount',
	'sa',
	'horizontalpodautoscalers',
	'hpa',
	'networkpolicies',
	'networkpolicy',
	'netpol',
	'endpoints',
	'ep',
	'replicationcontrollers',
	'rc',
	'limitranges',
	'limits',
	'resourcequotas',
	'quota',
	'poddisruptionbudgets',
	'pdb',
];

/** `deployments.apps` / `deployment.apps`: how kubectl names a type in messages (plural.group). */
export function qualifiedName(type: ResourceType, singular = false): string {
	const base = singular ? type.singular : type.name;
	return type.group === '' ? base : `${base}.${type.group}`;
}

/** `deployment.apps/nginx`: the `-o name` form of an object. */
export function objectRef(type: ResourceType, name: string): string {
	return `${qualifiedName(type, true)}/${name}`;
}

/** Find a type by any of kubectl's names, case-insensitive, optionally group-qualified (`deployments.apps`). */
export function findResourceType(word: string): ResourceType | undefined {
	const lower = word.toLowerCase();
	const dot = lower.indexOf('.');
	const base = dot < 0 ? lower : lower.slice(0, dot);
	const group = dot < 0 ? undefined : lower.slice(dot + 1);
	return RESOURCE_TYPES.find(
		(t) =>
			(t.name === base || t.singular === base || t.shortNames.includes(base) || t.kind.toLowerCase() === base) &&
			(group === undefined || group === t.group || group === `${t.version}.${t.group}` || (t.group === '' && group === t.version)),
	);
}

/** kubectl's message for a type the server does not know. */
export function unknownTypeError(word: string): string {
	return `error: the server doesn't have a resource type "${word}"`;
}

/** The types `kubectl get all` shows, in its order. */
export const ALL_CATEGORY: readonly string[] = ['pods', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets'];
