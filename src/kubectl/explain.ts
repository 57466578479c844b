/**
 * `kubectl explain` for a few kinds. Field descriptions are quoted from the Kubernetes API
 * reference (https://kubernetes.io/docs/reference/kubernetes-api/), shortened to their
 * first sentence; other kinds say they are not included rather than invent text.
 */
import { done, fail, usageError, type CommandContext, type RunResult } from './engine.ts';
import { findResourceType } from './resources.ts';

interface Doc {
	readonly group: string;
	readonly description: string;
	readonly fields: readonly (readonly [string, string, string])[];
}

const COMMON_FIELDS: readonly (readonly [string, string, string])[] = [
	['apiVersion', '<string>', 'APIVersion defines the versioned schema of this representation of an object.'],
	['kind', '<string>', 'Kind is a string value representing the REST resource this object represents.'],
	['metadata', '<ObjectMeta>', "Standard object's metadata."],
];

const DOCS: Readonly<Record<string, Doc>> = {
	Pod: {
		group: '',
		description: 'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
		fields: [
			...COMMON_FIELDS,
			['spec', '<PodSpec>', 'Specification of the desired behavior of the pod.'],
			['status', '<PodStatus>', 'Most recently observed status of the pod.'],
		],
	},
	Deployment: {
		group: 'apps',
		description: 'Deployment enables declarative updates for Pods and ReplicaSets.',
		fields: [
			...COMMON_FIELDS,
			['spec', '<DeploymentSpec>', 'Specification of the desired behavior of the Deployment.'],
			['status', '<DeploymentStatus>', 'Most recently observed status of the Deployment.'],
		],
	},
	ReplicaSet: {
		group: 'apps',
		description: 'ReplicaSet ensures that a specified number of pod replicas are running at any given time.',
		fields: [
			...COMMON_FIELDS,
			['spec', '<ReplicaSetSpec>', 'Spec defines the specification of the desired behavior of the ReplicaSet.'],
			['status', '<ReplicaSetStatus>', 'Status is the most recently observed status of the ReplicaSet.'],
		],
	},
	Service: {
		group: '',
		description:
			'Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.',
		fields: [
			...COMMON_FIELDS,
			['spec', '<ServiceSpec>', 'Spec defines the behavior of a service.'],
			['status', '<ServiceStatus>', 'Most recently observed status of the service.'],
		],
	},
	Node: {
		group: '',
		description: 'Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).',
		fields: [
			...COMMON_FIELDS,
			['spec', '<NodeSpec>', 'Spec defines the behavior of a node.'],
			['status', '<NodeStatus>', 'Most recently observed status of the node.'],
		],
	},
};

/** `kubectl explain TYPE`. */
export function runExplain(ctx: CommandContext): RunResult {
	const arg = ctx.args[0];
	if (arg === undefined)
		return fail(
			ctx.state,
			usageError(ctx, 'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.'),
		);
	const [word, ...path] = arg.split('.');
	const type = findResourceType(word!);
	if (!type) return fail(ctx.state, `error: the server doesn't have a resource type "${word}"`);
	const doc = DOCS[type.kind];
	if (!doc)
		return fail(
			ctx.state,
			`error: "kubectl explain ${type.name}" is not included in this practice lab; read https://kubernetes.io/docs/reference/kubernetes-api/ (this lab explains pods, deployments, replicasets, services and nodes)`,
		);
	if (path.length > 0)
		return fail(
			ctx.state,
			`error: field paths (kubectl explain ${arg}) are not included in this practice lab; read https://kubernetes.io/docs/reference/kubernetes-api/`,
		);
	const lines = [`GROUP:      ${doc.group}`, `KIND:       ${type.kind}`, `VERSION:    v1`, '', 'DESCRIPTION:', `    ${doc.description}`, '    ', 'FIELDS:'];
	if (doc.group === '') lines.shift();
	for (const [name, t, d] of doc.fields) lines.push(`  ${name}\t${t}`, `    ${d}`, '');
	return done(ctx.state, lines.join('\n').trimEnd());
}
