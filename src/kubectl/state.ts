/**
 * What a lab terminal holds and the scenarios a lab starts from. A scenario is built by
 * running the reducer (apply, then ticks until settled), never by writing objects by
 * hand, so every starting cluster obeys the model's invariants.
 */
import {
	createDemoCluster,
	runUntilSettled,
	step,
	type Cluster,
	type ConfigMapObject,
	type Manifest,
	type RbacPolicy,
	type SecretObject,
} from '../sim/index.ts';

/** A namespace the lab knows; workloads are simulated in `default` only. */
export interface LabNamespace {
	readonly name: string;
	readonly createdAt: number;
}

/** What a lab terminal holds: the cluster, files the learner wrote in the lab editor, the context namespace. */
export interface LabState {
	readonly cluster: Cluster;
	readonly files: Readonly<Record<string, string>>;
	readonly namespace: string;
	readonly history: readonly string[];
	/** RBAC objects (Roles, bindings) `kubectl auth can-i` and `create role` work on. */
	readonly rbac: RbacPolicy;
	/** Namespaces that exist (`kubectl get namespaces`). */
	readonly namespaces: readonly LabNamespace[];
	/** Whether a metrics-server is installed (`kubectl top`). */
	readonly metricsServer: boolean;
	/** ConfigMaps, in any existing namespace (no controller acts on them). */
	readonly configMaps: readonly ConfigMapObject[];
	/** Secrets, in any existing namespace. */
	readonly secrets: readonly SecretObject[];
}

/** Scenario ids a lab or the sandbox can start from (e.g. 'empty', 'nginx-deployment', 'nginx-service', 'rbac', 'resources'). */
export type LabScenarioId = string;

/** The namespace workloads live in; the sim models one namespace. */
export const WORKLOAD_NAMESPACE = 'default';

/** Seconds the scenario clusters have been up before the learner arrives (so AGE looks like a real cluster). */
const CLUSTER_UPTIME = 2 * 24 * 3600;

const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** The Nginx example's Deployment (kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function nginxDeployment(replicas = 3, image = 'nginx:1.14.2'): Manifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: { name: 'nginx-deployment', labels: { app: 'nginx' } },
		spec: {
			replicas,
			selector: { matchLabels: { app: 'nginx' } },
			template: {
				metadata: { labels: { app: 'nginx' } },
				spec: { containers: [{ name: 'nginx', image, ports: [{ containerPort: 80 }] }] },
			},
		},
	};
}

const nginxService: Manifest = {
	apiVersion: 'v1',
	kind: 'Service',
	metadata: { name: 'nginx-service' },
	spec: { selector: { app: 'nginx' }, ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }] },
};

const logAgent: Manifest = {
	apiVersion: 'apps/v1',
	kind: 'DaemonSet',
	metadata: { name: 'log-agent', labels: { app: 'log-agent' } },
	spec: {
		selector: { matchLabels: { app: 'log-agent' } },
		template: { metadata: { labels: { app: 'log-agent' } }, spec: { containers: [{ name: 'fluent-bit', image: 'fluent/fluent-bit:3.0' }] } },
	},
};

const webHeadless: Manifest = {
	apiVersion: 'v1',
	kind: 'Service',
	metadata: { name: 'web', labels: { app: 'web' } },
	spec: { clusterIP: 'None', selector: { app: 'web' }, ports: [{ port: 80, name: 'web' }] },
};

const webStatefulSet: Manifest = {
	apiVersion: 'apps/v1',
	kind: 'StatefulSet',
	metadata: { name: 'web' },
	spec: {
		replicas: 2,
		serviceName: 'web',
		selector: { matchLabels: { app: 'web' } },
		template: {
			metadata: { labels: { app: 'web' } },
			spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80, name: 'web' }] }] },
		},
	},
};

