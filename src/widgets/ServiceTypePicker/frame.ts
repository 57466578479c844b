/**
 * What the ServiceTypePicker island needs without its engine: the frame it renders (computed
 * by `model.ts`'s `frameOf`, at build time for the first one), the scenario's names, the URL
 * parameters and the sentences built from a frame. Light on purpose: it imports nothing from
 * `src/sim` at run time, so the page ships the reducer only when the learner reaches for the
 * widget (`use-service-type-picker.ts`).
 */
import type { strings } from '../../i18n/service-type-picker';
import type { ServiceType, TraceHop, TraceOrigin, TraceResult } from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The strings the sentences are built from. */
export type ServiceTypeStrings = (typeof strings)['ko'];

/** Name of the scenario's Service. */
export const DEMO_SERVICE_NAME = 'nginx-service';

/** Name of the bare Pod that sends requests from inside the cluster. */
export const DEMO_CLIENT_POD = 'client';

/** The three Service types, outermost last (https://kubernetes.io/docs/concepts/services-networking/service/). */
export const SERVICE_TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer'];

/** Places a client can stand, in the order the widget lists them. */
export const TRACE_ORIGINS: readonly TraceOrigin[] = ['pod', 'outside-node', 'outside-lb'];

/** Why a request cannot get through (the sim's trace codes). */
export type TraceCode = Extract<TraceResult, { reachable: false }>['code'];

/** An address a client at one origin would use, with the node it belongs to. */
export interface AccessAddress {
	readonly address: string;
	readonly node?: string;
}

/** One hop of a traced request as the widget shows it (the sim's English note is left out). */
export type FrameHop = Pick<TraceHop, 'kind' | 'address' | 'node' | 'pod'>;

/** A traced request: its hops, whether it got through, why not, and how many Pods kube-proxy could pick. */
export interface FrameTrace {
	readonly reachable: boolean;
	readonly hops: readonly FrameHop[];
	/** Where it stopped; only when not reachable. */
	readonly code?: TraceCode;
	/** Ready backends of a reachable request; 0 otherwise. */
	readonly backends: number;
}

/** One place a client stands: the addresses it would use and one request from there. */
export interface FrameAccess {
	readonly origin: TraceOrigin;
	readonly addresses: readonly AccessAddress[];
	readonly trace: FrameTrace;
}

/** A Pod card on a node. */
export interface FramePod {
	readonly name: string;
	readonly ip?: string;
}

/** A node card with its Pods, oldest first. */
export interface FrameNode {
	readonly name: string;
	readonly ip: string;
	readonly controlPlane: boolean;
	readonly pods: readonly FramePod[];
}

/** Everything the parts render from the engine's state, as plain data (written into the page as the island's `first` prop). */
export interface ServiceFrame {
	readonly name: string;
	readonly type: ServiceType;
	/** Whether a load-balancer implementation is installed. */
	readonly provider: boolean;
	readonly clusterIp: string;
	/** The Service's first port; absent when it has none. */
	readonly port?: { readonly port: number; readonly targetPort: string; readonly nodePort?: number };
	/** EXTERNAL-IP as `kubectl get svc` prints it: `<none>`, `<pending>` or the address. */
	readonly external: string;
	readonly nodes: readonly FrameNode[];
	/** Node that receives outside requests. */
	readonly entryNode: string;
	/** One entry per TRACE_ORIGINS, traced through `entryNode` to the chosen backend. */
	readonly access: readonly FrameAccess[];
	/** The Service YAML and the 1-based lines to mark in it. */
	readonly yaml: string;
	readonly marked: readonly number[];
	/** `kubectl get svc nginx-service` output. */
	readonly table: string;
}

/** What `explainAccess` and `describeSummary` read of an access entry (a frame's or the model's). */
export interface AccessOutcome {
	readonly origin: TraceOrigin;
	readonly trace: { readonly reachable: boolean; readonly code?: TraceCode };
}

/** The frame's entry for `origin` (the first one if it has none). */
export function accessAt(frame: ServiceFrame, origin: TraceOrigin): FrameAccess {
	return frame.access.find((a) => a.origin === origin) ?? frame.access[0]!;
}

/** Short label of a place a client stands. */
export function labelOrigin(t: ServiceTypeStrings, origin: TraceOrigin): string {
	return origin === 'pod' ? t.originPod : origin === 'outside-node' ? t.originNode : t.originLb;
}

/** Why a request gets through or not, in the reader's language. */
export function explainAccess(t: ServiceTypeStrings, access: AccessOutcome, type: ServiceType): string {
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
		case undefined:
			return t.failNotFound;
	}
}

/** The live-region sentence: the type, EXTERNAL-IP and where a client gets through. */
export function describeSummary(t: ServiceTypeStrings, type: ServiceType, external: string, access: readonly AccessOutcome[]): string {
	return t.summary(type, external, access.map((a) => t.summaryPart(labelOrigin(t, a.origin), a.trace.reachable ? t.reachable : t.unreachable)).join(', '));
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
