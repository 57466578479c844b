// Golden tests of the engine's output against kubectl's published examples and source.
// Each case cites where the expected text comes from. Ages depend on simulated time, so
// tables are compared by header and by the cells that do not depend on it.
import { describe, expect, it } from 'vitest';
import { completeCommand, createLab, listScenarios, runCommand, writeFile, type LabState, type RunResult } from '../../../src/kubectl/index';
import { tokenize } from '../../../src/kubectl/tokenize';
import { parseFlags } from '../../../src/kubectl/flags';
import { matchesRequirements, parseSelector } from '../../../src/kubectl/selector';

async function run(state: LabState, ...lines: string[]): Promise<RunResult> {
	let r: RunResult = { state, output: '', exitCode: 0 };
	for (const line of lines) r = await runCommand(r.state, line);
	return r;
}
const header = (out: string): string => out.split('\n')[0]!.replace(/\s+/g, ' ');

describe('tokenizer and flags', () => {
	it('splits quotes, escapes and keeps quoted spaces', () => {
		expect(tokenize(`kubectl get pods -l 'env in (prod, dev)' --selector="a=b" x\\ y`)).toEqual({
			ok: true,
			words: ['kubectl', 'get', 'pods', '-l', 'env in (prod, dev)', '--selector=a=b', 'x y'],
		});
		expect(tokenize(`kubectl get "pods`)).toEqual({ ok: false, error: 'unexpected EOF while looking for matching `"\'' });
	});

	it('parses --flag=value, --flag value, -n3 style shorthands and grouped booleans like pflag', () => {
		const specs = [
			{ name: 'replicas', type: 'int' as const },
			{ name: 'watch', short: 'w', type: 'bool' as const },
			{ name: 'all-namespaces', short: 'A', type: 'bool' as const },
			{ name: 'output', short: 'o', type: 'string' as const },
		];
		const r = parseFlags(['--replicas=3', '-nkube-system', '-wA', '-o', 'wide', 'pods'], specs);
		expect(r).toEqual({
			ok: true,
			parsed: { flags: { replicas: 3, namespace: 'kube-system', watch: true, 'all-namespaces': true, output: 'wide' }, args: ['pods'] },
		});
		// pflag's messages (github.com/spf13/pflag flag.go).
		expect(parseFlags(['--nope'], specs)).toEqual({ ok: false, error: 'unknown flag: --nope' });
		expect(parseFlags(['-z'], specs)).toEqual({ ok: false, error: "unknown shorthand flag: 'z' in -z" });
		expect(parseFlags(['--replicas'], specs)).toEqual({ ok: false, error: 'flag needs an argument: --replicas' });
		expect(parseFlags(['--replicas=x'], specs)).toEqual({
			ok: false,
			error: 'invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax',
		});
	});
});

describe('label selectors (kubernetes.io/docs/concepts/overview/working-with-objects/labels/)', () => {
	const labels = { environment: 'production', tier: 'frontend' };
	it.each([
		['environment=production,tier=frontend', true],
		['environment==production', true],
		['environment!=production', false],
		['environment in (production, qa)', true],
		['tier notin (frontend, backend)', false],
		['environment', true],
		['!partition', true],
		['!tier', false],
	])('%s -> %s', (selector, expected) => {
		const parsed = parseSelector(selector);
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(matchesRequirements(parsed.requirements, labels)).toBe(expected);
	});
});