const apiDeployment: Manifest = {
	apiVersion: 'apps/v1',
	kind: 'Deployment',
	metadata: { name: 'api', labels: { app: 'api' } },
	spec: {
		replicas: 2,
		selector: { matchLabels: { app: 'api' } },
		template: {
			metadata: { labels: { app: 'api' } },
			spec: {
				containers: [
					{
						name: 'api',
						image: 'nginx:1.27',
						ports: [{ containerPort: 80 }],
						resources: { requests: { cpu: '250m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
					},
				],
			},
		},
	},
};

/** RBAC of the security lab, after the RBAC docs' examples (kubernetes.io/docs/reference/access-authn-authz/rbac/). */
const LAB_RBAC: RbacPolicy = {
	roles: [{ kind: 'Role', name: 'pod-reader', namespace: 'dev', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] }] }],
	clusterRoles: [
		{ kind: 'ClusterRole', name: 'cluster-admin', rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }] },
		{
			kind: 'ClusterRole',
			name: 'view',
			rules: [{ apiGroups: ['', 'apps'], resources: ['pods', 'services', 'deployments', 'replicasets'], verbs: ['get', 'list', 'watch'] }],
		},
	],
	roleBindings: [
		{ kind: 'RoleBinding', name: 'read-pods', namespace: 'dev', roleRef: { kind: 'Role', name: 'pod-reader' }, subjects: [{ kind: 'User', name: 'jane' }] },
	],
	clusterRoleBindings: [
		{
			kind: 'ClusterRoleBinding',
			name: 'cluster-admin',
			roleRef: { kind: 'ClusterRole', name: 'cluster-admin' },
			subjects: [{ kind: 'Group', name: 'system:masters' }],
		},
	],
};

/** The lab user: kubeadm's admin.conf identity, in system:masters (cluster-admin). */
export const LAB_USER = { name: 'kubernetes-admin', groups: ['system:masters', 'system:authenticated'] };

interface ScenarioDef {
	readonly manifests: readonly Manifest[];
	readonly rbac?: RbacPolicy;
	readonly extraNamespaces?: readonly string[];
	readonly workers?: number;
	readonly metricsServer?: boolean;
}

const EMPTY_RBAC: RbacPolicy = {
	roles: [],
	clusterRoles: LAB_RBAC.clusterRoles,
	roleBindings: [],
	clusterRoleBindings: LAB_RBAC.clusterRoleBindings,
};

const SCENARIOS: Readonly<Record<string, ScenarioDef>> = {
	empty: { manifests: [] },
	'nginx-deployment': { manifests: [nginxDeployment()] },
	'nginx-service': { manifests: [nginxDeployment(), nginxService] },
	controllers: { manifests: [nginxDeployment(), logAgent, webHeadless, webStatefulSet] },
	resources: { manifests: [apiDeployment] },
	rbac: { manifests: [nginxDeployment()], rbac: LAB_RBAC, extraNamespaces: ['dev', 'prod'] },
};

/** Scenario ids, for the sandbox's picker. */
export function listScenarios(): readonly LabScenarioId[] {
	return Object.keys(SCENARIOS);
}

/** Build a scenario's starting state: demo nodes, the manifests applied, the cluster settled. Throws on an unknown id. */
export function createLab(scenario: LabScenarioId): LabState {
	const def = Object.hasOwn(SCENARIOS, scenario) ? SCENARIOS[scenario] : undefined;
	if (!def) throw new Error(`unknown lab scenario "${scenario}"; known: ${listScenarios().join(', ')}`);
	let cluster = createDemoCluster({ workers: def.workers ?? 3 });
	cluster = step(cluster, { type: 'tick', seconds: CLUSTER_UPTIME });
	for (const manifest of def.manifests) {
		cluster = step(cluster, { type: 'apply', manifest });
		if (cluster.lastResult && !cluster.lastResult.ok) throw new Error(`scenario ${scenario}: ${cluster.lastResult.output}`);
	}
	cluster = runUntilSettled(cluster);
	// Time has passed since the workloads started, like a cluster a colleague set up earlier.
	cluster = step(cluster, { type: 'tick', seconds: 300 });
	const { lastResult: _ignored, ...rest } = cluster;
	const namespaces = [...SYSTEM_NAMESPACES, ...(def.extraNamespaces ?? [])].map((name) => ({
		name,
		createdAt: SYSTEM_NAMESPACES.includes(name) ? 0 : CLUSTER_UPTIME,
	}));
	return {
		cluster: rest,
		files: {},
		namespace: WORKLOAD_NAMESPACE,
		history: [],
		rbac: def.rbac ?? EMPTY_RBAC,
		namespaces,
		metricsServer: def.metricsServer ?? false,
		configMaps: [],
		secrets: [],
	};
}

/** Store a file the learner wrote in the lab editor (for `kubectl apply -f <name>`). */
export function writeFile(state: LabState, name: string, text: string): LabState {
	return { ...state, files: { ...state.files, [name]: text } };
}
