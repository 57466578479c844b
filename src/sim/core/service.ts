/**
 * Services (https://kubernetes.io/docs/concepts/services-networking/service/): ClusterIP allocation from 10.96.0.0/12 (https://kubernetes.io/docs/concepts/services-networking/service/), NodePort
 * allocation from 30000-32767 preferring the dynamic upper band (https://kubernetes.io/docs/concepts/services-networking/service/), the
 * load-balancer provider that fills in EXTERNAL-IP or leaves it pending (https://kubernetes.io/docs/concepts/services-networking/service/), and
 * endpoints: the Pods matching the selector, ready when not terminating and Ready (https://kubernetes.io/docs/concepts/services-networking/service/).
 */
import { NODE_PORT_RANGE, NODE_PORT_STATIC_BAND, SERVICE_CIDR } from './constants.ts';
import { recordEvent, type StepContext } from './draft.ts';
import { matchesSelector } from './labels.ts';
import type { Cluster, Pod, ServicePort } from './types.ts';

/** One backend of a Service (an EndpointSlice entry). */
export interface Endpoint {
	readonly podName: string;
	readonly nodeName: string;
	readonly ip: string;
	readonly port: number;
	/** Ready and not terminating: kube-proxy sends traffic only here (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). */
	readonly ready: boolean;
	readonly terminating: boolean;
}

function formatIp(value: number): string {
	return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/**
 * Allocate a free ClusterIP. Like the real allocator, automatic addresses come at random
 * from above the static band (the first 256 addresses stay for manual picks like 10.96.0.10).
 */
export function allocateClusterIp(ctx: StepContext): string {
	const used = new Set(ctx.c.services.map((s) => s.spec.clusterIP));
	for (;;) {
		const ip = formatIp(SERVICE_CIDR.first + ctx.rng.int(256, SERVICE_CIDR.size - 2));
		if (!used.has(ip)) return ip;
	}
}

/** NodePorts already taken by Services other than `except`. */
export function getUsedNodePorts(cluster: Pick<Cluster, 'services'>, except?: string): Set<number> {
	const used = new Set<number>();
	for (const s of cluster.services) {
		if (s.name === except) continue;
		for (const p of s.spec.ports) if (p.nodePort !== undefined) used.add(p.nodePort);
	}
	return used;
}

/** Allocate a free NodePort at random from the dynamic (upper) band 30086-32767 (https://kubernetes.io/docs/concepts/services-networking/service/). */
export function allocateNodePort(ctx: StepContext, used: Set<number>): number {
	const min = NODE_PORT_RANGE.min + NODE_PORT_STATIC_BAND;
	for (;;) {
		const port = ctx.rng.int(min, NODE_PORT_RANGE.max);
		if (!used.has(port)) {
			used.add(port);
			return port;
		}
	}
}

/** Resolve a Service port's targetPort on a Pod: a number as is, a name through the container ports. */
export function resolveTargetPort(port: ServicePort, pod: Pod): number | undefined {
	if (typeof port.targetPort === 'number') return port.targetPort;
	for (const c of pod.spec.containers) {
		const match = c.ports?.find((p) => p.name === port.targetPort);
		if (match) return match.containerPort;
	}
	return undefined;
}

/** Endpoints of a Service for one of its ports (default the first); empty without a selector (https://kubernetes.io/docs/concepts/services-networking/service/). */
export function getEndpoints(cluster: Pick<Cluster, 'pods' | 'services'>, serviceName: string, portIndex = 0): Endpoint[] {
	const svc = cluster.services.find((s) => s.name === serviceName);
	const port = svc?.spec.ports[portIndex];
	if (!svc || !port || !svc.spec.selector) return [];
	const selector = svc.spec.selector;
	const endpoints: Endpoint[] = [];
	for (const pod of cluster.pods) {
		if (pod.ip === undefined || pod.nodeName === undefined || !matchesSelector(selector, pod.labels)) continue;
		const target = resolveTargetPort(port, pod);
		if (target === undefined) continue;
		endpoints.push({
			podName: pod.name,
			nodeName: pod.nodeName,
			ip: pod.ip,
			port: target,
			ready: pod.ready && !pod.deleting,
			terminating: pod.deleting,
		});
	}
	return endpoints.sort((a, b) => (a.podName < b.podName ? -1 : 1));
}

/** Only the endpoints that receive traffic. */
export function getReadyEndpoints(cluster: Pick<Cluster, 'pods' | 'services'>, serviceName: string, portIndex = 0): Endpoint[] {
	return getEndpoints(cluster, serviceName, portIndex).filter((e) => e.ready);
}

/** Service controller: give LoadBalancer Services an external IP when a provider exists (https://kubernetes.io/docs/concepts/services-networking/service/). */
export function runServiceController(ctx: StepContext): void {
	for (const svc of ctx.c.services) {
		if (svc.spec.type !== 'LoadBalancer') {
			delete svc.status.loadBalancerIP;
			continue;
		}
		if (!ctx.c.loadBalancerProvider || svc.status.loadBalancerIP !== undefined) continue;
		const used = new Set(ctx.c.services.map((s) => s.status.loadBalancerIP));
		let host = 10;
		while (used.has(`203.0.113.${host}`)) host += 1;
		svc.status.loadBalancerIP = `203.0.113.${host}`;
		recordEvent(ctx, 'Normal', 'EnsuredLoadBalancer', `service/${svc.name}`, 'Ensured load balancer');
	}
}

/** When the provider goes away, the external addresses go with it. */
export function clearLoadBalancerIps(ctx: StepContext): void {
	for (const svc of ctx.c.services) delete svc.status.loadBalancerIP;
}
