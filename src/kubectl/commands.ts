/**
 * The kubectl commands besides `get`: their flags, kubectl's output lines and error
 * messages (staging/src/k8s.io/kubectl/pkg/cmd/*), each a change through the reducer.
 */
import {
	checkAccess,
	formatRolloutHistory,
	getRolloutStatus,
	KUBERNETES_VERSION,
	step,
	type ImageKind,
	type LabelableKind,
	type Manifest,
	type RbacPolicy,
	type ScalableKind,
	type DeletableKind,
} from '../sim/index.ts';
import { describeObject } from './describe.ts';
import {
	apply,
	done,
	fail,
	findObject,
	GET_FLAGS,
	resolveTargets,
	runGet,
	runHelp,
	usageError,
	type CommandContext,
	type CommandDef,
	type RunResult,
} from './engine.ts';
import { timestamp } from './objects.ts';
import { findResourceType, qualifiedName, type ResourceType } from './resources.ts';
import { LAB_USER, WORKLOAD_NAMESPACE, type LabState } from './state.ts';
import { runApply, runDryRun } from './apply.ts';
import { matchesRequirements, parseSelector } from './selector.ts';
import { requireMoreKinds } from './kinds-loader.ts';

/** Whether labels match a selector text (an invalid one matches nothing; get reports it). */
function matchesSelectorText(text: string, labels: Readonly<Record<string, string>>): boolean {
	const parsed = parseSelector(text);
	return parsed.ok && matchesRequirements(parsed.requirements, labels);
}

const KIND: Readonly<Record<string, DeletableKind | 'Node'>> = {
	pods: 'Pod',
	deployments: 'Deployment',
	replicasets: 'ReplicaSet',
	statefulsets: 'StatefulSet',
	daemonsets: 'DaemonSet',
	services: 'Service',
	nodes: 'Node',
};

/** Objects outside `default` cannot be changed: the sim models one namespace. */
function namespaceGuard(ctx: CommandContext, type?: ResourceType): string | undefined {
	if (type && !type.namespaced) return undefined;
	if (ctx.namespace === WORKLOAD_NAMESPACE) return undefined;
	if (!ctx.state.namespaces.some((n) => n.name === ctx.namespace)) return `Error from server (NotFound): namespaces "${ctx.namespace}" not found`;
	return `error: this practice lab simulates workloads in the "default" namespace only; "${ctx.namespace}" exists but holds no simulated workloads`;
}

/** One `TYPE NAME` or `TYPE/NAME` target, or an error. */
function singleTarget(ctx: CommandContext, what: string): { type: ResourceType; name: string } | string {
	const resolved = resolveTargets(ctx.args);
	if (!resolved.ok) return resolved.error;
	const t = resolved.targets[0];
	if (!t) return usageError(ctx, `Required resource not specified.`);
	const name = t.names[0];
	if (name === undefined) return usageError(ctx, `${what} requires a resource name`);
	return { type: t.type, name };
}

function runScale(ctx: CommandContext): RunResult {
	const replicas = ctx.flags['replicas'];
	if (replicas === undefined) return fail(ctx.state, usageError(ctx, 'required flag(s) "replicas" not set'));
	const guard = namespaceGuard(ctx);
	if (guard) return fail(ctx.state, guard);
	const target = singleTarget(ctx, 'scale');
	if (typeof target === 'string') return fail(ctx.state, target);
	const kind = KIND[target.type.name];
	if (kind !== 'Deployment' && kind !== 'ReplicaSet' && kind !== 'StatefulSet')
		return fail(ctx.state, `error: cannot scale ${qualifiedName(target.type)}: ${qualifiedName(target.type)} "${target.name}" has no scale subresource`);
	return apply(ctx.state, { type: 'scale', kind: kind as ScalableKind, name: target.name, replicas: replicas as number });
}

