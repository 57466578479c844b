/**
 * Deployment status and conditions (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/): replica counts summed from its
 * ReplicaSets, Available (at least replicas - maxUnavailable available) and
 * Progressing, which turns False with ProgressDeadlineExceeded when no progress was
 * seen for progressDeadlineSeconds. Nothing rolls back by itself (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
 */
import { findNewReplicaSet, getDeploymentBounds, getDeploymentReplicaSets, isDeploymentComplete } from './deployment-util.ts';
import { cloneData, type Draft, type StepContext } from './draft.ts';
import type { Condition, Deployment, DeploymentStatus } from './types.ts';

/** Reason of a Progressing=False condition after the deadline (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export const PROGRESS_DEADLINE_EXCEEDED = 'ProgressDeadlineExceeded';

/** Reason of Progressing=True once the new ReplicaSet is fully available. */
export const NEW_RS_AVAILABLE = 'NewReplicaSetAvailable';

/** Replace (or add) a condition, keeping lastTransitionTime when the status does not change. */
function setCondition(d: Draft<Deployment>, condition: Condition): void {
	const index = d.status.conditions.findIndex((c) => c.type === condition.type);
	const current = d.status.conditions[index];
	const next = current && current.status === condition.status ? { ...condition, lastTransitionTime: current.lastTransitionTime } : condition;
	if (index >= 0) d.status.conditions[index] = next;
	else d.status.conditions.push(next);
}

/** Set the Progressing condition with lastUpdateTime = now (a sign of progress). */
export function setProgressingCondition(d: Draft<Deployment>, now: number, status: Condition['status'], reason: string, message: string): void {
	setCondition(d, { type: 'Progressing', status, reason, message, lastUpdateTime: now, lastTransitionTime: now });
}

/** Look up a condition of a Deployment by type. */
export function getCondition(d: Deployment, type: 'Available' | 'Progressing'): Condition | undefined {
	return d.status.conditions.find((c) => c.type === type);
}

/** Recompute every Deployment's status from its ReplicaSets (after the ReplicaSet controller ran). */
export function refreshDeploymentStatuses(ctx: StepContext): void {
	for (const d of ctx.c.deployments) refreshDeploymentStatus(ctx, d);
}

function refreshDeploymentStatus(ctx: StepContext, d: Draft<Deployment>): void {
	const now = ctx.c.time;
	const rsList = getDeploymentReplicaSets(ctx.c.replicaSets, d);
	const newRS = findNewReplicaSet(rsList, d);
	const old: DeploymentStatus = cloneData(d.status);
	const sum = (pick: (s: (typeof rsList)[number]['status']) => number): number => rsList.reduce((total, rs) => total + pick(rs.status), 0);
	const available = sum((s) => s.availableReplicas);
	d.status.observedGeneration = d.generation;
	d.status.replicas = sum((s) => s.replicas);
	d.status.updatedReplicas = newRS?.status.replicas ?? 0;
	d.status.readyReplicas = sum((s) => s.readyReplicas);
	d.status.availableReplicas = available;
	d.status.unavailableReplicas = Math.max(0, d.spec.replicas - available);

	const minAvailable = d.spec.replicas - getDeploymentBounds(d).unavailable;
	const isAvailable = available >= minAvailable;
	if (getCondition(d, 'Available')?.status !== (isAvailable ? 'True' : 'False')) {
		setCondition(d, {
			type: 'Available',
			status: isAvailable ? 'True' : 'False',
			reason: isAvailable ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
			message: isAvailable ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
			lastUpdateTime: now,
			lastTransitionTime: now,
		});
	}
	updateProgressing(d, old, now, newRS?.name);
}

function updateProgressing(d: Draft<Deployment>, old: DeploymentStatus, now: number, newRSName: string | undefined): void {
	const current = d.status.conditions.find((c) => c.type === 'Progressing');
	if (d.spec.paused) {
		if (current?.reason !== 'DeploymentPaused') setProgressingCondition(d, now, 'Unknown', 'DeploymentPaused', 'Deployment is paused');
		// The deadline is not checked while paused (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
		return;
	}
	if (current?.reason === 'DeploymentPaused') {
		setProgressingCondition(d, now, 'Unknown', 'DeploymentResumed', 'Deployment is resumed');
		return;
	}
	const s = d.status;
	if (s.replicas === s.updatedReplicas && current?.reason === NEW_RS_AVAILABLE) return;
	const subject = newRSName === undefined ? `Deployment "${d.name}"` : `ReplicaSet "${newRSName}"`;
	if (isDeploymentComplete(d)) {
		if (current?.reason !== NEW_RS_AVAILABLE) {
			setProgressingCondition(d, now, 'True', NEW_RS_AVAILABLE, `${subject} has successfully progressed.`);
		}
		return;
	}
	const progressed =
		s.updatedReplicas > old.updatedReplicas ||
		s.replicas - s.updatedReplicas < old.replicas - old.updatedReplicas ||
		s.readyReplicas > old.readyReplicas ||
		s.availableReplicas > old.availableReplicas;
	if (progressed) {
		setProgressingCondition(d, now, 'True', 'ReplicaSetUpdated', `${subject} is progressing.`);
		return;
	}
	if (!current || current.reason === NEW_RS_AVAILABLE || current.reason === PROGRESS_DEADLINE_EXCEEDED) return;
	if (current.lastUpdateTime + d.spec.progressDeadlineSeconds < now) {
		setProgressingCondition(d, now, 'False', PROGRESS_DEADLINE_EXCEEDED, `${subject} has timed out progressing.`);
	}
}
