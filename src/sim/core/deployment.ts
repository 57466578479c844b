/**
 * Deployment controller (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), one sync per Deployment per tick, following
 * pkg/controller/deployment: a scaling event or a paused Deployment only rescales
 * (proportionally, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/); otherwise RollingUpdate scales the new ReplicaSet up, then
 * the old ones down within maxSurge/maxUnavailable (kubernetes/kubernetes pkg/controller/deployment/rolling.go), or Recreate removes every
 * old Pod before creating new ones (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). Only a template change makes a new
 * ReplicaSet and revision (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/); reusing an old ReplicaSet raises it to max+1 (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
 */
import {
	CHANGE_CAUSE_ANNOTATION,
	DESIRED_REPLICAS_ANNOTATION,
	MAX_REPLICAS_ANNOTATION,
	POD_TEMPLATE_HASH_LABEL,
	REVISION_ANNOTATION,
	REVISION_HISTORY_ANNOTATION,
} from './constants.ts';
import {
	computeTemplateHash,
	findNewReplicaSet,
	getDeploymentBounds,
	getDeploymentReplicaSets,
	getIntAnnotation,
	getRevision,
	isDeploymentComplete,
	sumSpecReplicas,
} from './deployment-util.ts';
import { setProgressingCondition } from './deployment-status.ts';
import { cloneData, createUid, recordEvent, type Draft, type StepContext } from './draft.ts';
import { computeMaxScaledDown, computeNewReplicaSetSize } from './rolling.ts';
import type { Deployment, ReplicaSet } from './types.ts';

type DraftDeployment = Draft<Deployment>;
type DraftReplicaSet = Draft<ReplicaSet>;

/** One round of the Deployment controller for every Deployment. */
export function runDeploymentController(ctx: StepContext): void {
	for (const d of ctx.c.deployments) syncDeployment(ctx, d);
}

function syncDeployment(ctx: StepContext, d: DraftDeployment): void {
	const rsList = getDeploymentReplicaSets(ctx.c.replicaSets, d);
	if (d.spec.paused || isScalingEvent(d, rsList)) {
		const { newRS, oldRSs } = syncRevision(ctx, d, rsList, false);
		scaleProportionally(ctx, d, newRS, oldRSs);
		if (d.spec.paused) cleanupHistory(ctx, d, oldRSs);
		return;
	}
	if (d.spec.strategy.type === 'Recreate') rolloutRecreate(ctx, d, rsList);
	else rolloutRolling(ctx, d, rsList);
}

/** Whether the replica count changed since the active ReplicaSets were last scaled (isScalingEvent). */
function isScalingEvent(d: DraftDeployment, rsList: readonly DraftReplicaSet[]): boolean {
	const newRS = findNewReplicaSet(rsList, d);
	if (!newRS) return false;
	return rsList
		.filter((rs) => rs.spec.replicas > 0)
		.some((rs) => {
			const desired = getIntAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
			return desired !== undefined && desired !== d.spec.replicas;
		});
}

/**
 * Find (or create) the new ReplicaSet and keep revisions right: the new ReplicaSet's
 * revision is max(old revisions) + 1, which is how a rollback gets a new number (kubernetes/kubernetes pkg/controller/deployment/sync.go, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
 */
