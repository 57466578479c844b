/**
 * NetworkPolicy evaluation (https://kubernetes.io/docs/concepts/services-networking/network-policies/): may traffic go from one Pod (or outside address) to
 * another on a port?
 *
 * - Pods are non-isolated by default and accept and send anything (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
 * - A Pod is isolated for a direction once any policy that selects it has that policy type;
 *   then only what some selecting policy allows gets through. Policies only add, so their
 *   order does not matter (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
 * - policyTypes, when omitted, is Ingress plus Egress only if the policy has egress rules (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
 * - In from/to, one entry with podSelector and namespaceSelector means both must match (AND);
 *   separate entries mean either may match (OR) (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
 * - A connection needs the source's egress and the destination's ingress both allowed.
 *   Replies of an allowed connection are allowed implicitly.
 *
 * Enforcement needs a network plugin that implements NetworkPolicy: "Creating a
 * NetworkPolicy resource without a controller that implements it will have no effect"
 * (https://kubernetes.io/docs/concepts/services-networking/network-policies/). This module answers what a conforming plugin enforces.
 *
 * ipBlock entries are matched only against outside addresses (ExternalPeer): the docs meant
 * them for cluster-external IPs, and whether a plugin matches them against Pod IPs is
 * implementation-defined.
 */

/** A label selector; an empty selector ({}) selects everything. */
export interface LabelSelector {
	matchLabels?: Record<string, string>;
	matchExpressions?: Array<{ key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }>;
}

/** One entry of `from` or `to`. */
export interface PolicyPeer {
	podSelector?: LabelSelector;
	namespaceSelector?: LabelSelector;
	ipBlock?: { cidr: string; except?: string[] };
}

/** One entry of `ports`; no port means every port of the protocol (default TCP). */
export interface PolicyPort {
	protocol?: NetworkProtocol;
	/** A number, or the name of a container port on the destination Pod. */
	port?: number | string;
	/** With a numeric port, the last port of a range. */
	endPort?: number;
}

/** An ingress rule: an empty or missing `from` allows every source. */
export interface IngressRule {
	from?: PolicyPeer[];
	ports?: PolicyPort[];
}

/** An egress rule: an empty or missing `to` allows every destination. */
export interface EgressRule {
	to?: PolicyPeer[];
	ports?: PolicyPort[];
}

/** Transport protocols of a port. */
export type NetworkProtocol = 'TCP' | 'UDP' | 'SCTP';

/** The two directions a policy can isolate. */
export type PolicyType = 'Ingress' | 'Egress';

/** A NetworkPolicy object. */
export interface NetworkPolicy {
	name: string;
	namespace: string;
	podSelector: LabelSelector;
	policyTypes?: PolicyType[];
	ingress?: IngressRule[];
	egress?: EgressRule[];
}

/** A Pod as the policies see it. */
export interface NetworkPod {
	name: string;
	namespace: string;
	labels: Record<string, string>;
	/** Named container ports, for policies that name a port. */
	ports?: Array<{ name: string; containerPort: number; protocol?: NetworkProtocol }>;
}

/** A namespace and its labels. */
export interface NetworkNamespace {
	name: string;
	labels: Record<string, string>;
}

/** Everything the evaluation needs. */
export interface NetworkModel {
	namespaces: NetworkNamespace[];
	pods: NetworkPod[];
	policies: NetworkPolicy[];
}

/** A Pod by namespace and name. */
export interface NetworkPodRef {
	namespace: string;
	name: string;
}

/** An address outside the cluster (IPv4). */
export interface ExternalPeer {
	ip: string;
}

/** Either end of a connection. */
export type ConnectionEndpoint = NetworkPodRef | ExternalPeer;

/** The destination port of a connection. */
export interface ConnectionPort {
	port: number;
	protocol?: NetworkProtocol;
}

/** A policy by namespace and name. */
export interface PolicyRef {
	namespace: string;
	name: string;
}