describe('kubectl get', () => {
	it('lists Deployments with the columns of the Deployment docs (kubernetes.io/docs/concepts/workloads/controllers/deployment/)', async () => {
		const r = await run(createLab('nginx-deployment'), 'kubectl get deployments');
		expect(r.exitCode).toBe(0);
		expect(header(r.output)).toBe('NAME READY UP-TO-DATE AVAILABLE AGE');
		expect(r.output.split('\n')[1]).toMatch(/^nginx-deployment {3}3\/3 {5}3 {12}3 {11}\d+m/);
	});

	it('prints pods, ReplicaSets, -o wide and --show-labels columns of printers.go (pkg/printers/internalversion/printers.go)', async () => {
		const lab = createLab('nginx-deployment');
		expect(header((await run(lab, 'kubectl get pods')).output)).toBe('NAME READY STATUS RESTARTS AGE');
		expect(header((await run(lab, 'kubectl get pods -o wide')).output)).toBe('NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES');
		expect(header((await run(lab, 'kubectl get rs')).output)).toBe('NAME DESIRED CURRENT READY AGE');
		expect(header((await run(lab, 'kubectl get deploy -o wide')).output)).toBe('NAME READY UP-TO-DATE AVAILABLE AGE CONTAINERS IMAGES SELECTOR');
		expect(header((await run(lab, 'kubectl get nodes')).output)).toBe('NAME STATUS ROLES AGE VERSION');
		expect(header((await run(lab, 'kubectl get ns')).output)).toBe('NAME STATUS AGE');
		const labelled = await run(lab, 'kubectl get pods --show-labels');
		expect(header(labelled.output)).toBe('NAME READY STATUS RESTARTS AGE LABELS');
		expect(labelled.output).toMatch(/app=nginx,pod-template-hash=[a-z0-9]+/);
	});

	it('prefixes names with the type for several types and `all`, like kubectl get all', async () => {
		const r = await run(createLab('nginx-service'), 'kubectl get all');
		expect(r.output).toMatch(/^NAME +READY +STATUS/);
		expect(r.output).toContain('\npod/nginx-deployment-');
		expect(r.output).toContain('\nservice/nginx-service   ClusterIP');
		expect(r.output).toContain('\ndeployment.apps/nginx-deployment   3/3');
		expect(r.output).toContain('\nreplicaset.apps/nginx-deployment-');
	});

	it('filters by -l and prints -o name', async () => {
		const lab = createLab('controllers');
		const r = await run(lab, "kubectl get pods -l 'app in (web)' -o name");
		expect(r.output.split('\n')).toEqual(['pod/web-0', 'pod/web-1']);
		expect((await run(lab, 'kubectl get pods -l app=nope')).output).toBe('No resources found in default namespace.');
	});

	it('prints -o yaml with sorted keys and -o json with 4-space indent', async () => {
		const lab = createLab('nginx-service');
		const yaml = await run(lab, 'kubectl get svc nginx-service -o yaml');
		expect(yaml.output.split('\n').slice(0, 2)).toEqual(['apiVersion: v1', 'kind: Service']);
		expect(yaml.output).toContain('  type: ClusterIP');
		const json = JSON.parse((await run(lab, 'kubectl get deploy nginx-deployment -o json')).output) as { kind: string; spec: { replicas: number } };
		expect(json.kind).toBe('Deployment');
		expect(json.spec.replicas).toBe(3);
		const list = JSON.parse((await run(lab, 'kubectl get pods -o json')).output) as { kind: string; items: unknown[] };
		expect(list.kind).toBe('List');
		expect(list.items).toHaveLength(3);
	});

	it('says "No resources found" in an empty namespace, and every namespace with -A (kubectl get.go)', async () => {
		const lab = createLab('nginx-deployment');
		expect((await run(lab, 'kubectl get pods -n kube-system')).output).toBe('No resources found in kube-system namespace.');
		expect(header((await run(lab, 'kubectl get pods -A')).output)).toBe('NAMESPACE NAME READY STATUS RESTARTS AGE');
	});

	it('replays the next ticks for -w', async () => {
		const r = await run(createLab('nginx-deployment'), 'kubectl scale deployment nginx-deployment --replicas=4', 'kubectl get pods -w');
		expect(r.output).toMatch(/ContainerCreating/);
		expect(r.output.split('\n').filter((l) => l.startsWith('NAME'))).toHaveLength(1);
	});
});

