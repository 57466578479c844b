// The traffic-check widget's model: policies applied in click order, Pod ports, the matrix
// of all Pod pairs, and NetworkPolicies as manifests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/traffic-check.ts';
import { applyPoliciesInOrder, buildConnectionMatrix, listPodPorts, toNetworkPolicyManifest, type ConnectionMatrix } from '../../../src/sim/index.ts';
import {
	DEMO_NETWORK_POLICIES,
	DEMO_POLICY_IDS,
	FIRST_STATE,
	buildDemoNetworkModel,
	describeTraffic,
	evaluateTraffic,
	readUrlState,
	reduceTraffic,
	writeUrlState,
	type TrafficState,
} from '../../../src/widgets/TrafficCheck/model.ts';

const base = buildDemoNetworkModel([]);
const withPolicies = (names: readonly string[]) => applyPoliciesInOrder(base, DEMO_NETWORK_POLICIES, names);
const cell = (m: ConnectionMatrix, from: string, to: string) => m.rows.find((r) => r.from.name === from)?.cells.find((c) => c.to.name === to)?.verdict;

describe('policies in click order', () => {
	it('keeps the given order and ignores unknown names', () => {
		expect(withPolicies(['allow-backend-to-db', 'nope', 'default-deny-ingress']).policies.map((p) => p.name)).toEqual([
			'allow-backend-to-db',
			'default-deny-ingress',
		]);
		expect(withPolicies([]).policies).toEqual([]);
	});

	it('lists the container ports of the demo Pods', () => {
		expect(listPodPorts(base)).toEqual([80, 5432, 8080, 9090]);
	});
});