function runDelete(ctx: CommandContext): RunResult {
	const guard = namespaceGuard(ctx);
	if (guard) return fail(ctx.state, guard);
	if (typeof ctx.flags['filename'] === 'string')
		return fail(
			ctx.state,
			'error: "kubectl delete -f" is not simulated in this practice lab; delete by type and name, e.g. kubectl delete deployment nginx-deployment',
		);
	const resolved = resolveTargets(ctx.args);
	if (!resolved.ok) return fail(ctx.state, resolved.error);
	if (resolved.targets.length === 0)
		return fail(
			ctx.state,
			`error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`,
		);
	let state = ctx.state;
	const out: string[] = [];
	let code = 0;
	for (const { type, names } of resolved.targets) {
		const kind = KIND[type.name];
		if (names.length === 0 && ctx.flags['all'] !== true && typeof ctx.flags['selector'] !== 'string')
			return fail(state, `error: resource(s) were provided, but no name was specified`);
		if (type.name === 'configmaps' || type.name === 'secrets') {
			const configType = type.name;
			const targets =
				names.length > 0
					? names
					: requireMoreKinds()
							.listConfigObjects(state, configType, ctx.namespace)
							.filter((o) => typeof ctx.flags['selector'] !== 'string' || matchesSelectorText(ctx.flags['selector'], o.labels))
							.map((o) => o.name);
			if (targets.length === 0) out.push('No resources found');
			for (const name of targets) {
				const r = requireMoreKinds().deleteConfigObject(state, configType, name, ctx.namespace);
				state = r.state;
				out.push(r.output);
				if (!r.ok) code = 1;
			}
			continue;
		}
		if (type.name === 'jobs' || type.name === 'cronjobs') {
			const batchKind = type.name === 'jobs' ? 'Job' : 'CronJob';
			const targets =
				names.length > 0
					? names
					: objectsModule
							.listObjects(state, type, ctx.namespace)
							.filter((o) => typeof ctx.flags['selector'] !== 'string' || matchesSelectorText(ctx.flags['selector'], o.labels))
							.map((o) => o.name);
			if (targets.length === 0) out.push('No resources found');
			for (const name of targets) {
				const r = apply(state, { type: 'deleteBatch', kind: batchKind, name });
				state = r.state;
				out.push(r.output);
				if (r.exitCode !== 0) code = 1;
			}
			continue;
		}
		if (type.name === 'persistentvolumeclaims') {
			const targets =
				names.length > 0
					? names
					: state.cluster.pvcs
							.filter((c) => !c.deleting && (typeof ctx.flags['selector'] !== 'string' || matchesSelectorText(ctx.flags['selector'], c.labels)))
							.map((c) => c.name);
			if (targets.length === 0) out.push('No resources found');
			for (const name of targets) {
				const r = apply(state, { type: 'deleteClaim', name });
				state = r.state;
				out.push(r.output);
				if (r.exitCode !== 0) code = 1;
			}
			continue;
		}
		if (!kind || kind === 'Node') {
			out.push(`error: deleting ${type.name} is not simulated in this practice lab`);
			code = 1;
			continue;
		}
		let targets = names;
		if (names.length === 0) {
			// --all or -l: every (matching) object of the type in the namespace, like kubectl's resource builder.
			const parsed = typeof ctx.flags['selector'] === 'string' ? parseSelector(ctx.flags['selector']) : { ok: true as const, requirements: [] };
			if (!parsed.ok) return fail(state, `error: ${parsed.error}`);
			targets = objectsModule
				.listObjects(state, type, type.namespaced ? ctx.namespace : undefined)
				.filter((o) => !(o.value as { deleting?: boolean }).deleting && matchesRequirements(parsed.requirements, o.labels))
				.map((o) => o.name);
			if (targets.length === 0) out.push(`No resources found`);
		}
		for (const name of targets) {
			const r = apply(state, { type: 'delete', kind, name });
			state = r.state;
			out.push(r.exitCode === 0 ? `${qualifiedName(type, true)} "${name}" deleted` : r.output);
			if (r.exitCode !== 0) code = 1;
		}
	}
	return { state, output: out.join('\n'), exitCode: code };
}

function runSetImage(ctx: CommandContext): RunResult {
	const guard = namespaceGuard(ctx);
	if (guard) return fail(ctx.state, guard);
	const pairs = ctx.args.filter((a) => a.includes('='));
	const targetArgs = ctx.args.filter((a) => !a.includes('='));
	if (pairs.length === 0) return fail(ctx.state, usageError(ctx, 'at least one image update is required'));
	const resolved = resolveTargets(targetArgs);
	if (!resolved.ok) return fail(ctx.state, resolved.error);
	const t = resolved.targets[0];
	const name = t?.names[0];
	if (!t || name === undefined) return fail(ctx.state, usageError(ctx, 'one or more resources must be specified as <resource> <name> or <resource>/<name>'));
	const kind = KIND[t.type.name];
	if (kind !== 'Deployment' && kind !== 'StatefulSet' && kind !== 'DaemonSet')
		return fail(ctx.state, `error: setting images on ${t.type.name} is not simulated in this practice lab`);
	let state = ctx.state;
	let updated = false;
	for (const pair of pairs) {
		const [container, image] = pair.split('=') as [string, string];
		const before = state.cluster;
		const r = apply(state, { type: 'setImage', kind: kind as ImageKind, name, container, image });
		if (r.exitCode !== 0) return fail(ctx.state, r.output);
		if (r.state.cluster !== before && r.output !== '') updated = true;
		state = r.state;
	}
	return done(state, updated ? `${qualifiedName(t.type, true)}/${name} image updated` : '');
}

function deploymentTarget(ctx: CommandContext): { name: string } | string {
	const target = singleTarget(ctx, ctx.path);
	if (typeof target === 'string') return target;
	if (target.type.name !== 'deployments') return `error: ${ctx.path.replace('rollout ', '')} is simulated for deployments only in this practice lab`;
	return { name: target.name };
}

