/**
 * The cluster architecture (https://kubernetes.io/docs/concepts/architecture/) and what happens, component by component, after
 * `kubectl apply -f deployment.yaml`, as data for the architecture explorer.
 *
 * Ground rules the data keeps (and tests check):
 * - Only kube-apiserver talks to etcd. Every other component reads and writes cluster state
 *   through the API server (https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-apiserver, https://kubernetes.io/docs/reference/glossary/?all=true#term-etcd, https://kubernetes.io/docs/concepts/architecture/controller/), so every write below is stored in etcd by the API
 *   server on the writer's behalf.
 * - Controllers do not run Pods themselves; they ask the API server to create objects (https://kubernetes.io/docs/concepts/architecture/controller/).
 * - kube-proxy is optional (https://kubernetes.io/docs/concepts/architecture/); cloud-controller-manager exists only with a cloud provider (https://kubernetes.io/docs/concepts/architecture/).
 * - The words are "control plane" and "node"; "master" is only the old name (kubernetes/community wg-naming/recommendations/master-control-plane.md).
 *
 * Prose (Korean and English) lives in src/i18n/architecture-explorer.ts, keyed by the ids here.
 */

/** Every component the explorer shows. */
export type ComponentId =
	| 'kubectl'
	| 'kube-apiserver'
	| 'etcd'
	| 'kube-scheduler'
	| 'kube-controller-manager'
	| 'cloud-controller-manager'
	| 'kubelet'
	| 'kube-proxy'
	| 'container-runtime';

/** Where a component runs: the user's machine, the control plane, or every node (https://kubernetes.io/docs/concepts/architecture/). */
export type ComponentPlace = 'client' | 'control-plane' | 'node';

/** One component of the architecture. */
export interface ArchComponent {
	id: ComponentId;
	place: ComponentPlace;
	/** Optional components: kube-proxy (https://kubernetes.io/docs/concepts/architecture/) and cloud-controller-manager (https://kubernetes.io/docs/concepts/architecture/). */
	optional: boolean;
	/** Facts-sheet items the description rests on. */
	facts: readonly number[];
}

/** The components, control plane first, then node components (https://kubernetes.io/docs/concepts/architecture/). */
export const ARCH_COMPONENTS: readonly ArchComponent[] = [
	{ id: 'kubectl', place: 'client', optional: false, facts: [133, 135] },
	{ id: 'kube-apiserver', place: 'control-plane', optional: false, facts: [3] },
	{ id: 'etcd', place: 'control-plane', optional: false, facts: [4] },
	{ id: 'kube-scheduler', place: 'control-plane', optional: false, facts: [5] },
	{ id: 'kube-controller-manager', place: 'control-plane', optional: false, facts: [6, 88] },
	{ id: 'cloud-controller-manager', place: 'control-plane', optional: true, facts: [7] },
	{ id: 'kubelet', place: 'node', optional: false, facts: [8, 9] },
	{ id: 'kube-proxy', place: 'node', optional: true, facts: [8, 10] },
	{ id: 'container-runtime', place: 'node', optional: false, facts: [8, 11, 12] },
];

/** The controllers (inside kube-controller-manager) that take part in the flow. */
export type ControllerId = 'deployment' | 'replicaset' | 'endpointslice';

/** API objects read or written in the flow; "Pod/binding" and "Pod/status" are subresources. */
export type FlowObject = 'Deployment' | 'ReplicaSet' | 'Pod' | 'Pod/binding' | 'Pod/status' | 'Node' | 'Service' | 'EndpointSlice';

/** Every step id, in flow order. */
export type FlowStepId =
	| 'submit'
	| 'admit'
	| 'persist'
	| 'create-replicaset'
	| 'create-pods'
	| 'bind-pods'
	| 'start-containers'
	| 'report-status'
	| 'update-endpointslices'
	| 'program-service-rules';

/** One step of the flow. */
export interface FlowStep {
	id: FlowStepId;
	/** The component acting in this step. */
	actor: ComponentId;
	/** The controller inside kube-controller-manager, when the actor is one. */
	controller?: ControllerId;
	/** Components the actor talks to directly. */
	talksTo: readonly ComponentId[];
	/** Objects the actor watches or reads through the API server. */
	reads: readonly FlowObject[];
	/** Objects the actor creates or updates through the API server. */
	writes: readonly FlowObject[];
	/** Whether the API server stores this step's writes in etcd. */
	storedInEtcd: boolean;
	/** Facts-sheet items the step rests on. */
	facts: readonly number[];
}

