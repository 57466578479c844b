/**
 * The ServiceTypePicker scenario, pure: the demo cluster runs nginx-deployment
 * (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/: 3 replicas of
 * nginx:1.14.2, label app: nginx, containerPort 80), a bare client Pod (what `kubectl run
 * client` makes) and `nginx-service` in front of the nginx Pods. Changing the type re-applies
 * the Service, as editing `type:` and running `kubectl apply` does: the clusterIP stays,
 * NodePort adds a nodePort, LoadBalancer builds on NodePort and waits for a provider
 * (https://kubernetes.io/docs/concepts/services-networking/service/). `describeServiceAccess`
 * says where a client can reach the Service from and traces one request from each place. This
 * is the widget's engine (loaded when the learner reaches for it): the state, its reducer and
 * `frameOf`, the plain-data view the parts render; the names, URL parameters and sentences
 * live in `frame.ts`, which the island imports without the engine.
 */
import {
	createDemoCluster,
	formatExternalIp,
	formatServiceYaml,
	formatTable,
	getServicesTable,
	groupPodsByNode,
	runUntilSettled,
	step,
	stepAll,
	traceRequest,
	type Cluster,
	type DeploymentManifest,
	type FieldLine,
	type PodManifest,
	type ServiceManifest,
	type ServiceType,
	type TraceOrigin,
	type TraceResult,
} from '../../sim/index';
import { DEMO_CLIENT_POD, DEMO_SERVICE_NAME, TRACE_ORIGINS, type AccessAddress, type FrameTrace, type ServiceFrame } from './frame';

/** Seed of the scenario: the server render and the first client render build the same cluster. */
export const SEED = 5;

/** nginx-deployment of the Deployments page (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function buildNginxDeploymentManifest(): DeploymentManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: { name: 'nginx-deployment', labels: { app: 'nginx' } },
		spec: {
			replicas: 3,
			selector: { matchLabels: { app: 'nginx' } },
			template: {
				metadata: { labels: { app: 'nginx' } },
				spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
			},
		},
	};
}

/** `nginx-service` of the Services page with the given type; port 80 to targetPort 80. */
export function buildDemoServiceManifest(type: ServiceType): ServiceManifest {
	return {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: { name: DEMO_SERVICE_NAME },
		spec: { type, selector: { app: 'nginx' }, ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }] },
	};
}

function buildClientPodManifest(): PodManifest {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name: DEMO_CLIENT_POD, labels: { run: DEMO_CLIENT_POD } },
		spec: { containers: [{ name: DEMO_CLIENT_POD, image: 'busybox:1.36' }] },
	};
}

/** Options of `createServiceTypeDemo`. */
export interface ServiceTypeDemoOptions {
	/** PRNG seed (Pod names, clusterIP, nodePort); the same seed gives the same cluster. Default SEED. */
	readonly seed?: number;
	/** Service type to start with. Default ClusterIP. */
	readonly type?: ServiceType;
	/** Whether a load-balancer implementation is installed (https://kubernetes.io/docs/tutorials/hello-minikube/). Default false. */
	readonly loadBalancerProvider?: boolean;
}

/** The scenario cluster with every Pod Running and the Service applied, settled. */
export function createServiceTypeDemo(options: ServiceTypeDemoOptions = {}): Cluster {
	const cluster = createDemoCluster({
		seed: options.seed ?? SEED,
		loadBalancerProvider: options.loadBalancerProvider ?? false,
	});
	return runUntilSettled(
		stepAll(cluster, [
			{ type: 'apply', manifest: buildNginxDeploymentManifest() },
			{ type: 'apply', manifest: buildClientPodManifest() },
			{ type: 'apply', manifest: buildDemoServiceManifest(options.type ?? 'ClusterIP') },
		]),
	);
}