function runRolloutStatus(ctx: CommandContext): RunResult {
	const guard = namespaceGuard(ctx);
	if (guard) return fail(ctx.state, guard);
	const t = deploymentTarget(ctx);
	if (typeof t === 'string') return fail(ctx.state, t);
	let state = ctx.state;
	const lines: string[] = [];
	const watch = ctx.flags['watch'] !== false;
	for (let i = 0; i < 60; i++) {
		const s = getRolloutStatus(state.cluster, t.name);
		if (lines[lines.length - 1] !== s.message) lines.push(s.message);
		if (s.done) return { state, output: lines.join('\n'), exitCode: s.exitCode ?? 0 };
		if (!watch) return done(state, lines.join('\n'));
		state = { ...state, cluster: step(state.cluster, { type: 'tick' }) };
	}
	return fail(state, `${lines.join('\n')}\nerror: timed out waiting for the condition`);
}

function runRolloutHistory(ctx: CommandContext): RunResult {
	const t = deploymentTarget(ctx);
	if (typeof t === 'string') return fail(ctx.state, t);
	const text = formatRolloutHistory(ctx.state.cluster, t.name);
	return text.startsWith('Error') ? fail(ctx.state, text) : done(ctx.state, text);
}

function runRolloutUndo(ctx: CommandContext): RunResult {
	const guard = namespaceGuard(ctx);
	if (guard) return fail(ctx.state, guard);
	const t = deploymentTarget(ctx);
	if (typeof t === 'string') return fail(ctx.state, t);
	const to = ctx.flags['to-revision'];
	const r = apply(ctx.state, { type: 'rollbackDeployment', name: t.name, ...(typeof to === 'number' && to > 0 ? { toRevision: to } : {}) });
	return r;
}

function runRolloutPause(paused: boolean) {
	return (ctx: CommandContext): RunResult => {
		const t = deploymentTarget(ctx);
		if (typeof t === 'string') return fail(ctx.state, t);
		return apply(ctx.state, { type: 'setDeploymentPaused', name: t.name, paused });
	};
}

function runRolloutRestart(ctx: CommandContext): RunResult {
	const t = deploymentTarget(ctx);
	if (typeof t === 'string') return fail(ctx.state, t);
	const d = ctx.state.cluster.deployments.find((x) => x.name === t.name);
	if (!d) return fail(ctx.state, `Error from server (NotFound): deployments.apps "${t.name}" not found`);
	if (d.spec.paused) return fail(ctx.state, `error: deployments.apps "${t.name}" can't restart paused deployment (run rollout resume first)`);
	return apply(ctx.state, {
		type: 'setTemplateAnnotation',
		kind: 'Deployment',
		name: t.name,
		key: 'kubectl.kubernetes.io/restartedAt',
		value: timestamp(ctx.state.cluster.time),
	});
}

function deploymentManifest(name: string, image: string, replicas: number, port: number | undefined): Manifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: { name, labels: { app: name } },
		spec: {
			replicas,
			selector: { matchLabels: { app: name } },
			template: {
				metadata: { labels: { app: name } },
				spec: {
					containers: [{ name: image.split('/').pop()!.split(':')[0]!.split('@')[0]!, image, ...(port ? { ports: [{ containerPort: port }] } : {}) }],
				},
			},
		},
	};
}

function runCreateDeployment(ctx: CommandContext): RunResult | Promise<RunResult> {
	const guard = namespaceGuard(ctx);
	if (guard) return fail(ctx.state, guard);
	const name = ctx.args[0];
	if (name === undefined) return fail(ctx.state, usageError(ctx, 'exactly one NAME is required, got 0'));
	const images = ctx.flags['image'];
	if (!Array.isArray(images) || images.length === 0) return fail(ctx.state, usageError(ctx, 'required flag(s) "image" not set'));
	const replicas = typeof ctx.flags['replicas'] === 'number' ? ctx.flags['replicas'] : 1;
	const port = typeof ctx.flags['port'] === 'number' ? ctx.flags['port'] : undefined;
	const manifest = deploymentManifest(name, images[0]!, replicas, port);
	if (ctx.flags['dry-run'] !== undefined) return runDryRun(ctx, manifest);
	if (ctx.state.cluster.deployments.some((d) => d.name === name))
		return fail(ctx.state, `error: failed to create deployment: deployments.apps "${name}" already exists`);
	const r = apply(ctx.state, { type: 'apply', manifest });
	return r.exitCode === 0 ? done(r.state, `deployment.apps/${name} created`) : r;
}

