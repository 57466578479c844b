/**
 * Garbage collector: dependents whose owner is gone follow it (background cascading
 * deletion). ReplicaSets of a deleted Deployment go, then Pods of any vanished owner
 * start terminating. PVCs have no owner here and stay (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/).
 */
import type { StepContext } from './draft.ts';
import { deletePodGracefully } from './pod-factory.ts';

/** One round of garbage collection. */
export function runGarbageCollector(ctx: StepContext): void {
	const deploymentUids = new Set(ctx.c.deployments.map((d) => d.uid));
	for (const rs of [...ctx.c.replicaSets]) {
		if (rs.owner && !deploymentUids.has(rs.owner.uid)) ctx.c.replicaSets.splice(ctx.c.replicaSets.indexOf(rs), 1);
	}
	const owners = new Set([
		...ctx.c.replicaSets.map((r) => r.uid),
		...ctx.c.statefulSets.map((s) => s.uid),
		...ctx.c.daemonSets.map((d) => d.uid),
		...(ctx.c.jobs ?? []).map((j) => j.uid),
	]);
	for (const pod of [...ctx.c.pods]) {
		if (pod.owner && !owners.has(pod.owner.uid)) deletePodGracefully(ctx, pod);
	}
}
