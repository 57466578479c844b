/**
 * Imperative commands (everything but `apply` and `tick`): what `kubectl scale`,
 * `set image`, `rollout pause|resume`, `delete` and node operations do to the
 * cluster's desired state. Controllers react on the following ticks.
 */
import { buildNode, type NodeInput } from './cluster.ts';
import { CHANGE_CAUSE_ANNOTATION } from './constants.ts';
import { recordEvent, type StepContext } from './draft.ts';
import { deletePodGracefully, removePod } from './pod-factory.ts';
import { clearLoadBalancerIps } from './service.ts';
import type { CommandResult } from './types.ts';
import { formatInvalidObject, invalid, validateSubdomainName } from './validate-common.ts';

/** Kinds `scale` works on. */
export type ScalableKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet';

/** Kinds `setImage` works on (kubectl set image). */
export type ImageKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';

/** Kinds `delete` works on. */
export type DeletableKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Service' | 'Pod';

const RESOURCE: Readonly<Record<DeletableKind, string>> = {
	Deployment: 'deployments.apps',
	ReplicaSet: 'replicasets.apps',
	StatefulSet: 'statefulsets.apps',
	DaemonSet: 'daemonsets.apps',
	Service: 'services',
	Pod: 'pods',
};

const PREFIX: Readonly<Record<DeletableKind, string>> = {
	Deployment: 'deployment.apps',
	ReplicaSet: 'replicaset.apps',
	StatefulSet: 'statefulset.apps',
	DaemonSet: 'daemonset.apps',
	Service: 'service',
	Pod: 'pod',
};

function ok(output: string): CommandResult {
	return { ok: true, output };
}

function notFound(kind: DeletableKind | 'Node', name: string): CommandResult {
	const resource = kind === 'Node' ? 'nodes' : RESOURCE[kind];
	return { ok: false, output: `Error from server (NotFound): ${resource} "${name}" not found`, errors: [] };
}

function findWorkload(ctx: StepContext, kind: ScalableKind | ImageKind, name: string) {
	switch (kind) {
		case 'Deployment':
			return ctx.c.deployments.find((x) => x.name === name);
		case 'ReplicaSet':
			return ctx.c.replicaSets.find((x) => x.name === name);
		case 'StatefulSet':
			return ctx.c.statefulSets.find((x) => x.name === name);
		case 'DaemonSet':
			return ctx.c.daemonSets.find((x) => x.name === name);
	}
}

/** `kubectl scale <kind>/<name> --replicas=N`; scaling never makes a new revision (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function scaleWorkload(ctx: StepContext, kind: ScalableKind, name: string, replicas: number): CommandResult {
	const target = findWorkload(ctx, kind, name);
	if (!target) return notFound(kind, name);
	if (!Number.isInteger(replicas) || replicas < 0) {
		const errors = [invalid('spec.replicas', replicas, Number.isInteger(replicas) ? 'must be greater than or equal to 0' : 'must be an integer')];
		return { ok: false, output: formatInvalidObject(kind, name, errors), errors };
	}
	if ('replicas' in target.spec && target.spec.replicas !== replicas) {
		target.spec.replicas = replicas;
		if ('generation' in target) target.generation += 1;
	}
	return ok(`${PREFIX[kind]}/${name} scaled`);
}

/** `kubectl set image <kind>/<name> <container>=<image>`: a template change, so a rollout (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function setImage(ctx: StepContext, kind: ImageKind, name: string, container: string, image: string, changeCause?: string): CommandResult {
	const target = findWorkload(ctx, kind, name);
	if (!target || !('generation' in target)) return notFound(kind, name);
	const slot = target.spec.template.spec.containers.find((c) => c.name === container);
	if (!slot) return { ok: false, output: `error: unable to find container named "${container}"`, errors: [] };
	if (image.trim() === '') {
		const errors = [invalid(`spec.template.spec.containers[0].image`, image, 'must not be empty')];
		return { ok: false, output: formatInvalidObject(kind, name, errors), errors };
	}
	if (changeCause !== undefined) target.annotations[CHANGE_CAUSE_ANNOTATION] = changeCause;
	if (slot.image === image) return ok('');
	slot.image = image;
	target.generation += 1;
	return ok(`${PREFIX[kind]}/${name} image updated`);
}

/** `kubectl rollout pause|resume deployment/<name>` (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export function setDeploymentPaused(ctx: StepContext, name: string, paused: boolean): CommandResult {
	const d = ctx.c.deployments.find((x) => x.name === name);
	if (!d) return notFound('Deployment', name);
	if (d.spec.paused === paused) {
		return { ok: false, output: `error: deployments.apps "${name}" is ${paused ? 'already paused' : 'not paused'}`, errors: [] };
	}
	d.spec.paused = paused;
	d.generation += 1;
	return ok(`deployment.apps/${name} ${paused ? 'paused' : 'resumed'}`);
}

/** `kubectl delete pod <name>`: graceful deletion; its controller makes a new Pod with a new name (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/). */
export function deletePod(ctx: StepContext, name: string): CommandResult {
	const pod = ctx.c.pods.find((p) => p.name === name);
	if (!pod) return notFound('Pod', name);
	deletePodGracefully(ctx, pod);
	return ok(`pod "${name}" deleted`);
}