function runCreateNamespace(ctx: CommandContext): RunResult {
	const name = ctx.args[0];
	if (name === undefined) return fail(ctx.state, usageError(ctx, 'exactly one NAME is required, got 0'));
	if (ctx.state.namespaces.some((n) => n.name === name)) return fail(ctx.state, `Error from server (AlreadyExists): namespaces "${name}" already exists`);
	if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63) {
		return fail(
			ctx.state,
			`The Namespace "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
		);
	}
	return done({ ...ctx.state, namespaces: [...ctx.state.namespaces, { name, createdAt: ctx.state.cluster.time }] }, `namespace/${name} created`);
}

function parseRules(ctx: CommandContext): RbacPolicy['roles'][number]['rules'] | string {
	const verbs = ctx.flags['verb'];
	const resources = ctx.flags['resource'];
	if (!Array.isArray(verbs) || verbs.length === 0) return usageError(ctx, 'at least one verb must be specified');
	if (!Array.isArray(resources) || resources.length === 0) return usageError(ctx, 'at least one resource must be specified');
	const rules: RbacPolicy['roles'][number]['rules'] = [];
	for (const r of resources) {
		const type = findResourceType(r);
		if (!type) return `error: the server doesn't have a resource type "${r}"`;
		const existing = rules.find((x) => x.apiGroups[0] === type.group);
		if (existing) existing.resources.push(type.name);
		else rules.push({ apiGroups: [type.group], resources: [type.name], verbs: [...verbs] });
	}
	return rules;
}

function runCreateRole(ctx: CommandContext): RunResult {
	const name = ctx.args[0];
	if (name === undefined) return fail(ctx.state, usageError(ctx, 'exactly one NAME is required, got 0'));
	if (!ctx.state.namespaces.some((n) => n.name === ctx.namespace))
		return fail(ctx.state, `error: failed to create role: namespaces "${ctx.namespace}" not found`);
	const rules = parseRules(ctx);
	if (typeof rules === 'string') return fail(ctx.state, rules);
	if (ctx.state.rbac.roles.some((r) => r.name === name && r.namespace === ctx.namespace))
		return fail(ctx.state, `error: failed to create role: roles.rbac.authorization.k8s.io "${name}" already exists`);
	const rbac = { ...ctx.state.rbac, roles: [...ctx.state.rbac.roles, { kind: 'Role' as const, name, namespace: ctx.namespace, rules }] };
	return done({ ...ctx.state, rbac }, `role.rbac.authorization.k8s.io/${name} created`);
}

function subjectsOf(ctx: CommandContext): RbacPolicy['roleBindings'][number]['subjects'] {
	const users = (ctx.flags['user'] as string[] | undefined) ?? [];
	const groups = (ctx.flags['group'] as string[] | undefined) ?? [];
	const sas = (ctx.flags['serviceaccount'] as string[] | undefined) ?? [];
	return [
		...users.map((name) => ({ kind: 'User' as const, name })),
		...groups.map((name) => ({ kind: 'Group' as const, name })),
		...sas.map((s) => {
			const [namespace, name] = s.split(':') as [string, string];
			return { kind: 'ServiceAccount' as const, name, namespace };
		}),
	];
}

function runCreateRoleBinding(ctx: CommandContext): RunResult {
	const name = ctx.args[0];
	if (name === undefined) return fail(ctx.state, usageError(ctx, 'exactly one NAME is required, got 0'));
	if (!ctx.state.namespaces.some((n) => n.name === ctx.namespace))
		return fail(ctx.state, `error: failed to create rolebinding: namespaces "${ctx.namespace}" not found`);
	const role = ctx.flags['role'];
	const clusterRole = ctx.flags['clusterrole'];
	if ((typeof role === 'string') === (typeof clusterRole === 'string'))
		return fail(ctx.state, usageError(ctx, 'exactly one of clusterrole or role must be specified'));
	const sas = (ctx.flags['serviceaccount'] as string[] | undefined) ?? [];
	if (sas.some((s) => s.split(':').length !== 2)) return fail(ctx.state, usageError(ctx, 'serviceaccount must be <namespace>:<name>'));
	if (ctx.state.rbac.roleBindings.some((r) => r.name === name && r.namespace === ctx.namespace))
		return fail(ctx.state, `error: failed to create rolebinding: rolebindings.rbac.authorization.k8s.io "${name}" already exists`);
	const binding = {
		kind: 'RoleBinding' as const,
		name,
		namespace: ctx.namespace,
		roleRef: typeof role === 'string' ? { kind: 'Role' as const, name: role } : { kind: 'ClusterRole' as const, name: clusterRole as string },
		subjects: subjectsOf(ctx),
	};
	return done(
		{ ...ctx.state, rbac: { ...ctx.state.rbac, roleBindings: [...ctx.state.rbac.roleBindings, binding] } },
		`rolebinding.rbac.authorization.k8s.io/${name} created`,
	);
}

