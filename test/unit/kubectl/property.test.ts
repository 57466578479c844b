// Property tests: a random sequence of plausible and broken commands never throws, always
// returns text and an exit code, and never breaks the cluster model's invariants. Also
// measures engine cold start and per-command time in Node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLab, listScenarios, runCommand, writeFile, type LabState } from '../../../src/kubectl/index';

const PVC =
	'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n';
const WRITER =
	'apiVersion: v1\nkind: Pod\nmetadata:\n  name: writer\nspec:\n  containers:\n  - name: app\n    image: busybox:1.37\n  volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: data\n';

const names = ['nginx-deployment', 'web', 'api', 'hello', 'nope', 'log-agent', 'worker-1', 'worker-2', 'control-plane', 'nginx-service'];
const types = ['pods', 'deploy', 'rs', 'svc', 'nodes', 'ds', 'sts', 'ns', 'all', 'endpointslices', 'configmaps', 'foo'];
const command = fc.oneof(
	fc
		.tuple(
			fc.constantFrom(...types),
			fc.constantFrom('', ' -o wide', ' -o yaml', ' -o name', ' -A', ' -l app=nginx', " -l 'app in (web,api)'", ' -w', ' -o bogus'),
		)
		.map(([t, f]) => `kubectl get ${t}${f}`),
	fc
		.tuple(fc.constantFrom('deployment', 'statefulset', 'rs', 'svc'), fc.constantFrom(...names), fc.integer({ min: -1, max: 7 }))
		.map(([t, n, r]) => `kubectl scale ${t} ${n} --replicas=${r}`),
	fc
		.tuple(fc.constantFrom(...names), fc.constantFrom('nginx:1.16.1', 'nginx:1.161', 'nginx:1.27', ''))
		.map(([n, i]) => `kubectl set image deployment/${n} nginx=${i}`),
	fc
		.tuple(fc.constantFrom('status', 'history', 'undo', 'undo --to-revision=1', 'pause', 'resume', 'restart'), fc.constantFrom(...names))
		.map(([s, n]) => `kubectl rollout ${s} deployment/${n}`),
	fc
		.tuple(fc.constantFrom('cordon', 'uncordon', 'drain', 'drain --ignore-daemonsets --force'), fc.constantFrom(...names))
		.map(([c, n]) => `kubectl ${c} ${n}`),
	fc.tuple(fc.constantFrom('pod', 'deployment', 'service', 'node'), fc.constantFrom(...names)).map(([t, n]) => `kubectl describe ${t} ${n}`),
	fc.tuple(fc.constantFrom('deployment', 'svc', 'pod', 'sts', 'ds'), fc.constantFrom(...names)).map(([t, n]) => `kubectl delete ${t} ${n}`),
	fc
		.tuple(fc.constantFrom(...names), fc.constantFrom('NodePort', 'ClusterIP', 'LoadBalancer', 'Bogus'))
		.map(([n, t]) => `kubectl expose deployment ${n} --type=${t} --port=80 --name=s-${t.toLowerCase()}`),
	fc
		.tuple(fc.constantFrom(...names), fc.constantFrom('tier=web', 'tier=db --overwrite', 'tier-', 'bad key=x'))
		.map(([n, l]) => `kubectl label deployment ${n} ${l}`),
	fc.constantFrom(
		'kubectl create configmap app-config --from-literal=LOG_LEVEL=debug',
		'kubectl create secret generic db --from-literal=password=s3cr3t',
		'kubectl create configmap bad --from-literal=nokey',
		'kubectl delete configmap app-config',
		'kubectl describe secret db',
		'kubectl create job hello --image=busybox:1.37',
		'kubectl create job parallel --image=busybox:1.37 -- echo hi',
		'kubectl create cronjob report --image=busybox:1.37 --schedule="*/1 * * * *"',
		'kubectl create cronjob bad --image=busybox:1.37 --schedule="* *"',
		'kubectl create job now --from=cronjob/report',
		'kubectl delete job hello',
		'kubectl delete cronjob report',
		'kubectl logs job/hello',
		'kubectl describe job hello',
		'kubectl get jobs,cronjobs -o yaml',
		'kubectl get pvc,pv,storageclass',
		'kubectl apply -f pvc.yaml',
		'kubectl apply -f writer.yaml',
		'kubectl delete pvc data',
		'kubectl describe pvc data',
		'kubectl delete pods -l app=nginx',
	),
	fc.constantFrom(
		'kubectl create deployment hello --image=nginx:1.27 --replicas=2',
		'kubectl create namespace team-a',
		'kubectl auth can-i list pods --as=jane -n dev',
		'kubectl logs deployment/nginx-deployment',
		'kubectl top nodes',
		'kubectl explain pods',
		'kubectl version',
		'kubectl',
		'kubectl get',
		'kubectl exec x',
		'kubectl gett pods',
		'kubectl get pods --nope',
		'kubectl get "pods',
		'ls -la',
		'clear',
		'',
		'kubectl apply -f missing.yaml',
	),
	fc.string({ maxLength: 30 }).map((s) => `kubectl ${s}`),
);

