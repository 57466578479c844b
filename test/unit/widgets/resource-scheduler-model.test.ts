// The ResourceScheduler scenario headless: the page's demo (six Pods, three nodes) and the
// usage runs a learner tries, checked against what Kubernetes does.
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/resource-scheduler.ts';
import { planPodDrafts, setDraftField, summarizePlacement, toPodDraft, type PodDraft } from '../../../src/sim/index.ts';
import {
	DEMO_NODES,
	DEMO_PODS,
	createFirstDrafts,
	describePlanChange,
	describeUsage,
	readUrlState,
	reduceDrafts,
	runPodUsage,
	writeUrlState,
} from '../../../src/widgets/ResourceScheduler/model.ts';

const drafts = (): PodDraft[] => DEMO_PODS.map(toPodDraft);
const named = (list: PodDraft[], name: string): PodDraft => {
	const d = list.find((x) => x.name === name);
	if (!d) throw new Error(`no draft ${name}`);
	return d;
};

describe('the demo plan', () => {
	it('places five Pods and leaves ml-train Pending, as the caption says', () => {
		const plan = planPodDrafts(DEMO_NODES, drafts());
		const places = Object.fromEntries(plan.pods.map((p) => [p.name, summarizePlacement(p)]));
		expect(places['ml-train']).toBe('Pending');
		expect(Object.values(places).filter((p) => p !== 'Pending' && p !== 'Rejected')).toHaveLength(5);
	});
});

describe('usage runs', () => {
	const list = drafts();
	const plan = planPodDrafts(DEMO_NODES, list);

	it('a Pending Pod never runs, whatever usage is entered', () => {
		const run = runPodUsage(plan, named(list, 'ml-train'), { cpu: '100m', memory: '10Mi' });
		expect(run).toEqual({ ok: false, reason: 'pod-pending' });
		expect(describeUsage(strings.en, 'ml-train', run)).toMatch(/^ml-train: Pending\./);
		expect(describeUsage(strings.ko, 'ml-train', run)).toMatch(/^ml-train: Pending\./);
	});

	it('a Pod without limits using more memory than its node has is evicted, not Running', () => {
		const run = runPodUsage(plan, named(list, 'batch'), { cpu: '100m', memory: '100Gi' });
		expect(run.ok && run.outcome).toBe('evicted');
		expect(describeUsage(strings.en, 'batch', run)).toMatch(/^batch: Evicted\. Memory 100Gi is more than the .+ left on node-\d/);
	});

	it('a limit above the node does not protect it: still evicted under node pressure', () => {
		const big = setDraftField(named(list, 'web'), 'memoryLimit', '64Gi');
		const bigList = list.map((d) => (d.name === 'web' ? big : d));
		const run = runPodUsage(planPodDrafts(DEMO_NODES, bigList), big, { cpu: '', memory: '32Gi' });
		expect(run.ok && run.outcome).toBe('evicted');
	});

	it('above its own memory limit the container is OOMKilled first', () => {
		const run = runPodUsage(plan, named(list, 'web'), { cpu: '', memory: '100Gi' });
		expect(run.ok && run.outcome).toBe('oomkilled');
		expect(describeUsage(strings.en, 'web', run)).toMatch(/^web: OOMKilled/);
	});

	it('memory the node still has is fine; CPU over the limit only throttles', () => {
		expect(describeUsage(strings.en, 'batch', runPodUsage(plan, named(list, 'batch'), { cpu: '', memory: '256Mi' }))).toMatch(
			/^batch: Running\. With no limit/,
		);
		const run = runPodUsage(plan, named(list, 'web'), { cpu: '2', memory: '100Mi' });
		expect(run.ok && run.outcome).toBe('throttled');
		expect(describeUsage(strings.en, 'web', run)).toMatch(/^web: Running, throttled/);
		expect(describeUsage(strings.en, 'api', runPodUsage(plan, named(list, 'api'), { cpu: '100m', memory: '100Mi' }))).toBe(
			'api: Running, within its limits.',
		);
	});

	it('rejected Pods and unreadable usage say so', () => {
		const bad = setDraftField(named(list, 'web'), 'cpuRequest', 'abc');
		const badPlan = planPodDrafts(
			DEMO_NODES,
			list.map((d) => (d.name === 'web' ? bad : d)),
		);
		expect(describeUsage(strings.en, 'web', runPodUsage(badPlan, bad, { cpu: '', memory: '' }))).toMatch(/rejected/);
		expect(describeUsage(strings.en, 'web', runPodUsage(plan, named(list, 'web'), { cpu: 'x', memory: '' }))).toBe(strings.en.usageInvalid);
	});
});

describe('the drafts reducer, the plan sentence and the URL', () => {
	const t = strings.en;

	it('edits, adds and removes Pods; the sentence says what moved', () => {
		const first = createFirstDrafts();
		const before = planPodDrafts(DEMO_NODES, first);
		const grown = reduceDrafts(first, { type: 'edit', pod: 'ml-train', field: 'cpuRequest', text: '500m' });
		const after = planPodDrafts(DEMO_NODES, grown);
		expect(summarizePlacement(after.pods.find((p) => p.name === 'ml-train')!)).not.toBe('Pending');
		expect(describePlanChange(t, before, after)).toMatch(/^ml-train/);
		expect(describePlanChange(t, after, after)).toBe(`${t.noChange} ${t.summary(6, 0, 0)}`);
		const added = reduceDrafts(grown, { type: 'add' });
		expect(added).toHaveLength(7);
		expect(reduceDrafts(added, { type: 'remove', pod: added.at(-1)!.name })).toEqual(grown);
	});

	it('reads and writes scheduler.<pod>.<field>: valid, invalid-but-typed, malformed and hostile values', () => {
		const read = (q: string) => readUrlState(new URLSearchParams(q));
		const r = read('scheduler.ml-train.cpuRequest=500m&scheduler.web.memoryLimit=1Gi');
		expect(r.notes).toEqual([]);
		expect(r.state.find((d) => d.name === 'ml-train')!.text.cpuRequest).toBe('500m');
		expect(writeUrlState(r.state)).toEqual({ 'scheduler.ml-train.cpuRequest': '500m', 'scheduler.web.memoryLimit': '1Gi' });
		// A quantity the API server rejects is kept as typed text: the widget shows its error as for typing.
		expect(read('scheduler.web.cpuRequest=12xy').state.find((d) => d.name === 'web')!.text.cpuRequest).toBe('12xy');
		const bad = read('scheduler.web.cpuRequest=%3Cimg%20src%3Dx%3E&scheduler.nobody.cpuRequest=1&scheduler.api.memoryRequest=1;DROP');
		expect(bad.state).toEqual(createFirstDrafts());
		expect(bad.notes.map((n) => n.key)).toEqual(['scheduler.api.memoryRequest', 'scheduler.web.cpuRequest']);
		expect(writeUrlState(createFirstDrafts())).toEqual({});
		expect(writeUrlState(reduceDrafts(createFirstDrafts(), { type: 'add' }))).toEqual({});
	});
});
