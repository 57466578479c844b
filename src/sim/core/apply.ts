/**
 * `kubectl apply`: validate a manifest like the API server, then create the object or
 * update it in place. An invalid manifest changes nothing and reports the field
 * errors. Output lines read like kubectl's (`deployment.apps/web created`).
 */
import { stringifyCanonical } from './hash.ts';
import { cloneData, createUid, type Draft, type StepContext } from './draft.ts';
import type {
	DaemonSetManifest,
	DeploymentManifest,
	Manifest,
	PodManifest,
	ReplicaSetManifest,
	ServiceManifest,
	StatefulSetManifest,
} from './manifest-types.ts';
import {
	normalizeDaemonSetSpec,
	normalizeDeploymentSpec,
	normalizePodSpec,
	normalizeReplicaSetSpec,
	normalizeServicePort,
	normalizeStatefulSetSpec,
} from './normalize.ts';
import { createPod } from './pod-factory.ts';
import { allocateClusterIp, allocateNodePort, getUsedNodePorts } from './service.ts';
import type { CommandResult, FieldError, Service } from './types.ts';
import { forbidden, formatInvalidObject } from './validate-common.ts';
import { validateManifest } from './validate.ts';

/** kubectl's resource prefix for each kind (`deployment.apps`, `service`, ...). */
export const RESOURCE_PREFIX: Readonly<Record<Manifest['kind'], string>> = {
	Deployment: 'deployment.apps',
	ReplicaSet: 'replicaset.apps',
	StatefulSet: 'statefulset.apps',
	DaemonSet: 'daemonset.apps',
	Service: 'service',
	Pod: 'pod',
};

/** Turn field errors into a failed CommandResult with the API server's wording. */
export function rejectWith(kind: string, name: string, errors: readonly FieldError[]): CommandResult {
	const first = errors[0];
	const output =
		first && (first.field === 'apiVersion' || first.field === 'kind' || first.field === '<root>')
			? `error: resource mapping not found for name: ${JSON.stringify(name)}: ${first.detail || `unsupported kind ${first.value ?? ''}`}`
			: formatInvalidObject(kind, name, errors);
	return { ok: false, output, errors };
}

/** Apply a manifest inside a step; returns what kubectl would print. */
export function applyManifest(ctx: StepContext, input: unknown): CommandResult {
	const errors = validateManifest(input, ctx.c);
	// validateManifest returned no errors, so the shape below is guaranteed.
	const manifest = input as Manifest;
	const kind = typeof (input as { kind?: unknown })?.kind === 'string' ? String((input as { kind: string }).kind) : 'object';
	const name = String((input as { metadata?: { name?: unknown } })?.metadata?.name ?? '');
	if (errors.length > 0) return rejectWith(kind, name, errors);
	const verb = applyValid(ctx, manifest);
	if (typeof verb !== 'string') return rejectWith(kind, name, verb);
	return { ok: true, output: `${RESOURCE_PREFIX[manifest.kind]}/${manifest.metadata.name} ${verb}` };
}

type Verb = 'created' | 'configured' | 'unchanged';

function applyValid(ctx: StepContext, m: Manifest): Verb | FieldError[] {
	switch (m.kind) {
		case 'Deployment':
			return applyDeployment(ctx, m);
		case 'ReplicaSet':
			return applyReplicaSet(ctx, m);
		case 'StatefulSet':
			return applyStatefulSet(ctx, m);
		case 'DaemonSet':
			return applyDaemonSet(ctx, m);
		case 'Service':
			return applyService(ctx, m);
		case 'Pod':
			return applyPod(ctx, m);
	}
}

interface Updatable<S> {
	labels: Record<string, string>;
	annotations: Record<string, string>;
	generation?: number;
	spec: S;
}

/** Update metadata and spec in place; bump generation (where kept) only when the spec changed. */
function updateObject<S>(target: Updatable<S>, m: Manifest, spec: S): Verb {
	const specChanged = stringifyCanonical(target.spec) !== stringifyCanonical(spec);
	const labels = { ...m.metadata.labels };
	// Apply merges annotations: ones the controllers set (revision, ...) stay.
	const annotations = { ...target.annotations, ...m.metadata.annotations };
	const metaChanged =
		stringifyCanonical(labels) !== stringifyCanonical(target.labels) || stringifyCanonical(annotations) !== stringifyCanonical(target.annotations);
	if (!specChanged && !metaChanged) return 'unchanged';
	target.labels = labels;
	target.annotations = annotations;
	if (specChanged) {
		target.spec = cloneData(spec);
		if (target.generation !== undefined) target.generation += 1;
	}
	return 'configured';
}

function baseMeta(
	ctx: StepContext,
	m: Manifest,
): { name: string; uid: string; createdAt: number; labels: Record<string, string>; annotations: Record<string, string> } {
	return {
		name: m.metadata.name,
		uid: createUid(ctx),
		createdAt: ctx.c.time,
		labels: { ...m.metadata.labels },
		annotations: { ...m.metadata.annotations },
	};
}

