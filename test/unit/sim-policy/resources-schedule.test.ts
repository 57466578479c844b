import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mustParseCpu as cpu, mustParseMemory as mem } from '../../../src/sim/core/quantity-exact.ts';
import type { ResourcePod } from '../../../src/sim/policy/resources.ts';
import { NO_NODES_MESSAGE, formatUnschedulableMessage, schedulePods, type Placement, type ResourceNode } from '../../../src/sim/policy/resources-schedule.ts';

const node = (name: string, c: string, m: string, pods?: number): ResourceNode => ({
	name,
	allocatable: { cpu: cpu(c), memory: mem(m), ...(pods === undefined ? {} : { pods }) },
});
const podReq = (name: string, c?: string, m?: string): ResourcePod => ({
	name,
	containers: [{ name: 'app', requests: { ...(c ? { cpu: cpu(c) } : {}), ...(m ? { memory: mem(m) } : {}) } }],
});
function pending(p: Placement | undefined): Extract<Placement, { status: 'Pending' }> {
	if (p?.status !== 'Pending') throw new Error(`expected Pending, got ${JSON.stringify(p)}`);
	return p;
}

// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('request-based scheduling', () => {
	const nodes = [node('node-a', '2', '4Gi'), node('node-b', '4', '4Gi'), node('node-c', '1', '8Gi')];

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('places on the feasible node with the most free CPU, deterministically', () => {
		const result = schedulePods(nodes, [podReq('p1', '1', '1Gi'), podReq('p2', '1', '1Gi'), podReq('p3', '1', '1Gi')]);
		// b has 4 free, then 3 (ties with nobody), then a and b both have 2 free: a wins by name.
		expect(result.placements.map((p) => (p.status === 'Scheduled' ? p.node : p.status))).toEqual(['node-b', 'node-b', 'node-a']);
		expect(result.nodes.find((n) => n.name === 'node-b')).toMatchObject({
			requested: { cpu: 2000, memory: mem('2Gi') },
			free: { cpu: 2000 },
			pods: ['p1', 'p2'],
		});
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('only requests count: a node whose Pods use little is still full by requests', () => {
		const result = schedulePods([node('only', '1', '1Gi')], [podReq('big', '900m'), podReq('next', '200m')]);
		expect(result.placements[0]).toMatchObject({ status: 'Scheduled', node: 'only' });
		expect(pending(result.placements[1]).message).toBe('0/1 nodes are available: 1 Insufficient cpu.');
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('a Pod without requests always fits (the scheduler checks requests only)', () => {
		const result = schedulePods([node('tiny', '100m', '1Mi')], [podReq('fill', '100m', '1Mi'), podReq('none')]);
		expect(result.placements[1]).toMatchObject({ status: 'Scheduled', node: 'tiny' });
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('Pending with the scheduler message "0/3 nodes are available: 3 Insufficient cpu."', () => {
		const p = pending(schedulePods(nodes, [podReq('huge', '8', '1Gi')]).placements[0]);
		expect(p.message).toBe('0/3 nodes are available: 3 Insufficient cpu.');
		expect(p.reason).toBe('Unschedulable');
		expect(p.nodeReasons).toEqual({ 'node-a': ['Insufficient cpu'], 'node-b': ['Insufficient cpu'], 'node-c': ['Insufficient cpu'] });
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('counts every insufficient resource per node, sorted like the real message', () => {
		// a: cpu ok, memory short; b: memory short; c: cpu short only.
		const p = pending(schedulePods(nodes, [podReq('mix', '1500m', '6Gi')]).placements[0]);
		expect(p.message).toBe('0/3 nodes are available: 1 Insufficient cpu, 2 Insufficient memory.');
		const both = pending(schedulePods(nodes, [podReq('both', '16', '16Gi')]).placements[0]);
		expect(both.message).toBe('0/3 nodes are available: 3 Insufficient cpu, 3 Insufficient memory.');
	});

	it('reports "Too many pods" when a node is at its Pod limit', () => {
		const result = schedulePods([node('small', '4', '4Gi', 1)], [podReq('a', '100m'), podReq('b', '100m')]);
		expect(pending(result.placements[1]).message).toBe('0/1 nodes are available: 1 Too many pods.');
	});

	it('without nodes the message is the scheduler\'s "no nodes available"', () => {
		expect(pending(schedulePods([], [podReq('a', '1')]).placements[0]).message).toBe(NO_NODES_MESSAGE);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('memory requests are rounded up to whole bytes, so "400m" needs one byte', () => {
		const result = schedulePods([node('n', '1', '0')], [podReq('milli', undefined, '400m')]);
		expect(pending(result.placements[0]).message).toBe('0/1 nodes are available: 1 Insufficient memory.');
		expect(result.placements[0]?.requests.memory).toBe(1);
	});

	it('sorts "<count> <reason>" as strings, like Go sort.Strings', () => {
		const reasons = Object.fromEntries(
			Array.from({ length: 12 }, (_, i) => [`n${i}`, i < 10 ? (['Insufficient memory'] as const) : (['Insufficient cpu'] as const)]),
		);
		expect(formatUnschedulableMessage(12, reasons)).toBe('0/12 nodes are available: 10 Insufficient memory, 2 Insufficient cpu.');
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('property: no node is ever asked for more than it can allocate', () => {
		const arbNode = fc.record({ cpu: fc.integer({ min: 0, max: 8000 }), memory: fc.integer({ min: 0, max: 16 * 2 ** 30 }) });
		const arbPod = fc.record({ cpu: fc.integer({ min: 0, max: 4000 }), memory: fc.integer({ min: 0, max: 8 * 2 ** 30 }) });
		fc.assert(
			fc.property(fc.array(arbNode, { maxLength: 4 }), fc.array(arbPod, { maxLength: 12 }), (ns, ps) => {
				const result = schedulePods(
					ns.map((n, i) => ({ name: `n${i}`, allocatable: n })),
					ps.map((p, i) => ({ name: `p${i}`, containers: [{ name: 'c', requests: p }] })),
				);
				for (const n of result.nodes) {
					expect(n.requested.cpu).toBeLessThanOrEqual(n.allocatable.cpu);
					expect(n.requested.memory).toBeLessThanOrEqual(n.allocatable.memory);
				}
				expect(result.placements).toHaveLength(ps.length);
			}),
		);
	});
});