/** `kubectl apply` of nginx-service with a new `type`; an external IP comes on a later tick (https://kubernetes.io/docs/concepts/services-networking/service/). */
export function changeServiceType(cluster: Cluster, type: ServiceType): Cluster {
	return step(cluster, { type: 'apply', manifest: buildDemoServiceManifest(type) });
}

/** Where one kind of client can reach the Service and what happens to its request. */
export interface ServiceAccess {
	readonly origin: TraceOrigin;
	/**
	 * What the client connects to: the DNS name and clusterIP:port from a Pod (https://kubernetes.io/docs/concepts/services-networking/service/);
	 * every node's ip:nodePort from outside (https://kubernetes.io/docs/concepts/services-networking/service/); the external ip:port through the load
	 * balancer (https://kubernetes.io/docs/concepts/services-networking/service/). Empty when this Service type offers nothing there or the IP is pending.
	 */
	readonly addresses: readonly AccessAddress[];
	/** One request from here, hop by hop, or where it stops and why. */
	readonly trace: TraceResult;
}

/** Options of `describeServiceAccess`. */
export interface ServiceAccessOptions {
	/** Node that receives outside requests (default: the first Ready worker). */
	readonly node?: string;
	/** Which ready backend the traces follow (kube-proxy's pick). */
	readonly backendIndex?: number;
	/** Client Pod for requests from inside (default the scenario's client Pod when it exists). */
	readonly fromPod?: string;
}

function listAddresses(cluster: Cluster, serviceName: string, origin: TraceOrigin): AccessAddress[] {
	const svc = cluster.services.find((s) => s.name === serviceName);
	const port = svc?.spec.ports[0];
	if (!svc || !port) return [];
	switch (origin) {
		case 'pod':
			return svc.spec.clusterIP === 'None'
				? [{ address: `${svc.name}:${port.port}` }]
				: [{ address: `${svc.name}:${port.port}` }, { address: `${svc.spec.clusterIP}:${port.port}` }];
		case 'outside-node':
			if (port.nodePort === undefined) return [];
			return [...cluster.nodes].sort((a, b) => (a.name < b.name ? -1 : 1)).map((n) => ({ address: `${n.ip}:${port.nodePort}`, node: n.name }));
		case 'outside-lb':
			return svc.spec.type === 'LoadBalancer' && svc.status.loadBalancerIP !== undefined
				? [{ address: `${svc.status.loadBalancerIP}:${port.port}` }]
				: [];
	}
}

/** For each place a client can stand (a Pod, outside via a node, via the load balancer): its addresses and a traced request. */
export function describeServiceAccess(cluster: Cluster, serviceName: string, options: ServiceAccessOptions = {}): ServiceAccess[] {
	const fromPod = options.fromPod ?? (cluster.pods.some((p) => p.name === DEMO_CLIENT_POD) ? DEMO_CLIENT_POD : undefined);
	return TRACE_ORIGINS.map((origin) => ({
		origin,
		addresses: listAddresses(cluster, serviceName, origin),
		trace: traceRequest(cluster, serviceName, origin, {
			...(origin === 'pod' && fromPod !== undefined ? { fromPod } : {}),
			...(origin !== 'pod' && options.node !== undefined ? { node: options.node } : {}),
			...(options.backendIndex === undefined ? {} : { backendIndex: options.backendIndex }),
		}),
	}));
}

/** What a learner can do: apply another type, install or remove the load-balancer provider, let the control loops run once. */
export type ServiceAction = { type: 'setType'; serviceType: ServiceType } | { type: 'setProvider'; enabled: boolean } | { type: 'tick' };

/** The reducer over the scenario cluster. */
export function reduceService(cluster: Cluster, action: ServiceAction): Cluster {
	switch (action.type) {
		case 'setType':
			return changeServiceType(cluster, action.serviceType);
		case 'setProvider':
			return step(cluster, { type: 'setLoadBalancerProvider', enabled: action.enabled });
		case 'tick':
			return step(cluster, { type: 'tick' });
	}
}