describe('errors like kubectl', () => {
	it('NotFound from the API server (issue text and kubectl output)', async () => {
		const r = await run(createLab('nginx-deployment'), 'kubectl get deployments x');
		expect(r).toMatchObject({ output: 'Error from server (NotFound): deployments.apps "x" not found', exitCode: 1 });
	});

	it('unknown command with cobra suggestions (spf13/cobra command.go "unknown command %q for %q")', async () => {
		const lab = createLab('empty');
		expect((await run(lab, 'kubectl frobnicate')).output).toBe('error: unknown command "frobnicate" for "kubectl"');
		expect((await run(lab, 'kubectl gett')).output).toContain('error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tget');
	});

	it('unknown flag and unknown resource type', async () => {
		const lab = createLab('empty');
		expect((await run(lab, 'kubectl get pods --foo')).output).toBe("error: unknown flag: --foo\nSee 'kubectl get --help' for usage.");
		expect((await run(lab, 'kubectl get foos')).output).toBe('error: the server doesn\'t have a resource type "foos"');
	});

	it('says honestly what is not simulated, never fakes output', async () => {
		const lab = createLab('nginx-deployment');
		const exec = await run(lab, 'kubectl exec -it nginx -- sh');
		expect(exec.exitCode).toBe(1);
		expect(exec.output).toContain('not simulated');
		expect(exec.output).toContain('https://kubernetes.io/docs/reference/kubectl/');
		expect((await run(lab, 'kubectl get ingresses')).output).toContain('does not simulate it');
		expect((await run(lab, 'kubectl top pods')).output).toBe('error: Metrics API not available');
		expect((await run(lab, 'ls')).exitCode).toBe(127);
		expect((await run(lab, 'kubectl get pods | grep nginx')).output).toContain('no shell');
	});
});