function syncRevision(
	ctx: StepContext,
	d: DraftDeployment,
	rsList: readonly DraftReplicaSet[],
	create: boolean,
): { newRS: DraftReplicaSet | undefined; oldRSs: DraftReplicaSet[] } {
	const existing = findNewReplicaSet(rsList, d);
	const oldRSs = rsList.filter((rs) => rs !== existing);
	const newRevision = Math.max(0, ...oldRSs.map(getRevision)) + 1;
	if (existing) {
		const oldRevision = existing.annotations[REVISION_ANNOTATION];
		if (getRevision(existing) < newRevision) {
			existing.annotations[REVISION_ANNOTATION] = String(newRevision);
			if (oldRevision !== undefined) {
				const history = existing.annotations[REVISION_HISTORY_ANNOTATION];
				existing.annotations[REVISION_HISTORY_ANNOTATION] = history ? `${history},${oldRevision}` : oldRevision;
			}
		}
		copyChangeCause(d, existing);
		d.annotations[REVISION_ANNOTATION] = existing.annotations[REVISION_ANNOTATION] ?? String(newRevision);
		if (!d.status.conditions.some((c) => c.type === 'Progressing')) {
			setProgressingCondition(d, ctx.c.time, 'True', 'FoundNewReplicaSet', `Found new replica set "${existing.name}"`);
		}
		return { newRS: existing, oldRSs };
	}
	if (!create) return { newRS: undefined, oldRSs };
	return { newRS: createNewReplicaSet(ctx, d, oldRSs, newRevision), oldRSs };
}

function copyChangeCause(d: DraftDeployment, rs: DraftReplicaSet): void {
	const cause = d.annotations[CHANGE_CAUSE_ANNOTATION];
	if (cause === undefined) delete rs.annotations[CHANGE_CAUSE_ANNOTATION];
	else rs.annotations[CHANGE_CAUSE_ANNOTATION] = cause;
}

function createNewReplicaSet(ctx: StepContext, d: DraftDeployment, oldRSs: readonly DraftReplicaSet[], revision: number): DraftReplicaSet {
	const hash = computeTemplateHash(d.spec.template);
	const bounds = getDeploymentBounds(d);
	const replicas = d.spec.strategy.type === 'Recreate' ? d.spec.replicas : computeNewReplicaSetSize(bounds, d.spec.replicas, sumSpecReplicas(oldRSs), 0);
	const labels = { ...d.spec.template.metadata.labels, [POD_TEMPLATE_HASH_LABEL]: hash };
	const rs: DraftReplicaSet = {
		name: `${d.name}-${hash}`,
		uid: createUid(ctx),
		createdAt: ctx.c.time,
		labels,
		annotations: {
			[REVISION_ANNOTATION]: String(revision),
			[DESIRED_REPLICAS_ANNOTATION]: String(d.spec.replicas),
			[MAX_REPLICAS_ANNOTATION]: String(d.spec.replicas + bounds.surge),
		},
		owner: { kind: 'Deployment', name: d.name, uid: d.uid },
		spec: {
			replicas,
			selector: { ...d.spec.selector, [POD_TEMPLATE_HASH_LABEL]: hash },
			template: cloneData({ ...d.spec.template, metadata: { ...d.spec.template.metadata, labels } }) as Draft<ReplicaSet['spec']['template']>,
			minReadySeconds: d.spec.minReadySeconds,
		},
		status: { replicas: 0, readyReplicas: 0, availableReplicas: 0 },
	};
	copyChangeCause(d, rs);
	ctx.c.replicaSets.push(rs);
	d.annotations[REVISION_ANNOTATION] = String(revision);
	if (replicas > 0) {
		recordEvent(ctx, 'Normal', 'ScalingReplicaSet', `deployment/${d.name}`, `Scaled up replica set ${rs.name} from 0 to ${replicas}`);
	}
	setProgressingCondition(d, ctx.c.time, 'True', 'NewReplicaSetCreated', `Created new replica set "${rs.name}"`);
	return rs;
}

/** Set a ReplicaSet's size and its desired/max-replicas annotations; true if the size changed. */
function scaleReplicaSet(ctx: StepContext, d: DraftDeployment, rs: DraftReplicaSet, size: number): boolean {
	const from = rs.spec.replicas;
	rs.annotations[DESIRED_REPLICAS_ANNOTATION] = String(d.spec.replicas);
	rs.annotations[MAX_REPLICAS_ANNOTATION] = String(d.spec.replicas + getDeploymentBounds(d).surge);
	if (from === size) return false;
	rs.spec.replicas = size;
	const direction = size > from ? 'up' : 'down';
	recordEvent(ctx, 'Normal', 'ScalingReplicaSet', `deployment/${d.name}`, `Scaled ${direction} replica set ${rs.name} from ${from} to ${size}`);
	return true;
}