/** Invariants of the model that no command may break. */
function checkInvariants(state: LabState): void {
	const c = state.cluster;
	for (const list of [c.pods, c.deployments, c.replicaSets, c.services, c.nodes, c.statefulSets, c.daemonSets]) {
		const seen = new Set(list.map((x) => x.name));
		expect(seen.size, 'names are unique per kind').toBe(list.length);
	}
	const nodes = new Set(c.nodes.map((n) => n.name));
	for (const p of c.pods) if (p.nodeName !== undefined) expect(nodes.has(p.nodeName), `${p.name} is on an existing node`).toBe(true);
	for (const d of c.deployments) expect(d.spec.replicas).toBeGreaterThanOrEqual(0);
	const ports = c.services.flatMap((s) => s.spec.ports.map((p) => p.nodePort)).filter((p) => p !== undefined);
	expect(new Set(ports).size, 'node ports are unique').toBe(ports.length);
	for (const p of ports) expect(p! >= 30000 && p! <= 32767).toBe(true);
	expect(state.namespaces.some((n) => n.name === 'default')).toBe(true);
	for (const list of [c.jobs ?? [], c.cronJobs ?? [], c.pvcs, state.configMaps, state.secrets])
		expect(new Set(list.map((x) => `${'namespace' in x ? x.namespace : ''}/${x.name}`)).size, 'names are unique per kind').toBe(list.length);
	const jobUids = new Set((c.jobs ?? []).map((j) => j.uid));
	for (const p of c.pods) {
		if (p.owner?.kind === 'Job') expect(jobUids.has(p.owner.uid) || p.deleting, `${p.name} belongs to a Job that exists`).toBe(true);
		if (p.phase === 'Succeeded') expect(p.ready, `${p.name} completed and is not ready`).toBe(false);
	}
	for (const j of c.jobs ?? []) expect(j.status.succeeded).toBeLessThanOrEqual(j.spec.completions);
	for (const v of c.pvcs) expect(v.phase === 'Bound', `${v.name} has a volume exactly when Bound`).toBe(v.volumeName !== '');
}

describe('timing in Node (the browser is measured by the lab UI)', () => {
	it('cold start and per-command time', async () => {
		const t0 = performance.now();
		let state = createLab('nginx-deployment');
		const cold = performance.now() - t0;
		const lines = [
			'kubectl get pods',
			'kubectl get deploy -o wide',
			'kubectl scale deployment nginx-deployment --replicas=5',
			'kubectl describe deployment nginx-deployment',
			'kubectl get all',
			'kubectl get pods -o yaml',
		];
		const times: number[] = [];
		for (let i = 0; i < 5; i++)
			for (const line of lines) {
				const t = performance.now();
				state = (await runCommand(state, line)).state;
				times.push(performance.now() - t);
			}
		times.sort((a, b) => a - b);
		const median = times[Math.floor(times.length / 2)]!;
		const p95 = times[Math.floor(times.length * 0.95)]!;
		console.log(
			`kubectl engine (Node): createLab ${cold.toFixed(1)} ms; per command median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms over ${times.length} commands`,
		);
		// Generous bounds on a shared 2-core machine: these catch an accidental quadratic blow-up, not jitter.
		expect(cold).toBeLessThan(500);
		expect(median).toBeLessThan(50);
	});
});

describe('random command sequences', () => {
	it('never throw and never break the model invariants', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...listScenarios()), fc.array(command, { minLength: 1, maxLength: 12 }), async (scenario, lines) => {
				let state = writeFile(writeFile(createLab(scenario), 'pvc.yaml', PVC), 'writer.yaml', WRITER);
				for (const line of lines) {
					const r = await runCommand(state, line);
					expect(typeof r.output).toBe('string');
					expect(Number.isInteger(r.exitCode)).toBe(true);
					// A failed command changes nothing but the clock and history.
					if (r.exitCode !== 0 && line.startsWith('kubectl') && !/drain/.test(line)) {
						expect(r.state.cluster.deployments.map((d) => d.spec)).toEqual(state.cluster.deployments.map((d) => d.spec));
					}
					state = r.state;
					checkInvariants(state);
				}
			}),
			{ numRuns: 60 },
		);
	}, 120_000);
});
