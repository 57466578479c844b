// The ManifestExplorer scenario headless: apply the page's nginx-deployment.yaml, then the
// edits a learner tries, and check what the terminal and the problem box would show
// against kubectl's own wording (issue #15 item 10).
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/manifest-explorer.ts';
import { NGINX_DEPLOYMENT_YAML, createDemoCluster, loadManifestParser, step, type Cluster } from '../../../src/sim/index.ts';
import {
	APPLY_COMMAND,
	MANIFEST_LINES,
	MAX_REPLICAS,
	SEED,
	applyParsed,
	countLivePods,
	getErrorLines,
	isClusterSettled,
	lineAt,
	readUrlState,
	writeUrlState,
} from '../../../src/widgets/ManifestExplorer/model.ts';

const parser = await loadManifestParser();
const apply = (text: string, cluster: Cluster = createDemoCluster({ seed: SEED })) => {
	const parsed = parser.parseManifestText(text);
	if (!parsed.ok) throw new Error(parsed.error.message);
	return applyParsed(cluster, parsed, strings.en.limitError);
};
const withReplicas = (value: string) => NGINX_DEPLOYMENT_YAML.replace('replicas: 3', `replicas: ${value}`);

describe('kubectl apply of the page manifest', () => {
	it('creates the Deployment', () => {
		const out = apply(NGINX_DEPLOYMENT_YAML);
		expect(out.problem).toBeNull();
		expect(out.commands).toEqual([{ command: APPLY_COMMAND, output: 'deployment.apps/nginx-deployment created' }]);
		expect(out.cluster.deployments.map((d) => d.name)).toEqual(['nginx-deployment']);
	});

	it('an empty file or only comments: kubectl says no objects were passed', () => {
		for (const text of ['', '# nothing here\n']) {
			const out = apply(text);
			expect(out.commands).toEqual([{ command: APPLY_COMMAND, output: 'error: no objects passed to apply' }]);
			expect(out.problem?.kind).toBe('kubectl');
			expect(out.cluster.deployments).toHaveLength(0);
		}
	});

	it('a kind typo: kubectl finds no mapping, worded as kubectl prints it, pointed at the kind line', () => {
		const out = apply(NGINX_DEPLOYMENT_YAML.replace('kind: Deployment', 'kind: Deploymnet'));
		expect(out.commands[0]?.output).toBe(
			'error: resource mapping not found for name: "nginx-deployment" namespace: "" from "nginx-deployment.yaml": no matches for kind "Deploymnet" in version "apps/v1"\nensure CRDs are installed first',
		);
		expect(getErrorLines(out.problem)).toEqual([NGINX_DEPLOYMENT_YAML.split('\n').indexOf('kind: Deployment') + 1]);
		const version = apply(NGINX_DEPLOYMENT_YAML.replace('apps/v1', 'apps/v2'));
		expect(version.commands[0]?.output).toMatch(/no matches for kind "Deployment" in version "apps\/v2"/);
	});

	it("replicas: abc is the API server's error; replicas: 21 then clears it from the terminal", () => {
		const bad = apply(withReplicas('abc'));
		expect(bad.problem?.kind).toBe('invalid');
		expect(bad.commands[0]?.output).toMatch(/spec.replicas/);
		expect(getErrorLines(bad.problem)).toHaveLength(1);
		const tooMany = apply(withReplicas(String(MAX_REPLICAS + 1)), bad.cluster);
		expect(tooMany.problem).toEqual({ kind: 'limit', line: bad.line, text: strings.en.limitError(MAX_REPLICAS) });
		expect(tooMany.commands).toEqual([]);
		const ok = apply(withReplicas(String(MAX_REPLICAS)));
		expect(ok.problem).toBeNull();
		expect(ok.cluster.deployments[0]?.spec.replicas).toBe(MAX_REPLICAS);
	});
});

describe('the chosen line in the URL', () => {
	const read = (q: string) => readUrlState(new URLSearchParams(q));

	it('reads manifest.line, clamps it to the manifest, ignores the rest', () => {
		expect(read('manifest.line=8')).toEqual({ state: { line: 8 }, notes: [] });
		expect(read('manifest.line=500').state).toEqual({ line: MANIFEST_LINES });
		expect(read('manifest.line=500').notes[0]).toMatchObject({ kind: 'clamped', used: String(MANIFEST_LINES) });
		expect(read('manifest.line=spec.replicas')).toMatchObject({ state: {}, notes: [{ key: 'manifest.line', kind: 'ignored' }] });
		expect(writeUrlState(1)).toEqual({});
		expect(writeUrlState(8)).toEqual({ 'manifest.line': '8' });
	});
});

describe('the ticks after an apply', () => {
	it('count live Pods and stop once every rollout has settled', () => {
		let cluster = apply(NGINX_DEPLOYMENT_YAML).cluster;
		expect(countLivePods(cluster)).toEqual({ running: 0, total: 0 });
		expect(isClusterSettled(cluster)).toBe(false);
		let ticks = 0;
		while (!isClusterSettled(cluster) && ticks < 20) {
			cluster = step(cluster, { type: 'tick' });
			ticks++;
		}
		expect(isClusterSettled(cluster)).toBe(true);
		expect(countLivePods(cluster)).toEqual({ running: 3, total: 3 });
		// A Pod being deleted is not counted: the ReplicaSet's replacement is.
		const victim = cluster.pods[0]!.name;
		cluster = step(cluster, { type: 'deletePod', name: victim });
		expect(countLivePods(cluster).total).toBe(2);
	});

	it('an empty cluster has nothing to wait for', () => {
		expect(isClusterSettled(createDemoCluster({ seed: SEED }))).toBe(true);
	});
});

describe('lineAt', () => {
	it('gives the 1-based line of a caret offset', () => {
		const text = 'a: 1\nb: 2\nc: 3';
		expect(lineAt(text, 0)).toBe(1);
		expect(lineAt(text, 4)).toBe(1);
		expect(lineAt(text, 5)).toBe(2);
		expect(lineAt(text, text.length)).toBe(3);
	});
});