function runExpose(ctx: CommandContext): RunResult | Promise<RunResult> {
	const guard = namespaceGuard(ctx);
	if (guard) return fail(ctx.state, guard);
	const target = singleTarget(ctx, 'expose');
	if (typeof target === 'string') return fail(ctx.state, target);
	const found = findObject(ctx.state, target.type, target.name, ctx.namespace);
	if (typeof found === 'string') return fail(ctx.state, found);
	const v = found.value as {
		spec: {
			selector?: Record<string, string>;
			template?: { spec: { containers: { ports?: { containerPort: number }[] }[] } };
			containers?: { ports?: { containerPort: number }[] }[];
		};
		labels: Record<string, string>;
	};
	const selector = target.type.name === 'pods' ? found.labels : target.type.name === 'services' ? v.spec.selector : v.spec.selector;
	if (!selector || Object.keys(selector).length === 0)
		return fail(ctx.state, `error: couldn't retrieve selectors via --selector flag or introspection: the ${target.type.singular} has no labels to select`);
	if (!['deployments', 'replicasets', 'pods', 'services'].includes(target.type.name)) return fail(ctx.state, `error: cannot expose a ${target.type.kind}`);
	const containers =
		target.type.name === 'pods'
			? (found.value as { spec: { containers: { ports?: { containerPort: number }[] }[] } }).spec.containers
			: (v.spec.template?.spec.containers ?? []);
	const port = typeof ctx.flags['port'] === 'number' ? ctx.flags['port'] : containers.flatMap((c) => c.ports ?? [])[0]?.containerPort;
	if (port === undefined) return fail(ctx.state, `error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples`);
	const svcType = typeof ctx.flags['type'] === 'string' ? ctx.flags['type'] : 'ClusterIP';
	const types: Record<string, 'ClusterIP' | 'NodePort' | 'LoadBalancer'> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer' };
	const resolvedType = types[svcType.toLowerCase()];
	if (!resolvedType)
		return fail(
			ctx.state,
			`The Service "${target.name}" is invalid: spec.type: Unsupported value: "${svcType}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
		);
	const name = typeof ctx.flags['name'] === 'string' ? ctx.flags['name'] : target.name;
	const targetPort =
		typeof ctx.flags['target-port'] === 'string'
			? /^\d+$/.test(ctx.flags['target-port'])
				? Number(ctx.flags['target-port'])
				: ctx.flags['target-port']
			: port;
	const manifest: Manifest = {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: { name, labels: { ...found.labels } },
		spec: { type: resolvedType, selector: { ...selector }, ports: [{ port, targetPort, protocol: 'TCP' }] },
	};
	if (ctx.flags['dry-run'] !== undefined) return runDryRun(ctx, manifest);
	if (ctx.state.cluster.services.some((s) => s.name === name)) return fail(ctx.state, `Error from server (AlreadyExists): services "${name}" already exists`);
	const r = apply(ctx.state, { type: 'apply', manifest });
	return r.exitCode === 0 ? done(r.state, `service/${name} exposed`) : r;
}

function runLabel(ctx: CommandContext): RunResult {
	const pairs = ctx.args.filter((a) => a.includes('=') || a.endsWith('-'));
	const targetArgs = ctx.args.filter((a) => !pairs.includes(a));
	const resolved = resolveTargets(targetArgs);
	if (!resolved.ok) return fail(ctx.state, resolved.error);
	const t = resolved.targets[0];
	const name = t?.names[0];
	if (!t || name === undefined) return fail(ctx.state, usageError(ctx, 'one or more resources must be specified as <resource> <name> or <resource>/<name>'));
	if (pairs.length === 0) return fail(ctx.state, usageError(ctx, 'at least one label update is required'));
	const guard = namespaceGuard(ctx, t.type);
	if (guard) return fail(ctx.state, guard);
	const kind = KIND[t.type.name];
	if (!kind) return fail(ctx.state, `error: labelling ${t.type.name} is not simulated in this practice lab`);
	const found = findObject(ctx.state, t.type, name, ctx.namespace);
	if (typeof found === 'string') return fail(ctx.state, found);
	const labels: Record<string, string> = { ...found.labels };
	for (const p of pairs) {
		if (p.endsWith('-') && !p.includes('=')) {
			delete labels[p.slice(0, -1)];
			continue;
		}
		const [k, v] = p.split('=') as [string, string];
		if (Object.hasOwn(found.labels, k) && found.labels[k] !== v && ctx.flags['overwrite'] !== true) {
			return fail(ctx.state, `error: '${k}' already has a value (${found.labels[k]}), and --overwrite is false`);
		}
		labels[k] = v;
	}
	const r = apply(ctx.state, { type: 'setLabels', kind: kind as LabelableKind, name, labels });
	if (r.exitCode !== 0) return r;
	const changed = JSON.stringify(labels) !== JSON.stringify(found.labels);
	return done(r.state, `${qualifiedName(t.type, true)}/${name} ${changed ? 'labeled' : 'not labeled'}`);
}

function nodeName(ctx: CommandContext): string | RunResult {
	const name = ctx.args[0]?.replace(/^(node|nodes|no)\//, '');
	if (name === undefined) return fail(ctx.state, usageError(ctx, 'USAGE: cordon NODE [flags]'.replace('cordon', ctx.path)));
	if (!ctx.state.cluster.nodes.some((n) => n.name === name)) return fail(ctx.state, `Error from server (NotFound): nodes "${name}" not found`);
	return name;
}

function runCordon(unschedulable: boolean) {
	return (ctx: CommandContext): RunResult => {
		const name = nodeName(ctx);
		if (typeof name !== 'string') return name;
		return apply(ctx.state, { type: 'setNodeUnschedulable', name, unschedulable });
	};
}

function runDrain(ctx: CommandContext): RunResult {
	const name = nodeName(ctx);
	if (typeof name !== 'string') return name;
	const pods = ctx.state.cluster.pods.filter((p) => p.nodeName === name && !p.deleting);
	const daemon = pods.filter((p) => p.owner?.kind === 'DaemonSet');
	const bare = pods.filter((p) => p.owner === undefined);
	const errors: string[] = [];
	if (daemon.length > 0 && ctx.flags['ignore-daemonsets'] !== true)
		errors.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemon.map((p) => `default/${p.name}`).join(', ')}`);
	if (bare.length > 0 && ctx.flags['force'] !== true)
		errors.push(`cannot delete Pods that declare no controller (use --force to override): ${bare.map((p) => `default/${p.name}`).join(', ')}`);
	const cordoned = apply(ctx.state, { type: 'setNodeUnschedulable', name, unschedulable: true });
	const lines = [cordoned.output];
	if (errors.length > 0) {
		return fail(
			cordoned.state,
			`${lines.join('\n')}\nerror: unable to drain node "${name}" due to error: ${errors.join(', ')}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${errors.map((e) => `error: ${e}`).join('\n')}`,
		);
	}
	let state = cordoned.state;
	if (daemon.length > 0) lines.push(`Warning: ignoring DaemonSet-managed Pods: ${daemon.map((p) => `default/${p.name}`).join(', ')}`);
	if (bare.length > 0) lines.push(`Warning: deleting Pods that declare no controller: ${bare.map((p) => `default/${p.name}`).join(', ')}`);
	const evict = pods.filter((p) => p.owner?.kind !== 'DaemonSet');
	for (const p of evict) {
		lines.push(`evicting pod default/${p.name}`);
		state = { ...state, cluster: step(state.cluster, { type: 'deletePod', name: p.name }) };
	}
	state = { ...state, cluster: step(state.cluster, { type: 'tick' }) };
	for (const p of evict) lines.push(`pod/${p.name} evicted`);
	lines.push(`node/${name} drained`);
	return done(state, lines.join('\n'));
}