describe('changing the cluster (outputs from kubernetes.io/docs/concepts/workloads/controllers/deployment/)', () => {
	it('scale, set image, rollout status, history, undo, pause, resume', async () => {
		let s = createLab('nginx-deployment');
		let r = await run(s, 'kubectl scale deployment/nginx-deployment --replicas=5');
		expect(r.output).toBe('deployment.apps/nginx-deployment scaled');
		r = await run(r.state, 'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1');
		expect(r.output).toBe('deployment.apps/nginx-deployment image updated');
		r = await run(r.state, 'kubectl rollout status deployment/nginx-deployment');
		expect(r.output).toMatch(/^Waiting for deployment "nginx-deployment" rollout to finish: \d out of 5 new replicas have been updated\.\.\./);
		expect(r.output.split('\n').at(-1)).toBe('deployment "nginx-deployment" successfully rolled out');
		r = await run(r.state, 'kubectl rollout history deployment/nginx-deployment');
		expect(r.output).toBe('deployment.apps/nginx-deployment \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>');
		r = await run(r.state, 'kubectl rollout undo deployment/nginx-deployment --to-revision=1');
		expect(r.output).toBe('deployment.apps/nginx-deployment rolled back');
		r = await run(r.state, 'kubectl rollout pause deployment/nginx-deployment');
		expect(r.output).toBe('deployment.apps/nginx-deployment paused');
		r = await run(r.state, 'kubectl rollout pause deployment/nginx-deployment');
		expect(r).toMatchObject({ output: 'error: deployments.apps "nginx-deployment" is already paused', exitCode: 1 });
		r = await run(r.state, 'kubectl rollout resume deployment/nginx-deployment');
		expect(r.output).toBe('deployment.apps/nginx-deployment resumed');
		s = r.state;
		r = await run(s, 'kubectl rollout restart deployment/nginx-deployment');
		expect(r.output).toBe('deployment.apps/nginx-deployment restarted');
		expect(r.state.cluster.deployments[0]!.spec.template.metadata.annotations?.['kubectl.kubernetes.io/restartedAt']).toMatch(/^2026-/);
	});

	it('scale without --replicas is a usage error (kubectl scale.go)', async () => {
		const r = await run(createLab('nginx-deployment'), 'kubectl scale deployment nginx-deployment');
		expect(r.output).toBe(`error: required flag(s) "replicas" not set\nSee 'kubectl scale -h' for help and examples`);
	});

	it('create deployment, expose NodePort, delete (kubernetes.io/docs/tutorials/kubernetes-basics/)', async () => {
		let r = await run(createLab('empty'), 'kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
		expect(r.output).toBe('deployment.apps/kubernetes-bootcamp created');
		r = await run(r.state, 'kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080');
		expect(r.output).toBe('service/kubernetes-bootcamp exposed');
		r = await run(r.state, 'kubectl get services');
		expect(r.output).toMatch(/kubernetes-bootcamp {3}NodePort {3}10\.\d+\.\d+\.\d+ {3}<none> {8}8080:3\d{4}\/TCP/);
		r = await run(r.state, 'kubectl delete service kubernetes-bootcamp');
		expect(r.output).toBe('service "kubernetes-bootcamp" deleted');
	});

	it('--dry-run=client -o yaml prints the object with sorted keys and changes nothing', async () => {
		const lab = createLab('empty');
		const r = await run(lab, 'kubectl create deployment web --image=nginx:1.27 --dry-run=client -o yaml');
		expect(r.output.split('\n').slice(0, 8)).toEqual([
			'apiVersion: apps/v1',
			'kind: Deployment',
			'metadata:',
			'  creationTimestamp: null',
			'  labels:',
			'    app: web',
			'  name: web',
			'spec:',
		]);
		expect(r.state.cluster.deployments).toHaveLength(0);
	});

	it('apply -f from the editor, with YAML errors reported with their line', async () => {
		let lab = writeFile(createLab('empty'), 'bad.yaml', 'kind: Pod\nmetadata:\n  name: [x\n');
		const bad = await run(lab, 'kubectl apply -f bad.yaml');
		expect(bad.exitCode).toBe(1);
		expect(bad.output).toMatch(/^error: error parsing bad\.yaml: error converting YAML to JSON: yaml: line \d+:/);
		expect((await run(lab, 'kubectl apply -f nope.yaml')).output).toBe('error: the path "nope.yaml" does not exist');
		lab = writeFile(lab, 'pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n');
		const ok = await run(lab, 'kubectl apply -f pod.yaml');
		expect(ok.output).toBe('pod/web created');
		expect((await run(ok.state, 'kubectl apply -f pod.yaml')).output).toBe('pod/web unchanged');
	});

	it('cordon, drain and uncordon (kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/)', async () => {
		let r = await run(createLab('controllers'), 'kubectl cordon worker-2');
		expect(r.output).toBe('node/worker-2 cordoned');
		expect((await run(r.state, 'kubectl get nodes')).output).toMatch(/worker-2 +Ready,SchedulingDisabled/);
		r = await run(r.state, 'kubectl drain worker-1');
		expect(r.exitCode).toBe(1);
		expect(r.output).toContain('cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore)');
		r = await run(r.state, 'kubectl drain worker-1 --ignore-daemonsets');
		expect(r.output).toMatch(/Warning: ignoring DaemonSet-managed Pods: default\/log-agent-/);
		expect(r.output.split('\n').at(-1)).toBe('node/worker-1 drained');
		r = await run(r.state, 'kubectl get pods -o wide');
		const onWorker1 = r.output.split('\n').filter((l) => / worker-1 /.test(l));
		expect(onWorker1.every((l) => l.startsWith('log-agent-') || /Terminating/.test(l))).toBe(true);
		r = await run(r.state, 'kubectl uncordon worker-1');
		expect(r.output).toBe('node/worker-1 uncordoned');
	});

	it('label and --overwrite (kubectl label.go)', async () => {
		let r = await run(createLab('nginx-deployment'), 'kubectl label deployment nginx-deployment tier=web');
		expect(r.output).toBe('deployment.apps/nginx-deployment labeled');
		r = await run(r.state, 'kubectl label deployment nginx-deployment tier=db');
		expect(r.output).toBe("error: 'tier' already has a value (web), and --overwrite is false");
		r = await run(r.state, 'kubectl label deployment nginx-deployment tier=db --overwrite');
		expect(r.output).toBe('deployment.apps/nginx-deployment labeled');
	});
});

describe('describe, logs, explain, auth can-i, version, help', () => {
	it('describes a deployment, pod, service and node with Events (kubectl describe.go)', async () => {
		const lab = createLab('nginx-service');
		const d = await run(lab, 'kubectl describe deployment nginx-deployment');
		expect(d.output).toMatch(/^Name: {19}nginx-deployment\nNamespace: {14}default/);
		expect(d.output).toContain('Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable');
		expect(d.output).toContain('StrategyType:           RollingUpdate');
		expect(d.output).toMatch(/Normal {3}ScalingReplicaSet .*deployment-controller {3}Scaled up replica set nginx-deployment-[a-z0-9]+ from 0 to 3/);
		const pod = lab.cluster.pods[0]!.name;
		const p = await run(lab, `kubectl describe pod ${pod}`);
		expect(p.output).toContain(`Name:             ${pod}`);
		expect(p.output).toMatch(/Normal {3}Scheduled .*default-scheduler {3}Successfully assigned default\//);
		expect((await run(lab, 'kubectl describe svc nginx-service')).output).toMatch(/Endpoints: +10\.244\.\d+\.\d+:80,/);
		expect((await run(lab, 'kubectl describe node worker-1')).output).toContain('Unschedulable:      false');
		expect((await run(lab, 'kubectl describe pod nope')).output).toBe('Error from server (NotFound): pods "nope" not found');
	});

	it('prints simulated nginx logs for a running Pod', async () => {
		const lab = createLab('nginx-deployment');
		const r = await run(lab, `kubectl logs ${lab.cluster.pods[0]!.name}`);
		expect(r.output).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
		expect(r.output).toContain('nginx/1.14.2');
	});

	it('explains a few kinds and says so for others', async () => {
		const lab = createLab('empty');
		expect((await run(lab, 'kubectl explain deployment')).output).toMatch(/^GROUP: {6}apps\nKIND: {7}Deployment\nVERSION: {4}v1/);
		expect((await run(lab, 'kubectl explain statefulsets')).output).toContain('is not included in this practice lab');
	});

	it('answers auth can-i through the RBAC model (kubernetes.io/docs/reference/access-authn-authz/authorization/)', async () => {
		const lab = createLab('rbac');
		expect((await run(lab, 'kubectl auth can-i create deployments')).output).toBe('yes');
		expect((await run(lab, 'kubectl auth can-i list pods -n dev --as=jane')).output).toBe('yes');
		expect(await run(lab, 'kubectl auth can-i list pods -n prod --as=jane')).toMatchObject({ output: 'no', exitCode: 1 });
		expect((await run(lab, 'kubectl auth can-i list nodes --as=jane')).output).toBe("Warning: resource 'nodes' is not namespace scoped\nno");
	});

	it('prints version and help', async () => {
		const lab = createLab('empty');
		expect((await run(lab, 'kubectl version')).output).toMatch(
			/^Client Version: v1\.\d+\.\d+\nKustomize Version: v5\.\d+\.\d+\nServer Version: v1\.\d+\.\d+$/,
		);
		expect((await run(lab, 'kubectl help')).output).toContain('kubectl controls the Kubernetes cluster manager.');
		expect((await run(lab, 'kubectl rollout')).output).toContain('Available Commands:');
	});
});

describe('createLab, completion and history', () => {
	it('knows its scenarios and throws on an unknown one', () => {
		expect(listScenarios()).toEqual(expect.arrayContaining(['empty', 'nginx-deployment', 'nginx-service', 'rbac', 'resources']));
		expect(() => createLab('nope')).toThrow(/unknown lab scenario "nope"/);
	});

	it('completes commands, subcommands, types and names', () => {
		const lab = createLab('nginx-deployment');
		expect(completeCommand(lab, 'kubectl sc')).toEqual({ from: 8, candidates: ['scale'] });
		expect(completeCommand(lab, 'kubectl rollout un')).toEqual({ from: 16, candidates: ['undo'] });
		expect(completeCommand(lab, 'kubectl get deploym').candidates).toEqual(['deployments']);
		expect(completeCommand(lab, 'kubectl describe deployment ')).toEqual({ from: 28, candidates: ['nginx-deployment'] });
		expect(completeCommand(lab, 'kubectl get deploy/ng').candidates).toEqual(['deploy/nginx-deployment']);
		expect(completeCommand(lab, 'kubectl cordon w').candidates).toEqual(['worker-1', 'worker-2', 'worker-3']);
	});

	it('records history, ticks the clock once per command, and clears', async () => {
		const lab = createLab('empty');
		const r = await run(lab, 'kubectl get nodes', 'clear');
		expect(r.state.history).toEqual(['kubectl get nodes', 'clear']);
		expect(r.clear).toBe(true);
		expect(r.state.cluster.time).toBe(lab.cluster.time + 10);
	});
});
