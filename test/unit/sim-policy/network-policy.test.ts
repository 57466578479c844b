import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkConnection,
	effectivePolicyTypes,
	findSelectingPolicies,
	ipInCidr,
	matchesLabelSelector,
	type NetworkModel,
	type NetworkPolicy,
	type NetworkPodRef,
} from '../../../src/sim/policy/network-policy.ts';
import { DEMO_NETWORK_POLICIES, DEMO_POLICY_IDS, buildDemoNetworkModel } from '../../../src/widgets/TrafficCheck/model.ts';

const shop = (name: string): NetworkPodRef => ({ namespace: 'shop', name });
const mon = (name: string): NetworkPodRef => ({ namespace: 'monitoring', name });
const withPolicies = (policies: NetworkPolicy[]): NetworkModel => ({ ...buildDemoNetworkModel([]), policies });

describe('selectors', () => {
	it('matchLabels and matchExpressions; an empty selector matches everything', () => {
		const labels = { app: 'web', tier: 'front' };
		expect(matchesLabelSelector({}, labels)).toBe(true);
		expect(matchesLabelSelector({ matchLabels: { app: 'web' } }, labels)).toBe(true);
		expect(matchesLabelSelector({ matchLabels: { app: 'db' } }, labels)).toBe(false);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'edge'] }] }, labels)).toBe(true);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] }, labels)).toBe(false);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, labels)).toBe(false);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['back'] }] }, labels)).toBe(true);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] }, labels)).toBe(false);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, labels)).toBe(true);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, labels)).toBe(true);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'zone', operator: 'Exists' }] }, labels)).toBe(false);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }, labels)).toBe(true);
		expect(matchesLabelSelector({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, labels)).toBe(false);
	});

	it('CIDR matching for ipBlock', () => {
		expect(ipInCidr('10.1.2.3', '10.1.0.0/16')).toBe(true);
		expect(ipInCidr('10.2.0.1', '10.1.0.0/16')).toBe(false);
		expect(ipInCidr('8.8.8.8', '0.0.0.0/0')).toBe(true);
		expect(ipInCidr('192.168.1.7', '192.168.1.7')).toBe(true);
		expect(ipInCidr('300.1.1.1', '0.0.0.0/0')).toBe(false);
		expect(ipInCidr('10.0.0.1', '10.0.0.0/33')).toBe(false);
		expect(ipInCidr('10.0.0.1', 'nonsense/8')).toBe(false);
		expect(ipInCidr('1.2.3', '0.0.0.0/0')).toBe(false);
	});
});

// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
describe('isolation and defaults', () => {
	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('with no policies every Pod is non-isolated and accepts traffic from any source', () => {
		const verdict = checkConnection(withPolicies([]), mon('debug'), shop('db'), 5432);
		expect(verdict).toMatchObject({
			allowed: true,
			reason: 'allowed',
			ingress: { isolated: false, allowed: true },
			egress: { isolated: false, allowed: true },
		});
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('policyTypes default: Ingress always, Egress only when egress rules exist', () => {
		const base = { name: 'p', namespace: 'shop', podSelector: {} };
		expect(effectivePolicyTypes(base)).toEqual(['Ingress']);
		expect(effectivePolicyTypes({ ...base, egress: [] })).toEqual(['Ingress']);
		expect(effectivePolicyTypes({ ...base, egress: [{}] })).toEqual(['Ingress', 'Egress']);
		expect(effectivePolicyTypes({ ...base, policyTypes: ['Egress'], ingress: [{}] })).toEqual(['Egress']);
		expect(effectivePolicyTypes({ ...base, policyTypes: [] })).toEqual(['Ingress']);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('an empty podSelector selects every Pod of the policy namespace only', () => {
		const model = withPolicies([{ name: 'deny', namespace: 'shop', podSelector: {} }]);
		const [frontend, , , prometheus] = model.pods;
		expect(frontend && findSelectingPolicies(model, frontend, 'Ingress').map((p) => p.name)).toEqual(['deny']);
		expect(prometheus && findSelectingPolicies(model, prometheus, 'Ingress')).toEqual([]);
		expect(checkConnection(model, shop('frontend'), shop('backend'), 8080)).toMatchObject({
			allowed: false,
			reason: 'ingress-denied',
			ingress: { isolated: true, allowedBy: [] },
		});
		expect(checkConnection(model, shop('frontend'), mon('prometheus'), 9090).allowed).toBe(true);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('a policy of type Egress only leaves ingress non-isolated (its ingress rules are ignored)', () => {
		const model = withPolicies([
			{ name: 'egress-only', namespace: 'shop', podSelector: { matchLabels: { app: 'db' } }, policyTypes: ['Egress'], ingress: [] },
		]);
		expect(checkConnection(model, shop('backend'), shop('db'), 5432)).toMatchObject({ allowed: true, ingress: { isolated: false } });
		expect(checkConnection(model, shop('db'), shop('backend'), 8080)).toMatchObject({
			allowed: false,
			reason: 'egress-denied',
			egress: { isolated: true },
		});
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('policies are additive: the union of all selecting policies, whatever their order', () => {
		const model = buildDemoNetworkModel();
		const verdict = checkConnection(model, shop('frontend'), shop('backend'), 8080);
		expect(verdict.allowed).toBe(true);
		expect(verdict.ingress.selectedBy.map((p) => p.name)).toEqual(['default-deny-ingress', 'allow-frontend-to-backend', 'allow-monitoring-scrape']);
		expect(verdict.ingress.allowedBy).toEqual([{ namespace: 'shop', name: 'allow-frontend-to-backend' }]);
	});
});

// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
describe('the demo scenario', () => {
	const model = buildDemoNetworkModel();

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('frontend -> backend on 8080 is allowed, on another port it is not', () => {
		expect(checkConnection(model, shop('frontend'), shop('backend'), 8080).allowed).toBe(true);
		expect(checkConnection(model, shop('frontend'), shop('backend'), 9999).reason).toBe('ingress-denied');
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('frontend -> db is denied (default deny), backend -> db is allowed', () => {
		expect(checkConnection(model, shop('frontend'), shop('db'), 5432).allowed).toBe(false);
		expect(checkConnection(model, shop('backend'), shop('db'), 5432).allowed).toBe(true);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('AND: only Prometheus in the monitoring namespace may scrape the named "metrics" port', () => {
		expect(checkConnection(model, mon('prometheus'), shop('backend'), 9090)).toMatchObject({
			allowed: true,
			ingress: { allowedBy: [{ name: 'allow-monitoring-scrape' }] },
		});
		expect(checkConnection(model, mon('debug'), shop('backend'), 9090).allowed).toBe(false);
		expect(checkConnection(model, mon('prometheus'), shop('backend'), 8080).allowed).toBe(false);
		expect(checkConnection(model, mon('prometheus'), shop('backend'), { port: 9090, protocol: 'UDP' }).allowed).toBe(false);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('db may only send DNS: its egress is isolated', () => {
		const out = checkConnection(model, shop('db'), shop('backend'), 8080);
		expect(out).toMatchObject({ allowed: false, reason: 'egress-and-ingress-denied', egress: { isolated: true, allowed: false } });
		expect(checkConnection(model, shop('db'), { ip: '10.96.0.10' }, { port: 53, protocol: 'UDP' })).toMatchObject({
			allowed: true,
			ingress: { applies: false },
		});
		expect(checkConnection(model, shop('db'), { ip: '10.96.0.10' }, 443).reason).toBe('egress-denied');
	});

	it('the demo policies can be switched on one by one', () => {
		expect(DEMO_POLICY_IDS).toEqual(DEMO_NETWORK_POLICIES.map((p) => p.name));
		expect(buildDemoNetworkModel(['allow-backend-to-db']).policies.map((p) => p.name)).toEqual(['allow-backend-to-db']);
		expect(checkConnection(buildDemoNetworkModel(['allow-backend-to-db']), shop('frontend'), shop('backend'), 1).allowed).toBe(true);
	});

	it('throws for a Pod that does not exist', () => {
		expect(() => checkConnection(model, shop('nope'), shop('db'), 1)).toThrow('unknown pod shop/nope');
	});
});

// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
describe('peers', () => {
	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('separate entries are OR: any Pod of monitoring, or any frontend in shop', () => {
		const model = withPolicies([
			{
				name: 'or',
				namespace: 'shop',
				podSelector: { matchLabels: { app: 'db' } },
				ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'monitoring' } } }, { podSelector: { matchLabels: { app: 'frontend' } } }] }],
			},
		]);
		expect(checkConnection(model, mon('debug'), shop('db'), 5432).allowed).toBe(true);
		expect(checkConnection(model, shop('frontend'), shop('db'), 5432).allowed).toBe(true);
		expect(checkConnection(model, shop('backend'), shop('db'), 5432).allowed).toBe(false);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('a podSelector alone looks only in the policy namespace', () => {
		const model = withPolicies([
			{ name: 'p', namespace: 'shop', podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'prometheus' } } }] }] },
		]);
		expect(checkConnection(model, mon('prometheus'), shop('db'), 1).allowed).toBe(false);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('every namespace carries its kubernetes.io/metadata.name label', () => {
		const model = withPolicies([
			{
				name: 'p',
				namespace: 'shop',
				podSelector: {},
				ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }] }],
			},
		]);
		expect(checkConnection(model, mon('debug'), shop('db'), 1).allowed).toBe(true);
		expect(checkConnection(model, shop('backend'), shop('db'), 1).allowed).toBe(false);
		const unknownNs: NetworkModel = { ...model, namespaces: [], pods: [...model.pods, { name: 'x', namespace: 'ghost', labels: {} }] };
		expect(checkConnection(unknownNs, { namespace: 'ghost', name: 'x' }, shop('db'), 1).allowed).toBe(false);
	});

	it('ipBlock with except matches outside addresses, never Pods', () => {
		const model = withPolicies([
			{
				name: 'web',
				namespace: 'shop',
				podSelector: { matchLabels: { app: 'frontend' } },
				ingress: [{ from: [{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } }], ports: [{ port: 80, endPort: 90 }] }],
			},
		]);
		expect(checkConnection(model, { ip: '203.0.113.5' }, shop('frontend'), 80)).toMatchObject({ allowed: true, egress: { applies: false } });
		expect(checkConnection(model, { ip: '203.0.113.5' }, shop('frontend'), 85).allowed).toBe(true);
		expect(checkConnection(model, { ip: '203.0.113.5' }, shop('frontend'), 91).allowed).toBe(false);
		expect(checkConnection(model, { ip: '203.0.113.200' }, shop('frontend'), 80).allowed).toBe(false);
		expect(checkConnection(model, shop('backend'), shop('frontend'), 80).allowed).toBe(false);
		// A Pod selector never matches an outside address.
		const podsOnly = withPolicies([{ name: 'p', namespace: 'shop', podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }]);
		expect(checkConnection(podsOnly, { ip: '1.2.3.4' }, shop('db'), 1).allowed).toBe(false);
	});

	it('named ports resolve on the destination Pod; an outside destination has none', () => {
		const model = withPolicies([
			{ name: 'e', namespace: 'shop', podSelector: { matchLabels: { app: 'frontend' } }, egress: [{ ports: [{ port: 'http' }] }] },
		]);
		expect(checkConnection(model, shop('frontend'), shop('backend'), 8080).allowed).toBe(true);
		expect(checkConnection(model, shop('frontend'), shop('backend'), 80).allowed).toBe(false);
		expect(checkConnection(model, shop('frontend'), { ip: '1.1.1.1' }, 80).allowed).toBe(false);
	});
});

// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
describe('properties', () => {
	const apps = ['frontend', 'backend', 'db', 'prometheus', 'debug'];
	const arbSelector = fc.oneof(
		fc.constant({}),
		fc.constantFrom(...apps).map((app) => ({ matchLabels: { app } })),
	);
	const arbPeer = fc.oneof(
		arbSelector.map((podSelector) => ({ podSelector })),
		fc.constantFrom('shop', 'monitoring').map((team) => ({ namespaceSelector: { matchLabels: { team } } })),
		fc
			.tuple(arbSelector, fc.constantFrom('shop', 'monitoring'))
			.map(([podSelector, team]) => ({ podSelector, namespaceSelector: { matchLabels: { team } } })),
	);
	const arbPorts = fc.option(fc.array(fc.record({ port: fc.constantFrom(80, 8080, 5432, 9090) }), { maxLength: 2 }), { nil: undefined });
	const arbPolicy: fc.Arbitrary<NetworkPolicy> = fc.record({
		name: fc.constantFrom('a', 'b', 'c', 'd'),
		namespace: fc.constantFrom('shop', 'monitoring'),
		podSelector: arbSelector,
		policyTypes: fc.option(fc.subarray(['Ingress', 'Egress'] as const, { minLength: 1 }), { nil: undefined }),
		ingress: fc.option(
			fc.array(fc.record({ from: fc.option(fc.array(arbPeer, { maxLength: 2 }), { nil: undefined }), ports: arbPorts }), { maxLength: 2 }),
			{ nil: undefined },
		),
		egress: fc.option(fc.array(fc.record({ to: fc.option(fc.array(arbPeer, { maxLength: 2 }), { nil: undefined }), ports: arbPorts }), { maxLength: 2 }), {
			nil: undefined,
		}),
	});
	const pods = buildDemoNetworkModel([]).pods.map((p) => ({ namespace: p.namespace, name: p.name }));
	const arbPod = fc.constantFrom(...pods);
	const arbPort = fc.constantFrom(80, 8080, 5432, 9090);

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('adding a policy never denies a connection that was allowed while both ends were already isolated', () => {
		fc.assert(
			fc.property(fc.array(arbPolicy, { maxLength: 5 }), arbPolicy, arbPod, arbPod, arbPort, (policies, extra, from, to, port) => {
				const before = checkConnection(withPolicies(policies), from, to, port);
				const after = checkConnection(withPolicies([...policies, extra]), from, to, port);
				if (before.allowed && before.egress.isolated && before.ingress.isolated) expect(after.allowed).toBe(true);
				// More generally a new policy can only take something away by isolating a Pod for the first time.
				if (before.allowed && !after.allowed) expect(before.egress.isolated && before.ingress.isolated).toBe(false);
			}),
			{ numRuns: 300 },
		);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/network-policies/
	it('evaluation order does not matter', () => {
		fc.assert(
			fc.property(fc.array(arbPolicy, { maxLength: 5 }), arbPod, arbPod, arbPort, (policies, from, to, port) => {
				const forward = checkConnection(withPolicies(policies), from, to, port);
				const backward = checkConnection(withPolicies([...policies].reverse()), from, to, port);
				expect(backward.allowed).toBe(forward.allowed);
				expect(backward.reason).toBe(forward.reason);
			}),
			{ numRuns: 200 },
		);
	});
});
