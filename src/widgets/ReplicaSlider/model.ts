/**
 * The ReplicaSlider scenario, pure: a ReplicaSet `nginx` (label app: nginx, nginx:1.14.2)
 * on the demo cluster (https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/),
 * the reducer for what a learner does (`kubectl scale`, `kubectl delete pod`, one control-loop
 * tick), the status sentence, the YAML line to mark, and the URL parameter `replicaset.replicas`.
 */
import type { strings } from '../../i18n/replica-slider';
import { createDemoCluster, runUntilSettled, step, type Cluster, type FieldLine, type ReplicaCounts, type ReplicaSetManifest } from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The strings the sentences are built from. */
export type ReplicaSliderStrings = (typeof strings)['ko'];

/** Name of the scenario's ReplicaSet (its Pods are `nginx-<5 chars>`). */
export const REPLICASET_NAME = 'nginx';
/** The replica counts the slider offers: ten Pods still fit three worker lanes. */
export const REPLICA_RANGE = { min: 0, max: 10 } as const;
/** Replicas the page starts with. */
export const FIRST_REPLICAS = 3;
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

/** A requested replica count as the slider can set it: whole, within REPLICA_RANGE. */
export function clampReplicas(replicas: number): number {
	return Math.min(REPLICA_RANGE.max, Math.max(REPLICA_RANGE.min, Math.round(replicas)));
}

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

/** Prefix of the slider's URL parameters. */
export const URL_PREFIX = 'replicaset';

/** Decodes `replicaset.replicas` (clamped to REPLICA_RANGE). */
export function readUrlState(params: UrlParamSource): UrlRead<{ readonly replicas?: number }> {
	const reader = createUrlReader(params, URL_PREFIX);
	const replicas = reader.int('replicas', REPLICA_RANGE.min, REPLICA_RANGE.max);
	return { state: replicas === undefined ? {} : { replicas }, notes: reader.notes };
}

/** The URL parameters of the desired replicas; the first count is left out. */
export function writeUrlState(replicas: number): Record<string, string> {
	return writeParams(URL_PREFIX, { replicas: replicas === FIRST_REPLICAS ? undefined : replicas });
}
