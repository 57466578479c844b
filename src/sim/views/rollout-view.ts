/**
 * A rolling update seen from outside (the rollout simulator): the new and old
 * ReplicaSets with their Pods, the counts against the bounds (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), the
 * Progressing condition and the progress deadline (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), plus the arithmetic of the
 * bounds written out step by step and a manifest built from a few settings.
 */
import { CHANGE_CAUSE_ANNOTATION } from '../core/constants.ts';
import { findNewReplicaSet, getDeploymentBounds, getDeploymentReplicaSets, getRevision, isDeploymentComplete } from '../core/deployment-util.ts';
import { getCondition, NEW_RS_AVAILABLE, PROGRESS_DEADLINE_EXCEEDED } from '../core/deployment-status.ts';
import type { DeploymentManifest } from '../core/manifest-types.ts';
import type { RollingBounds } from '../core/rolling.ts';
import { step } from '../core/step.ts';
import type { Cluster, Condition, IntOrPercent } from '../core/types.ts';
import { toReplicaSetNode, type ReplicaSetNode } from './workload-tree.ts';

/** Where a rollout stands: done, moving, stuck past its deadline (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/) or paused (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export type RolloutPhase = 'complete' | 'progressing' | 'stalled' | 'paused';

/** Pod counts of a Deployment at one moment; terminating Pods are counted apart (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export interface RolloutCounts {
	/** Simulated seconds. */
	readonly time: number;
	/** Non-terminating Pods of the new ReplicaSet. */
	readonly newPods: number;
	/** Non-terminating Pods of all old ReplicaSets. */
	readonly oldPods: number;
	/** newPods + oldPods (the Deployment's status.replicas). */
	readonly total: number;
	/** Available Pods (status.availableReplicas). */
	readonly available: number;
	/** Pods still shutting down; not part of total (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly terminating: number;
}

/** A condition reduced to what a reader needs. */
export interface ConditionSummary {
	readonly status: Condition['status'];
	readonly reason: string;
	readonly message: string;
}

/** Everything the rollout simulator draws for one Deployment. */
export interface RolloutView {
	readonly name: string;
	/** Image of the Deployment's Pod template (what it is rolling towards). */
	readonly image: string;
	/** Revision of the new ReplicaSet, 0 before the controller made one. */
	readonly revision: number;
	readonly replicas: number;
	readonly maxSurge: IntOrPercent;
	readonly maxUnavailable: IntOrPercent;
	readonly bounds: RollingBounds;
	/** The ReplicaSet whose template matches the Deployment's (undefined until created). */
	readonly newReplicaSet?: ReplicaSetNode;
	/** The other ReplicaSets, newest revision first. */
	readonly oldReplicaSets: readonly ReplicaSetNode[];
	readonly counts: RolloutCounts;
	readonly progressing?: ConditionSummary;
	readonly available?: ConditionSummary;
	readonly progressDeadlineSeconds: number;
	/** Seconds since the controller last saw progress, while a rollout is under way. */
	readonly secondsWithoutProgress?: number;
	readonly phase: RolloutPhase;
}

function summarize(c: Condition | undefined): ConditionSummary | undefined {
	return c && { status: c.status, reason: c.reason, message: c.message };
}

