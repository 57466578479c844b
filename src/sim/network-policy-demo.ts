/**
 * A ready-made NetworkPolicy scenario for the security widget (https://kubernetes.io/docs/concepts/services-networking/network-policies/): a three-tier
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
 */
import type { NetworkModel, NetworkPolicy } from './network-policy.ts';

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
		egress: [{ ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] }],
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