function applyDeployment(ctx: StepContext, m: DeploymentManifest): Verb {
	const existing = ctx.c.deployments.find((d) => d.name === m.metadata.name);
	if (existing) return updateObject(existing, m, normalizeDeploymentSpec(m, existing) as Draft<typeof existing.spec>);
	ctx.c.deployments.push({
		...baseMeta(ctx, m),
		generation: 1,
		spec: cloneData(normalizeDeploymentSpec(m)) as Draft<ReturnType<typeof normalizeDeploymentSpec>>,
		status: { observedGeneration: 0, replicas: 0, updatedReplicas: 0, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 0, conditions: [] },
	});
	return 'created';
}

function applyReplicaSet(ctx: StepContext, m: ReplicaSetManifest): Verb {
	const existing = ctx.c.replicaSets.find((r) => r.name === m.metadata.name);
	const spec = cloneData(normalizeReplicaSetSpec(m, existing)) as Draft<ReturnType<typeof normalizeReplicaSetSpec>>;
	if (existing) return updateObject(existing, m, spec);
	ctx.c.replicaSets.push({ ...baseMeta(ctx, m), spec, status: { replicas: 0, readyReplicas: 0, availableReplicas: 0 } });
	return 'created';
}

function applyStatefulSet(ctx: StepContext, m: StatefulSetManifest): Verb {
	const existing = ctx.c.statefulSets.find((s) => s.name === m.metadata.name);
	const spec = cloneData(normalizeStatefulSetSpec(m, existing)) as Draft<ReturnType<typeof normalizeStatefulSetSpec>>;
	if (existing) return updateObject(existing, m, spec);
	ctx.c.statefulSets.push({
		...baseMeta(ctx, m),
		generation: 1,
		spec,
		revisions: [],
		status: { replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0, updatedReplicas: 0, currentRevision: '', updateRevision: '' },
	});
	return 'created';
}

function applyDaemonSet(ctx: StepContext, m: DaemonSetManifest): Verb {
	const existing = ctx.c.daemonSets.find((d) => d.name === m.metadata.name);
	const spec = cloneData(normalizeDaemonSetSpec(m)) as Draft<ReturnType<typeof normalizeDaemonSetSpec>>;
	if (existing) return updateObject(existing, m, spec);
	ctx.c.daemonSets.push({
		...baseMeta(ctx, m),
		generation: 1,
		spec,
		status: { desiredNumberScheduled: 0, currentNumberScheduled: 0, numberReady: 0, updatedNumberScheduled: 0, numberAvailable: 0, numberMisscheduled: 0 },
	});
	return 'created';
}

function applyService(ctx: StepContext, m: ServiceManifest): Verb {
	const existing = ctx.c.services.find((s) => s.name === m.metadata.name);
	const type = m.spec.type ?? 'ClusterIP';
	const used = getUsedNodePorts(ctx.c, m.metadata.name);
	const ports = m.spec.ports.map(normalizeServicePort);
	for (const p of ports) if (p.nodePort !== undefined) used.add(p.nodePort);
	for (const p of ports) {
		if (type === 'ClusterIP') delete p.nodePort;
		else if (p.nodePort === undefined) {
			// Apply keeps an allocated nodePort the manifest does not mention.
			const kept = existing?.spec.ports.find((e) => e.port === p.port && e.protocol === p.protocol)?.nodePort;
			p.nodePort = kept ?? allocateNodePort(ctx, used);
		}
	}
	const clusterIP = existing?.spec.clusterIP ?? (m.spec.clusterIP === 'None' ? 'None' : m.spec.clusterIP ? m.spec.clusterIP : allocateClusterIp(ctx));
	const spec: Draft<Service['spec']> = {
		type,
		...(m.spec.selector ? { selector: { ...m.spec.selector } } : {}),
		ports,
		clusterIP,
		externalTrafficPolicy: m.spec.externalTrafficPolicy ?? 'Cluster',
	};
	if (existing) return updateObject(existing, m, spec);
	ctx.c.services.push({ ...baseMeta(ctx, m), spec, status: {} });
	return 'created';
}

function applyPod(ctx: StepContext, m: PodManifest): Verb | FieldError[] {
	const spec = normalizePodSpec(m.spec);
	const existing = ctx.c.pods.find((p) => p.name === m.metadata.name);
	if (existing) {
		const { volumes: _volumes, ...current } = existing.spec;
		if (stringifyCanonical(current) !== stringifyCanonical(spec)) {
			return [
				forbidden(
					'spec',
					'pod updates may not change fields other than `spec.containers[*].image`, `spec.initContainers[*].image`, `spec.activeDeadlineSeconds`, `spec.tolerations` (only additions to existing tolerations) or `spec.terminationGracePeriodSeconds` (the simulator changes none of them in place: delete and recreate the Pod)',
				),
			];
		}
		if (stringifyCanonical(existing.labels) === stringifyCanonical({ ...m.metadata.labels })) return 'unchanged';
		existing.labels = { ...m.metadata.labels };
		return 'configured';
	}
	createPod(ctx, { name: m.metadata.name, template: { metadata: { labels: { ...m.metadata.labels } }, spec } });
	return 'created';
}
