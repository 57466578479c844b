/**
 * `traceRequest`: the hops a request to a Service takes, for the three places a
 * client can stand. From a Pod: DNS name -> clusterIP:port -> kube-proxy rules on the
 * client's node -> a ready Pod ip:targetPort (https://kubernetes.io/docs/concepts/services-networking/service/). From outside to a node:
 * nodeIP:nodePort -> kube-proxy rules -> Pod (https://kubernetes.io/docs/concepts/services-networking/service/). Through a load balancer: external
 * IP:port -> nodeIP:nodePort -> ... (https://kubernetes.io/docs/concepts/services-networking/service/). Where the request cannot get through the
 * result says why, with a stable code widgets can translate.
 */
import { CONTROL_PLANE_KEY } from '../core/constants.ts';
import { getReadyEndpoints, type Endpoint } from '../core/service.ts';
import type { Cluster, Node } from '../core/types.ts';

/** Where the client stands. */
export type TraceOrigin = 'pod' | 'outside-node' | 'outside-lb';

/** One hop of the path. */
export interface TraceHop {
	readonly kind: 'client' | 'dns' | 'load-balancer' | 'node-port' | 'service-rules' | 'pod';
	/** Address at this hop, e.g. `10.96.12.34:80` or `192.168.49.3:31234`. */
	readonly address: string;
	/** Node the hop happens on, when there is one. */
	readonly node?: string;
	/** Pod name for `pod` hops (and the client Pod). */
	readonly pod?: string;
	/** Short English explanation; widgets may show their own text keyed by `kind`. */
	readonly note: string;
}

/** Why a request cannot get through. */
export type TraceFailureCode =
	'service-not-found' | 'cluster-ip-only' | 'not-load-balancer' | 'load-balancer-pending' | 'no-ready-node' | 'client-pod-not-found' | 'no-endpoints';

/** The path of a request, complete or up to where it stopped. */
export type TraceResult =
	| {
			readonly reachable: true;
			readonly hops: readonly TraceHop[];
			/** All ready backends kube-proxy could pick from. */
			readonly backends: readonly Endpoint[];
			/** The backend this trace followed. */
			readonly chosen: Endpoint;
	  }
	| {
			readonly reachable: false;
			readonly hops: readonly TraceHop[];
			readonly code: TraceFailureCode;
			readonly reason: string;
	  };

/** Options of `traceRequest`. */
export interface TraceOptions {
	/** Client Pod for origin `pod` (default: a generic Pod on the first Ready worker). */
	readonly fromPod?: string;
	/** Node that receives an outside request (default: first Ready worker, else first Ready node). */
	readonly node?: string;
	/** Which ready backend to follow (kube-proxy picks at random; default 0, taken modulo the count). */
	readonly backendIndex?: number;
	/** Which Service port (default 0). */
	readonly portIndex?: number;
}

function pickEntryNode(nodes: readonly Node[], preferred: string | undefined): Node | undefined {
	const ready = [...nodes].filter((n) => n.ready).sort((a, b) => (a.name < b.name ? -1 : 1));
	if (preferred !== undefined) return ready.find((n) => n.name === preferred);
	return ready.find((n) => !(CONTROL_PLANE_KEY in n.labels)) ?? ready[0];
}

