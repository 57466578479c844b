import type { TrafficCheckStrings } from './traffic-check';

/** English strings of the TrafficCheck widget: the Korean table's keys and shapes, checked by tsc. Only English pages' islands import this module. */
export const en: TrafficCheckStrings = {
	caption:
		'Pods frontend, backend and db in namespace shop, prometheus and debug in monitoring. Switch NetworkPolicies on and off and see which connections are allowed.',
	policiesLegend: 'NetworkPolicies to apply (namespace shop)',
	policyYaml: 'YAML',
	policyYamlLabel: (name: string) => `NetworkPolicy ${name} YAML`,
	appliedOrder: (names: string) => `Applied in this order: ${names}`,
	noneApplied: 'No policy applied: no Pod is isolated, so every connection is allowed.',
	connectionLabel: 'Connection',
	from: 'Source Pod',
	to: 'Destination Pod',
	port: 'Port (TCP)',
	allowed: 'Allowed',
	denied: 'Denied',
	connection: (from: string, to: string, port: number) => `${from} → ${to}:${port}`,
	egressTitle: (pod: string) => `Out of ${pod} (Egress)`,
	ingressTitle: (pod: string) => `Into ${pod} (Ingress)`,
	notIsolated: 'No policy selects the Pod for this direction, so it is not isolated. Allowed.',
	isolatedAllowed: (selected: string, allowing: string) => `Isolated (selected by ${selected}). Allowed by ${allowing}. Allowed.`,
	isolatedDenied: (selected: string) => `Isolated (selected by ${selected}). No policy allows this connection. Denied.`,
	bothNeeded: "A connection opens only when the source Pod's egress and the destination Pod's ingress both allow it.",
	matrixCaption: (port: number) => `Every Pod pair on port ${port} (rows: source, columns: destination)`,
	matrixCorner: 'from \\ to',
	cellAllowed: 'allowed',
	cellDenied: 'denied',
	cellSelf: 'same Pod',
	matrixLegend: '✓ allowed, ✗ denied, — same Pod',
	matrixCount: (allowed: number, pairs: number) => `${allowed} of ${pairs} pairs allowed`,
	pluginNote:
		'NetworkPolicies take effect only with a network plugin that implements them (for example Calico or Cilium). Without one, creating a policy changes nothing and no error tells you. This widget shows a cluster with such a plugin.',
	announce: (connection: string, verdict: string, count: string) => `${connection} ${verdict}. ${count}.`,
};