/** The rollout of Deployment `name` as the simulator shows it; undefined if it does not exist. */
export function describeRollout(cluster: Cluster, name: string): RolloutView | undefined {
	const d = cluster.deployments.find((x) => x.name === name);
	if (!d) return undefined;
	const all = getDeploymentReplicaSets(cluster.replicaSets, d);
	const newRS = findNewReplicaSet(all, d);
	const newNode = newRS && toReplicaSetNode(cluster, newRS);
	const oldNodes = all
		.filter((rs) => rs !== newRS)
		.sort((a, b) => getRevision(b) - getRevision(a))
		.map((rs) => toReplicaSetNode(cluster, rs));
	const countLive = (nodes: readonly ReplicaSetNode[]) => nodes.reduce((n, rs) => n + rs.pods.filter((p) => !p.terminating).length, 0);
	const terminating = [...oldNodes, ...(newNode ? [newNode] : [])].reduce((n, rs) => n + rs.pods.filter((p) => p.terminating).length, 0);
	const newPods = newNode ? countLive([newNode]) : 0;
	const oldPods = countLive(oldNodes);
	const progressing = getCondition(d, 'Progressing');
	const strategy = d.spec.strategy;
	const phase: RolloutPhase = d.spec.paused
		? 'paused'
		: progressing?.reason === PROGRESS_DEADLINE_EXCEEDED && d.status.observedGeneration >= d.generation
			? 'stalled'
			: isDeploymentComplete(d) && terminating === 0
				? 'complete'
				: 'progressing';
	const underWay =
		phase === 'progressing' && d.status.observedGeneration >= d.generation && progressing !== undefined && progressing.reason !== NEW_RS_AVAILABLE;
	return {
		name: d.name,
		image: d.spec.template.spec.containers[0]?.image ?? '',
		revision: newNode?.revision ?? 0,
		replicas: d.spec.replicas,
		maxSurge: strategy.type === 'RollingUpdate' ? strategy.rollingUpdate.maxSurge : 0,
		maxUnavailable: strategy.type === 'RollingUpdate' ? strategy.rollingUpdate.maxUnavailable : 0,
		bounds: getDeploymentBounds(d),
		...(newNode ? { newReplicaSet: newNode } : {}),
		oldReplicaSets: oldNodes,
		counts: { time: cluster.time, newPods, oldPods, total: newPods + oldPods, available: d.status.availableReplicas, terminating },
		...(progressing ? { progressing: summarize(progressing) } : {}),
		...(getCondition(d, 'Available') ? { available: summarize(getCondition(d, 'Available')) } : {}),
		progressDeadlineSeconds: d.spec.progressDeadlineSeconds,
		...(underWay ? { secondsWithoutProgress: Math.max(0, cluster.time - progressing.lastUpdateTime) } : {}),
		phase,
	};
}

/** Whether the rollout needs no more ticks to show something new: complete, stalled or paused. */
export function isRolloutSettled(view: RolloutView): boolean {
	return view.phase !== 'progressing';
}

/** Tick (10 s each) until the rollout settles or `maxSeconds` pass; returns the cluster and each tick's counts. */
export function advanceRollout(cluster: Cluster, name: string, maxSeconds: number): { cluster: Cluster; samples: RolloutCounts[] } {
	let current = cluster;
	const samples: RolloutCounts[] = [];
	const end = cluster.time + maxSeconds;
	while (current.time < end) {
		current = step(current, { type: 'tick' });
		const view = describeRollout(current, name);
		if (!view) break;
		samples.push(view.counts);
		if (isRolloutSettled(view)) break;
	}
	return { cluster: current, samples };
}

/** Settings of the simulator's nginx Deployment. */
export interface RolloutSettings {
	readonly replicas: number;
	readonly maxSurge: IntOrPercent;
	readonly maxUnavailable: IntOrPercent;
	readonly image: string;
	/** `kubernetes.io/change-cause` to record (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
	readonly changeCause?: string;
	readonly name?: string;
}

/** The Deployments page's nginx-deployment (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/) with the given replicas, strategy and image. */
export function createRolloutManifest(settings: RolloutSettings): DeploymentManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: {
			name: settings.name ?? 'nginx-deployment',
			labels: { app: 'nginx' },
			...(settings.changeCause === undefined ? {} : { annotations: { [CHANGE_CAUSE_ANNOTATION]: settings.changeCause } }),
		},
		spec: {
			replicas: settings.replicas,
			strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: settings.maxSurge, maxUnavailable: settings.maxUnavailable } },
			selector: { matchLabels: { app: 'nginx' } },
			template: {
				metadata: { labels: { app: 'nginx' } },
				spec: { containers: [{ name: 'nginx', image: settings.image, ports: [{ containerPort: 80 }] }] },
			},
		},
	};
}

/** What `kubectl annotate <kind>/<name> ...` prints. */
export function formatAnnotateOutput(name: string): string {
	return `deployment.apps/${name} annotated`;
}
