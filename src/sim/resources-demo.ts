/**
 * Ready-made data for the resource widgets (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/): three nodes, a handful of Pods of
 * each QoS class, and a namespace with a LimitRange and a ResourceQuota. Amounts are written
 * as the quantities a manifest would use.
 */
import { mustParseCpu as cpu, mustParseMemory as mem } from './quantity-exact.ts';
import type { LimitRange, ResourceQuota } from './resources-admission.ts';
import type { ResourcePod } from './resources.ts';
import type { ResourceNode } from './resources-schedule.ts';

/** Three worker nodes of different sizes. */
export const DEMO_NODES: readonly ResourceNode[] = [
	{ name: 'node-1', allocatable: { cpu: cpu('2'), memory: mem('4Gi'), pods: 110 } },
	{ name: 'node-2', allocatable: { cpu: cpu('2'), memory: mem('4Gi'), pods: 110 } },
	{ name: 'node-3', allocatable: { cpu: cpu('4'), memory: mem('2Gi'), pods: 110 } },
];

/** Pods to place, one of each QoS class plus a large one that stays Pending. */
export const DEMO_PODS: readonly ResourcePod[] = [
	{ name: 'api', containers: [{ name: 'api', requests: { cpu: cpu('500m'), memory: mem('512Mi') }, limits: { cpu: cpu('500m'), memory: mem('512Mi') } }] },
	{ name: 'web', containers: [{ name: 'nginx', requests: { cpu: cpu('250m'), memory: mem('64Mi') }, limits: { cpu: cpu('500m'), memory: mem('128Mi') } }] },
	{ name: 'cache', containers: [{ name: 'redis', limits: { cpu: cpu('1'), memory: mem('1Gi') } }] },
	{ name: 'batch', containers: [{ name: 'worker' }] },
	{
		name: 'report',
		containers: [{ name: 'app', requests: { cpu: cpu('1'), memory: mem('1Gi') } }],
		initContainers: [{ name: 'migrate', requests: { cpu: cpu('2'), memory: mem('256Mi') } }],
	},
	{ name: 'ml-train', containers: [{ name: 'trainer', requests: { cpu: cpu('2500m'), memory: mem('3Gi') } }] },
];

/** The namespace policies: container defaults and bounds, and an aggregate quota. */
export const DEMO_LIMIT_RANGE: LimitRange = {
	name: 'team-a-defaults',
	limits: [
		{
			type: 'Container',
			default: { cpu: cpu('500m'), memory: mem('256Mi') },
			defaultRequest: { cpu: cpu('250m'), memory: mem('128Mi') },
			max: { cpu: cpu('1'), memory: mem('1Gi') },
		},
	],
};

/** An aggregate quota for the demo namespace. */
export const DEMO_QUOTA: ResourceQuota = {
	name: 'team-a-quota',
	hard: { pods: 4, 'requests.cpu': cpu('1'), 'requests.memory': mem('1Gi'), 'limits.cpu': cpu('2'), 'limits.memory': mem('2Gi') },
};
