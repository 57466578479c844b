import { describe, expect, it } from 'vitest';
import { flowText, strings } from '../../../src/i18n/architecture-explorer.ts';
import {
	FIRST_STATE,
	FLOW_STEPS,
	actorLabel,
	describeInvolvement,
	readUrlState,
	reduceExplorer,
	writeUrlState,
	type ExplorerAction,
	type ExplorerModelState,
} from '../../../src/widgets/ArchitectureExplorer/model.ts';

const t = strings.en;
const text = flowText.en;
const run = (actions: ExplorerAction[], from: ExplorerModelState = FIRST_STATE) => actions.reduce((s, a) => reduceExplorer(t, text, s, a), from);

describe('ArchitectureExplorer model', () => {
	it('plays the page: walk kubectl apply step by step; etcd is reached only through kube-apiserver', () => {
		let s = run([{ type: 'next' }]);
		expect(s.stepIndex).toBe(0);
		expect(s.announcement).toBe(`Step 1 of ${FLOW_STEPS.length}, ${actorLabel(text, FLOW_STEPS[0]!)}. ${text.step[FLOW_STEPS[0]!.id].replaceAll('`', '')}`);
		expect([...describeInvolvement(0).involvement]).toEqual([
			['kubectl', 'actor'],
			['kube-apiserver', 'peer'],
		]);
		s = run(
			FLOW_STEPS.map(() => ({ type: 'next' }) as const),
			s,
		);
		expect(s.stepIndex).toBe(FLOW_STEPS.length - 1);
		for (let i = 0; i < FLOW_STEPS.length; i++) {
			for (const key of describeInvolvement(i).activeLinks) if (key.includes('etcd')) expect(key).toContain('kube-apiserver');
		}
		const back = run([{ type: 'previous' }], s);
		expect(back.stepIndex).toBe(FLOW_STEPS.length - 2);
		expect(run([{ type: 'restart' }], back)).toMatchObject({ stepIndex: -1, announcement: t.announceRestart });
		expect(run([{ type: 'previous' }])).toBe(FIRST_STATE);
		expect(describeInvolvement(-1).involvement.size).toBe(0);
	});

	it('selecting a component says its name and role', () => {
		const s = run([{ type: 'select', id: 'etcd' }]);
		expect(s.selected).toBe('etcd');
		expect(s.announcement).toBe(`${text.componentName.etcd}: ${text.componentRole.etcd.replaceAll('`', '')}`);
	});

	it('reads and writes architecture.step and architecture.component', () => {
		const read = (q: string) => readUrlState(new URLSearchParams(q));
		expect(read('architecture.step=4&architecture.component=etcd')).toEqual({ state: { stepIndex: 3, selected: 'etcd' }, notes: [] });
		expect(read('architecture.step=0').state).toEqual({ stepIndex: -1 });
		const r = read('architecture.step=999&architecture.component=master');
		expect(r.state).toEqual({ stepIndex: FLOW_STEPS.length - 1 });
		expect(r.notes.map((n) => [n.key, n.kind])).toEqual([
			['architecture.step', 'clamped'],
			['architecture.component', 'ignored'],
		]);
		expect(writeUrlState(FIRST_STATE)).toEqual({});
		const s = run([{ type: 'next' }, { type: 'next' }, { type: 'select', id: 'kubelet' }]);
		expect(writeUrlState(s)).toEqual({ 'architecture.step': '2', 'architecture.component': 'kubelet' });
		expect({ ...FIRST_STATE, ...read(new URLSearchParams(writeUrlState(s)).toString()).state, announcement: s.announcement }).toEqual(s);
	});
});