/** The verdict for one direction (egress of the source, ingress of the destination). */
export interface DirectionVerdict {
	/** False when that end is outside the cluster, where no policy applies. */
	applies: boolean;
	isolated: boolean;
	/** Policies that select the Pod for this direction. */
	selectedBy: PolicyRef[];
	/** Selecting policies that allow this connection. */
	allowedBy: PolicyRef[];
	allowed: boolean;
}

/** The answer of checkConnection. */
export interface ConnectionVerdict {
	allowed: boolean;
	reason: 'allowed' | 'egress-denied' | 'ingress-denied' | 'egress-and-ingress-denied';
	egress: DirectionVerdict;
	ingress: DirectionVerdict;
}

/** The label the API server sets on every namespace to its own name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Whether labels match a selector; an empty selector matches everything. */
export function matchesLabelSelector(selector: LabelSelector, labels: Record<string, string>): boolean {
	for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
		if (labels[key] !== value) return false;
	}
	for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
		const present = Object.hasOwn(labels, key);
		const value = labels[key];
		if (operator === 'Exists' && !present) return false;
		if (operator === 'DoesNotExist' && present) return false;
		if (operator === 'In' && !(present && value !== undefined && values.includes(value))) return false;
		if (operator === 'NotIn' && present && value !== undefined && values.includes(value)) return false;
	}
	return true;
}