/** Trace a request to Service `serviceName` from `from`. */
export function traceRequest(cluster: Cluster, serviceName: string, from: TraceOrigin, options: TraceOptions = {}): TraceResult {
	const fail = (hops: TraceHop[], code: TraceFailureCode, reason: string): TraceResult => ({ reachable: false, hops, code, reason });
	const svc = cluster.services.find((s) => s.name === serviceName);
	if (!svc) return fail([], 'service-not-found', `services "${serviceName}" not found`);
	const port = svc.spec.ports[options.portIndex ?? 0] ?? svc.spec.ports[0];
	const hops: TraceHop[] = [];
	const headless = svc.spec.clusterIP === 'None';

	if (from === 'pod') {
		const client = options.fromPod === undefined ? undefined : cluster.pods.find((p) => p.name === options.fromPod && p.ip !== undefined);
		if (options.fromPod !== undefined && !client) return fail(hops, 'client-pod-not-found', `pod "${options.fromPod}" has no IP or does not exist`);
		const node = client?.nodeName ?? pickEntryNode(cluster.nodes, undefined)?.name;
		hops.push({
			kind: 'client',
			address: client?.ip ?? 'a Pod IP',
			...(node === undefined ? {} : { node }),
			...(client ? { pod: client.name } : {}),
			note: 'A Pod inside the cluster sends the request.',
		});
		const dnsName = `${svc.name}.default.svc.cluster.local`;
		hops.push({
			kind: 'dns',
			address: dnsName,
			note: headless
				? 'Cluster DNS answers with the IPs of the ready Pods themselves (headless Service).'
				: `Cluster DNS resolves the Service name to its ClusterIP ${svc.spec.clusterIP}.`,
		});
		if (!headless && port) {
			hops.push({
				kind: 'service-rules',
				address: `${svc.spec.clusterIP}:${port.port}`,
				...(node === undefined ? {} : { node }),
				note: `kube-proxy rules on ${node ?? 'the node'} rewrite ClusterIP:port to a ready Pod's IP and targetPort.`,
			});
		}
	} else {
		if (svc.spec.type === 'ClusterIP') {
			return fail(hops, 'cluster-ip-only', `Service "${svc.name}" is type ClusterIP: only reachable from within the cluster.`);
		}
		if (from === 'outside-lb') {
			if (svc.spec.type !== 'LoadBalancer') {
				return fail(hops, 'not-load-balancer', `Service "${svc.name}" is type ${svc.spec.type}: no load balancer points at it.`);
			}
			hops.push({ kind: 'client', address: 'client on the internet', note: 'A client outside the cluster sends the request.' });
			if (svc.status.loadBalancerIP === undefined) {
				return fail(hops, 'load-balancer-pending', 'EXTERNAL-IP is <pending>: the cluster has no load-balancer implementation.');
			}
			hops.push({
				kind: 'load-balancer',
				address: `${svc.status.loadBalancerIP}:${port?.port ?? ''}`,
				note: 'The external load balancer forwards to a node on the Service’s nodePort.',
			});
		} else {
			hops.push({ kind: 'client', address: 'client outside the cluster', note: 'A client that can reach the nodes sends the request.' });
		}
		const node = pickEntryNode(cluster.nodes, options.node);
		if (!node || !port?.nodePort) return fail(hops, 'no-ready-node', 'No Ready node can receive the request.');
		hops.push({
			kind: 'node-port',
			address: `${node.ip}:${port.nodePort}`,
			node: node.name,
			note: `Every node listens on nodePort ${port.nodePort}; ${node.name} receives it.`,
		});
		hops.push({
			kind: 'service-rules',
			address: `${svc.spec.clusterIP}:${port.port}`,
			node: node.name,
			note: `kube-proxy rules on ${node.name} send it to a ready Pod's IP and targetPort, possibly on another node.`,
		});
	}

	const backends = getReadyEndpoints(cluster, svc.name, svc.spec.ports.indexOf(port ?? svc.spec.ports[0]!));
	const candidates = from !== 'pod' && svc.spec.externalTrafficPolicy === 'Local' ? backends.filter((b) => b.nodeName === hops.at(-1)?.node) : backends;
	if (candidates.length === 0) {
		return fail(
			hops,
			'no-endpoints',
			svc.spec.selector
				? `No ready Pod matches the selector ${Object.entries(svc.spec.selector)
						.map(([k, v]) => `${k}=${v}`)
						.join(',')}${candidates !== backends ? ' on this node (externalTrafficPolicy: Local)' : ''}.`
				: 'The Service has no selector, so it has no automatic endpoints.',
		);
	}
	const chosen = candidates[(((options.backendIndex ?? 0) % candidates.length) + candidates.length) % candidates.length]!;
	hops.push({
		kind: 'pod',
		address: `${chosen.ip}:${chosen.port}`,
		node: chosen.nodeName,
		pod: chosen.podName,
		note: `Pod ${chosen.podName} on ${chosen.nodeName} answers on targetPort ${chosen.port}.`,
	});
	return { reachable: true, hops, backends: candidates, chosen };
}
