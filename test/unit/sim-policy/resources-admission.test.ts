import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mustParseCpu as cpu, mustParseMemory as mem } from '../../../src/sim/quantity-exact.ts';
import type { ResourceContainer, ResourcePod } from '../../../src/sim/resources.ts';
import {
	admitPod,
	applyLimitRangeDefaults,
	checkResourceQuotas,
	computeQuotaUsed,
	defaultLimitRangeItem,
	formatKubectlError,
	type AdmissionResult,
	type LimitRange,
	type ResourceQuota,
} from '../../../src/sim/resources-admission.ts';

const pod = (name: string, ...containers: ResourceContainer[]): ResourcePod => ({ name, containers });
function rejected(result: AdmissionResult): Extract<AdmissionResult, { allowed: false }> {
	if (result.allowed) throw new Error('expected a rejection');
	return result;
}
function admitted(result: AdmissionResult): Extract<AdmissionResult, { allowed: true }> {
	if (!result.allowed) throw new Error(`expected admission, got ${result.message}`);
	return result;
}

const cpuDefaults: LimitRange = { name: 'cpu-limit-range', limits: [{ type: 'Container', default: { cpu: cpu('1') }, defaultRequest: { cpu: cpu('500m') } }] };

describe('LimitRange defaults (#112)', () => {
	it('#112 injects the default limit and default request into a container without them', () => {
		const result = admitted(admitPod(pod('default-cpu-demo', { name: 'app' }), { limitRanges: [cpuDefaults] }));
		expect(result.pod.containers[0]).toMatchObject({ requests: { cpu: 500 }, limits: { cpu: 1000 } });
		expect(result.limitRangerAnnotation).toBe('LimitRanger plugin set: cpu request for container app; cpu limit for container app');
	});

	it('#112 with a default limit but no default request, the request defaults to the limit', () => {
		const range: LimitRange = { name: 'mem', limits: [{ type: 'Container', default: { memory: mem('512Mi') } }] };
		const result = admitted(admitPod(pod('p', { name: 'app' }), { limitRanges: [range] }));
		expect(result.pod.containers[0]).toMatchObject({ requests: { memory: mem('512Mi') }, limits: { memory: mem('512Mi') } });
	});

	it('#112 LimitRange item defaulting: max becomes the default limit, min the default request', () => {
		expect(defaultLimitRangeItem({ type: 'Container', max: { cpu: 800 }, min: { memory: 100 } })).toEqual({
			type: 'Container',
			max: { cpu: 800 },
			min: { memory: 100 },
			default: { cpu: 800 },
			defaultRequest: { cpu: 800, memory: 100 },
		});
		const podItem = { type: 'Pod' as const, max: { cpu: 800 } };
		expect(defaultLimitRangeItem(podItem)).toBe(podItem);
	});

	it('#112 #105 a container with only a limit keeps request = its own limit, not the default request', () => {
		const result = admitted(admitPod(pod('p', { name: 'app', limits: { cpu: 700 } }), { limitRanges: [cpuDefaults] }));
		expect(result.pod.containers[0]).toMatchObject({ requests: { cpu: 700 }, limits: { cpu: 700 } });
	});

	it('#112 defaults reach init containers and nothing is set when everything is given', () => {
		const p: ResourcePod = { name: 'p', containers: [{ name: 'app', requests: { cpu: 100 }, limits: { cpu: 200 } }], initContainers: [{ name: 'setup' }] };
		const { pod: out, annotation } = applyLimitRangeDefaults(p, [cpuDefaults]);
		expect(out.initContainers?.[0]).toMatchObject({ requests: { cpu: 500 }, limits: { cpu: 1000 } });
		expect(annotation).toBe('LimitRanger plugin set: cpu request for init container setup; cpu limit for init container setup');
		expect(applyLimitRangeDefaults(pod('full', { name: 'a', requests: { cpu: 1 }, limits: { cpu: 1 } }), [cpuDefaults]).annotation).toBeUndefined();
	});

	it('#112 a default limit below an explicit request makes the Pod invalid (422)', () => {
		const lr: LimitRange = { name: 'cpu-resource-constraint', limits: [{ type: 'Container', default: { cpu: cpu('500m') } }] };
		const result = rejected(admitPod(pod('example-conflict-with-limitrange-cpu', { name: 'demo', requests: { cpu: cpu('700m') } }), { limitRanges: [lr] }));
		expect(result).toMatchObject({ code: 422, reason: 'Invalid', stage: 'validation' });
		expect(result.message).toBe(
			'Pod "example-conflict-with-limitrange-cpu" is invalid: spec.containers[0].resources.requests: Invalid value: "700m": must be less than or equal to cpu limit of 500m',
		);
		expect(formatKubectlError(result, 'pod.yaml')).toBe(`The ${result.message}`);
	});
});