function rolloutRolling(ctx: StepContext, d: DraftDeployment, rsList: readonly DraftReplicaSet[]): void {
	const { newRS, oldRSs } = syncRevision(ctx, d, rsList, true);
	if (!newRS) return;
	const allRSs = [...oldRSs, newRS];
	// Like the real controller, one sync either scales up or scales down, never both.
	if (reconcileNewReplicaSet(ctx, d, allRSs, newRS)) return;
	if (reconcileOldReplicaSets(ctx, d, allRSs, oldRSs, newRS)) return;
	if (isDeploymentComplete(d)) cleanupHistory(ctx, d, oldRSs);
}

function reconcileNewReplicaSet(ctx: StepContext, d: DraftDeployment, allRSs: readonly DraftReplicaSet[], newRS: DraftReplicaSet): boolean {
	if (newRS.spec.replicas === d.spec.replicas) return false;
	if (newRS.spec.replicas > d.spec.replicas) return scaleReplicaSet(ctx, d, newRS, d.spec.replicas);
	const size = computeNewReplicaSetSize(getDeploymentBounds(d), d.spec.replicas, sumSpecReplicas(allRSs), newRS.spec.replicas);
	return scaleReplicaSet(ctx, d, newRS, size);
}

function reconcileOldReplicaSets(
	ctx: StepContext,
	d: DraftDeployment,
	allRSs: readonly DraftReplicaSet[],
	oldRSs: readonly DraftReplicaSet[],
	newRS: DraftReplicaSet,
): boolean {
	if (sumSpecReplicas(oldRSs) === 0) return false;
	const bounds = getDeploymentBounds(d);
	const newUnavailable = newRS.spec.replicas - newRS.status.availableReplicas;
	const maxScaledDown = computeMaxScaledDown(bounds, sumSpecReplicas(allRSs), newUnavailable);
	if (maxScaledDown <= 0) return false;
	// Unhealthy old Pods go first: removing them costs no availability (cleanupUnhealthyReplicas).
	let cleaned = 0;
	for (const rs of oldRSs) {
		if (cleaned >= maxScaledDown) break;
		const unhealthy = rs.spec.replicas - rs.status.availableReplicas;
		if (rs.spec.replicas === 0 || unhealthy <= 0) continue;
		const count = Math.min(maxScaledDown - cleaned, unhealthy);
		scaleReplicaSet(ctx, d, rs, rs.spec.replicas - count);
		cleaned += count;
	}
	// Then healthy ones, only while more than minAvailable are available.
	const available = allRSs.reduce((sum, rs) => sum + rs.status.availableReplicas, 0);
	let scaledDown = 0;
	const budget = available - bounds.minAvailable;
	for (const rs of oldRSs) {
		if (scaledDown >= budget) break;
		if (rs.spec.replicas === 0) continue;
		const count = Math.min(rs.spec.replicas, budget - scaledDown);
		scaleReplicaSet(ctx, d, rs, rs.spec.replicas - count);
		scaledDown += count;
	}
	return cleaned + Math.max(0, scaledDown) > 0;
}

function rolloutRecreate(ctx: StepContext, d: DraftDeployment, rsList: readonly DraftReplicaSet[]): void {
	let { newRS, oldRSs } = syncRevision(ctx, d, rsList, false);
	let scaledDown = false;
	for (const rs of oldRSs) if (rs.spec.replicas > 0) scaledDown = scaleReplicaSet(ctx, d, rs, 0) || scaledDown;
	if (scaledDown) return;
	// Wait until every old Pod, terminating ones included, is gone (oldPodsRunning).
	const oldUids = new Set(oldRSs.map((rs) => rs.uid));
	if (ctx.c.pods.some((p) => p.owner !== undefined && oldUids.has(p.owner.uid))) return;
	if (!newRS) ({ newRS, oldRSs } = syncRevision(ctx, d, rsList, true));
	if (newRS && newRS.spec.replicas !== d.spec.replicas) scaleReplicaSet(ctx, d, newRS, d.spec.replicas);
	if (isDeploymentComplete(d)) cleanupHistory(ctx, d, oldRSs);
}

