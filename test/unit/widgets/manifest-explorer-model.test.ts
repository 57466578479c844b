// The ManifestExplorer scenario headless: apply the page's nginx-deployment.yaml, then the
// edits a learner tries, and check what the terminal and the problem box would show
// against kubectl's own wording (issue #15 item 10).
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/manifest-explorer.ts';
import { NGINX_DEPLOYMENT_YAML, createDemoCluster, loadManifestParser, step, type Cluster } from '../../../src/sim/index.ts';
import {
	APPLY_COMMAND,
	FILE_NAME,
	GET_COMMAND,
	MANIFEST_LINES,
	MAX_REPLICAS,
	SEED,
	getErrorLines,
	lineAt,
	readUrlState,
	writeUrlState,
	type Frame,
} from '../../../src/widgets/ManifestExplorer/frame.ts';
import {
	AUTO_TICKS,
	applyParsed,
	countLivePods,
	createInitialState,
	firstFrame,
	frameOf,
	isClusterSettled,
	reduceExplorer,
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

describe('the engine state and its frame', () => {
	const t = strings.en;
	const parsedOk = (text: string) => {
		const parsed = parser.parseManifestText(text);
		if (!parsed.ok) throw new Error(parsed.error.message);
		return parsed;
	};
	const isPlainData = (frame: Frame) => {
		expect(structuredClone(frame)).toEqual(frame);
		expect(JSON.parse(JSON.stringify(frame))).toEqual(frame);
	};

	it('the first frame is the initial state: nothing applied, the empty `kubectl get`', () => {
		const first = firstFrame();
		expect(first).toEqual(frameOf(createInitialState()));
		expect(first.trees).toEqual([]);
		expect(first.problem).toBeNull();
		expect(first.time).toBe(0);
		expect(first.terminal).toEqual([{ command: GET_COMMAND, output: 'No resources found in default namespace.' }]);
		isPlainData(first);
	});

	it('an apply shows the command, the tree, and starts the ticks that run until the rollout settles', () => {
		let s = reduceExplorer(t, createInitialState(), { type: 'apply', parsed: parsedOk(NGINX_DEPLOYMENT_YAML) });
		expect(s.notice).toEqual({ message: 'deployment.apps/nginx-deployment created', edit: false });
		expect(s.autoTicks).toBe(AUTO_TICKS);
		let frame = frameOf(s);
		expect(frame.terminal[0]).toEqual({ command: APPLY_COMMAND, output: 'deployment.apps/nginx-deployment created' });
		expect(frame.terminal.at(-1)?.command).toBe(GET_COMMAND);
		expect(frame.trees.map((d) => d.name)).toEqual(['nginx-deployment']);
		isPlainData(frame);

		const applied = s;
		let ticks = 0;
		while (s.autoTicks > 0) {
			s = reduceExplorer(t, s, { type: 'tick', auto: true });
			ticks++;
		}
		expect(ticks).toBeLessThan(AUTO_TICKS);
		expect(isClusterSettled(s.cluster)).toBe(true);
		expect(s.notice).toEqual({ message: t.announceTick(3, 3), edit: false });
		frame = frameOf(s);
		expect(frame.time).toBeGreaterThan(frameOf(applied).time);
		expect(frame.trees[0]?.replicaSets[0]?.pods.map((p) => p.status)).toEqual(['Running', 'Running', 'Running']);
		expect(frame.terminal.at(-1)?.output).toContain('deployment.apps/nginx-deployment   3/3');
		isPlainData(frame);
		// A timer armed before the ticks stopped changes nothing.
		expect(reduceExplorer(t, s, { type: 'tick', auto: true })).toBe(s);
	});

	it('a manual tick stops the automatic ones; a tick that changes no Pod keeps the last notice', () => {
		const applied = reduceExplorer(t, createInitialState(), { type: 'apply', parsed: parsedOk(NGINX_DEPLOYMENT_YAML) });
		const ticked = reduceExplorer(t, applied, { type: 'tick', auto: false });
		expect(ticked.autoTicks).toBe(0);
		expect(ticked.cluster.time).toBeGreaterThan(applied.cluster.time);
		const idle = reduceExplorer(t, createInitialState(), { type: 'tick', auto: false });
		expect(idle.notice).toBeNull();
	});

	it('a rejected apply keeps the cluster, points at the line and asks for edit mode', () => {
		const start = createInitialState();
		const s = reduceExplorer(t, start, { type: 'apply', parsed: parsedOk(withReplicas('abc')) });
		expect(s.cluster).toBe(start.cluster);
		expect(s.problem?.kind).toBe('invalid');
		const line = NGINX_DEPLOYMENT_YAML.split('\n').findIndex((l) => l.includes('replicas: 3')) + 1;
		expect(s.notice).toMatchObject({ line, edit: true });
		expect(s.notice?.message.startsWith(t.invalidTitle)).toBe(true);
		const frame = frameOf(s);
		expect(getErrorLines(frame.problem)).toEqual([line]);
		isPlainData(frame);
	});

	it("a syntax error shows the parser's kubectl output and the line", () => {
		const parsed = parser.parseManifestText('kind: [\n');
		if (parsed.ok) throw new Error('must not parse');
		const output = parser.formatYamlError(FILE_NAME, parsed.error);
		const s = reduceExplorer(t, createInitialState(), { type: 'syntax', error: parsed.error, output });
		expect(s.problem).toMatchObject({ kind: 'syntax', line: parsed.error.line });
		expect(s.notice).toMatchObject({
			line: parsed.error.line,
			edit: true,
			message: `${t.syntaxTitle}. ${t.syntaxError(parsed.error.line, parsed.error.column, parsed.error.message)}`,
		});
		expect(frameOf(s).terminal[0]).toEqual({ command: APPLY_COMMAND, output });
	});
});