describe('the connection matrix', () => {
	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('no policies: every pair of different Pods is allowed; the diagonal is not a pair', () => {
		const m = buildConnectionMatrix(withPolicies([]), 8080);
		expect(m.pairCount).toBe(5 * 4);
		expect(m.allowedCount).toBe(20);
		expect(cell(m, 'frontend', 'frontend')).toBeNull();
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('default-deny-ingress: nothing gets into shop, monitoring still receives', () => {
		const m = buildConnectionMatrix(withPolicies(['default-deny-ingress']), 8080);
		for (const row of m.rows) {
			for (const c of row.cells) {
				if (c.verdict === null) continue;
				expect(c.verdict.allowed).toBe(c.to.namespace !== 'shop');
			}
		}
		expect(cell(m, 'frontend', 'backend')?.reason).toBe('ingress-denied');
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('plus allow-frontend-to-backend: frontend -> backend:8080 only', () => {
		const m = buildConnectionMatrix(withPolicies(['default-deny-ingress', 'allow-frontend-to-backend']), 8080);
		expect(cell(m, 'frontend', 'backend')?.allowed).toBe(true);
		expect(cell(m, 'frontend', 'backend')?.ingress.allowedBy).toEqual([{ namespace: 'shop', name: 'allow-frontend-to-backend' }]);
		expect(cell(m, 'db', 'backend')?.allowed).toBe(false);
		expect(cell(m, 'prometheus', 'backend')?.allowed).toBe(false);
		expect(buildConnectionMatrix(withPolicies(['default-deny-ingress', 'allow-frontend-to-backend']), 80).rows[0]?.cells[1]?.verdict?.allowed).toBe(false);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('policies add up: any order of the same set gives the same matrix on every port', () => {
		const ports = listPodPorts(base);
		fc.assert(
			fc.property(fc.subarray([...DEMO_POLICY_IDS]), fc.nat(), (names, seed) => {
				const shuffled = [...names].sort(
					(a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (seed % 2 ? a.localeCompare(b) : b.localeCompare(a)),
				);
				for (const port of ports) {
					const allowed = (m: ConnectionMatrix) => m.rows.map((r) => r.cells.map((c) => c.verdict?.allowed ?? null));
					expect(allowed(buildConnectionMatrix(withPolicies(shuffled), port))).toEqual(allowed(buildConnectionMatrix(withPolicies(names), port)));
				}
			}),
		);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('adding another allow policy never takes away what a policy already allowed', () => {
		const before = buildConnectionMatrix(withPolicies(['allow-frontend-to-backend']), 8080);
		const after = buildConnectionMatrix(withPolicies(['allow-frontend-to-backend', 'allow-monitoring-scrape']), 8080);
		expect(cell(before, 'frontend', 'backend')?.allowed).toBe(true);
		expect(cell(after, 'frontend', 'backend')?.allowed).toBe(true);
	});
});

describe('NetworkPolicy manifests', () => {
	it('writes networking.k8s.io/v1 and keeps omitted fields omitted', () => {
		const [deny, frontend] = DEMO_NETWORK_POLICIES;
		expect(toNetworkPolicyManifest(deny!)).toEqual({
			apiVersion: 'networking.k8s.io/v1',
			kind: 'NetworkPolicy',
			metadata: { name: 'default-deny-ingress', namespace: 'shop' },
			spec: { podSelector: {}, policyTypes: ['Ingress'] },
		});
		const m = toNetworkPolicyManifest(frontend!) as { spec: Record<string, unknown> };
		expect(m.spec.policyTypes).toBeUndefined();
		expect(m.spec.ingress).toEqual(frontend!.ingress);
		const egress = toNetworkPolicyManifest(DEMO_NETWORK_POLICIES[4]!) as { spec: Record<string, unknown> };
		expect(egress.spec.egress).toEqual(DEMO_NETWORK_POLICIES[4]!.egress);
	});
});

describe('TrafficCheck model', () => {
	const t = strings.en;
	const on = (s: TrafficState, name: string) => reduceTraffic(s, { type: 'toggle', name, on: true });

	it('plays the page: deny all ingress, then open frontend -> backend on 8080 and backend -> db on 5432', () => {
		let s = FIRST_STATE;
		expect(evaluateTraffic(s).verdict.allowed).toBe(true);
		s = on(s, 'default-deny-ingress');
		expect(evaluateTraffic(s).verdict.allowed).toBe(false);
		expect(describeTraffic(t, s)).toBe(
			t.announce(t.connection('shop/frontend', 'shop/backend', 8080), t.denied, t.matrixCount(evaluateTraffic(s).matrix.allowedCount, 20)),
		);
		s = on(s, 'allow-frontend-to-backend');
		expect(evaluateTraffic(s).verdict.allowed).toBe(true);
		s = reduceTraffic(s, { type: 'choose', change: { from: 'shop/backend', to: 'shop/db', port: 5432 } });
		expect(evaluateTraffic(s).verdict.allowed).toBe(false);
		s = on(s, 'allow-backend-to-db');
		expect(evaluateTraffic(s).verdict.allowed).toBe(true);
		expect(s.enabled).toEqual(['default-deny-ingress', 'allow-frontend-to-backend', 'allow-backend-to-db']);
		s = reduceTraffic(s, { type: 'toggle', name: 'default-deny-ingress', on: false });
		expect(s.enabled).toEqual(['allow-frontend-to-backend', 'allow-backend-to-db']);
		expect(reduceTraffic(s, { type: 'toggle', name: 'not-a-policy', on: true }).enabled).toEqual(s.enabled);
	});

	it('never makes a Pod and itself the connection: the other end moves away', () => {
		const s = reduceTraffic(FIRST_STATE, { type: 'choose', change: { from: 'shop/backend' } });
		expect(s.choice.from).toBe('shop/backend');
		expect(s.choice.to).not.toBe('shop/backend');
		const r = reduceTraffic(FIRST_STATE, { type: 'choose', change: { to: 'shop/frontend' } });
		expect(r.choice.to).toBe('shop/frontend');
		expect(r.choice.from).not.toBe('shop/frontend');
	});

	it('reads and writes traffic.policies/from/to/port', () => {
		const read = (q: string) => readUrlState(new URLSearchParams(q));
		expect(read('traffic.policies=default-deny-ingress,allow-backend-to-db&traffic.port=5432')).toEqual({
			state: { enabled: ['default-deny-ingress', 'allow-backend-to-db'], choice: { ...FIRST_STATE.choice, port: 5432 } },
			notes: [],
		});
		const bad = read('traffic.policies=default-deny-ingress,,evil,default-deny-ingress&traffic.port=22&traffic.from=shop/backend&traffic.to=shop/backend');
		expect(bad.state.enabled).toEqual(['default-deny-ingress']);
		expect(bad.state.choice).toEqual(FIRST_STATE.choice);
		expect(bad.notes.map((n) => `${n.key}=${n.value}`)).toEqual(['traffic.policies=evil', 'traffic.port=22', 'traffic.to=shop/backend']);
		expect(writeUrlState(FIRST_STATE)).toEqual({});
		const s = reduceTraffic(on(on(FIRST_STATE, 'allow-backend-to-db'), 'default-deny-ingress'), { type: 'choose', change: { to: 'shop/db', port: 5432 } });
		expect(writeUrlState(s)).toEqual({ 'traffic.policies': 'allow-backend-to-db,default-deny-ingress', 'traffic.to': 'shop/db', 'traffic.port': '5432' });
		expect({ ...FIRST_STATE, ...read(new URLSearchParams(writeUrlState(s)).toString()).state }).toEqual(s);
	});
});