/** Kinds of manifest the flow can be shown for. */
export type ApplyKind = 'Deployment' | 'Pod' | 'Service';

/** Options of applyFlowSteps. */
export interface ApplyFlowOptions {
	/** Whether a Service selects the new Pods, so EndpointSlices and kube-proxy take part (default true). */
	serviceSelectsPods?: boolean;
}

function buildSubmitSteps(kind: ApplyKind): FlowStep[] {
	return [
		{ id: 'submit', actor: 'kubectl', talksTo: ['kube-apiserver'], reads: [], writes: [kind], storedInEtcd: false, facts: [3, 133] },
		{ id: 'admit', actor: 'kube-apiserver', talksTo: [], reads: [], writes: [], storedInEtcd: false, facts: [3, 112, 113, 117, 124] },
		{ id: 'persist', actor: 'kube-apiserver', talksTo: ['etcd'], reads: [], writes: [kind], storedInEtcd: true, facts: [3, 4] },
	];
}

const WORKLOAD_STEPS: readonly FlowStep[] = [
	{
		id: 'create-replicaset',
		actor: 'kube-controller-manager',
		controller: 'deployment',
		talksTo: ['kube-apiserver'],
		reads: ['Deployment'],
		writes: ['ReplicaSet'],
		storedInEtcd: true,
		facts: [6, 61, 88],
	},
	{
		id: 'create-pods',
		actor: 'kube-controller-manager',
		controller: 'replicaset',
		talksTo: ['kube-apiserver'],
		reads: ['ReplicaSet'],
		writes: ['Pod'],
		storedInEtcd: true,
		facts: [30, 88, 89],
	},
];

const POD_STEPS: readonly FlowStep[] = [
	{
		id: 'bind-pods',
		actor: 'kube-scheduler',
		talksTo: ['kube-apiserver'],
		reads: ['Pod', 'Node'],
		writes: ['Pod/binding'],
		storedInEtcd: true,
		facts: [5, 29, 103],
	},
	{
		id: 'start-containers',
		actor: 'kubelet',
		talksTo: ['kube-apiserver', 'container-runtime'],
		reads: ['Pod'],
		writes: [],
		storedInEtcd: false,
		facts: [9, 11, 12],
	},
	{ id: 'report-status', actor: 'kubelet', talksTo: ['kube-apiserver'], reads: [], writes: ['Pod/status'], storedInEtcd: true, facts: [9, 30, 37] },
];

const SERVICE_STEPS: readonly FlowStep[] = [
	{
		id: 'update-endpointslices',
		actor: 'kube-controller-manager',
		controller: 'endpointslice',
		talksTo: ['kube-apiserver'],
		reads: ['Service', 'Pod'],
		writes: ['EndpointSlice'],
		storedInEtcd: true,
		facts: [6, 39, 131],
	},
	{
		id: 'program-service-rules',
		actor: 'kube-proxy',
		talksTo: ['kube-apiserver'],
		reads: ['Service', 'EndpointSlice'],
		writes: [],
		storedInEtcd: false,
		facts: [10, 55],
	},
];

/**
 * The ordered steps after `kubectl apply -f` of a manifest: request, admission, etcd, then
 * the controllers, scheduler, kubelet and container runtime (CRI), and, when a Service selects
 * the Pods, the EndpointSlice controller and kube-proxy.
 */
export function applyFlowSteps(kind: ApplyKind, options: ApplyFlowOptions = {}): FlowStep[] {
	const withService = options.serviceSelectsPods ?? true;
	const steps = buildSubmitSteps(kind);
	if (kind === 'Service') return [...steps, ...SERVICE_STEPS];
	if (kind === 'Deployment') steps.push(...WORKLOAD_STEPS);
	steps.push(...POD_STEPS);
	if (withService) steps.push(...SERVICE_STEPS);
	return steps;
}

/** Looks up a component by id. */
export function findComponent(id: ComponentId): ArchComponent {
	const component = ARCH_COMPONENTS.find((c) => c.id === id);
	if (!component) throw new Error(`unknown component ${id}`);
	return component;
}
