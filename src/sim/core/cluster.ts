/** Creating clusters and nodes: the demo cluster every widget starts from. */
import { CONTROL_PLANE_KEY } from './constants.ts';
import { beginStep, createUid, finishStep, type Draft, type StepContext } from './draft.ts';
import type { Cluster, Labels, Node, Taint } from './types.ts';

/** A node to add: capacity in millicores and bytes; defaults 2 CPU, 4 GiB, 110 Pods. */
export interface NodeInput {
	readonly name: string;
	readonly capacity?: { readonly cpu?: number; readonly memory?: number; readonly pods?: number };
	readonly labels?: Labels;
	readonly taints?: readonly Taint[];
	readonly ready?: boolean;
	/** Adds the control-plane role label and the `control-plane:NoSchedule` taint kubeadm sets (https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/#control-plane-node-isolation). */
	readonly controlPlane?: boolean;
}

/** Options of `createCluster`. */
export interface ClusterOptions {
	/** PRNG seed; the same seed and events give the same cluster. Default 1. */
	readonly seed?: number;
	readonly nodes?: readonly NodeInput[];
	/** Whether LoadBalancer Services get an external IP (https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/). Default false. */
	readonly loadBalancerProvider?: boolean;
	/** Extra images the kubelet fails to pull. */
	readonly unpullableImages?: readonly string[];
}

const DEFAULT_CAPACITY = { cpu: 2000, memory: 4 * 2 ** 30, pods: 110 } as const;

/** Create an empty-workload cluster with the given nodes at time 0. */
export function createCluster(options: ClusterOptions = {}): Cluster {
	const empty: Cluster = {
		time: 0,
		rng: (options.seed ?? 1) | 0,
		nodes: [],
		pods: [],
		replicaSets: [],
		deployments: [],
		statefulSets: [],
		daemonSets: [],
		services: [],
		pvcs: [],
		loadBalancerProvider: options.loadBalancerProvider ?? false,
		unpullableImages: options.unpullableImages ?? [],
		events: [],
		eventSeq: 0,
	};
	const ctx = beginStep(empty);
	for (const input of options.nodes ?? []) ctx.c.nodes.push(buildNode(ctx, input));
	return finishStep(ctx);
}

/** Options of `createDemoCluster`. */
export interface DemoClusterOptions {
	readonly seed?: number;
	/** Include the tainted `control-plane` node. Default true. */
	readonly controlPlane?: boolean;
	/** Number of workers `worker-1..N`. Default 3. */
	readonly workers?: number;
	readonly loadBalancerProvider?: boolean;
}

/** The standard demo cluster: tainted `control-plane` plus `worker-1..3` (2 CPU, 4 GiB each). */
export function createDemoCluster(options: DemoClusterOptions = {}): Cluster {
	const nodes: NodeInput[] = [];
	if (options.controlPlane ?? true) nodes.push({ name: 'control-plane', controlPlane: true });
	for (let i = 1; i <= (options.workers ?? 3); i++) nodes.push({ name: `worker-${i}` });
	return createCluster({
		nodes,
		...(options.seed === undefined ? {} : { seed: options.seed }),
		...(options.loadBalancerProvider === undefined ? {} : { loadBalancerProvider: options.loadBalancerProvider }),
	});
}

/** Build a Node from its input inside a step (it needs a UID and a Pod CIDR). */
export function buildNode(ctx: StepContext, input: NodeInput): Draft<Node> {
	const index = ctx.c.nodes.reduce((max, n) => Math.max(max, n.podCidrIndex + 1), 0);
	const labels: Record<string, string> = {
		'kubernetes.io/arch': 'amd64',
		'kubernetes.io/hostname': input.name,
		'kubernetes.io/os': 'linux',
		...(input.controlPlane ? { [CONTROL_PLANE_KEY]: '' } : {}),
		...input.labels,
	};
	const taints: Taint[] = [...(input.taints ?? [])];
	if (input.controlPlane && !taints.some((t) => t.key === CONTROL_PLANE_KEY)) {
		taints.push({ key: CONTROL_PLANE_KEY, effect: 'NoSchedule' });
	}
	const ready = input.ready ?? true;
	return {
		name: input.name,
		uid: createUid(ctx),
		createdAt: ctx.c.time,
		labels,
		taints,
		capacity: {
			cpu: input.capacity?.cpu ?? DEFAULT_CAPACITY.cpu,
			memory: input.capacity?.memory ?? DEFAULT_CAPACITY.memory,
			pods: input.capacity?.pods ?? DEFAULT_CAPACITY.pods,
		},
		ready,
		...(ready ? {} : { notReadySince: ctx.c.time }),
		ip: `192.168.49.${2 + index}`,
		podCidrIndex: index,
		lastPodHost: 1,
	};
}
