import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mustParseCpu as cpu, mustParseMemory as mem } from '../../../src/sim/core/quantity-exact.ts';
import {
	applyPodDefaults,
	classifyQos,
	effectiveLimits,
	effectiveRequests,
	explainQos,
	orderForEviction,
	simulateUsage,
	validatePodResources,
	type ResourceContainer,
	type ResourcePod,
} from '../../../src/sim/policy/resources.ts';

const both = (c: string, m: string) => ({ cpu: cpu(c), memory: mem(m) });
const pod = (name: string, ...containers: ResourceContainer[]): ResourcePod => ({ name, containers });

// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('defaulting', () => {
	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('a container with only limits gets requests equal to its limits', () => {
		const p = applyPodDefaults(pod('web', { name: 'app', limits: both('500m', '128Mi') }));
		expect(p.containers[0]?.requests).toEqual(both('500m', '128Mi'));
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('defaulting is per resource and keeps explicit requests', () => {
		const p = applyPodDefaults(pod('web', { name: 'app', requests: { cpu: cpu('100m') }, limits: both('500m', '128Mi') }));
		expect(p.containers[0]?.requests).toEqual({ cpu: 100, memory: mem('128Mi') });
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('applies to init containers too and leaves the input untouched', () => {
		const input: ResourcePod = { name: 'p', containers: [], initContainers: [{ name: 'init', limits: { cpu: 200 } }] };
		expect(applyPodDefaults(input).initContainers?.[0]?.requests).toEqual({ cpu: 200 });
		expect(input.initContainers?.[0]?.requests).toBeUndefined();
	});
});

// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
describe('QoS classes', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('Guaranteed: every container has cpu and memory requests equal to limits', () => {
		const p = pod(
			'g',
			{ name: 'a', requests: both('1', '1Gi'), limits: both('1', '1Gi') },
			{ name: 'b', requests: both('200m', '64Mi'), limits: both('200m', '64Mi') },
		);
		expect(classifyQos(p)).toBe('Guaranteed');
		expect(explainQos(p)).toEqual({ qos: 'Guaranteed', because: 'all-requests-equal-limits' });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('only limits set: requests default to limits, so the Pod is Guaranteed', () => {
		expect(classifyQos(pod('limits-only', { name: 'a', limits: both('500m', '256Mi') }))).toBe('Guaranteed');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('Burstable: a request below its limit', () => {
		const p = pod('b', { name: 'a', requests: both('250m', '64Mi'), limits: both('500m', '64Mi') });
		expect(explainQos(p)).toEqual({ qos: 'Burstable', because: 'request-differs-from-limit', resource: 'cpu' });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('Burstable: one container sets only a memory request', () => {
		const p = pod('b', { name: 'a', requests: { memory: mem('64Mi') } });
		expect(explainQos(p)).toEqual({ qos: 'Burstable', because: 'missing-limit', container: 'a', resource: 'cpu' });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('Burstable when one of two containers has no limits, even if the other is Guaranteed-like', () => {
		const p = pod('b', { name: 'full', limits: both('1', '1Gi') }, { name: 'bare' });
		expect(explainQos(p)).toEqual({ qos: 'Burstable', because: 'missing-limit', container: 'bare', resource: 'cpu' });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('BestEffort: no container has any cpu or memory request or limit', () => {
		expect(explainQos(pod('be', { name: 'a' }, { name: 'b', requests: {} }))).toEqual({ qos: 'BestEffort', because: 'no-requests-or-limits' });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('zero amounts do not count as set', () => {
		expect(classifyQos(pod('z', { name: 'a', requests: { cpu: 0 }, limits: { memory: 0 } }))).toBe('BestEffort');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('init containers count for QoS too', () => {
		const p: ResourcePod = { name: 'i', containers: [{ name: 'a', limits: both('1', '1Gi') }], initContainers: [{ name: 'init' }] };
		expect(classifyQos(p)).toBe('Burstable');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('Burstable when only memory request differs', () => {
		const p = pod('m', { name: 'a', requests: both('1', '100Mi'), limits: both('1', '200Mi') });
		expect(explainQos(p)).toMatchObject({ qos: 'Burstable', resource: 'memory' });
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('property: a Pod whose containers set only equal limits is always Guaranteed', () => {
		const amount = fc.integer({ min: 1, max: 1_000_000 });
		fc.assert(
			fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 4 }), (limits) => {
				const p = pod('p', ...limits.map(([c, m], i) => ({ name: `c${i}`, limits: { cpu: c, memory: m } })));
				expect(classifyQos(p)).toBe('Guaranteed');
			}),
		);
	});
});

// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('effective requests', () => {
	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('sums app containers', () => {
		const p = pod('p', { name: 'a', requests: both('250m', '64Mi') }, { name: 'b', requests: both('500m', '128Mi') });
		expect(effectiveRequests(p)).toEqual(both('750m', '192Mi'));
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('an init container larger than the sum sets the request: max(sum, max init)', () => {
		const p: ResourcePod = {
			name: 'p',
			containers: [{ name: 'a', requests: both('250m', '64Mi') }],
			initContainers: [
				{ name: 'migrate', requests: both('1', '32Mi') },
				{ name: 'warm', requests: both('100m', '256Mi') },
			],
		};
		expect(effectiveRequests(p)).toEqual(both('1', '256Mi'));
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('sidecars (restartPolicy Always) add to the sum and run next to later init containers', () => {
		const p: ResourcePod = {
			name: 'p',
			containers: [{ name: 'app', requests: { cpu: 100 } }],
			initContainers: [
				{ name: 'proxy', restartPolicy: 'Always', requests: { cpu: 50 } },
				{ name: 'migrate', requests: { cpu: 300 } },
			],
		};
		// app + sidecar = 150; migrate runs beside the sidecar = 350.
		expect(effectiveRequests(p).cpu).toBe(350);
		const small: ResourcePod = { ...p, initContainers: [{ name: 'proxy', restartPolicy: 'Always', requests: { cpu: 50 } }] };
		expect(effectiveRequests(small).cpu).toBe(150);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('Pod overhead comes on top', () => {
		const p: ResourcePod = { name: 'p', containers: [{ name: 'a', requests: { cpu: 100 } }], overhead: { cpu: 10, memory: 1024 } };
		expect(effectiveRequests(p)).toEqual({ cpu: 110, memory: 1024 });
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('limit-only containers count with their defaulted requests', () => {
		expect(effectiveRequests(pod('p', { name: 'a', limits: both('1', '1Gi') }))).toEqual(both('1', '1Gi'));
	});

	it('aggregates limits the same way', () => {
		const p = pod('p', { name: 'a', limits: both('1', '1Gi') }, { name: 'b', limits: { cpu: 500 } });
		expect(effectiveLimits(p)).toEqual({ cpu: 1500, memory: mem('1Gi') });
	});
});

describe('validation', () => {
	it('rejects a request above its limit with the API wording', () => {
		const p = pod('p', { name: 'a', requests: { cpu: 700 }, limits: { cpu: 500 } });
		expect(validatePodResources(p)).toEqual([
			'spec.containers[0].resources.requests: Invalid value: "700m": must be less than or equal to cpu limit of 500m',
		]);
	});

	it('rejects negative amounts and checks init containers', () => {
		const p: ResourcePod = { name: 'p', containers: [], initContainers: [{ name: 'i', requests: { memory: -1 }, limits: { memory: mem('1Mi') } }] };
		expect(validatePodResources(p)).toEqual(['spec.initContainers[0].resources.requests[memory]: Invalid value: "-1": must be greater than or equal to 0']);
	});

	it('accepts requests equal to limits', () => {
		expect(validatePodResources(pod('p', { name: 'a', requests: both('1', '1Gi'), limits: both('1', '1Gi') }))).toEqual([]);
	});
});

// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('usage over limits', () => {
	const c: ResourceContainer = { name: 'app', requests: both('250m', '64Mi'), limits: both('500m', '128Mi') };

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('using more than the request but within the limit is fine', () => {
		expect(simulateUsage(c, both('400m', '100Mi'))).toBe('ok');
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('CPU over the limit is throttled, not killed', () => {
		expect(simulateUsage(c, both('2', '100Mi'))).toBe('throttled');
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('memory over the limit is OOM-killed', () => {
		expect(simulateUsage(c, both('100m', '200Mi'))).toBe('oomkilled');
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('both exceeded: the OOM kill wins', () => {
		expect(simulateUsage(c, both('2', '200Mi'))).toBe('oomkilled');
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('without limits a container may use spare node capacity', () => {
		expect(simulateUsage({ name: 'free' }, both('4', '8Gi'))).toBe('ok');
		expect(simulateUsage(c, {})).toBe('ok');
	});
});

// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
describe('eviction order', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('evicts BestEffort first, then Burstable, then Guaranteed, keeping order within a class', () => {
		const guaranteed = pod('g', { name: 'a', limits: both('1', '1Gi') });
		const burstable1 = pod('b1', { name: 'a', requests: { cpu: 100 } });
		const bestEffort = pod('be', { name: 'a' });
		const burstable2 = pod('b2', { name: 'a', requests: { memory: 10 } });
		const order = orderForEviction([guaranteed, burstable1, bestEffort, burstable2]);
		expect(order.map((o) => `${o.pod.name}:${o.qos}`)).toEqual(['be:BestEffort', 'b1:Burstable', 'b2:Burstable', 'g:Guaranteed']);
	});
});
