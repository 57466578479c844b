/**
 * The reducer: `step(cluster, event)` returns the next cluster and never changes its
 * input. Commands change desired state and record kubectl-like output; `tick`
 * advances the clock and runs one round of every control loop (https://kubernetes.io/docs/concepts/architecture/controller/), in the order
 * node lifecycle -> kubelets -> scheduler -> garbage collector -> Deployment ->
 * ReplicaSet -> StatefulSet -> DaemonSet -> Service controllers. So a new Pod is
 * created Pending on one tick, bound (ContainerCreating) on the next and Running on
 * the one after; a deleted Pod shows Terminating for one tick, then is gone.
 */
import { applyManifest } from './apply.ts';
import type { NodeInput } from './cluster.ts';
import {
	addNode,
	deleteObject,
	deletePod,
	removeNode,
	scaleWorkload,
	setDeploymentPaused,
	setImage,
	setLoadBalancerProvider,
	setNodeReady,
	setNodeUnschedulable,
	setLabels,
	setTemplateAnnotation,
	type LabelableKind,
	type DeletableKind,
	type ImageKind,
	type ScalableKind,
} from './commands.ts';
import { TICK_SECONDS } from './constants.ts';
import { runDaemonSetController } from './daemonset.ts';
import { runDeploymentController } from './deployment.ts';
import { refreshDeploymentStatuses } from './deployment-status.ts';
import { beginStep, finishStep, type StepContext } from './draft.ts';
import { runGarbageCollector } from './gc.ts';
import { runKubelets } from './kubelet.ts';
import { runNodeLifecycle } from './node-lifecycle.ts';
import { refreshReplicaSetStatuses, runReplicaSetController } from './replicaset.ts';
import { rollbackDeployment } from './rollback.ts';
import { runScheduler } from './scheduler.ts';
import { runServiceController } from './service.ts';
import { runStatefulSetController } from './statefulset.ts';
import { applyClaim, deleteClaim, runVolumeBinder } from './storage.ts';
import { applyBatch, deleteBatch, runJobControllers } from './jobs.ts';
import type { Cluster, CommandResult } from './types.ts';

/** Everything that can happen to a cluster. */
export type ClusterAction =
	/** `kubectl apply -f`: a manifest object (see `Manifest`), e.g. parsed from YAML; validated first. */
	| { readonly type: 'apply'; readonly manifest: unknown }
	/** `kubectl delete <kind> <name>`. */
	| { readonly type: 'delete'; readonly kind: DeletableKind; readonly name: string }
	/** `kubectl scale <kind>/<name> --replicas=N`. */
	| { readonly type: 'scale'; readonly kind: ScalableKind; readonly name: string; readonly replicas: number }
	/** `kubectl set image <kind>/<name> <container>=<image>`, optionally recording a change-cause. */
	| {
			readonly type: 'setImage';
			readonly kind: ImageKind;
			readonly name: string;
			readonly container: string;
			readonly image: string;
			readonly changeCause?: string;
	  }
	/** `kubectl rollout undo deployment/<name> [--to-revision=N]`. */
	| { readonly type: 'rollbackDeployment'; readonly name: string; readonly toRevision?: number }
	/** `kubectl rollout pause|resume deployment/<name>`. */
	| { readonly type: 'setDeploymentPaused'; readonly name: string; readonly paused: boolean }
	/** `kubectl delete pod <name>`. */
	| { readonly type: 'deletePod'; readonly name: string }
	/** A node joins. */
	| { readonly type: 'addNode'; readonly node: NodeInput }
	/** A node is removed; its Pods are lost. */
	| { readonly type: 'removeNode'; readonly name: string }
	/** A node's kubelet stops (false) or resumes (true) reporting. */
	| { readonly type: 'setNodeReady'; readonly name: string; readonly ready: boolean }
	/** `kubectl cordon|uncordon <node>`. */
	| { readonly type: 'setNodeUnschedulable'; readonly name: string; readonly unschedulable: boolean }
	/** `kubectl apply -f` of a PersistentVolumeClaim manifest (storage.ts). */
	| { readonly type: 'applyClaim'; readonly manifest: unknown }
	/** `kubectl delete pvc <name>`. */
	| { readonly type: 'deleteClaim'; readonly name: string }
	/** `kubectl apply -f` / `create job|cronjob` of a Job or CronJob manifest (jobs.ts). */
	| { readonly type: 'applyBatch'; readonly manifest: unknown }
	/** `kubectl delete job|cronjob <name>`. */
	| { readonly type: 'deleteBatch'; readonly kind: 'Job' | 'CronJob'; readonly name: string }
	/** `kubectl label`: the object's complete new label map. */
	| { readonly type: 'setLabels'; readonly kind: LabelableKind; readonly name: string; readonly labels: Readonly<Record<string, string>> }
	/** A Pod-template annotation (kubectl rollout restart sets kubectl.kubernetes.io/restartedAt). */
	| { readonly type: 'setTemplateAnnotation'; readonly kind: ImageKind; readonly name: string; readonly key: string; readonly value: string }
	/** Install or remove a load-balancer implementation. */
	| { readonly type: 'setLoadBalancerProvider'; readonly enabled: boolean }
	/** Advance the clock (default 10 s) and run one round of every controller. */
	| { readonly type: 'tick'; readonly seconds?: number };

