/**
 * The ReplicaSlider scenario, pure: a ReplicaSet `nginx` (label app: nginx, nginx:1.14.2)
 * on the demo cluster (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/),
 * the reducer for what a learner does (`kubectl scale`, `kubectl delete pod`, one control-loop
 * tick), the status sentence, the YAML line to mark, and `frameOf`, what the island draws. This
 * is the widget's engine, loaded on the learner's first reach; the constants and the URL parameter
 * `replicaset.replicas` live in frame.ts, which the island imports without it.
 */
import type { strings } from '../../i18n/replica-slider';
import {
	countReplicas,
	createDemoCluster,
	formatReplicaSetYaml,
	getPodsTable,
	getReplicaSetsTable,
	groupPodsByNode,
	runUntilSettled,
	step,
	TICK_SECONDS,
	toAgedTable,
	type Cluster,
	type FieldLine,
	type Pod,
	type ReplicaCounts,
	type ReplicaSetManifest,
} from '../../sim/index';
import { FIRST_REPLICAS, REPLICASET_NAME, clampReplicas, type PodChip, type ReplicaFrame } from './frame';

/** The strings the sentences are built from. */
export type ReplicaSliderStrings = (typeof strings)['ko'];

/** Seed of the scenario: the server render and the first client render build the same cluster. */
export const SEED = 3;

/** The scenario's ReplicaSet manifest with `replicas` Pods. */
export function buildNginxReplicaSetManifest(replicas = FIRST_REPLICAS): ReplicaSetManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: { name: REPLICASET_NAME, labels: { app: 'nginx' } },
		spec: {
			replicas,
			selector: { matchLabels: { app: 'nginx' } },
			template: {
				metadata: { labels: { app: 'nginx' } },
				spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
			},
		},
	};
}

/** The demo cluster with the ReplicaSet applied and all its Pods Running. */
export function createReplicaSetDemo(options: { readonly seed?: number; readonly replicas?: number } = {}): Cluster {
	const cluster = createDemoCluster({ seed: options.seed ?? SEED });
	return runUntilSettled(step(cluster, { type: 'apply', manifest: buildNginxReplicaSetManifest(options.replicas ?? FIRST_REPLICAS) }));
}

/** What a learner can do. */
export type ReplicaAction = { type: 'scale'; replicas: number } | { type: 'deletePod'; name: string } | { type: 'tick' };

/** The reducer: `kubectl scale`, `kubectl delete pod` or one round of the control loops. */
export function reduceReplicas(cluster: Cluster, action: ReplicaAction): Cluster {
	switch (action.type) {
		case 'scale':
			return step(cluster, { type: 'scale', kind: 'ReplicaSet', name: REPLICASET_NAME, replicas: clampReplicas(action.replicas) });
		case 'deletePod':
			return step(cluster, { type: 'deletePod', name: action.name });
		case 'tick':
			return step(cluster, { type: 'tick' });
	}
}

/** The sentence the live region reads: counts, Pods still terminating, and whether it is in sync. */
export function describeCounts(t: ReplicaSliderStrings, counts: ReplicaCounts): string {
	return [
		t.counts(counts.desired, counts.current, counts.ready),
		counts.terminating > 0 ? t.terminating(counts.terminating) : '',
		counts.settled ? t.settled : t.reconciling,
	]
		.filter(Boolean)
		.join(' ');
}

/** The YAML line of `spec.replicas`, to mark. */
export function markedLines(fields: readonly FieldLine[]): number[] {
	return fields.filter((f) => f.path === 'spec.replicas').map((f) => f.line);
}

/** The page's first state: the settled 3-replica cluster, `ticks` control-loop rounds on (the rounds the island's clock counted before the engine loaded). */
export function createInitialState(ticks = 0): Cluster {
	const cluster = createReplicaSetDemo();
	// A settled cluster has nothing to reconcile, so one round over the whole span equals `ticks`
	// rounds (model tests check it) and costs the same after an hour as after a second.
	return ticks > 0 ? step(cluster, { type: 'tick', seconds: ticks * TICK_SECONDS }) : cluster;
}

function chip(pod: Pod): PodChip {
	return { uid: pod.uid, name: pod.name, status: pod.status, deleting: pod.deleting };
}

function bornOf(objects: readonly { readonly name: string; readonly createdAt: number }[], rows: readonly (readonly string[])[]): number[] {
	return rows.map((row) => objects.find((o) => o.name === row[0])?.createdAt ?? 0);
}

/** Everything the island draws for a cluster, as plain data (the build-time first frame is one). */
export function frameOf(t: ReplicaSliderStrings, cluster: Cluster): ReplicaFrame {
	const rs = cluster.replicaSets.find((r) => r.name === REPLICASET_NAME)!;
	const counts = countReplicas(cluster, REPLICASET_NAME)!;
	const placement = groupPodsByNode(cluster, REPLICASET_NAME);
	const yaml = formatReplicaSetYaml(rs);
	const rsTable = getReplicaSetsTable(cluster);
	const podsTable = getPodsTable(cluster);
	return {
		time: cluster.time,
		replicas: rs.spec.replicas,
		counts: { ...counts },
		status: describeCounts(t, counts),
		lanes: {
			unscheduled: placement.unscheduled.map(chip),
			nodes: placement.nodes.map((n) => ({ name: n.name, ip: n.ip, controlPlane: n.controlPlane, pods: n.pods.map(chip) })),
		},
		yaml: yaml.text,
		marked: markedLines(yaml.fields),
		rsTable: toAgedTable(rsTable, bornOf(cluster.replicaSets, rsTable.rows)),
		podsTable: toAgedTable(podsTable, bornOf(cluster.pods, podsTable.rows)),
	};
}

/** The frame the page is built with. */
export function firstFrame(t: ReplicaSliderStrings): ReplicaFrame {
	return frameOf(t, createInitialState());
}