/** Verbs `kubectl auth can-i` knows (kubectl's auth/cani.go validation). */
const CAN_I_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', 'escalate', '*'];

function runCanI(ctx: CommandContext): RunResult {
	const [verb, resourceArg] = ctx.args;
	if (verb === undefined || resourceArg === undefined)
		return fail(ctx.state, usageError(ctx, 'you must specify two arguments: verb resource or verb resource/resourceName.'));
	const [resWord, resourceName] = resourceArg.split('/') as [string, string | undefined];
	const type = findResourceType(resWord);
	const lines: string[] = [];
	if (!CAN_I_VERBS.includes(verb)) lines.push(`Warning: verb '${verb}' is not a known verb`);
	if (!type) lines.push(`Warning: the server doesn't have a resource type '${resWord}'`);
	const resource = type?.name ?? resWord;
	const group = type?.group ?? '';
	const allNs = ctx.flags['all-namespaces'] === true;
	if (type && !type.namespaced && !allNs) lines.push(`Warning: resource '${resource}' is not namespace scoped`);
	const as = ctx.flags['as'];
	const asGroups = (ctx.flags['as-group'] as string[] | undefined) ?? [];
	const subject =
		typeof as === 'string'
			? as.startsWith('system:serviceaccount:')
				? { kind: 'ServiceAccount' as const, namespace: as.split(':')[2]!, name: as.split(':')[3]! }
				: { kind: 'User' as const, name: as, groups: asGroups }
			: { kind: 'User' as const, name: LAB_USER.name, groups: LAB_USER.groups };
	const result = checkAccess(ctx.state.rbac as never, {
		subject,
		verb,
		resource,
		apiGroup: group,
		...(type && !type.namespaced ? {} : allNs ? {} : { namespace: ctx.namespace }),
		...(resourceName ? { name: resourceName } : {}),
	});
	lines.push(result.allowed ? 'yes' : 'no');
	return { state: ctx.state, output: lines.join('\n'), exitCode: result.allowed ? 0 : 1 };
}

function runTop(ctx: CommandContext): RunResult {
	if (!ctx.state.metricsServer) return fail(ctx.state, 'error: Metrics API not available');
	return fail(ctx.state, 'error: Metrics API not available');
}

function runVersion(ctx: CommandContext): RunResult {
	if (ctx.flags['client'] === true) return done(ctx.state, `Client Version: ${KUBERNETES_VERSION}\nKustomize Version: v5.7.1`);
	return done(ctx.state, `Client Version: ${KUBERNETES_VERSION}\nKustomize Version: v5.7.1\nServer Version: ${KUBERNETES_VERSION}`);
}

