// The resource-scheduler widget's model: text amounts read like the API server, the plan of
// placements, QoS and eviction order, placement diffs and usage outcomes (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/, https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_NODES, DEMO_PODS } from '../../../src/widgets/ResourceScheduler/model.ts';
import {
	OOM_EXIT_CODE,
	RESOURCE_FIELDS,
	createBlankPodDraft,
	describeFieldPath,
	diffPlans,
	planPodDrafts,
	readPodDraft,
	setDraftField,
	simulateDraftUsage,
	summarizePlacement,
	toPodDraft,
	type PodDraft,
	type ResourceFieldText,
} from '../../../src/sim/index.ts';

const FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const demoDrafts = (): PodDraft[] => DEMO_PODS.map(toPodDraft);
const withText = (draft: PodDraft, text: Partial<ResourceFieldText>): PodDraft =>
	Object.entries(text).reduce((d, [field, value]) => setDraftField(d, field as keyof ResourceFieldText, value ?? ''), draft);
const blank = (name = 'p'): PodDraft => toPodDraft({ name, containers: [{ name: 'app' }] });
const find = (drafts: PodDraft[], name: string): PodDraft => {
	const d = drafts.find((x) => x.name === name);
	if (!d) throw new Error(`no draft ${name}`);
	return d;
};
const replace = (drafts: PodDraft[], next: PodDraft) => drafts.map((d) => (d.name === next.name ? next : d));

describe('drafts from Pods', () => {
	it('shows the first container amounts as the API prints them, unset as empty', () => {
		const drafts = demoDrafts();
		expect(find(drafts, 'web').text).toEqual({ cpuRequest: '250m', cpuLimit: '500m', memoryRequest: '64Mi', memoryLimit: '128Mi' });
		expect(find(drafts, 'cache').text).toEqual({ cpuRequest: '', cpuLimit: '1', memoryRequest: '', memoryLimit: '1Gi' });
		expect(find(drafts, 'batch').text).toEqual({ cpuRequest: '', cpuLimit: '', memoryRequest: '', memoryLimit: '' });
	});

	it('a blank Pod takes the first free pod-<n> name and sets nothing', () => {
		const first = createBlankPodDraft(demoDrafts());
		expect(first.name).toBe('pod-1');
		const second = createBlankPodDraft([...demoDrafts(), first]);
		expect(second.name).toBe('pod-2');
		expect(createBlankPodDraft([second]).name).toBe('pod-1');
		expect(Object.values(first.text).every((t) => t === '')).toBe(true);
	});

	it('names the manifest path of each field', () => {
		expect(RESOURCE_FIELDS.map(describeFieldPath)).toEqual([
			'spec.containers[0].resources.requests[cpu]',
			'spec.containers[0].resources.limits[cpu]',
			'spec.containers[0].resources.requests[memory]',
			'spec.containers[0].resources.limits[memory]',
		]);
	});

	it('round-trips: reading an unchanged demo draft gives the demo Pod after defaulting', () => {
		for (const pod of DEMO_PODS) {
			const check = readPodDraft(toPodDraft(pod));
			expect(check.ok).toBe(true);
			if (check.ok) expect(check.pod.initContainers).toEqual(pod.initContainers);
		}
	});
});