/** `kubectl delete <kind> <name>`: dependents follow through the garbage collector; PVCs stay (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/, https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export function deleteObject(ctx: StepContext, kind: DeletableKind, name: string): CommandResult {
	if (kind === 'Pod') return deletePod(ctx, name);
	const lists = {
		Deployment: ctx.c.deployments,
		ReplicaSet: ctx.c.replicaSets,
		StatefulSet: ctx.c.statefulSets,
		DaemonSet: ctx.c.daemonSets,
		Service: ctx.c.services,
	} as const;
	const list: { name: string }[] = lists[kind];
	const index = list.findIndex((x) => x.name === name);
	if (index < 0) return notFound(kind, name);
	list.splice(index, 1);
	return ok(`${PREFIX[kind]} "${name}" deleted`);
}

/** A node joins the cluster; DaemonSets and pending Pods notice on the next tick (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export function addNode(ctx: StepContext, input: NodeInput): CommandResult {
	const errors = validateSubdomainName(input.name, 'metadata.name');
	if (errors.length > 0) return { ok: false, output: formatInvalidObject('Node', String(input.name), errors), errors };
	if (ctx.c.nodes.some((n) => n.name === input.name)) {
		return { ok: false, output: `Error from server (AlreadyExists): nodes "${input.name}" already exists`, errors: [] };
	}
	ctx.c.nodes.push(buildNode(ctx, input));
	return ok(`node/${input.name} created`);
}

/** A node leaves: its Pods are lost at once and their controllers replace them elsewhere (https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/, https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export function removeNode(ctx: StepContext, name: string): CommandResult {
	const index = ctx.c.nodes.findIndex((n) => n.name === name);
	if (index < 0) return notFound('Node', name);
	ctx.c.nodes.splice(index, 1);
	for (const pod of ctx.c.pods.filter((p) => p.nodeName === name)) removePod(ctx, pod.name);
	return ok(`node "${name}" deleted`);
}

/** Mark a node Ready or NotReady (a kubelet that stops or resumes reporting). */
export function setNodeReady(ctx: StepContext, name: string, ready: boolean): CommandResult {
	const node = ctx.c.nodes.find((n) => n.name === name);
	if (!node) return notFound('Node', name);
	if (node.ready !== ready) {
		node.ready = ready;
		if (ready) delete node.notReadySince;
		else node.notReadySince = ctx.c.time;
	}
	return ok(`node/${name} ${ready ? 'Ready' : 'NotReady'}`);
}

/** Install or remove a load-balancer implementation (cloud controller or MetalLB, https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/). */
export function setLoadBalancerProvider(ctx: StepContext, enabled: boolean): CommandResult {
	ctx.c.loadBalancerProvider = enabled;
	if (!enabled) clearLoadBalancerIps(ctx);
	return ok(enabled ? 'load-balancer provider enabled' : 'load-balancer provider removed');
}

