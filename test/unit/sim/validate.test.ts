import { describe, expect, it } from 'vitest';
import { createDemoCluster, formatFieldError, step, validateManifest } from '../../../src/sim/index.ts';
import { fluentdDaemonSet, nginxCluster, nginxDeployment, nginxService, webStatefulSet } from './fixtures.ts';

type Json = Record<string, unknown>;
const deploy = (spec: Json, meta: Json = { name: 'web' }): Json => ({
	apiVersion: 'apps/v1',
	kind: 'Deployment',
	metadata: meta,
	spec: { ...nginxDeployment().spec, ...spec },
});
const messages = (input: unknown) => validateManifest(input, createDemoCluster()).map(formatFieldError);
const strategy = (rollingUpdate: Json, type = 'RollingUpdate') => ({ strategy: { type, rollingUpdate } });

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
describe('Deployment validation', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('accepts the nginx-deployment example', () => {
		expect(validateManifest(nginxDeployment())).toEqual([]);
	});

	it('replicas must be a non-negative integer', () => {
		expect(messages(deploy({ replicas: -1 }))).toEqual(['spec.replicas: Invalid value: -1: must be greater than or equal to 0']);
		expect(messages(deploy({ replicas: 1.5 }))).toEqual(['spec.replicas: Invalid value: 1.5: must be an integer']);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('the selector is required, non-empty and must match the template labels', () => {
		expect(messages(deploy({ selector: undefined }))).toEqual(['spec.selector: Required value']);
		expect(messages(deploy({ selector: { matchLabels: {} } }))).toEqual([
			'spec.selector: Invalid value: {"matchLabels":{}}: empty selector is invalid for deployment',
		]);
		expect(messages(deploy({ selector: { matchLabels: { app: 'other' } } }))).toEqual([
			'spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`',
		]);
		expect(messages(deploy({ selector: { matchExpressions: [], matchLabels: { app: 'nginx' } } }))[0]).toMatch(/matchExpressions: Forbidden/);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('maxSurge and maxUnavailable may not both be 0 and must be valid int-or-percent', () => {
		expect(messages(deploy(strategy({ maxSurge: 0, maxUnavailable: 0 })))).toEqual([
			'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
		]);
		expect(messages(deploy(strategy({ maxSurge: '0%', maxUnavailable: 0 })))).toHaveLength(1);
		expect(messages(deploy(strategy({ maxSurge: 0 })))).toEqual([]);
		// Only maxUnavailable is capped at 100% (ValidateRollingUpdateDeployment); a 150% surge is valid.
		expect(messages(deploy(strategy({ maxSurge: '150%' })))).toEqual([]);
		expect(messages(deploy(strategy({ maxUnavailable: '150%' })))).toEqual([
			'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%',
		]);
		expect(messages(deploy(strategy({ maxUnavailable: 'half' })))[0]).toMatch(/a valid percent string must be a numeric string followed by an ending '%'/);
		expect(messages(deploy(strategy({ maxUnavailable: -1 })))).toEqual([
			'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: -1: must be greater than or equal to 0',
		]);
		expect(messages(deploy({ strategy: { type: 'Recreate', rollingUpdate: {} } }))).toEqual([
			"spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
		]);
		expect(messages(deploy({ strategy: { type: 'BlueGreen' } }))).toEqual([
			'spec.strategy.type: Unsupported value: "BlueGreen": supported values: "Recreate", "RollingUpdate"',
		]);
		expect(messages(deploy({ strategy: 'fast' }))[0]).toMatch(/spec.strategy: Invalid value/);
		expect(messages(deploy({ strategy: { rollingUpdate: 3 } }))[0]).toMatch(/spec.strategy.rollingUpdate: Invalid value/);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('progressDeadlineSeconds must exceed minReadySeconds; counts are non-negative', () => {
		expect(messages(deploy({ progressDeadlineSeconds: 10, minReadySeconds: 10 }))).toEqual([
			'spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds',
		]);
		expect(messages(deploy({ revisionHistoryLimit: -2 }))).toEqual(['spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0']);
		expect(messages(deploy({ paused: 'yes' }))).toEqual(['spec.paused: Invalid value: "yes": must be a boolean']);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
	it('checks the Pod template: containers, names, images, ports, resources, restartPolicy', () => {
		const tpl = (spec: Json) => deploy({ template: { metadata: { labels: { app: 'nginx' } }, spec } });
		expect(messages(tpl({ containers: [] }))).toEqual(['spec.template.spec.containers: Required value']);
		expect(messages(tpl({ containers: [{ name: 'Web', image: '' }] }))).toEqual([
			expect.stringMatching(/^spec.template.spec.containers\[0\].name: Invalid value: "Web": a lowercase RFC 1123 label/),
			'spec.template.spec.containers[0].image: Required value',
		]);
		expect(
			messages(
				tpl({
					containers: [
						{ name: 'a', image: 'x' },
						{ name: 'a', image: 'y' },
					],
				}),
			),
		).toEqual(['spec.template.spec.containers[1].name: Duplicate value: "a"']);
		expect(messages(tpl({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 70000, name: 'HTTP', protocol: 'ICMP' }] }] }))).toEqual([
			'spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
			expect.stringMatching(/ports\[0\].name: Invalid value: "HTTP"/),
			'spec.template.spec.containers[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"',
		]);
		expect(
			messages(tpl({ containers: [{ name: 'a', image: 'x', resources: { requests: { cpu: 'lots', memory: '1Gi' }, limits: { memory: '512Mi' } } }] })),
		).toEqual([
			expect.stringMatching(/resources.requests.cpu: Invalid value: "lots": quantities must match/),
			'spec.template.spec.containers[0].resources.requests: Invalid value: "1Gi": must be less than or equal to memory limit of 512Mi',
		]);
		expect(messages(tpl({ containers: [{ name: 'a', image: 'x' }], restartPolicy: 'Never' }))).toEqual([
			'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
		]);
		expect(messages(tpl({ containers: [{ name: 'a', image: 'x' }], nodeName: 'worker-1' }))[0]).toMatch(/nodeName: Forbidden/);
		expect(messages(tpl({ containers: 'nginx' }))).toEqual(['spec.template.spec.containers: Required value']);
		expect(messages(deploy({ template: { metadata: { labels: { app: 'nginx' } } } }))).toEqual(['spec.template.spec: Required value']);
		expect(messages(deploy({ template: undefined }))).toEqual(['spec.template: Required value']);
	});

	it('checks tolerations', () => {
		const tol = (tolerations: unknown) =>
			deploy({ template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'a', image: 'x' }], tolerations } } });
		expect(messages(tol([{ key: 'k', operator: 'Exists', value: 'v' }]))[0]).toMatch(/value must be empty when `operator` is 'Exists'/);
		expect(messages(tol([{ operator: 'Equal', value: 'v' }]))[0]).toMatch(/operator must be Exists when `key` is empty/);
		expect(messages(tol([{ key: 'k', operator: 'Maybe' }]))[0]).toMatch(/Unsupported value: "Maybe"/);
		expect(messages(tol([{ key: 'k', effect: 'Sometimes' }]))[0]).toMatch(/effect: Unsupported value/);
		expect(messages(tol([{ key: 'k', effect: 'NoSchedule', tolerationSeconds: 5 }]))[0]).toMatch(/effect must be 'NoExecute'/);
		expect(messages(tol('all'))[0]).toMatch(/tolerations: Invalid value/);
		expect(messages(tol([{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }]))).toEqual([]);
	});

	it('checks metadata: names, labels, namespace and the envelope', () => {
		expect(messages(deploy({}, { name: 'Nginx_Deploy' }))[0]).toMatch(/^metadata.name: Invalid value: "Nginx_Deploy": a lowercase RFC 1123 subdomain/);
		expect(messages(deploy({}, {}))).toEqual(['metadata.name: Required value: name or generateName is required']);
		expect(messages(deploy({}, { name: 'web', namespace: 'prod' }))[0]).toMatch(/metadata.namespace/);
		expect(messages(deploy({}, { name: 'web', labels: { 'bad key!': 'x', ok: 'bad value!', n: 3 } }))).toHaveLength(3);
		expect(messages(deploy({}, { name: 'web', annotations: { a: 1 } }))).toEqual(['metadata.annotations.a: Invalid value: 1: must be a string']);
		expect(messages({ ...deploy({}), apiVersion: 'extensions/v1beta1' })).toEqual([
			'apiVersion: Invalid value: "extensions/v1beta1": no matches for kind "Deployment" in version "extensions/v1beta1"',
		]);
		expect(messages({ apiVersion: 'v1', kind: 'ConfigMap' })[0]).toMatch(/^kind: Unsupported value: "ConfigMap"/);
		expect(messages({ apiVersion: 'v1' })).toEqual(['kind: Required value']);
		expect(messages('nginx')[0]).toMatch(/^<root>: Invalid value/);
		expect(messages({ apiVersion: 'apps/v1', kind: 'Deployment' })).toEqual(['metadata.name: Required value: name or generateName is required']);
		expect(messages({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } })).toEqual(['spec: Required value']);
	});
});

