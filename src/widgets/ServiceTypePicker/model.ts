/**
 * The ServiceTypePicker scenario, pure: the demo cluster runs nginx-deployment
 * (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/: 3 replicas of
 * nginx:1.14.2, label app: nginx, containerPort 80), a bare client Pod (what `kubectl run
 * client` makes) and `nginx-service` in front of the nginx Pods. Changing the type re-applies
 * the Service, as editing `type:` and running `kubectl apply` does: the clusterIP stays,
 * NodePort adds a nodePort, LoadBalancer builds on NodePort and waits for a provider
 * (https://kubernetes.io/docs/concepts/services-networking/service/). `describeServiceAccess`
 * says where a client can reach the Service from and traces one request from each place; the
 * reducer, the sentences, the YAML lines to mark and the URL parameters live here too.
 */
import type { strings } from '../../i18n/service-type-picker';
import {
	createDemoCluster,
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
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The strings the sentences are built from. */
export type ServiceTypeStrings = (typeof strings)['ko'];

/** Seed of the scenario: the server render and the first client render build the same cluster. */
export const SEED = 5;

/** Name of the scenario's Service. */
export const DEMO_SERVICE_NAME = 'nginx-service';

/** Name of the bare Pod that sends requests from inside the cluster. */
export const DEMO_CLIENT_POD = 'client';

/** The three Service types, outermost last (https://kubernetes.io/docs/concepts/services-networking/service/). */
export const SERVICE_TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer'];

/** Places a client can stand, in the order the widget lists them. */
export const TRACE_ORIGINS: readonly TraceOrigin[] = ['pod', 'outside-node', 'outside-lb'];

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

/** An address a client at one origin would use, with the node it belongs to. */
export interface AccessAddress {
	readonly address: string;
	readonly node?: string;
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

/** Short label of a place a client stands. */
export function labelOrigin(t: ServiceTypeStrings, origin: TraceOrigin): string {
	return origin === 'pod' ? t.originPod : origin === 'outside-node' ? t.originNode : t.originLb;
}

/** Why a request gets through or not, in the reader's language. */
export function explainAccess(t: ServiceTypeStrings, access: ServiceAccess, type: ServiceType): string {
	const trace = access.trace;
	if (trace.reachable) return access.origin === 'pod' ? t.okPod : access.origin === 'outside-node' ? t.okNode : t.okLb;
	switch (trace.code) {
		case 'cluster-ip-only':
			return t.failClusterIpOnly;
		case 'not-load-balancer':
			return t.failNotLoadBalancer(type);
		case 'load-balancer-pending':
			return t.failPending;
		case 'no-ready-node':
			return t.failNoNode;
		case 'no-endpoints':
			return t.failNoEndpoints;
		case 'service-not-found':
		case 'client-pod-not-found':
			return t.failNotFound;
	}
}

/** The live-region sentence: the type, EXTERNAL-IP and where a client gets through. */
export function describeSummary(t: ServiceTypeStrings, type: ServiceType, external: string, access: readonly ServiceAccess[]): string {
	return t.summary(type, external, access.map((a) => t.summaryPart(labelOrigin(t, a.origin), a.trace.reachable ? t.reachable : t.unreachable)).join(', '));
}

/** Lines of the Service YAML worth marking: type, each nodePort and the load balancer's address. */
export function markedLines(fields: readonly FieldLine[]): number[] {
	return fields
		.filter((f) => f.path === 'spec.type' || /^spec\.ports\[\d+\]\.nodePort$/.test(f.path) || /^status\.loadBalancer\.ingress\[\d+\]\.ip$/.test(f.path))
		.map((f) => f.line);
}

/** Prefix of the picker's URL parameters: `?service.type=NodePort&service.provider=on`. */
export const URL_PREFIX = 'service';
const PROVIDER_VALUES = ['on', 'off'] as const;

/** Settings a link can carry: the Service type and whether a load-balancer provider is installed. */
export interface ServiceUrlState {
	readonly type?: ServiceType;
	readonly provider?: boolean;
}

/** Decodes `service.type` (one of SERVICE_TYPES) and `service.provider` (on/off). */
export function readUrlState(params: UrlParamSource): UrlRead<ServiceUrlState> {
	const reader = createUrlReader(params, URL_PREFIX);
	const type = reader.choice('type', SERVICE_TYPES);
	const provider = reader.choice('provider', PROVIDER_VALUES);
	return { state: { ...(type ? { type } : {}), ...(provider ? { provider: provider === 'on' } : {}) }, notes: reader.notes };
}

/** The URL parameters of the current type and provider; the first state (ClusterIP, no provider) is left out. */
export function writeUrlState(type: ServiceType, provider: boolean): Record<string, string> {
	return writeParams(URL_PREFIX, { type: type === 'ClusterIP' ? undefined : type, provider: provider ? 'on' : undefined });
}
