import { describe, expect, it } from 'vitest';
import {
	NGINX_DEPLOYMENT_YAML,
	createDemoCluster,
	findFieldLine,
	formatGetMany,
	getFieldHelpKey,
	getLineField,
	getDeploymentTree,
	loadManifestParser,
	runUntilSettled,
	step,
	validateManifest,
	type Cluster,
} from '../../../src/sim/index.ts';
import { formatYamlError, parseManifestText } from '../../../src/sim/views/parse-manifest.ts';
import { nginxDeployment, nginxService, run } from './fixtures.ts';

/** The outline's Deployment, exactly as the Nginx example page shows it (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
const OUTLINE_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

function parseOk(text: string) {
	const result = parseManifestText(text);
	if (!result.ok) throw new Error(`unexpected syntax error: ${result.error.message}`);
	return result;
}

describe('parseManifestText', () => {
	it('NGINX_DEPLOYMENT_YAML is exactly the outline manifest', () => {
		expect(NGINX_DEPLOYMENT_YAML).toBe(OUTLINE_YAML);
	});

	it('turns the outline YAML into the same object as the test fixture', () => {
		expect(parseOk(OUTLINE_YAML).value).toEqual(nginxDeployment());
	});

	it('names the field every line starts', () => {
		const { fields } = parseOk(OUTLINE_YAML);
		expect(fields).toHaveLength(21);
		const at = (line: number) => getLineField(fields, line);
		expect(at(1)).toBe('apiVersion');
		expect(at(4)).toBe('metadata.name');
		expect(at(6)).toBe('metadata.labels.app');
		expect(at(8)).toBe('spec.replicas');
		expect(at(11)).toBe('spec.selector.matchLabels.app');
		expect(at(14)).toBe('spec.template.metadata.labels');
		expect(at(18)).toBe('spec.template.spec.containers[0].name');
		expect(at(19)).toBe('spec.template.spec.containers[0].image');
		expect(at(21)).toBe('spec.template.spec.containers[0].ports[0].containerPort');
		expect(at(22)).toBeUndefined();
	});

	it('also records list items, after the first field on their line', () => {
		const { paths } = parseOk(OUTLINE_YAML);
		expect(paths.filter((p) => p.line === 18).map((p) => p.path)).toEqual(['spec.template.spec.containers[0].name', 'spec.template.spec.containers[0]']);
	});

	it('skips blank and comment lines and records list items that are not maps', () => {
		const { fields } = parseOk('# a comment\nkind: Pod\n\nargs:\n  - one\n  - two\n');
		expect(fields).toEqual([
			{ line: 2, path: 'kind' },
			{ line: 4, path: 'args' },
			{ line: 5, path: 'args[0]' },
			{ line: 6, path: 'args[1]' },
		]);
	});

	it('reports a syntax error with its line and column', () => {
		const broken = OUTLINE_YAML.replace('  replicas: 3', '  replicas: 3: 4');
		const result = parseManifestText(broken);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.line).toBe(8);
		expect(result.error.column).toBeGreaterThan(1);
		expect(result.error.message.length).toBeGreaterThan(0);
		expect(formatYamlError('nginx-deployment.yaml', result.error)).toBe(
			`error: error parsing nginx-deployment.yaml: error converting YAML to JSON: yaml: line 8: ${result.error.message}`,
		);
	});

	it('reports bad indentation and duplicate keys on their lines', () => {
		const badIndent = parseManifestText('spec:\n  replicas: 3\n selector: x\n');
		expect(badIndent).toMatchObject({ ok: false, error: { line: 3 } });
		const duplicate = parseManifestText('kind: Deployment\nkind: Pod\n');
		expect(duplicate).toMatchObject({ ok: false, error: { line: 2 } });
		if (!duplicate.ok) expect(duplicate.error.message).toMatch(/unique/i);
	});

	it('gives null for empty text, which validation then rejects', () => {
		const { value, fields } = parseOk('');
		expect(value).toBeNull();
		expect(fields).toEqual([]);
		expect(validateManifest(value)[0]?.field).toBe('<root>');
	});
});

describe('pointing field errors at lines', () => {
	const { paths } = parseOk(OUTLINE_YAML);

	it('finds the exact field, or its closest written parent', () => {
		expect(findFieldLine(paths, 'spec.replicas')).toBe(8);
		expect(findFieldLine(paths, 'spec.template.metadata.labels')).toBe(14);
		expect(findFieldLine(paths, 'spec.template.spec.containers[0].image')).toBe(19);
		expect(findFieldLine(paths, 'spec.strategy.rollingUpdate.maxSurge')).toBe(7);
		expect(findFieldLine(paths, 'spec.template.spec.containers[0].resources.requests.cpu')).toBe(18);
		expect(findFieldLine(paths, '<root>')).toBeUndefined();
		expect(findFieldLine([], 'spec')).toBeUndefined();
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('a template label that no longer matches the selector is an error on spec.template.metadata.labels', () => {
		const { value, paths: changed } = parseOk(OUTLINE_YAML.replace('      labels:\n        app: nginx', '      labels:\n        app: web'));
		const errors = validateManifest(value);
		expect(errors).toEqual([expect.objectContaining({ field: 'spec.template.metadata.labels', detail: '`selector` does not match template `labels`' })]);
		expect(findFieldLine(changed, errors[0]!.field)).toBe(14);
	});

	it('negative replicas are an error on spec.replicas', () => {
		const { value } = parseOk(OUTLINE_YAML.replace('replicas: 3', 'replicas: -1'));
		expect(validateManifest(value)).toEqual([expect.objectContaining({ field: 'spec.replicas', detail: 'must be greater than or equal to 0' })]);
	});
});

describe('getFieldHelpKey', () => {
	it('collapses list indexes and keys inside label maps', () => {
		expect(getFieldHelpKey('spec.replicas')).toBe('spec.replicas');
		expect(getFieldHelpKey('spec.template.spec.containers[0].ports[0].containerPort')).toBe('spec.template.spec.containers[].ports[].containerPort');
		expect(getFieldHelpKey('metadata.labels.app')).toBe('metadata.labels.*');
		expect(getFieldHelpKey('metadata.labels.app.kubernetes.io/name')).toBe('metadata.labels.*');
		expect(getFieldHelpKey('spec.selector.matchLabels.tier')).toBe('spec.selector.matchLabels.*');
		expect(getFieldHelpKey('spec.template.metadata.labels.app')).toBe('spec.template.metadata.labels.*');
		expect(getFieldHelpKey('spec.template.metadata.labels')).toBe('spec.template.metadata.labels');
	});
});

describe('loadManifestParser', () => {
	it('loads the same parser on demand', async () => {
		const parser = await loadManifestParser();
		expect(parser.parseManifestText).toBe(parseManifestText);
	});
});

describe('applying the parsed manifest', () => {
	function applyText(cluster: Cluster, text: string): Cluster {
		return step(cluster, { type: 'apply', manifest: parseOk(text).value });
	}

	it('replicas 5 -> one ReplicaSet with 5 Running Pods, shown by kubectl get deploy,rs,pods', () => {
		let c = applyText(createDemoCluster(), OUTLINE_YAML.replace('replicas: 3', 'replicas: 5'));
		expect(c.lastResult?.output).toBe('deployment.apps/nginx-deployment created');
		c = runUntilSettled(c);
		const tree = getDeploymentTree(c, 'nginx-deployment')!;
		expect(tree.replicaSets).toHaveLength(1);
		expect(tree.replicaSets[0]!.pods.map((p) => p.status)).toEqual(Array(5).fill('Running'));
		const out = formatGetMany(c, ['deployments', 'replicasets', 'pods']);
		const [deploy, rs, pods] = out.split('\n\n');
		expect(deploy).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\ndeployment\.apps\/nginx-deployment +5\/5 +5 +5 +\d+s$/);
		expect(rs).toMatch(new RegExp(`replicaset\\.apps/${tree.replicaSets[0]!.name} +5 +5 +5 `));
		expect(pods?.split('\n').filter((l) => l.startsWith('pod/nginx-deployment-'))).toHaveLength(5);
		expect(applyText(c, OUTLINE_YAML.replace('replicas: 3', 'replicas: 5')).lastResult?.output).toBe('deployment.apps/nginx-deployment unchanged');
		expect(applyText(c, OUTLINE_YAML).lastResult?.output).toBe('deployment.apps/nginx-deployment configured');
	});

	it('lists nothing before anything is applied, and Services when asked', () => {
		expect(formatGetMany(createDemoCluster(), ['deployments', 'replicasets', 'pods'])).toBe('No resources found in default namespace.');
		const c = run(createDemoCluster(), { type: 'apply', manifest: nginxService() });
		expect(formatGetMany(c, ['deployments', 'services'])).toMatch(/^NAME +TYPE +CLUSTER-IP.*\nservice\/my-service +ClusterIP /);
	});
});