describe('reading a draft like the API server', () => {
	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('parses exact quantities: 0.5 cpu is 500m, 128Mi is 2^27 bytes', () => {
		const check = readPodDraft(withText(blank(), { cpuRequest: '0.5', memoryLimit: '128Mi', memoryRequest: '128Mi' }));
		expect(check.ok && check.pod.containers[0]).toEqual({ name: 'app', requests: { cpu: 500, memory: 134217728 }, limits: { memory: 134217728 } });
	});

	it('invalid text such as "1.5.2" is rejected with the quantity message', () => {
		const check = readPodDraft(withText(blank(), { cpuRequest: '1.5.2' }));
		expect(check).toEqual({
			ok: false,
			fieldErrors: { cpuRequest: FORMAT_ERROR },
			message: `Pod in version "v1" cannot be handled as a Pod: ${FORMAT_ERROR}`,
		});
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('cpu finer than 1m and negative amounts are rejected', () => {
		const fine = readPodDraft(withText(blank(), { cpuLimit: '0.0001' }));
		expect(!fine.ok && fine.fieldErrors.cpuLimit).toMatch(/more precise than 1m/);
		const negative = readPodDraft(withText(blank(), { memoryRequest: '-1Mi' }));
		expect(!negative.ok && negative.fieldErrors.memoryRequest).toBe('must be greater than or equal to 0');
	});

	it('a request above its limit is 422 Invalid', () => {
		const check = readPodDraft(withText(blank('web'), { cpuRequest: '3', cpuLimit: '2' }));
		expect(check.ok).toBe(false);
		expect(!check.ok && check.message).toBe(
			'The Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "3": must be less than or equal to cpu limit of 2',
		);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('an empty request takes its limit, and the draft says which', () => {
		const check = readPodDraft(withText(blank(), { cpuLimit: '500m', memoryLimit: '128Mi' }));
		expect(check.ok && check.defaulted).toEqual(['cpu', 'memory']);
		const partial = readPodDraft(withText(blank(), { cpuRequest: '100m', cpuLimit: '500m', memoryLimit: '128Mi' }));
		expect(partial.ok && partial.defaulted).toEqual(['memory']);
	});

	it('whitespace around amounts is ignored and whitespace alone means unset', () => {
		const check = readPodDraft(withText(blank(), { cpuRequest: ' 250m ', memoryRequest: '   ' }));
		expect(check.ok && check.pod.containers[0]?.requests).toEqual({ cpu: 250 });
	});
});

describe('planning drafts on nodes', () => {
	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('the demo: five Pods scheduled, ml-train Pending with the scheduler message', () => {
		const plan = planPodDrafts(DEMO_NODES, demoDrafts());
		expect(plan.pods.map(summarizePlacement)).toEqual(['node-3', 'node-3', 'node-3', 'node-3', 'node-1', 'Pending']);
		const ml = plan.pods.find((p) => p.name === 'ml-train');
		expect(ml?.placement?.status === 'Pending' && ml.placement.message).toBe('0/3 nodes are available: 1 Insufficient memory, 3 Insufficient cpu.');
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('a cpu request above every node\'s free cpu stays Pending with "3 Insufficient cpu"', () => {
		const drafts = demoDrafts();
		const plan = planPodDrafts(DEMO_NODES, replace(drafts, withText(find(drafts, 'batch'), { cpuRequest: '5' })));
		const batch = plan.pods.find((p) => p.name === 'batch');
		expect(batch?.placement?.status === 'Pending' && batch.placement.message).toBe('0/3 nodes are available: 3 Insufficient cpu.');
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('QoS per Pod: requests = limits Guaranteed, nothing BestEffort, only limits Guaranteed', () => {
		const drafts = demoDrafts();
		const web = find(drafts, 'web');
		const equal = withText(web, { cpuRequest: '500m', memoryRequest: '128Mi' });
		const none = withText(web, { cpuRequest: '', cpuLimit: '', memoryRequest: '', memoryLimit: '' });
		const limitsOnly = withText(web, { cpuRequest: '', memoryRequest: '' });
		const qos = (d: PodDraft) => planPodDrafts(DEMO_NODES, [d]).pods[0]?.qos;
		expect(qos(web)).toEqual({ qos: 'Burstable', because: 'request-differs-from-limit', resource: 'cpu' });
		expect(qos(equal)?.qos).toBe('Guaranteed');
		expect(qos(none)?.qos).toBe('BestEffort');
		expect(qos(limitsOnly)?.qos).toBe('Guaranteed');
	});

	it('a rejected draft has no QoS and is not scheduled; its requests free the node', () => {
		const drafts = demoDrafts();
		const plan = planPodDrafts(DEMO_NODES, replace(drafts, withText(find(drafts, 'report'), { cpuRequest: '1.5.2' })));
		const report = plan.pods.find((p) => p.name === 'report');
		expect(report?.qos).toBeUndefined();
		expect(report?.placement).toBeUndefined();
		expect(summarizePlacement(report!)).toBe('Rejected');
		expect(plan.nodes.find((n) => n.name === 'node-1')?.requested).toEqual({ cpu: 0, memory: 0 });
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('the init container counts: report requests 2 cpu although its app asks for 1', () => {
		const plan = planPodDrafts(DEMO_NODES, demoDrafts());
		const report = plan.pods.find((p) => p.name === 'report');
		expect(report?.placement?.requests.cpu).toBe(2000);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/
	it('eviction order per node: BestEffort, then Burstable, then Guaranteed', () => {
		const plan = planPodDrafts(DEMO_NODES, demoDrafts());
		expect(plan.evictionOrder['node-3']).toEqual([
			{ pod: 'batch', qos: 'BestEffort' },
			{ pod: 'web', qos: 'Burstable' },
			{ pod: 'api', qos: 'Guaranteed' },
			{ pod: 'cache', qos: 'Guaranteed' },
		]);
		expect(plan.evictionOrder['node-2']).toEqual([]);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('requests on a node never exceed its allocatable, whatever the amounts', () => {
		const amount = fc.oneof(
			fc.constant(''),
			fc.integer({ min: 0, max: 5000 }).map((m) => `${m}m`),
		);
		const mem = fc.oneof(
			fc.constant(''),
			fc.integer({ min: 0, max: 5000 }).map((m) => `${m}Mi`),
		);
		fc.assert(
			fc.property(
				fc.array(fc.record({ cpuRequest: amount, cpuLimit: fc.constant(''), memoryRequest: mem, memoryLimit: fc.constant('') }), { maxLength: 8 }),
				(texts) => {
					const drafts = texts.map((text, i) => ({ ...blank(`p${i}`), text }));
					const plan = planPodDrafts(DEMO_NODES, drafts);
					for (const node of plan.nodes) {
						expect(node.requested.cpu).toBeLessThanOrEqual(node.allocatable.cpu);
						expect(node.requested.memory).toBeLessThanOrEqual(node.allocatable.memory);
					}
				},
			),
		);
	});
});

describe('diffing plans', () => {
	it('lists moved, pending, rejected, added and removed Pods only', () => {
		const drafts = demoDrafts();
		const before = planPodDrafts(DEMO_NODES, drafts);
		expect(diffPlans(before, before)).toEqual([]);
		const bigger = replace(drafts, withText(find(drafts, 'batch'), { cpuRequest: '5' }));
		expect(diffPlans(before, planPodDrafts(DEMO_NODES, bigger))).toEqual([{ pod: 'batch', before: 'node-3', after: 'Pending' }]);
		const added = [...drafts, blank('pod-1')];
		expect(diffPlans(before, planPodDrafts(DEMO_NODES, added))).toEqual([{ pod: 'pod-1', after: 'node-3' }]);
		const removed = drafts.filter((d) => d.name !== 'report');
		expect(diffPlans(before, planPodDrafts(DEMO_NODES, removed))).toEqual([{ pod: 'report', before: 'node-1' }]);
		const broken = replace(drafts, withText(find(drafts, 'api'), { memoryLimit: 'lots' }));
		expect(diffPlans(before, planPodDrafts(DEMO_NODES, broken))).toContainEqual({ pod: 'api', before: 'node-3', after: 'Rejected' });
	});
});

// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('usage against limits', () => {
	const web = toPodDraft(DEMO_PODS[1]!);

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('memory over its limit is OOMKilled with exit code 137', () => {
		const result = simulateDraftUsage(web, { cpu: '100m', memory: '200Mi' });
		expect(result).toEqual({ ok: true, outcome: 'oomkilled', usage: { cpu: 100, memory: 200 * 2 ** 20 }, limits: { cpu: 500, memory: 128 * 2 ** 20 } });
		expect(OOM_EXIT_CODE).toBe(128 + 9);
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('cpu over its limit is throttled, not killed', () => {
		expect(simulateDraftUsage(web, { cpu: '2', memory: '100Mi' })).toMatchObject({ ok: true, outcome: 'throttled' });
	});

	// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('within limits, or with no limit at all, is ok', () => {
		expect(simulateDraftUsage(web, { cpu: '500m', memory: '128Mi' })).toMatchObject({ ok: true, outcome: 'ok' });
		expect(simulateDraftUsage(blank(), { cpu: '8', memory: '8Gi' })).toMatchObject({ ok: true, outcome: 'ok', limits: {} });
		expect(simulateDraftUsage(web, { cpu: '', memory: '' })).toMatchObject({ ok: true, usage: { cpu: 0, memory: 0 } });
	});

	it('invalid usage text gets the quantity message; a rejected Pod does not run', () => {
		expect(simulateDraftUsage(web, { cpu: 'fast', memory: '1.5.2' })).toEqual({
			ok: false,
			reason: 'usage-invalid',
			errors: { cpu: FORMAT_ERROR, memory: FORMAT_ERROR },
		});
		expect(simulateDraftUsage(withText(web, { cpuLimit: 'x' }), { cpu: '1', memory: '' })).toEqual({ ok: false, reason: 'pod-rejected' });
	});
});