function runCommand(ctx: StepContext, action: Exclude<ClusterAction, { type: 'tick' }>): CommandResult {
	switch (action.type) {
		case 'apply':
			return applyManifest(ctx, action.manifest);
		case 'delete':
			return deleteObject(ctx, action.kind, action.name);
		case 'scale':
			return scaleWorkload(ctx, action.kind, action.name, action.replicas);
		case 'setImage':
			return setImage(ctx, action.kind, action.name, action.container, action.image, action.changeCause);
		case 'rollbackDeployment':
			return rollbackDeployment(ctx, action.name, action.toRevision);
		case 'setDeploymentPaused':
			return setDeploymentPaused(ctx, action.name, action.paused);
		case 'deletePod':
			return deletePod(ctx, action.name);
		case 'addNode':
			return addNode(ctx, action.node);
		case 'removeNode':
			return removeNode(ctx, action.name);
		case 'setNodeReady':
			return setNodeReady(ctx, action.name, action.ready);
		case 'setLoadBalancerProvider':
			return setLoadBalancerProvider(ctx, action.enabled);
		case 'setNodeUnschedulable':
			return setNodeUnschedulable(ctx, action.name, action.unschedulable);
		case 'applyClaim':
			return applyClaim(ctx, action.manifest);
		case 'deleteClaim':
			return deleteClaim(ctx, action.name);
		case 'applyBatch':
			return applyBatch(ctx, action.manifest);
		case 'deleteBatch':
			return deleteBatch(ctx, action.kind, action.name);
		case 'setLabels':
			return setLabels(ctx, action.kind, action.name, action.labels);
		case 'setTemplateAnnotation':
			return setTemplateAnnotation(ctx, action.kind, action.name, action.key, action.value);
	}
}

/** One round of every control loop. */
function runControlLoops(ctx: StepContext): void {
	runNodeLifecycle(ctx);
	runKubelets(ctx);
	runVolumeBinder(ctx);
	runScheduler(ctx);
	runGarbageCollector(ctx);
	refreshReplicaSetStatuses(ctx);
	runDeploymentController(ctx);
	runReplicaSetController(ctx);
	refreshReplicaSetStatuses(ctx);
	refreshDeploymentStatuses(ctx);
	runStatefulSetController(ctx);
	runDaemonSetController(ctx);
	runJobControllers(ctx);
	runServiceController(ctx);
}

/** Apply one event to the cluster and return the new cluster (the input is not changed). */
export function step(cluster: Cluster, action: ClusterAction): Cluster {
	if (action.type === 'tick') {
		const seconds = action.seconds ?? TICK_SECONDS;
		if (!(seconds > 0) || !Number.isFinite(seconds)) return cluster;
		const ctx = beginStep(cluster);
		ctx.c.time += seconds;
		runControlLoops(ctx);
		return finishStep(ctx);
	}
	const ctx = beginStep(cluster);
	const result = runCommand(ctx, action);
	if (!result.ok) {
		// A rejected command changes nothing but the reported result.
		return { ...cluster, lastResult: result };
	}
	ctx.c.lastResult = result;
	return finishStep(ctx);
}

/** Apply several events in order. */
export function stepAll(cluster: Cluster, actions: readonly ClusterAction[]): Cluster {
	return actions.reduce(step, cluster);
}

/** Tick until nothing changes any more (or `maxTicks` ran); returns the settled cluster. */
export function runUntilSettled(cluster: Cluster, maxTicks = 200, seconds = TICK_SECONDS): Cluster {
	let current = cluster;
	for (let i = 0; i < maxTicks; i++) {
		const next = step(current, { type: 'tick', seconds });
		if (isSameState(current, next)) return next;
		current = next;
	}
	return current;
}

/** Whether two clusters differ only in the clock (nothing left to reconcile). */
function isSameState(a: Cluster, b: Cluster): boolean {
	const strip = (c: Cluster): string =>
		JSON.stringify({
			...c,
			time: 0,
			events: [],
			eventSeq: 0,
			deployments: c.deployments.map((d) => ({
				...d,
				status: { ...d.status, conditions: d.status.conditions.map((x) => ({ ...x, lastUpdateTime: 0, lastTransitionTime: 0 })) },
			})),
		});
	return strip(a) === strip(b);
}
