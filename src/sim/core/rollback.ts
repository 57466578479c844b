/**
 * `kubectl rollout undo` and `rollout history` for Deployments (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). Undo is done
 * client-side as in apps/v1: copy the target ReplicaSet's template (minus
 * pod-template-hash) and change-cause back into the Deployment; the controller then
 * reuses that ReplicaSet and gives it revision max+1 (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). No DeploymentRollback
 * event is recorded (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
 */
import { CHANGE_CAUSE_ANNOTATION, POD_TEMPLATE_HASH_LABEL, REVISION_HISTORY_ANNOTATION } from './constants.ts';
import { equalIgnoreHash, getDeploymentReplicaSets, getRevision } from './deployment-util.ts';
import { cloneData, type Draft, type StepContext } from './draft.ts';
import type { Cluster, CommandResult, ReplicaSet } from './types.ts';

/** One line of `kubectl rollout history`. */
export interface RolloutRevision {
	readonly revision: number;
	/** From the `kubernetes.io/change-cause` annotation, `<none>` if missing (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly changeCause: string;
	readonly replicaSet: string;
	/** Earlier numbers this ReplicaSet had before a rollback reused it (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly previousRevisions: readonly number[];
}

/** Revisions of a Deployment, oldest first; undefined if there is no such Deployment. */
export function getRolloutHistory(cluster: Pick<Cluster, 'deployments' | 'replicaSets'>, name: string): RolloutRevision[] | undefined {
	const d = cluster.deployments.find((x) => x.name === name);
	if (!d) return undefined;
	return getDeploymentReplicaSets(cluster.replicaSets, d)
		.map((rs) => ({
			revision: getRevision(rs),
			changeCause: rs.annotations[CHANGE_CAUSE_ANNOTATION] ?? '<none>',
			replicaSet: rs.name,
			previousRevisions: (rs.annotations[REVISION_HISTORY_ANNOTATION] ?? '').split(',').filter(Boolean).map(Number),
		}))
		.filter((r) => r.revision > 0)
		.sort((a, b) => a.revision - b.revision);
}

function failure(output: string): CommandResult {
	return { ok: false, output, errors: [] };
}

/** Pick the ReplicaSet to roll back to: the given revision, or the one before the latest. */
function findTarget<R extends ReplicaSet>(replicaSets: readonly R[], toRevision: number): R | string {
	const byRevision = [...replicaSets].filter((rs) => getRevision(rs) > 0).sort((a, b) => getRevision(b) - getRevision(a));
	if (toRevision > 0) return byRevision.find((rs) => getRevision(rs) === toRevision) ?? `error: unable to find specified revision ${toRevision} in history`;
	return byRevision[1] ?? '';
}

/** Roll a Deployment back inside a step; returns kubectl's output. */
export function rollbackDeployment(ctx: StepContext, name: string, toRevision = 0): CommandResult {
	const d = ctx.c.deployments.find((x) => x.name === name);
	if (!d) return failure(`Error from server (NotFound): deployments.apps "${name}" not found`);
	if (!Number.isInteger(toRevision) || toRevision < 0) return failure(`error: unable to find specified revision ${toRevision} in history`);
	if (d.spec.paused) {
		return failure("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
	}
	const target = findTarget(getDeploymentReplicaSets(ctx.c.replicaSets, d), toRevision);
	if (typeof target === 'string') return failure(target || `error: no rollout history found for deployment "${name}"`);
	const prefix = `deployment.apps/${name}`;
	if (equalIgnoreHash(target.spec.template, d.spec.template)) {
		return { ok: true, output: `${prefix} skipped rollback (current template already matches revision ${getRevision(target)})` };
	}
	const { [POD_TEMPLATE_HASH_LABEL]: _hash, ...labels } = target.spec.template.metadata.labels;
	d.spec.template = cloneData({ ...target.spec.template, metadata: { ...target.spec.template.metadata, labels } }) as Draft<typeof d.spec.template>;
	const cause = target.annotations[CHANGE_CAUSE_ANNOTATION];
	if (cause === undefined) delete d.annotations[CHANGE_CAUSE_ANNOTATION];
	else d.annotations[CHANGE_CAUSE_ANNOTATION] = cause;
	d.generation += 1;
	return { ok: true, output: `${prefix} rolled back` };
}