describe('apply rejects invalid manifests without changing anything', () => {
	it('records the errors on lastResult and keeps the state', () => {
		const before = nginxCluster();
		const after = step(before, { type: 'apply', manifest: deploy({ replicas: -1 }) });
		expect(after.lastResult).toEqual({
			ok: false,
			output: 'The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
			errors: [{ field: 'spec.replicas', type: 'Invalid', value: '-1', detail: 'must be greater than or equal to 0' }],
		});
		expect({ ...after, lastResult: before.lastResult }).toEqual(before);
		const two = step(before, { type: 'apply', manifest: deploy({ replicas: -1, selector: undefined }) });
		expect(two.lastResult?.output).toBe(
			'The Deployment "web" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.selector: Required value]',
		);
		expect(step(before, { type: 'apply', manifest: { ...deploy({}), apiVersion: 'apps/v1beta1' } }).lastResult?.output).toMatch(
			/^error: resource mapping not found for name: "web"/,
		);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('the selector of an existing Deployment, ReplicaSet or DaemonSet is immutable', () => {
		const c = nginxCluster();
		const changed = deploy(
			{
				selector: { matchLabels: { app: 'nginx', tier: 'web' } },
				template: { metadata: { labels: { app: 'nginx', tier: 'web' } }, spec: nginxDeployment().spec.template.spec },
			},
			{ name: 'nginx-deployment' },
		);
		expect(step(c, { type: 'apply', manifest: changed }).lastResult?.output).toMatch(/spec.selector: Invalid value: .*field is immutable/);
		const ds = step(createDemoCluster(), { type: 'apply', manifest: fluentdDaemonSet(false) });
		const dsChanged = fluentdDaemonSet(false);
		const moved = {
			...dsChanged,
			spec: {
				...dsChanged.spec,
				selector: { matchLabels: { name: 'x' } },
				template: { ...dsChanged.spec.template, metadata: { labels: { name: 'x' } } },
			},
		};
		expect(step(ds, { type: 'apply', manifest: moved }).lastResult?.output).toMatch(/field is immutable/);
	});
});

describe('other kinds', () => {
	it('StatefulSet: policy, strategy, claim templates', () => {
		expect(validateManifest(webStatefulSet())).toEqual([]);
		const errors = messages(
			webStatefulSet({
				podManagementPolicy: 'Random' as never,
				updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: -1 } },
				volumeClaimTemplates: [
					{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteSometimes'], resources: { requests: { storage: 'big' } } } },
					{ metadata: { name: 'www' }, spec: { accessModes: [], resources: { requests: {} as { storage: string } } } },
				],
				ordinals: { start: -1 },
			}),
		);
		expect(errors).toEqual([
			'spec.podManagementPolicy: Unsupported value: "Random": supported values: "OrderedReady", "Parallel"',
			'spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0',
			"spec.updateStrategy.rollingUpdate: Forbidden: only allowed for updateStrategy 'RollingUpdate'",
			'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0',
			expect.stringMatching(/volumeClaimTemplates\[0\].spec.accessModes\[0\]: Unsupported value: "ReadWriteSometimes"/),
			expect.stringMatching(/volumeClaimTemplates\[0\].spec.resources.requests.storage: Invalid value: "big"/),
			'spec.volumeClaimTemplates[1].metadata.name: Duplicate value: "www"',
			'spec.volumeClaimTemplates[1].spec.accessModes: Required value: at least 1 access mode is required',
			'spec.volumeClaimTemplates[1].spec.resources[storage]: Required value',
		]);
		expect(messages(webStatefulSet({ updateStrategy: { type: 'Sideways' as never } }))[0]).toMatch(/updateStrategy.type: Unsupported/);
		expect(messages(webStatefulSet({ serviceName: 'Bad' }))[0]).toMatch(/spec.serviceName: Invalid value/);
		expect(messages(webStatefulSet({ volumeClaimTemplates: 'www' as never }))[0]).toMatch(/volumeClaimTemplates: Invalid value/);
	});

	// Source: kubernetes/kubernetes pkg/apis/apps/v1/defaults.go
	it('DaemonSet: no replicas, maxUnavailable not 0, maxSurge 0 only', () => {
		const ds = (spec: Json) => ({ ...fluentdDaemonSet(false), spec: { ...fluentdDaemonSet(false).spec, ...spec } });
		expect(messages(ds({ replicas: 3 }))[0]).toMatch(/spec.replicas: Forbidden/);
		expect(messages(ds({ updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } }))).toEqual([
			'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0 when maxSurge is 0',
		]);
		expect(messages(ds({ updateStrategy: { rollingUpdate: { maxSurge: 1 } } }))[0]).toMatch(/maxSurge: Forbidden/);
		expect(messages(ds({ updateStrategy: { rollingUpdate: { maxSurge: 'x' } } }))[0]).toMatch(/maxSurge: Invalid value/);
		expect(messages(ds({ updateStrategy: { type: 'Canary' } }))[0]).toMatch(/Unsupported value: "Canary"/);
		expect(messages(ds({ updateStrategy: { type: 'OnDelete' } }))).toEqual([]);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/
	it('Service: type, ports, names, clusterIP and traffic policy', () => {
		expect(messages(nginxService({ type: 'ExternalName' as never }))).toEqual([
			'spec.type: Unsupported value: "ExternalName": supported values: "ClusterIP", "LoadBalancer", "NodePort"',
		]);
		expect(messages(nginxService({ ports: [] }))).toEqual(['spec.ports: Required value']);
		expect(messages(nginxService({ ports: [{ port: 0 }] }))).toEqual(['spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive']);
		expect(messages(nginxService({ ports: [{ port: 80 }, { port: 80, name: 'b' }] }))).toEqual([
			'spec.ports[0].name: Required value',
			'spec.ports[1]: Duplicate value: {"port":80,"protocol":"TCP"}',
		]);
		expect(messages(nginxService({ ports: [{ port: 80, nodePort: 30001 }] }))).toEqual([
			"spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
		]);
		expect(
			messages(
				nginxService({
					type: 'NodePort',
					ports: [
						{ name: 'a', port: 80, nodePort: 30001 },
						{ name: 'b', port: 81, nodePort: 30001 },
					],
				}),
			),
		).toEqual(['spec.ports[1].nodePort: Invalid value: 30001: provided port is already allocated']);
		expect(messages(nginxService({ ports: [{ port: 80, targetPort: 'HTTP' }] }))[0]).toMatch(/targetPort: Invalid value: "HTTP"/);
		expect(messages(nginxService({ ports: [{ port: 80, targetPort: 0 }] }))[0]).toMatch(/targetPort: Invalid value: 0/);
		expect(messages(nginxService({ ports: [{ port: 80, protocol: 'HTTP' as never }] }))[0]).toMatch(/protocol: Unsupported value: "HTTP"/);
		expect(messages(nginxService({ type: 'NodePort', clusterIP: 'None' }))).toEqual([
			'spec.clusterIP: Invalid value: "None": may not be set to \'None\' for NodePort services',
		]);
		expect(messages(nginxService({ clusterIP: '10.0.0.1' }))[0]).toMatch(/not in the valid range. The range of valid IPs is 10.96.0.0\/12/);
		expect(messages(nginxService({ clusterIP: 'ten' }))[0]).toMatch(/must be a valid IP address/);
		expect(messages(nginxService({ clusterIP: '10.96.0.10' }))).toEqual([]);
		expect(messages(nginxService({ externalTrafficPolicy: 'Local' }))[0]).toMatch(/may only be set for externally-accessible services/);
		expect(messages(nginxService({ type: 'NodePort', externalTrafficPolicy: 'Nearest' as never }))[0]).toMatch(/Unsupported value: "Nearest"/);
		expect(messages({ ...nginxService(), metadata: { name: '1st-service' } })[0]).toMatch(/a DNS-1035 label must consist of lower case alphanumeric/);
		expect(
			messages(
				nginxService({
					ports: [
						{ name: 'web', port: 80 },
						{ name: 'web', port: 81 },
					],
				}),
			),
		).toEqual(['spec.ports[1].name: Duplicate value: "web"']);
		expect(messages(nginxService({ ports: ['80' as never] }))[0]).toMatch(/spec.ports\[0\]: Invalid value/);
		const manual = step(createDemoCluster(), { type: 'apply', manifest: nginxService({ clusterIP: '10.96.0.10' }) });
		expect(manual.services[0]!.spec.clusterIP).toBe('10.96.0.10');
		expect(step(manual, { type: 'apply', manifest: nginxService({ clusterIP: '10.96.0.10' }, 'dup') }).lastResult?.output).toMatch(
			/provided IP is already allocated/,
		);
		expect(step(manual, { type: 'apply', manifest: nginxService({ clusterIP: '10.96.0.11' }) }).lastResult?.output).toMatch(
			/spec.clusterIP: Invalid value: "10.96.0.11": field is immutable/,
		);
	});

	it('Pod: any restartPolicy is fine, but it must be a real one', () => {
		const pod = (spec: Json) => ({
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: { name: 'p' },
			spec: { containers: [{ name: 'a', image: 'busybox' }], ...spec },
		});
		expect(messages(pod({ restartPolicy: 'Never' }))).toEqual([]);
		expect(messages(pod({ restartPolicy: 'Sometimes' }))[0]).toMatch(/Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"/);
		expect(messages(pod({ terminationGracePeriodSeconds: -5 }))[0]).toMatch(/must be greater than or equal to 0/);
	});
});
