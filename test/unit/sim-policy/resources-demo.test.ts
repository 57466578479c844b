import { describe, expect, it } from 'vitest';
import { mustParseMemory as mem } from '../../../src/sim/quantity-exact.ts';
import { admitPod } from '../../../src/sim/resources-admission.ts';
import { DEMO_LIMIT_RANGE, DEMO_NODES, DEMO_PODS, DEMO_QUOTA } from '../../../src/sim/resources-demo.ts';
import { schedulePods } from '../../../src/sim/resources-schedule.ts';
import { classifyQos, type ResourcePod } from '../../../src/sim/resources.ts';

describe('the resource demo data (#103, #106, #109-#113)', () => {
	it('places the demo Pods and leaves the oversized one Pending with the scheduler message', () => {
		const result = schedulePods(DEMO_NODES, DEMO_PODS);
		expect(result.placements.map((p) => (p.status === 'Scheduled' ? `${p.pod}@${p.node}` : `${p.pod}:${p.message}`))).toEqual([
			'api@node-3',
			'web@node-3',
			'cache@node-3',
			// No requests: it fits anywhere and goes to the node with the most free CPU (#103).
			'batch@node-3',
			// report needs max(1 app CPU, 2 init CPU) = 2 CPU and 1Gi (#106): node-3 lacks the memory by now.
			'report@node-1',
			// Every node lacks CPU and node-3 also memory; the "<count> <reason>" strings sort as text.
			'ml-train:0/3 nodes are available: 1 Insufficient memory, 3 Insufficient cpu.',
		]);
	});

	it('shows every QoS class and the namespace policies at work', () => {
		expect(DEMO_PODS.map(classifyQos)).toEqual(['Guaranteed', 'Burstable', 'Guaranteed', 'BestEffort', 'Burstable', 'Burstable']);
		const context = { limitRanges: [DEMO_LIMIT_RANGE], quotas: [DEMO_QUOTA] };
		const batch = admitPod(DEMO_PODS[3] as ResourcePod, context);
		if (!batch.allowed) throw new Error(batch.message);
		// The LimitRange gave the BestEffort batch Pod requests, which now count against the quota.
		expect(batch.pod.containers[0]?.requests).toEqual({ cpu: 250, memory: mem('128Mi') });
		const cache = admitPod(DEMO_PODS[2] as ResourcePod, { ...context, admittedPods: [batch.pod] });
		expect(cache).toMatchObject({
			allowed: false,
			message:
				'pods "cache" is forbidden: exceeded quota: team-a-quota, requested: requests.cpu=1,requests.memory=1Gi, used: requests.cpu=250m,requests.memory=128Mi, limited: requests.cpu=1,requests.memory=1Gi',
		});
		// ml-train sets a request but no limit: the injected 500m default limit is below it (422).
		const tooBig = admitPod(DEMO_PODS[5] as ResourcePod, context);
		expect(tooBig).toMatchObject({ allowed: false, code: 422, stage: 'validation' });
		const withLimit: ResourcePod = { name: 'ml-train', containers: [{ name: 'trainer', requests: { cpu: 2500 }, limits: { cpu: 2500 } }] };
		expect(admitPod(withLimit, context)).toMatchObject({ allowed: false, code: 403, stage: 'LimitRanger' });
	});
});