describe('LimitRange min/max (#112)', () => {
	const memConstraints: LimitRange = { name: 'mem-min-max-demo-lr', limits: [{ type: 'Container', max: { memory: mem('1Gi') }, min: { memory: mem('500Mi') } }] };

	it('#112 a limit above max is 403 Forbidden with the LimitRanger message', () => {
		const result = rejected(admitPod(pod('constraints-mem-demo-2', { name: 'c', requests: { memory: mem('800Mi') }, limits: { memory: mem('1.5Gi') } }), { limitRanges: [memConstraints] }));
		expect(result).toMatchObject({ code: 403, reason: 'Forbidden', stage: 'LimitRanger' });
		expect(result.message).toBe('pods "constraints-mem-demo-2" is forbidden: maximum memory usage per Container is 1Gi, but limit is 1536Mi');
		expect(formatKubectlError(result, 'memory-constraints-pod-2.yaml')).toBe(
			'Error from server (Forbidden): error when creating "memory-constraints-pod-2.yaml": pods "constraints-mem-demo-2" is forbidden: maximum memory usage per Container is 1Gi, but limit is 1536Mi',
		);
	});

	it('#112 a request below min is 403 Forbidden', () => {
		const result = rejected(admitPod(pod('constraints-mem-demo-3', { name: 'c', requests: { memory: mem('100Mi') }, limits: { memory: mem('800Mi') } }), { limitRanges: [memConstraints] }));
		expect(result.message).toBe('pods "constraints-mem-demo-3" is forbidden: minimum memory usage per Container is 500Mi, but request is 100Mi');
	});

	it('#112 a container without memory settings gets max as its limit, and that limit as its request', () => {
		// SetDefaults_LimitRangeItem: default limit = max (1Gi); default request = default limit (1Gi).
		const result = admitted(admitPod(pod('constraints-mem-demo-4', { name: 'c' }), { limitRanges: [memConstraints] }));
		expect(result.pod.containers[0]).toMatchObject({ requests: { memory: mem('1Gi') }, limits: { memory: mem('1Gi') } });
	});

	it('#112 several violations are aggregated as [a, b, c]', () => {
		const lr: LimitRange = { name: 'lr', limits: [{ type: 'Container', min: { cpu: 200, memory: 100 }, max: { cpu: 800 } }] };
		const result = rejected(admitPod(pod('p', { name: 'c', requests: { cpu: 100, memory: 50 }, limits: { cpu: 900, memory: 50 } }), { limitRanges: [lr] }));
		expect(result.message).toBe(
			'pods "p" is forbidden: [minimum cpu usage per Container is 200m, but request is 100m, minimum memory usage per Container is 100, but request is 50, maximum cpu usage per Container is 800m, but limit is 900m]',
		);
		expect(admitPod(pod('p', { name: 'c', requests: { cpu: 200, memory: 100 }, limits: { cpu: 800, memory: 100 } }), { limitRanges: [lr] }).allowed).toBe(true);
	});

	it('#112 a Pod-level max compares the sum over the containers', () => {
		const lr: LimitRange = { name: 'lr', limits: [{ type: 'Pod', max: { cpu: 1000 } }] };
		// Each container is within 1 CPU; together they are not.
		const result = rejected(admitPod(pod('p', { name: 'a', requests: { cpu: 600 }, limits: { cpu: 600 } }, { name: 'b', requests: { cpu: 600 }, limits: { cpu: 600 } }), { limitRanges: [lr] }));
		expect(result.message).toBe('pods "p" is forbidden: maximum cpu usage per Pod is 1, but limit is 1200m');
	});

	it('#112 Pod-level max needs a limit on the Pod; min needs a request', () => {
		const lr: LimitRange = { name: 'lr', limits: [{ type: 'Pod', max: { cpu: 2000 }, min: { memory: 10 } }] };
		const result = rejected(admitPod(pod('p', { name: 'a', requests: { cpu: 100 } }), { limitRanges: [lr] }));
		expect(result.message).toBe('pods "p" is forbidden: [minimum memory usage per Pod is 10.  No request is specified, maximum cpu usage per Pod is 2.  No limit is specified]');
		const maxRequest: LimitRange = { name: 'lr', limits: [{ type: 'Pod', max: { memory: 100 } }] };
		const overRequest = rejected(admitPod({ name: 'p', containers: [{ name: 'a', limits: { memory: 100 } }, { name: 'b', requests: { memory: 50 } }] }, { limitRanges: [maxRequest] }));
		expect(overRequest.message).toBe('pods "p" is forbidden: maximum memory usage per Pod is 100, but request is 150');
		const minLimit: LimitRange = { name: 'lr', limits: [{ type: 'Pod', min: { cpu: 500 } }] };
		const lowLimit = rejected(admitPod({ name: 'p', containers: [{ name: 'a', limits: { cpu: 100 } }, { name: 'b', requests: { cpu: 450 } }] }, { limitRanges: [minLimit] }));
		expect(lowLimit.message).toBe('pods "p" is forbidden: minimum cpu usage per Pod is 500m, but limit is 100m');
	});

	it('#112 maxLimitRequestRatio', () => {
		const lr: LimitRange = { name: 'ratio', limits: [{ type: 'Container', maxLimitRequestRatio: { cpu: 2, memory: 1.5 } }] };
		const tooBursty = rejected(admitPod(pod('p', { name: 'a', requests: { cpu: 250, memory: 100 }, limits: { cpu: 1000, memory: 100 } }), { limitRanges: [lr] }));
		expect(tooBursty.message).toBe('pods "p" is forbidden: cpu max limit to request ratio per Container is 2, but provided ratio is 4.000000');
		const noLimit = rejected(admitPod(pod('p', { name: 'a', requests: { cpu: 250, memory: 100 } }), { limitRanges: [lr] }));
		expect(noLimit.message).toBe(
			'pods "p" is forbidden: [cpu max limit to request ratio per Container is 2, but no limit is specified or limit is 0, memory max limit to request ratio per Container is 1500m, but no limit is specified or limit is 0]',
		);
		const noRequest = rejected(admitPod(pod('p', { name: 'a', requests: { cpu: 0, memory: 100 }, limits: { cpu: 100, memory: 100 } }), { limitRanges: [lr] }));
		expect(noRequest.message).toBe('pods "p" is forbidden: cpu max limit to request ratio per Container is 2, but no request is specified or request is 0');
		expect(admitPod(pod('p', { name: 'a', requests: { cpu: 500, memory: 100 }, limits: { cpu: 1000, memory: 150 } }), { limitRanges: [lr] }).allowed).toBe(true);
	});
});

