/** Helpers shared by the Deployment controller, rollback and kubectl views. */
import { DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, POD_TEMPLATE_HASH_LABEL, REVISION_ANNOTATION } from './constants.ts';
import { computeHash, stringifyCanonical } from './hash.ts';
import { resolveRollingBounds, type RollingBounds } from './rolling.ts';
import type { Deployment, PodTemplate, ReplicaSet } from './types.ts';

/** The template without the pod-template-hash label (what the hash and equality look at). */
export function stripTemplateHash(template: PodTemplate): PodTemplate {
	const { [POD_TEMPLATE_HASH_LABEL]: _hash, ...labels } = template.metadata.labels;
	return { ...template, metadata: { ...template.metadata, labels } };
}

/** pod-template-hash of a Pod template (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), e.g. `75675f5897`. */
export function computeTemplateHash(template: PodTemplate): string {
	return computeHash(stripTemplateHash(template));
}

/** Whether two templates are equal ignoring pod-template-hash (EqualIgnoreHash). */
export function equalIgnoreHash(a: PodTemplate, b: PodTemplate): boolean {
	return stringifyCanonical(stripTemplateHash(a)) === stringifyCanonical(stripTemplateHash(b));
}

/** Revision number of a ReplicaSet from its annotation (kubernetes/kubernetes pkg/controller/deployment/sync.go); 0 if absent. */
export function getRevision(rs: Pick<ReplicaSet, 'annotations'>): number {
	const value = Number(rs.annotations[REVISION_ANNOTATION]);
	return Number.isInteger(value) ? value : 0;
}

/** ReplicaSets the Deployment owns, oldest first. */
export function getDeploymentReplicaSets<R extends ReplicaSet>(replicaSets: readonly R[], d: Deployment): R[] {
	return replicaSets.filter((rs) => rs.owner?.uid === d.uid).sort((a, b) => a.createdAt - b.createdAt || (a.name < b.name ? -1 : 1));
}

/** The ReplicaSet whose template matches the Deployment's (FindNewReplicaSet). */
export function findNewReplicaSet<R extends ReplicaSet>(replicaSets: readonly R[], d: Deployment): R | undefined {
	return getDeploymentReplicaSets(replicaSets, d).find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
}

/** Rollout bounds of a Deployment; Recreate has no surge and no unavailability budget. */
export function getDeploymentBounds(d: Deployment): RollingBounds {
	if (d.spec.strategy.type !== 'RollingUpdate') {
		return { surge: 0, unavailable: 0, maxTotal: d.spec.replicas, minAvailable: d.spec.replicas };
	}
	const { maxSurge, maxUnavailable } = d.spec.strategy.rollingUpdate;
	return resolveRollingBounds(d.spec.replicas, maxSurge, maxUnavailable);
}

/** Read an integer annotation of a ReplicaSet, if present. */
export function getIntAnnotation(rs: ReplicaSet, key: typeof DESIRED_REPLICAS_ANNOTATION | typeof MAX_REPLICAS_ANNOTATION): number | undefined {
	const raw = rs.annotations[key];
	if (raw === undefined) return undefined;
	const value = Number(raw);
	return Number.isInteger(value) ? value : undefined;
}

/** Sum of `spec.replicas` over ReplicaSets. */
export function sumSpecReplicas(replicaSets: readonly ReplicaSet[]): number {
	return replicaSets.reduce((sum, rs) => sum + rs.spec.replicas, 0);
}

/** Whether the Deployment's latest rollout is complete (DeploymentComplete). */
export function isDeploymentComplete(d: Deployment): boolean {
	const s = d.status;
	return (
		s.updatedReplicas === d.spec.replicas &&
		s.replicas === d.spec.replicas &&
		s.availableReplicas === d.spec.replicas &&
		s.observedGeneration >= d.generation
	);
}