/** `kubectl cordon|uncordon <node>`: sets spec.unschedulable; Pods already there keep running. */
export function setNodeUnschedulable(ctx: StepContext, name: string, unschedulable: boolean): CommandResult {
	const node = ctx.c.nodes.find((n) => n.name === name);
	if (!node) return notFound('Node', name);
	const verb = unschedulable ? 'cordoned' : 'uncordoned';
	if (Boolean(node.unschedulable) === unschedulable) return ok(`node/${name} already ${verb}`);
	if (unschedulable) node.unschedulable = true;
	else delete node.unschedulable;
	// The kubelet reports the change as a Node event (recordNodeSchedulableEvent in pkg/kubelet/kubelet_node_status.go).
	const reason = unschedulable ? 'NodeNotSchedulable' : 'NodeSchedulable';
	recordEvent(ctx, 'Normal', reason, `node/${name}`, `Node ${name} status is now: ${reason}`);
	return ok(`node/${name} ${verb}`);
}

/** Kinds whose labels `setLabels` changes (kubectl label). */
export type LabelableKind = DeletableKind | 'Node';

/** `kubectl label`: replace an object's labels; controllers react (a Pod that stops matching its ReplicaSet is replaced). */
export function setLabels(ctx: StepContext, kind: LabelableKind, name: string, labels: Readonly<Record<string, string>>): CommandResult {
	const lists = {
		Deployment: ctx.c.deployments,
		ReplicaSet: ctx.c.replicaSets,
		StatefulSet: ctx.c.statefulSets,
		DaemonSet: ctx.c.daemonSets,
		Service: ctx.c.services,
		Pod: ctx.c.pods,
		Node: ctx.c.nodes,
	} as const;
	const list: { name: string; labels: Record<string, string> }[] = lists[kind];
	const target = list.find((x) => x.name === name);
	if (!target) return notFound(kind, name);
	const errors = Object.entries(labels).flatMap(([k, v]) =>
		/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(k) &&
		/^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/.test(v)
			? []
			: [
					invalid(
						'metadata.labels',
						v,
						"a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
					),
				],
	);
	if (errors.length > 0) return { ok: false, output: formatInvalidObject(kind, name, errors), errors };
	target.labels = { ...labels };
	if (kind === 'Pod') releaseFromController(ctx, name);
	return ok(`${kind === 'Node' ? 'node' : PREFIX[kind]}/${name} labeled`);
}

/** Set an annotation of a workload's Pod template (kubectl rollout restart's restartedAt): a template change, so a rollout. */
export function setTemplateAnnotation(ctx: StepContext, kind: ImageKind, name: string, key: string, value: string): CommandResult {
	const target = findWorkload(ctx, kind, name);
	if (!target || !('generation' in target)) return notFound(kind, name);
	const meta = target.spec.template.metadata as { labels: Record<string, string>; annotations?: Record<string, string> };
	meta.annotations = { ...(meta.annotations ?? {}), [key]: value };
	target.generation += 1;
	return ok(`${PREFIX[kind]}/${name} restarted`);
}

/** A Pod whose labels stop matching its controller's selector is released (ownerReference removed), as ClaimPods does; the controller then makes a replacement. */
function releaseFromController(ctx: StepContext, podName: string): void {
	const pod = ctx.c.pods.find((p) => p.name === podName);
	if (!pod?.owner) return;
	const owner = pod.owner;
	const controllers =
		owner.kind === 'ReplicaSet'
			? ctx.c.replicaSets
			: owner.kind === 'StatefulSet'
				? ctx.c.statefulSets
				: owner.kind === 'DaemonSet'
					? ctx.c.daemonSets
					: [];
	const controller = controllers.find((x) => x.uid === owner.uid);
	if (!controller) return;
	const selector = controller.spec.selector;
	if (!Object.entries(selector).every(([k, v]) => pod.labels[k] === v)) delete pod.owner;
}
