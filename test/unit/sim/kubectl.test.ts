import { describe, expect, it } from 'vitest';
import {
	formatAge,
	printAgedTable,
	toAgedTable,
	formatTable,
	getDeploymentsTable,
	getNodesTable,
	getPodsTable,
	getReplicaSetsTable,
	getRolloutStatus,
	KUBERNETES_VERSION,
} from '../../../src/sim/index.ts';
import { nginxCluster, run, tick } from './fixtures.ts';

describe('kubectl views', () => {
	it('formats ages like HumanDuration', () => {
		const cases: [number, string][] = [
			[-5, '<invalid>'],
			[-1, '0s'],
			[0, '0s'],
			[45, '45s'],
			[119, '119s'],
			[120, '2m'],
			[150, '2m30s'],
			[600, '10m'],
			[179 * 60, '179m'],
			[3 * 3600, '3h'],
			[3 * 3600 + 20 * 60, '3h20m'],
			[10 * 3600, '10h'],
			[48 * 3600, '2d'],
			[52 * 3600, '2d4h'],
			[30 * 86400, '30d'],
			[3 * 365 * 86400, '3y'],
			[3 * 365 * 86400 + 86400, '3y1d'],
			[9 * 365 * 86400, '9y'],
		];
		for (const [seconds, text] of cases) expect([seconds, formatAge(seconds)]).toEqual([seconds, text]);
	});

	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('prints kubectl get deploy / rs / pods rows', () => {
		let c = nginxCluster();
		expect(getDeploymentsTable(c)).toEqual({
			columns: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
			rows: [['nginx-deployment', '3/3', '3', '3', '30s']],
		});
		const rs = c.replicaSets[0]!.name;
		expect(getReplicaSetsTable(c).rows).toEqual([[rs, '3', '3', '3', '20s']]);
		c = tick(run(c, { type: 'scale', kind: 'Deployment', name: 'nginx-deployment', replicas: 5 }));
		expect(getDeploymentsTable(c).rows[0]!.slice(0, 4)).toEqual(['nginx-deployment', '3/5', '5', '3']);
		expect(getReplicaSetsTable(c).rows[0]!.slice(1, 4)).toEqual(['5', '5', '3']);
		const pods = getPodsTable(c);
		expect(pods.columns).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
		expect(pods.rows.map((r) => r.slice(1, 4)).sort()).toEqual([
			['0/1', 'Pending', '0'],
			['0/1', 'Pending', '0'],
			['1/1', 'Running', '0'],
			['1/1', 'Running', '0'],
			['1/1', 'Running', '0'],
		]);
		const wide = getPodsTable(c, { wide: true });
		expect(wide.columns.slice(5)).toEqual(['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES']);
		expect(wide.rows.filter((r) => r[5] === '<none>' && r[6] === '<none>')).toHaveLength(2);
		expect(getRolloutStatus(c, 'nginx-deployment').message).toBe(
			'Waiting for deployment "nginx-deployment" rollout to finish: 3 of 5 updated replicas are available...',
		);
	});

	// Source: https://kubernetes.io/blog/_posts/2026/kubernetes-v1-37-release/
	it('prints nodes with roles and the current version', () => {
		const table = getNodesTable(run(nginxCluster(), { type: 'setNodeReady', name: 'worker-3', ready: false }));
		expect(table.rows.map((r) => r.slice(0, 3))).toEqual([
			['control-plane', 'Ready', 'control-plane'],
			['worker-1', 'Ready', '<none>'],
			['worker-2', 'Ready', '<none>'],
			['worker-3', 'NotReady', '<none>'],
		]);
		expect(table.rows[0]![4]).toBe(KUBERNETES_VERSION);
	});

	it('pads columns with three spaces like kubectl', () => {
		expect(
			formatTable({
				columns: ['NAME', 'READY'],
				rows: [
					['a-long-name', '1/1'],
					['b', '0/1'],
				],
			}),
		).toBe('NAME          READY\na-long-name   1/1\nb             0/1');
	});
});

describe('aged tables (a table printed at a later clock)', () => {
	it("prints what kubectl prints at the table's own time, and the AGE column at any later one", () => {
		const c = tick(nginxCluster(), 3);
		const table = getPodsTable(c, { wide: true });
		const aged = toAgedTable(
			table,
			table.rows.map((row) => c.pods.find((p) => p.name === row[0])!.createdAt),
		);
		expect(aged.rows.every((row) => row[4] === '')).toBe(true);
		expect(printAgedTable(aged, c.time)).toBe(formatTable(table));
		const later = tick(c, 12);
		expect(printAgedTable(aged, later.time)).toBe(formatTable(getPodsTable(later, { wide: true })));
		expect(printAgedTable(toAgedTable({ columns: ['NAME', 'AGE'], rows: [] }, []), 0)).toBe('No resources found in default namespace.');
	});
});