describe('ResourceQuota (#113)', () => {
	const memCpu: ResourceQuota = { name: 'mem-cpu-demo', hard: { 'requests.cpu': cpu('1'), 'requests.memory': mem('1Gi'), 'limits.cpu': cpu('2'), 'limits.memory': mem('2Gi') } };
	const first = pod('quota-mem-cpu-demo', { name: 'c', requests: { cpu: cpu('400m'), memory: mem('600Mi') }, limits: { cpu: cpu('800m'), memory: mem('800Mi') } });

	it('#113 admits within the quota and tracks usage', () => {
		admitted(admitPod(first, { quotas: [memCpu] }));
		expect(computeQuotaUsed(memCpu, [first])).toEqual({ 'limits.cpu': 800, 'limits.memory': mem('800Mi'), 'requests.cpu': 400, 'requests.memory': mem('600Mi') });
	});

	it('#113 rejects aggregate use above the quota with 403 naming the quota', () => {
		const second = pod('quota-mem-cpu-demo-2', { name: 'c', requests: { cpu: cpu('400m'), memory: mem('700Mi') }, limits: { cpu: cpu('800m'), memory: mem('1Gi') } });
		const result = rejected(admitPod(second, { quotas: [memCpu], admittedPods: [first] }));
		expect(result).toMatchObject({ code: 403, stage: 'ResourceQuota' });
		expect(result.message).toBe(
			'pods "quota-mem-cpu-demo-2" is forbidden: exceeded quota: mem-cpu-demo, requested: requests.memory=700Mi, used: requests.memory=600Mi, limited: requests.memory=1Gi',
		);
	});

	it('#113 if a quota covers cpu or memory, a container without that request or limit is rejected', () => {
		const result = rejected(admitPod(pod('bare', { name: 'nginx' }, { name: 'sidecar', requests: { cpu: 100, memory: 100 } }), { quotas: [memCpu] }));
		expect(result.message).toBe(
			'pods "bare" is forbidden: failed quota: mem-cpu-demo: must specify limits.cpu for: nginx,sidecar; limits.memory for: nginx,sidecar; requests.cpu for: nginx; requests.memory for: nginx',
		);
	});

	it('#113 a LimitRange can supply the defaults the quota requires', () => {
		const lr: LimitRange = { name: 'defaults', limits: [{ type: 'Container', default: { cpu: 500, memory: mem('256Mi') } }] };
		const result = admitted(admitPod(pod('defaulted', { name: 'nginx' }), { quotas: [memCpu], limitRanges: [lr] }));
		expect(result.pod.containers[0]).toMatchObject({ requests: { cpu: 500, memory: mem('256Mi') }, limits: { cpu: 500 } });
	});

	it('#113 counts Pods and plain cpu/memory (= requests)', () => {
		const quota: ResourceQuota = { name: 'pod-demo', hard: { pods: 2, cpu: 1000 } };
		const small = (n: string) => pod(n, { name: 'c', requests: { cpu: 100 } });
		const result = rejected(admitPod(small('third'), { quotas: [quota], admittedPods: [small('a'), small('b')] }));
		expect(result.message).toBe('pods "third" is forbidden: exceeded quota: pod-demo, requested: pods=1, used: pods=2, limited: pods=2');
		const cpuHeavy = rejected(admitPod(pod('heavy', { name: 'c', requests: { cpu: 950 } }), { quotas: [quota], admittedPods: [small('a')] }));
		expect(cpuHeavy.message).toBe('pods "heavy" is forbidden: exceeded quota: pod-demo, requested: cpu=950m, used: cpu=100m, limited: cpu=1');
	});

	it('#113 checks the constraints of every quota before usage, in order', () => {
		const podsOnly: ResourceQuota = { name: 'count', hard: { pods: 0 } };
		const memOnly: ResourceQuota = { name: 'mem', hard: { memory: mem('1Gi') } };
		expect(checkResourceQuotas(pod('p', { name: 'c' }), [podsOnly, memOnly], [])).toBe('failed quota: mem: must specify memory for: c');
		expect(checkResourceQuotas(pod('p', { name: 'c', requests: { memory: 1 } }), [podsOnly, memOnly], [])).toBe(
			'exceeded quota: count, requested: pods=1, used: pods=0, limited: pods=0',
		);
	});

	it('#113 property: Pods admitted one by one never push usage above the quota', () => {
		const quota: ResourceQuota = { name: 'q', hard: { pods: 5, 'requests.cpu': 2000, 'limits.memory': 4096 } };
		const arbPod = fc.record({ cpu: fc.integer({ min: 0, max: 1500 }), memory: fc.integer({ min: 1, max: 3000 }) });
		fc.assert(
			fc.property(fc.array(arbPod, { maxLength: 10 }), (specs) => {
				const admittedPods: ResourcePod[] = [];
				specs.forEach((s, i) => {
					const p = pod(`p${i}`, { name: 'c', requests: { cpu: s.cpu }, limits: { memory: s.memory } });
					if (admitPod(p, { quotas: [quota], admittedPods }).allowed) admittedPods.push(p);
				});
				const used = computeQuotaUsed(quota, admittedPods);
				expect(used.pods).toBeLessThanOrEqual(5);
				expect(used['requests.cpu']).toBeLessThanOrEqual(2000);
				expect(used['limits.memory']).toBeLessThanOrEqual(4096);
			}),
		);
	});
});
