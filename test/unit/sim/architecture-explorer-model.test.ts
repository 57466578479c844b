import { describe, expect, it } from 'vitest';
import { ARCH_COMPONENTS, applyFlowSteps, getLinkKey, getStepLinks, getStepParticipants, getStepPathChains, type ApplyKind } from '../../../src/sim/index.ts';

const flows = (['Deployment', 'Pod', 'Service'] as ApplyKind[]).map((k) => applyFlowSteps(k));
const byId = (id: string) => applyFlowSteps('Deployment').find((s) => s.id === id)!;

// Source: https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-apiserver, https://kubernetes.io/docs/reference/glossary/?all=true#term-etcd, https://kubernetes.io/docs/concepts/architecture/controller/
describe('apply-flow highlights', () => {
	it('step 1 is kubectl calling kube-apiserver; nothing is stored yet', () => {
		const first = applyFlowSteps('Deployment')[0]!;
		expect(getStepLinks(first)).toEqual([{ from: 'kubectl', to: 'kube-apiserver' }]);
		expect(getStepParticipants(first)).toEqual({ actor: 'kubectl', peers: ['kube-apiserver'] });
	});

	it('admission involves the API server alone; persisting reaches etcd', () => {
		expect(getStepParticipants(byId('admit'))).toEqual({ actor: 'kube-apiserver', peers: [] });
		expect(getStepLinks(byId('persist'))).toEqual([{ from: 'kube-apiserver', to: 'etcd' }]);
	});

	it('writes of the controllers and the scheduler reach etcd only through kube-apiserver', () => {
		expect(getStepLinks(byId('bind-pods'))).toEqual([
			{ from: 'kube-scheduler', to: 'kube-apiserver' },
			{ from: 'kube-apiserver', to: 'etcd' },
		]);
		expect(getStepParticipants(byId('create-pods'))).toEqual({ actor: 'kube-controller-manager', peers: ['kube-apiserver', 'etcd'] });
		for (const step of flows.flat()) {
			for (const link of getStepLinks(step)) {
				if (link.to === 'etcd' || link.from === 'etcd') expect(link.from).toBe('kube-apiserver');
			}
			expect(getStepLinks(step).some((l) => l.to === 'etcd')).toBe(step.storedInEtcd);
		}
	});

	it('the kubelet talks to the API server and the container runtime; kube-proxy ends the flow', () => {
		expect(getStepParticipants(byId('start-containers'))).toEqual({ actor: 'kubelet', peers: ['kube-apiserver', 'container-runtime'] });
		const last = applyFlowSteps('Deployment').at(-1)!;
		expect(getStepParticipants(last)).toEqual({ actor: 'kube-proxy', peers: ['kube-apiserver'] });
	});

	it('link keys do not depend on direction and follow the catalogue order', () => {
		expect(getLinkKey({ from: 'kube-scheduler', to: 'kube-apiserver' })).toBe('kube-apiserver--kube-scheduler');
		expect(getLinkKey({ from: 'kube-apiserver', to: 'kube-scheduler' })).toBe('kube-apiserver--kube-scheduler');
		const keys = new Set(flows.flat().flatMap((s) => getStepLinks(s).map(getLinkKey)));
		expect([...keys].sort()).toEqual(
			[
				'kubectl--kube-apiserver',
				'kube-apiserver--etcd',
				'kube-apiserver--kube-scheduler',
				'kube-apiserver--kube-controller-manager',
				'kube-apiserver--kubelet',
				'kube-apiserver--kube-proxy',
				'kubelet--container-runtime',
			].sort(),
		);
		expect(ARCH_COMPONENTS[0]?.id).toBe('kubectl');
	});

	it('reads each step as chains of components: actor -> kube-apiserver -> etcd', () => {
		expect(getStepPathChains(byId('submit'))).toEqual([['kubectl', 'kube-apiserver']]);
		expect(getStepPathChains(byId('admit'))).toEqual([['kube-apiserver']]);
		expect(getStepPathChains(byId('create-replicaset'))).toEqual([['kube-controller-manager', 'kube-apiserver', 'etcd']]);
		expect(getStepPathChains(byId('start-containers'))).toEqual([
			['kubelet', 'kube-apiserver'],
			['kubelet', 'container-runtime'],
		]);
	});
});
