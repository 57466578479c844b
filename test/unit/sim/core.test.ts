import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createDemoCluster,
	formatCpu,
	formatMemory,
	isImagePullable,
	parseCpu,
	parseMemory,
	runUntilSettled,
	step,
	stepAll,
	type Cluster,
	type ClusterAction,
} from '../../../src/sim/index.ts';
import { computeHash, encodeSafe, hashFnv32a, stringifyCanonical } from '../../../src/sim/core/hash.ts';
import { parseImage } from '../../../src/sim/core/images.ts';
import { createRng, nextRandom } from '../../../src/sim/core/random.ts';
import { fluentdDaemonSet, nginxDeployment, nginxService, webStatefulSet } from './fixtures.ts';

const scenario: ClusterAction[] = [
	{ type: 'apply', manifest: nginxDeployment() },
	{ type: 'apply', manifest: nginxService({ type: 'NodePort' }) },
	{ type: 'apply', manifest: webStatefulSet() },
	{ type: 'apply', manifest: fluentdDaemonSet(true) },
	...Array.from({ length: 8 }, () => ({ type: 'tick' }) as const),
	{ type: 'setImage', kind: 'Deployment', name: 'nginx-deployment', container: 'nginx', image: 'nginx:1.16.1' },
	...Array.from({ length: 8 }, () => ({ type: 'tick' }) as const),
];

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

describe('determinism and purity', () => {
	it('the same seed and events give the same cluster', () => {
		const a = stepAll(createDemoCluster({ seed: 42 }), scenario);
		const b = stepAll(createDemoCluster({ seed: 42 }), scenario);
		expect(a).toEqual(b);
		const other = stepAll(createDemoCluster({ seed: 43 }), scenario);
		expect(other.pods.map((p) => p.name)).not.toEqual(a.pods.map((p) => p.name));
		// Only randomness differs: the template hash is derived from the template.
		expect(other.replicaSets.map((r) => r.name)).toEqual(a.replicaSets.map((r) => r.name));
	});

	it('step never changes its input and the result is plain JSON data', () => {
		let c: Cluster = deepFreeze(createDemoCluster());
		for (const action of scenario) {
			const snapshot = JSON.stringify(c);
			const next = step(c, action);
			expect(JSON.stringify(c)).toBe(snapshot);
			c = deepFreeze(next);
		}
		expect(JSON.parse(JSON.stringify(c))).toEqual(c);
	});

	it('runUntilSettled stops when a tick changes nothing', () => {
		const c = runUntilSettled(step(createDemoCluster(), { type: 'apply', manifest: nginxDeployment() }));
		expect(c.pods.filter((p) => p.ready)).toHaveLength(3);
		expect(c.time).toBeLessThan(100);
		expect(step(c, { type: 'tick', seconds: 0 })).toBe(c);
		expect(runUntilSettled(c, 1).time).toBe(c.time + 10);
	});

	it('the event log is capped and keeps its sequence numbers', () => {
		let c = step(createDemoCluster(), { type: 'apply', manifest: nginxDeployment({ replicas: 20 }) });
		for (let i = 0; i < 30; i++) c = step(c, { type: 'tick' });
		expect(c.events.length).toBeLessThanOrEqual(200);
		expect(c.events.at(-1)!.seq).toBe(c.eventSeq);
	});
});

describe('random and hash', () => {
	it('mulberry32 gives floats in [0, 1) and repeats from the same state', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const a = nextRandom(seed);
				expect(a.value).toBeGreaterThanOrEqual(0);
				expect(a.value).toBeLessThan(1);
				expect(nextRandom(seed)).toEqual(a);
			}),
			{ numRuns: 100 },
		);
		const rng = createRng(7);
		expect(rng.suffix(5)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
		const n = rng.int(3, 5);
		expect(n).toBeGreaterThanOrEqual(3);
		expect(n).toBeLessThanOrEqual(5);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('hashes are stable, key-order independent and rendered like pod-template-hash', () => {
		expect(hashFnv32a('')).toBe(0x811c9dc5);
		expect(hashFnv32a('a')).toBe(0xe40c292c);
		expect(encodeSafe('0123456789')).toBe('456789bcdf');
		expect(stringifyCanonical({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
		expect(computeHash({ a: 1, b: 2 })).toBe(computeHash({ b: 2, a: 1 }));
		expect(computeHash({ a: 1 })).not.toBe(computeHash({ a: 2 }));
	});
});

// Source: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
describe('quantities', () => {
	it('parses CPU to millicores', () => {
		expect(parseCpu('100m')).toBe(100);
		expect(parseCpu('0.1')).toBe(100);
		expect(parseCpu(0.5)).toBe(500);
		expect(parseCpu('2')).toBe(2000);
		expect(parseCpu('1e-3')).toBe(1);
		expect(parseCpu('abc')).toBeUndefined();
		expect(parseCpu(Number.NaN)).toBeUndefined();
	});

	it('parses memory with decimal and binary suffixes', () => {
		expect(parseMemory('128Mi')).toBe(134217728);
		expect(parseMemory('1Gi')).toBe(2 ** 30);
		expect(parseMemory('129M')).toBe(129e6);
		expect(parseMemory('1k')).toBe(1000);
		expect(parseMemory('400m')).toBe(1);
		expect(parseMemory('5Xi')).toBeUndefined();
		expect(parseMemory('1..2')).toBeUndefined();
	});

	it('formats quantities back', () => {
		expect(formatCpu(1500)).toBe('1500m');
		expect(formatCpu(2000)).toBe('2');
		expect(formatMemory(4 * 2 ** 30)).toBe('4Gi');
		expect(formatMemory(1000)).toBe('1k');
	});
});

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
describe('images', () => {
	it('pulls real nginx tags and fails the 1.161 typo', () => {
		const cluster = { unpullableImages: ['example.com/app:broken'] };
		expect(isImagePullable(cluster, 'nginx:1.14.2')).toBe(true);
		expect(isImagePullable(cluster, 'nginx:1.16.1')).toBe(true);
		expect(isImagePullable(cluster, 'nginx')).toBe(true);
		expect(isImagePullable(cluster, 'docker.io/library/nginx:1.25-alpine')).toBe(true);
		expect(isImagePullable(cluster, 'nginx:1.161')).toBe(false);
		expect(isImagePullable(cluster, 'nginx@sha256:abc')).toBe(true);
		expect(isImagePullable(cluster, 'example.com/app:broken')).toBe(false);
		expect(isImagePullable(cluster, 'example.com/app:v1')).toBe(true);
		expect(parseImage('localhost:5000/team/app')).toEqual({ repository: 'localhost:5000/team/app', tag: 'latest' });
		expect(parseImage('docker.io/bitnami/redis:7.2')).toEqual({ repository: 'bitnami/redis', tag: '7.2' });
	});
});