/** Lines of the Service YAML worth marking: type, each nodePort and the load balancer's address. */
export function markedLines(fields: readonly FieldLine[]): number[] {
	return fields
		.filter((f) => f.path === 'spec.type' || /^spec\.ports\[\d+\]\.nodePort$/.test(f.path) || /^status\.loadBalancer\.ingress\[\d+\]\.ip$/.test(f.path))
		.map((f) => f.line);
}

/** The engine's state: the scenario cluster, the node that receives outside requests and which backend the traces follow. */
export interface PickerState {
	readonly cluster: Cluster;
	readonly entryNode: string;
	readonly backendIndex: number;
}

/** The settled scenario (ClusterIP, no provider unless a link says otherwise), outside requests entering on the first worker. */
export function createInitialState(options: ServiceTypeDemoOptions = {}): PickerState {
	const cluster = createServiceTypeDemo(options);
	const nodes = groupPodsByNode(cluster).nodes;
	return { cluster, entryNode: nodes.find((n) => !n.controlPlane)?.name ?? nodes[0]?.name ?? '', backendIndex: 0 };
}

/** Everything a learner does: the cluster's actions, the node outside requests enter on, and sending the request again. */
export type PickerAction = ServiceAction | { type: 'setEntryNode'; node: string } | { type: 'resend' };

/** The reducer of the widget's engine state. */
export function reducePicker(state: PickerState, action: PickerAction): PickerState {
	switch (action.type) {
		case 'setEntryNode':
			return { ...state, entryNode: action.node };
		case 'resend':
			// kube-proxy may pick another ready Pod for the next connection.
			return { ...state, backendIndex: state.backendIndex + 1 };
		default:
			return { ...state, cluster: reduceService(state.cluster, action) };
	}
}

function frameTrace(trace: TraceResult): FrameTrace {
	const hops = trace.hops.map((h) => ({
		kind: h.kind,
		address: h.address,
		...(h.node === undefined ? {} : { node: h.node }),
		...(h.pod === undefined ? {} : { pod: h.pod }),
	}));
	return trace.reachable ? { reachable: true, hops, backends: trace.backends.length } : { reachable: false, hops, code: trace.code, backends: 0 };
}

/** The view of `state` the parts render, as plain data: the Service's fields, the nodes and Pods, each origin's addresses and trace, the YAML and `kubectl get svc`. */
export function frameOf(state: PickerState): ServiceFrame {
	const { cluster, entryNode, backendIndex } = state;
	const service = cluster.services.find((s) => s.name === DEMO_SERVICE_NAME);
	if (!service) throw new Error(`${DEMO_SERVICE_NAME} is missing from the scenario`);
	const port = service.spec.ports[0];
	const yaml = formatServiceYaml(service);
	return {
		name: service.name,
		type: service.spec.type,
		provider: cluster.loadBalancerProvider,
		clusterIp: service.spec.clusterIP,
		...(port
			? { port: { port: port.port, targetPort: String(port.targetPort), ...(port.nodePort === undefined ? {} : { nodePort: port.nodePort }) } }
			: {}),
		external: formatExternalIp(service),
		nodes: groupPodsByNode(cluster).nodes.map((n) => ({
			name: n.name,
			ip: n.ip,
			controlPlane: n.controlPlane,
			pods: n.pods.map((p) => ({ name: p.name, ...(p.ip === undefined ? {} : { ip: p.ip }) })),
		})),
		entryNode,
		access: describeServiceAccess(cluster, DEMO_SERVICE_NAME, { node: entryNode, backendIndex }).map((a) => ({
			origin: a.origin,
			addresses: a.addresses,
			trace: frameTrace(a.trace),
		})),
		yaml: yaml.text,
		marked: markedLines(yaml.fields),
		table: formatTable(getServicesTable(cluster)),
	};
}

/** The frame the page is built with: `frameOf(createInitialState())`. */
export function firstFrame(): ServiceFrame {
	return frameOf(createInitialState());
}
