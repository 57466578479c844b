/**
 * The TrafficCheck scenario, pure: a ready-made NetworkPolicy scenario (https://kubernetes.io/docs/concepts/services-networking/network-policies/): a three-tier
 * shop (frontend, backend, db) in namespace `shop` and a Prometheus Pod in `monitoring`.
 *
 * - `default-deny-ingress` selects every Pod of shop (empty podSelector), so all of them
 *   become isolated for ingress with nothing allowed yet.
 * - `allow-frontend-to-backend` and `allow-backend-to-db` open one hop each, on one port.
 * - `allow-monitoring-scrape` shows AND: one `from` entry with a namespaceSelector and a
 *   podSelector, so only Prometheus in monitoring may scrape, not any Pod there.
 * - `db-egress-dns-only` isolates db for egress (policyTypes Egress) and allows only DNS.
 *
 * `DEMO_POLICY_IDS` lists the policy names so the widget can toggle them one by one and show
 * that order never matters.
 *
 * Also the reducer (toggle a policy, choose a connection), the verdict and matrix, the
 * live-region sentence and the URL parameters (`?traffic.policies=default-deny-ingress`).
 */
import type { strings } from '../../i18n/traffic-check';
import {
	applyPoliciesInOrder,
	buildConnectionMatrix,
	checkConnection,
	listPodPorts,
	type NetworkModel,
	type NetworkPodRef,
	type NetworkPolicy,
} from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The strings the sentences are built from. */
export type TrafficCheckStrings = (typeof strings)['ko'];

/** The demo policies, by name. */
export const DEMO_NETWORK_POLICIES: readonly NetworkPolicy[] = [
	{ name: 'default-deny-ingress', namespace: 'shop', podSelector: {}, policyTypes: ['Ingress'] },
	{
		name: 'allow-frontend-to-backend',
		namespace: 'shop',
		podSelector: { matchLabels: { app: 'backend' } },
		ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ protocol: 'TCP', port: 8080 }] }],
	},
	{
		name: 'allow-backend-to-db',
		namespace: 'shop',
		podSelector: { matchLabels: { app: 'db' } },
		ingress: [{ from: [{ podSelector: { matchLabels: { app: 'backend' } } }], ports: [{ protocol: 'TCP', port: 5432 }] }],
	},
	{
		name: 'allow-monitoring-scrape',
		namespace: 'shop',
		podSelector: {},
		ingress: [
			{
				from: [{ namespaceSelector: { matchLabels: { team: 'monitoring' } }, podSelector: { matchLabels: { app: 'prometheus' } } }],
				ports: [{ protocol: 'TCP', port: 'metrics' }],
			},
		],
	},
	{
		name: 'db-egress-dns-only',
		namespace: 'shop',
		podSelector: { matchLabels: { app: 'db' } },
		policyTypes: ['Egress'],
		egress: [
			{
				ports: [
					{ protocol: 'UDP', port: 53 },
					{ protocol: 'TCP', port: 53 },
				],
			},
		],
	},
];

/** The names of the demo policies, in a stable order. */
export const DEMO_POLICY_IDS: readonly string[] = DEMO_NETWORK_POLICIES.map((p) => p.name);

/** Builds the demo model with only the named policies switched on (all by default). */
export function buildDemoNetworkModel(enabled: readonly string[] = DEMO_POLICY_IDS): NetworkModel {
	const metrics = { name: 'metrics', containerPort: 9090 };
	return {
		namespaces: [
			{ name: 'shop', labels: { team: 'shop' } },
			{ name: 'monitoring', labels: { team: 'monitoring' } },
		],
		pods: [
			{ name: 'frontend', namespace: 'shop', labels: { app: 'frontend' }, ports: [{ name: 'http', containerPort: 80 }, metrics] },
			{ name: 'backend', namespace: 'shop', labels: { app: 'backend' }, ports: [{ name: 'http', containerPort: 8080 }, metrics] },
			{ name: 'db', namespace: 'shop', labels: { app: 'db' }, ports: [{ name: 'postgres', containerPort: 5432 }, metrics] },
			{ name: 'prometheus', namespace: 'monitoring', labels: { app: 'prometheus' } },
			{ name: 'debug', namespace: 'monitoring', labels: { app: 'debug' } },
		],
		policies: DEMO_NETWORK_POLICIES.filter((p) => enabled.includes(p.name)),
	};
}

/** The demo model without policies: what the widget toggles policies onto. */
export const BASE_MODEL = buildDemoNetworkModel([]);
/** The Pods as "namespace/name", the values the selects carry. */
export const POD_KEYS: readonly string[] = BASE_MODEL.pods.map(formatPodKey);
/** The container ports the port select offers. */
export const PORTS: readonly number[] = listPodPorts(BASE_MODEL);