function runDescribe(ctx: CommandContext): RunResult {
	const resolved = resolveTargets(ctx.args);
	if (!resolved.ok) return fail(ctx.state, resolved.error);
	if (resolved.targets.length === 0)
		return fail(
			ctx.state,
			`You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee 'kubectl describe -h' for help and examples`,
		);
	const out: string[] = [];
	let code = 0;
	for (const { type, names } of resolved.targets) {
		const objects = names.length > 0 ? names.map((n) => findObject(ctx.state, type, n, ctx.namespace)) : [];
		if (names.length === 0) {
			const { listObjects } = objectsModule;
			const all = listObjects(ctx.state, type, type.namespaced ? ctx.namespace : undefined);
			if (all.length === 0) {
				out.push(type.namespaced ? `No resources found in ${ctx.namespace} namespace.` : 'No resources found');
				continue;
			}
			objects.push(...all);
		}
		for (const o of objects) {
			if (typeof o === 'string') {
				out.push(o);
				code = 1;
				continue;
			}
			const text = describeObject(ctx.state, type, o);
			if (text === undefined) {
				out.push(`error: describe for ${type.name} is not simulated in this practice lab; try kubectl get ${type.name} ${o.name} -o yaml`);
				code = 1;
			} else out.push(text);
		}
	}
	return { state: ctx.state, output: out.join('\n\n\n'), exitCode: code };
}

import * as objectsModule from './objects.ts';
import { runExplain } from './explain.ts';
import { runLogs } from './logs.ts';

const DRY_RUN: { name: string; type: 'string' } = { name: 'dry-run', type: 'string' };