/** Proportional scaling across ReplicaSets when replicas change mid-rollout (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
function scaleProportionally(ctx: StepContext, d: DraftDeployment, newRS: DraftReplicaSet | undefined, oldRSs: readonly DraftReplicaSet[]): void {
	const all = newRS ? [...oldRSs, newRS] : [...oldRSs];
	const active = all.filter((rs) => rs.spec.replicas > 0);
	const activeOrLatest = active.length === 1 ? active[0] : active.length === 0 ? (newRS ?? oldRSs.at(-1)) : undefined;
	if (activeOrLatest) {
		scaleReplicaSet(ctx, d, activeOrLatest, d.spec.replicas);
		return;
	}
	if (
		newRS &&
		getIntAnnotation(newRS, DESIRED_REPLICAS_ANNOTATION) === d.spec.replicas &&
		newRS.spec.replicas === d.spec.replicas &&
		newRS.status.availableReplicas === d.spec.replicas
	) {
		for (const rs of oldRSs) if (rs.spec.replicas > 0) scaleReplicaSet(ctx, d, rs, 0);
		return;
	}
	if (d.spec.strategy.type !== 'RollingUpdate') return;
	const surge = getDeploymentBounds(d).surge;
	const allowed = d.spec.replicas > 0 ? d.spec.replicas + surge : 0;
	const toAdd = allowed - sumSpecReplicas(active);
	const order = [...active].sort((a, b) => b.spec.replicas - a.spec.replicas || (toAdd > 0 ? b.createdAt - a.createdAt : a.createdAt - b.createdAt));
	const sizes = new Map<DraftReplicaSet, number>();
	let added = 0;
	for (const rs of order) {
		const proportion = toAdd === 0 ? 0 : computeProportion(d, rs, toAdd, added, allowed);
		sizes.set(rs, rs.spec.replicas + proportion);
		added += proportion;
	}
	order.forEach((rs, i) => {
		let size = sizes.get(rs) ?? rs.spec.replicas;
		// Leftovers from rounding go to the largest ReplicaSet.
		if (i === 0 && toAdd !== 0) size = Math.max(0, size + toAdd - added);
		scaleReplicaSet(ctx, d, rs, size);
	});
}

/** GetProportion: this ReplicaSet's share of the replicas to add or remove. */
function computeProportion(d: DraftDeployment, rs: DraftReplicaSet, toAdd: number, added: number, allowed: number): number {
	if (rs.spec.replicas === 0 || toAdd === added) return 0;
	let fraction = 0;
	if (d.spec.replicas === 0) fraction = -rs.spec.replicas;
	else {
		const before = getIntAnnotation(rs, MAX_REPLICAS_ANNOTATION);
		if (before !== undefined && before !== 0) fraction = Math.round((rs.spec.replicas * allowed) / before) - rs.spec.replicas;
	}
	const remaining = toAdd - added;
	return toAdd > 0 ? Math.min(fraction, remaining) : Math.max(fraction, remaining);
}

/** Delete the oldest empty old ReplicaSets beyond revisionHistoryLimit (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
function cleanupHistory(ctx: StepContext, d: DraftDeployment, oldRSs: readonly DraftReplicaSet[]): void {
	const diff = oldRSs.length - d.spec.revisionHistoryLimit;
	if (diff <= 0) return;
	const byRevision = [...oldRSs].sort((a, b) => getRevision(a) - getRevision(b));
	for (const rs of byRevision.slice(0, diff)) {
		if (rs.spec.replicas !== 0 || rs.status.replicas !== 0) continue;
		if (ctx.c.pods.some((p) => p.owner?.uid === rs.uid)) continue;
		ctx.c.replicaSets.splice(ctx.c.replicaSets.indexOf(rs), 1);
	}
}