/** The policy types a policy really has, with the API default when omitted (https://kubernetes.io/docs/concepts/services-networking/network-policies/). */
export function effectivePolicyTypes(policy: NetworkPolicy): PolicyType[] {
	if (policy.policyTypes && policy.policyTypes.length > 0) return [...policy.policyTypes];
	return policy.egress && policy.egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

function isPodRef(endpoint: ConnectionEndpoint): endpoint is NetworkPodRef {
	return 'name' in endpoint;
}

function parseIpv4(ip: string): number | undefined {
	const parts = ip.split('.');
	if (parts.length !== 4) return undefined;
	let value = 0;
	for (const part of parts) {
		if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
		value = value * 256 + Number(part);
	}
	return value;
}

/** Whether an IPv4 address lies in a CIDR block such as "10.0.0.0/16"; invalid input never matches. */
export function ipInCidr(ip: string, cidr: string): boolean {
	const [base, bitsText] = cidr.split('/');
	const address = parseIpv4(ip);
	const network = base === undefined ? undefined : parseIpv4(base);
	const bits = bitsText === undefined ? 32 : Number(bitsText);
	if (address === undefined || network === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
	const size = 2 ** (32 - bits);
	return Math.floor(address / size) === Math.floor(network / size);
}

function readNamespaceLabels(model: NetworkModel, name: string): Record<string, string> {
	const labels = model.namespaces.find((n) => n.name === name)?.labels ?? {};
	return { ...labels, [NAMESPACE_NAME_LABEL]: name };
}

function peerMatches(model: NetworkModel, policy: NetworkPolicy, peer: PolicyPeer, endpoint: ConnectionEndpoint, pod: NetworkPod | undefined): boolean {
	if (peer.ipBlock) {
		if (pod || isPodRef(endpoint)) return false;
		const { cidr, except = [] } = peer.ipBlock;
		return ipInCidr(endpoint.ip, cidr) && !except.some((e) => ipInCidr(endpoint.ip, e));
	}
	if (!pod) return false;
	if (peer.namespaceSelector) {
		if (!matchesLabelSelector(peer.namespaceSelector, readNamespaceLabels(model, pod.namespace))) return false;
	} else if (pod.namespace !== policy.namespace) {
		// A podSelector alone looks only in the policy's own namespace.
		return false;
	}
	return matchesLabelSelector(peer.podSelector ?? {}, pod.labels);
}

function portMatches(entry: PolicyPort, port: ConnectionPort, destination: NetworkPod | undefined): boolean {
	const protocol = port.protocol ?? 'TCP';
	if ((entry.protocol ?? 'TCP') !== protocol) return false;
	if (entry.port === undefined) return true;
	if (typeof entry.port === 'string') {
		const named = destination?.ports?.find((p) => p.name === entry.port && (p.protocol ?? 'TCP') === protocol);
		return named !== undefined && named.containerPort === port.port;
	}
	const last = entry.endPort ?? entry.port;
	return port.port >= entry.port && port.port <= last;
}

function ruleAllows(
	model: NetworkModel,
	policy: NetworkPolicy,
	peers: PolicyPeer[] | undefined,
	ports: PolicyPort[] | undefined,
	other: ConnectionEndpoint,
	otherPod: NetworkPod | undefined,
	port: ConnectionPort,
	destination: NetworkPod | undefined,
): boolean {
	const peerOk = !peers || peers.length === 0 || peers.some((peer) => peerMatches(model, policy, peer, other, otherPod));
	const portOk = !ports || ports.length === 0 || ports.some((entry) => portMatches(entry, port, destination));
	return peerOk && portOk;
}

function findPod(model: NetworkModel, ref: NetworkPodRef): NetworkPod {
	const pod = model.pods.find((p) => p.namespace === ref.namespace && p.name === ref.name);
	if (!pod) throw new Error(`unknown pod ${ref.namespace}/${ref.name}`);
	return pod;
}

/** The policies that select a Pod for a direction (https://kubernetes.io/docs/concepts/services-networking/network-policies/). */
export function findSelectingPolicies(model: NetworkModel, pod: NetworkPod, direction: PolicyType): NetworkPolicy[] {
	return model.policies.filter(
		(p) => p.namespace === pod.namespace && matchesLabelSelector(p.podSelector, pod.labels) && effectivePolicyTypes(p).includes(direction),
	);
}

function judge(
	model: NetworkModel,
	direction: PolicyType,
	self: NetworkPod | undefined,
	other: ConnectionEndpoint,
	otherPod: NetworkPod | undefined,
	port: ConnectionPort,
	destination: NetworkPod | undefined,
): DirectionVerdict {
	if (!self) return { applies: false, isolated: false, selectedBy: [], allowedBy: [], allowed: true };
	const selecting = findSelectingPolicies(model, self, direction);
	const allowing = selecting.filter((policy) =>
		direction === 'Ingress'
			? (policy.ingress ?? []).some((rule) => ruleAllows(model, policy, rule.from, rule.ports, other, otherPod, port, destination))
			: (policy.egress ?? []).some((rule) => ruleAllows(model, policy, rule.to, rule.ports, other, otherPod, port, destination)),
	);
	const ref = (p: NetworkPolicy): PolicyRef => ({ namespace: p.namespace, name: p.name });
	const isolated = selecting.length > 0;
	return { applies: true, isolated, selectedBy: selecting.map(ref), allowedBy: allowing.map(ref), allowed: !isolated || allowing.length > 0 };
}

/**
 * Decides whether `from` may open a connection to `to` on a port (https://kubernetes.io/docs/concepts/services-networking/network-policies/): the source's
 * egress and the destination's ingress must both allow it; a Pod no policy selects for a
 * direction is not isolated for it. Throws for a Pod that is not in the model.
 */
export function checkConnection(model: NetworkModel, from: ConnectionEndpoint, to: ConnectionEndpoint, port: number | ConnectionPort): ConnectionVerdict {
	const connection = typeof port === 'number' ? { port } : port;
	const source = isPodRef(from) ? findPod(model, from) : undefined;
	const destination = isPodRef(to) ? findPod(model, to) : undefined;
	const egress = judge(model, 'Egress', source, to, destination, connection, destination);
	const ingress = judge(model, 'Ingress', destination, from, source, connection, destination);
	const reason =
		egress.allowed && ingress.allowed
			? 'allowed'
			: !egress.allowed && !ingress.allowed
				? 'egress-and-ingress-denied'
				: egress.allowed
					? 'ingress-denied'
					: 'egress-denied';
	return { allowed: egress.allowed && ingress.allowed, reason, egress, ingress };
}
