import { describe, expect, it } from 'vitest';
import { ARCH_COMPONENTS, applyFlowSteps, findComponent, type ApplyKind, type FlowStep } from '../../../src/sim/policy/apply-flow.ts';

const kinds: ApplyKind[] = ['Deployment', 'Pod', 'Service'];
const allFlows: FlowStep[][] = [...kinds.map((k) => applyFlowSteps(k)), applyFlowSteps('Deployment', { serviceSelectsPods: false })];

// Source: https://kubernetes.io/docs/concepts/architecture/, https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-apiserver, https://kubernetes.io/docs/reference/glossary/?all=true#term-etcd, https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-scheduler, https://kubernetes.io/docs/setup/production-environment/container-runtimes/
describe('component catalogue', () => {
	// Source: https://kubernetes.io/docs/concepts/architecture/
	it('control plane components and node components run where the docs say', () => {
		const byPlace = (place: string) => ARCH_COMPONENTS.filter((c) => c.place === place).map((c) => c.id);
		expect(byPlace('control-plane')).toEqual(['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'cloud-controller-manager']);
		expect(byPlace('node')).toEqual(['kubelet', 'kube-proxy', 'container-runtime']);
	});

	// Source: https://kubernetes.io/docs/concepts/architecture/
	it('kube-proxy and cloud-controller-manager are optional; the rest are not', () => {
		expect(ARCH_COMPONENTS.filter((c) => c.optional).map((c) => c.id)).toEqual(['cloud-controller-manager', 'kube-proxy']);
	});

	// Source: https://kubernetes.io/docs/concepts/architecture/, https://kubernetes.io/docs/setup/production-environment/container-runtimes/
	it('the container runtime rests on the CRI and the dockershim removal (prose: test/unit/i18n/architecture-explorer.test.ts)', () => {
		expect(findComponent('container-runtime').facts).toEqual([8, 11, 12]);
	});

	it('throws for an unknown component id', () => {
		expect(() => findComponent('kube-master' as never)).toThrow('unknown component');
	});
});

// Source: https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-apiserver, https://kubernetes.io/docs/reference/glossary/?all=true#term-etcd, https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-scheduler, https://kubernetes.io/docs/concepts/architecture/, https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/concepts/architecture/controller/
describe('kubectl apply -f deployment.yaml', () => {
	it('runs the documented chain in order', () => {
		const steps = applyFlowSteps('Deployment');
		expect(steps.map((s) => `${s.id}:${s.actor}${s.controller ? `/${s.controller}` : ''}`)).toEqual([
			'submit:kubectl',
			'admit:kube-apiserver',
			'persist:kube-apiserver',
			'create-replicaset:kube-controller-manager/deployment',
			'create-pods:kube-controller-manager/replicaset',
			'bind-pods:kube-scheduler',
			'start-containers:kubelet',
			'report-status:kubelet',
			'update-endpointslices:kube-controller-manager/endpointslice',
			'program-service-rules:kube-proxy',
		]);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/
	it('each controller reads what the step before wrote', () => {
		const steps = applyFlowSteps('Deployment');
		const find = (id: string) => steps.find((s) => s.id === id);
		expect(find('persist')?.writes).toEqual(['Deployment']);
		expect(find('create-replicaset')).toMatchObject({ reads: ['Deployment'], writes: ['ReplicaSet'] });
		expect(find('create-pods')).toMatchObject({ reads: ['ReplicaSet'], writes: ['Pod'] });
		expect(find('bind-pods')).toMatchObject({ reads: ['Pod', 'Node'], writes: ['Pod/binding'] });
		expect(find('start-containers')?.talksTo).toContain('container-runtime');
		expect(find('update-endpointslices')).toMatchObject({ reads: ['Service', 'Pod'], writes: ['EndpointSlice'] });
		expect(find('program-service-rules')).toMatchObject({ reads: ['Service', 'EndpointSlice'], writes: [] });
	});

	// Source: https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-apiserver, https://kubernetes.io/docs/reference/glossary/?all=true#term-etcd
	it('only kube-apiserver talks to etcd; every other component goes through the API server', () => {
		for (const steps of allFlows) {
			for (const step of steps) {
				if (step.talksTo.includes('etcd')) expect(step.actor).toBe('kube-apiserver');
				if (step.actor !== 'kube-apiserver' && (step.reads.length > 0 || step.writes.length > 0)) expect(step.talksTo).toContain('kube-apiserver');
				if (step.storedInEtcd) expect(step.writes.length).toBeGreaterThan(0);
			}
		}
	});

	// Source: https://kubernetes.io/docs/concepts/architecture/controller/
	it('controllers run in kube-controller-manager and never start containers themselves', () => {
		for (const step of applyFlowSteps('Deployment').filter((s) => s.controller)) {
			expect(step.actor).toBe('kube-controller-manager');
			expect(step.talksTo).toEqual(['kube-apiserver']);
		}
	});

	it('a bare Pod skips the workload controllers; a Service goes straight to EndpointSlices and kube-proxy', () => {
		expect(applyFlowSteps('Pod').map((s) => s.id)).not.toContain('create-replicaset');
		expect(applyFlowSteps('Pod')[2]?.writes).toEqual(['Pod']);
		expect(applyFlowSteps('Service').map((s) => s.id)).toEqual(['submit', 'admit', 'persist', 'update-endpointslices', 'program-service-rules']);
		expect(applyFlowSteps('Deployment', { serviceSelectsPods: false }).at(-1)?.id).toBe('report-status');
	});

	it('every step and component cites facts-sheet items', () => {
		for (const step of allFlows.flat()) expect(step.facts.length).toBeGreaterThan(0);
		for (const component of ARCH_COMPONENTS) expect(component.facts.length).toBeGreaterThan(0);
	});
});
