import { describe, expect, it } from 'vitest';
import { schedulePods } from '../../../src/sim/policy/resources-schedule.ts';
import { classifyQos } from '../../../src/sim/policy/resources.ts';
import { DEMO_NODES, DEMO_PODS } from '../../../src/widgets/ResourceScheduler/model.ts';

describe('the resource scheduler scenario', () => {
	it('places the demo Pods and leaves the oversized one Pending with the scheduler message', () => {
		const result = schedulePods(DEMO_NODES, DEMO_PODS);
		expect(result.placements.map((p) => (p.status === 'Scheduled' ? `${p.pod}@${p.node}` : `${p.pod}:${p.message}`))).toEqual([
			'api@node-3',
			'web@node-3',
			'cache@node-3',
			// No requests: it fits anywhere and goes to the node with the most free CPU.
			'batch@node-3',
			// report needs max(1 app CPU, 2 init CPU) = 2 CPU and 1Gi: node-3 lacks the memory by now.
			'report@node-1',
			// Every node lacks CPU and node-3 also memory; the "<count> <reason>" strings sort as text.
			'ml-train:0/3 nodes are available: 1 Insufficient memory, 3 Insufficient cpu.',
		]);
	});

	it('shows every QoS class', () => {
		expect(DEMO_PODS.map(classifyQos)).toEqual(['Guaranteed', 'Burstable', 'Guaranteed', 'BestEffort', 'Burstable', 'Burstable']);
	});
});