/** The chosen connection: Pods as "namespace/name", a TCP port. */
export interface TrafficChoice {
	readonly from: string;
	readonly to: string;
	readonly port: number;
}

/** The widget's state: policies on, in the order they were switched on, and the chosen connection. */
export interface TrafficState {
	readonly enabled: readonly string[];
	readonly choice: TrafficChoice;
}

/** The first state: no policy, frontend -> backend on 8080. */
export const FIRST_STATE: TrafficState = { enabled: [], choice: { from: 'shop/frontend', to: 'shop/backend', port: 8080 } };

/** What a learner can do. */
export type TrafficAction = { type: 'toggle'; name: string; on: boolean } | { type: 'choose'; change: Partial<TrafficChoice> };

/** "namespace/name" of a Pod, the value its option carries. */
export function formatPodKey(pod: NetworkPodRef): string {
	return `${pod.namespace}/${pod.name}`;
}

function parsePodKey(key: string): NetworkPodRef {
	const [namespace = '', name = ''] = key.split('/');
	return { namespace, name };
}

/** The reducer: a policy switched on goes last (click order), a Pod and itself is never a connection. */
export function reduceTraffic(s: TrafficState, action: TrafficAction): TrafficState {
	if (action.type === 'toggle') {
		const rest = s.enabled.filter((n) => n !== action.name);
		return { ...s, enabled: action.on && DEMO_POLICY_IDS.includes(action.name) ? [...rest, action.name] : rest };
	}
	const next = { ...s.choice, ...action.change };
	// A Pod and itself is not a connection between Pods: move the other end away.
	if (next.from === next.to) {
		const other = POD_KEYS.find((k) => k !== next.from) ?? next.to;
		if (action.change.from !== undefined) next.to = other;
		else next.from = other;
	}
	return { ...s, choice: next };
}

/** The verdict for the chosen connection and the matrix of every Pod pair on its port. */
export function evaluateTraffic(s: TrafficState) {
	const model = applyPoliciesInOrder(BASE_MODEL, DEMO_NETWORK_POLICIES, s.enabled);
	return {
		verdict: checkConnection(model, parsePodKey(s.choice.from), parsePodKey(s.choice.to), s.choice.port),
		matrix: buildConnectionMatrix(model, s.choice.port),
	};
}

/** The live-region sentence: the connection, its verdict and how many pairs are allowed. */
export function describeTraffic(t: TrafficCheckStrings, s: TrafficState): string {
	const { verdict, matrix } = evaluateTraffic(s);
	return t.announce(
		t.connection(s.choice.from, s.choice.to, s.choice.port),
		verdict.allowed ? t.allowed : t.denied,
		t.matrixCount(matrix.allowedCount, matrix.pairCount),
	);
}

/** Prefix of the widget's URL parameters. */
export const URL_PREFIX = 'traffic';

/** Decodes `traffic.policies` (comma-separated, in click order), `traffic.from`, `traffic.to` and `traffic.port`. */
export function readUrlState(params: UrlParamSource): UrlRead<Partial<TrafficState>> {
	const reader = createUrlReader(params, URL_PREFIX);
	const enabled = reader.list('policies', DEMO_POLICY_IDS);
	const from = reader.choice('from', POD_KEYS);
	const to = reader.choice('to', POD_KEYS);
	const portText = reader.choice('port', PORTS.map(String));
	let choice: TrafficChoice | undefined;
	if (from !== undefined || to !== undefined || portText !== undefined) {
		choice = {
			from: from ?? FIRST_STATE.choice.from,
			to: to ?? FIRST_STATE.choice.to,
			port: portText === undefined ? FIRST_STATE.choice.port : Number(portText),
		};
		if (choice.from === choice.to) {
			// Both ends the same Pod is no connection: keep the first state's connection.
			if (to !== undefined) reader.ignore('to', to);
			choice = { ...choice, from: FIRST_STATE.choice.from, to: FIRST_STATE.choice.to };
		}
	}
	return { state: { ...(enabled ? { enabled } : {}), ...(choice ? { choice } : {}) }, notes: reader.notes };
}

/** The URL parameters of the state; the first state's values are left out. */
export function writeUrlState(s: TrafficState): Record<string, string> {
	const c = s.choice;
	const first = FIRST_STATE.choice;
	return writeParams(URL_PREFIX, {
		policies: s.enabled.length === 0 ? undefined : s.enabled.join(','),
		from: c.from === first.from ? undefined : c.from,
		to: c.to === first.to ? undefined : c.to,
		port: c.port === first.port ? undefined : c.port,
	});
}