/** Every command the lab simulates, in kubectl's help order. */
export const COMMANDS: readonly CommandDef[] = [
	{
		name: 'create',
		summary: 'Create a resource from a file or from stdin',
		subcommands: [
			{
				name: 'deployment',
				aliases: ['deploy'],
				summary: 'Create a deployment with the specified name',
				flags: [
					{ name: 'image', type: 'strings' },
					{ name: 'replicas', short: 'r', type: 'int' },
					{ name: 'port', type: 'int' },
					DRY_RUN,
					{ name: 'output', short: 'o', type: 'string' },
				],
				run: runCreateDeployment,
				usage: 'kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]',
			},
			{
				name: 'cronjob',
				aliases: ['cj'],
				summary: 'Create a cron job with the specified name',
				flags: [
					{ name: 'image', type: 'string' },
					{ name: 'schedule', type: 'string' },
					{ name: 'restart', type: 'string' },
				],
				run: (ctx) => requireMoreKinds().runCreateCronJob(ctx),
				usage: "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
			},
			{
				name: 'configmap',
				aliases: ['cm'],
				summary: 'Create a config map from a local file, directory or literal value',
				flags: [
					{ name: 'from-literal', type: 'stringArray' },
					{ name: 'from-file', type: 'stringArray' },
				],
				run: (ctx) => requireMoreKinds().runCreateConfigMap(ctx),
				usage: 'kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
			},
			{
				name: 'job',
				summary: 'Create a job with the specified name',
				flags: [
					{ name: 'image', type: 'string' },
					{ name: 'from', type: 'string' },
				],
				run: (ctx) => requireMoreKinds().runCreateJob(ctx),
				usage: 'kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]',
			},
			{
				name: 'namespace',
				aliases: ['ns'],
				summary: 'Create a namespace with the specified name',
				run: runCreateNamespace,
				usage: 'kubectl create namespace NAME [--dry-run=server|client|none] [options]',
			},
			{
				name: 'secret',
				summary: 'Create a secret using a specified subcommand',
				subcommands: [
					{
						name: 'generic',
						summary: 'Create a secret from a local file, directory, or literal value',
						flags: [
							{ name: 'from-literal', type: 'stringArray' },
							{ name: 'from-file', type: 'stringArray' },
							{ name: 'type', type: 'string' },
						],
						run: (ctx) => requireMoreKinds().runCreateSecretGeneric(ctx),
						usage: 'kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
					},
				],
			},
			{
				name: 'role',
				summary: 'Create a role with single rule',
				flags: [
					{ name: 'verb', type: 'strings' },
					{ name: 'resource', type: 'strings' },
				],
				run: runCreateRole,
				usage: 'kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]',
			},
			{
				name: 'rolebinding',
				summary: 'Create a role binding for a particular role or cluster role',
				flags: [
					{ name: 'role', type: 'string' },
					{ name: 'clusterrole', type: 'string' },
					{ name: 'user', type: 'strings' },
					{ name: 'group', type: 'strings' },
					{ name: 'serviceaccount', type: 'strings' },
				],
				run: runCreateRoleBinding,
				usage: 'kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]',
			},
		],
	},
	{
		name: 'expose',
		summary: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
		flags: [
			{ name: 'port', type: 'int' },
			{ name: 'target-port', type: 'string' },
			{ name: 'type', type: 'string' },
			{ name: 'name', type: 'string' },
			DRY_RUN,
			{ name: 'output', short: 'o', type: 'string' },
		],
		run: runExpose,
		usage: 'kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]',
	},
	{
		name: 'get',
		summary: 'Display one or many resources',
		flags: GET_FLAGS,
		run: runGet,
		usage: 'kubectl get [(-o|--output=)json|yaml|name|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]',
	},
	{
		name: 'explain',
		summary: 'Get documentation for a resource',
		run: runExplain,
		usage: 'kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]',
	},
	{
		name: 'set',
		summary: 'Set specific features on objects',
		subcommands: [
			{
				name: 'image',
				summary: 'Update the image of a pod template',
				run: runSetImage,
				usage: 'kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]',
			},
		],
	},
	{
		name: 'delete',
		summary: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
		flags: [
			{ name: 'filename', short: 'f', type: 'string' },
			{ name: 'all', type: 'bool' },
			{ name: 'selector', short: 'l', type: 'string' },
		],
		run: runDelete,
		usage: 'kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]',
	},
	{
		name: 'rollout',
		summary: 'Manage the rollout of a resource',
		subcommands: [
			{ name: 'history', summary: 'View rollout history', flags: [{ name: 'revision', type: 'int' }], run: runRolloutHistory },
			{ name: 'pause', summary: 'Mark the provided resource as paused', run: runRolloutPause(true) },
			{ name: 'restart', summary: 'Restart a resource', run: runRolloutRestart },
			{ name: 'resume', summary: 'Resume a paused resource', run: runRolloutPause(false) },
			{
				name: 'status',
				summary: 'Show the status of the rollout',
				flags: [
					{ name: 'watch', short: 'w', type: 'bool' },
					{ name: 'timeout', type: 'string' },
				],
				run: runRolloutStatus,
			},
			{ name: 'undo', summary: 'Undo a previous rollout', flags: [{ name: 'to-revision', type: 'int' }], run: runRolloutUndo },
		],
	},
	{
		name: 'scale',
		summary: 'Set a new size for a deployment, replica set, or replication controller',
		flags: [{ name: 'replicas', type: 'int' }],
		run: runScale,
		usage: 'kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]',
	},
	{
		name: 'top',
		summary: 'Display resource (CPU/memory) usage',
		subcommands: [
			{ name: 'node', aliases: ['nodes', 'no'], summary: 'Display resource (CPU/memory) usage of nodes', run: runTop },
			{ name: 'pod', aliases: ['pods', 'po'], summary: 'Display resource (CPU/memory) usage of pods', run: runTop },
		],
	},
	{ name: 'cordon', summary: 'Mark node as unschedulable', run: runCordon(true), usage: 'kubectl cordon NODE [options]' },
	{ name: 'uncordon', summary: 'Mark node as schedulable', run: runCordon(false), usage: 'kubectl uncordon NODE [options]' },
	{
		name: 'drain',
		summary: 'Drain node in preparation for maintenance',
		flags: [
			{ name: 'ignore-daemonsets', type: 'bool' },
			{ name: 'force', type: 'bool' },
			{ name: 'delete-emptydir-data', type: 'bool' },
		],
		run: runDrain,
		usage: 'kubectl drain NODE [options]',
	},
	{
		name: 'describe',
		summary: 'Show details of a specific resource or group of resources',
		flags: [{ name: 'selector', short: 'l', type: 'string' }],
		run: runDescribe,
		usage: 'kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]',
	},
	{
		name: 'logs',
		summary: 'Print the logs for a container in a pod',
		flags: [
			{ name: 'container', short: 'c', type: 'string' },
			{ name: 'follow', short: 'f', type: 'bool' },
			{ name: 'tail', type: 'int' },
			{ name: 'previous', short: 'p', type: 'bool' },
		],
		run: runLogs,
		usage: 'kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]',
	},
	{
		name: 'auth',
		summary: 'Inspect authorization',
		subcommands: [
			{
				name: 'can-i',
				summary: 'Check whether an action is allowed',
				flags: [{ name: 'all-namespaces', short: 'A', type: 'bool' }],
				run: runCanI,
				usage: 'kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]',
			},
		],
	},
	{
		name: 'apply',
		summary: 'Apply a configuration to a resource by file name or stdin',
		flags: [{ name: 'filename', short: 'f', type: 'strings' }, DRY_RUN, { name: 'output', short: 'o', type: 'string' }],
		run: runApply,
		usage: 'kubectl apply (-f FILENAME | -k DIRECTORY) [options]',
	},
	{
		name: 'label',
		summary: 'Update the labels on a resource',
		flags: [{ name: 'overwrite', type: 'bool' }],
		run: runLabel,
		usage: 'kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
	},
	{ name: 'version', summary: 'Print the client and server version information', flags: [{ name: 'client', type: 'bool' }], run: runVersion },
	{ name: 'help', summary: 'Help about any command', run: (ctx) => runHelp(ctx.state, COMMANDS) },
];

/** Re-exported for the commands that need the state type. */
export type { LabState };
