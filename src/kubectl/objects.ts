/**
 * A uniform view over the cluster's objects for the commands: list a type, find one by
 * name, and turn one into the API object kubectl prints with `-o yaml|json`
 * (apiVersion, kind, metadata, spec, status; fields the model does not track are left out).
 */
import { getEndpoints, type Cluster, type Labels, type PodTemplate, type YamlValue } from '../sim/index.ts';
import { moreKinds, requireMoreKinds } from './kinds-loader.ts';
import type { ResourceType } from './resources.ts';
import { WORKLOAD_NAMESPACE, type LabState } from './state.ts';

/** One object of any type: what tables, selectors and `-o name` need, plus the model value. */
export interface LabObject {
	readonly type: string;
	readonly name: string;
	readonly namespace?: string;
	readonly labels: Labels;
	readonly createdAt: number;
	readonly value: unknown;
}

/** A fixed wall-clock origin for simulated time 0, so creationTimestamp is deterministic. */
export const CLUSTER_EPOCH_MS = Date.UTC(2026, 0, 5, 9, 0, 0);

/** RFC 3339 timestamp of a simulated time, like metadata.creationTimestamp. */
export function timestamp(seconds: number): string {
	return new Date(CLUSTER_EPOCH_MS + Math.floor(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** EndpointSlice name of a Service: `<service>-<5 chars>` like the EndpointSlice controller's generateName. */
export function endpointSliceName(cluster: Cluster, service: string): string {
	const svc = cluster.services.find((s) => s.name === service);
	const uid = svc?.uid.replace(/-/g, '') ?? '00000';
	const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
	let suffix = '';
	for (let i = 0; i < 5; i++) suffix += alphabet[Number.parseInt(uid[i] ?? '0', 16) % alphabet.length];
	return `${service}-${suffix}`;
}

/** Every object of a type in a namespace (undefined namespace: all namespaces; cluster-scoped types ignore it). */
export function listObjects(state: LabState, type: ResourceType, namespace: string | undefined): LabObject[] {
	const c = state.cluster;
	const inWorkloadNs = namespace === undefined || namespace === WORKLOAD_NAMESPACE;
	const ns = WORKLOAD_NAMESPACE;
	const sorted = <T extends LabObject>(items: T[]): T[] => items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	switch (type.name) {
		case 'nodes':
			return sorted(c.nodes.map((n) => ({ type: type.name, name: n.name, labels: n.labels, createdAt: n.createdAt, value: n })));
		case 'namespaces':
			return sorted(
				state.namespaces.map((n) => ({
					type: type.name,
					name: n.name,
					labels: { 'kubernetes.io/metadata.name': n.name },
					createdAt: n.createdAt,
					value: n,
				})),
			);
		case 'clusterroles':
			return sorted(state.rbac.clusterRoles.map((r) => ({ type: type.name, name: r.name, labels: {}, createdAt: 0, value: r })));
		case 'clusterrolebindings':
			return sorted(state.rbac.clusterRoleBindings.map((r) => ({ type: type.name, name: r.name, labels: {}, createdAt: 0, value: r })));
		case 'roles':
			return sorted(
				state.rbac.roles
					.filter((r) => namespace === undefined || r.namespace === namespace)
					.map((r) => ({ type: type.name, name: r.name, namespace: r.namespace, labels: {}, createdAt: 0, value: r })),
			);
		case 'configmaps':
		case 'secrets':
			// Before the first command (Tab completion only) the module may not be loaded yet: nothing to list from it.
			return moreKinds()?.listConfigObjects(state, type.name, namespace) ?? [];
		case 'persistentvolumes':
		case 'storageclasses':
			return moreKinds()?.listStorageObjects(state, type.name) ?? [];
		case 'jobs':
		case 'cronjobs':
			return inWorkloadNs ? (moreKinds()?.listBatchObjects(state, type.name) ?? []) : [];
		case 'rolebindings':
			return sorted(
				state.rbac.roleBindings
					.filter((r) => namespace === undefined || r.namespace === namespace)
					.map((r) => ({ type: type.name, name: r.name, namespace: r.namespace, labels: {}, createdAt: 0, value: r })),
			);
	}
	if (!inWorkloadNs) return [];
	const wrap = (items: readonly { name: string; labels: Labels; createdAt: number }[]): LabObject[] =>
		sorted(items.map((x) => ({ type: type.name, name: x.name, namespace: ns, labels: x.labels, createdAt: x.createdAt, value: x })));
	switch (type.name) {
		case 'pods':
			return wrap(c.pods);
		case 'deployments':
			return wrap(c.deployments);
		case 'replicasets':
			return wrap(c.replicaSets);
		case 'statefulsets':
			return wrap(c.statefulSets);
		case 'daemonsets':
			return wrap(c.daemonSets);
		case 'services':
			return wrap(c.services);
		case 'persistentvolumeclaims':
			return wrap(c.pvcs);
		case 'endpointslices':
			return sorted(
				c.services
					.filter((s) => s.spec.selector !== undefined)
					.map((s) => ({
						type: type.name,
						name: endpointSliceName(c, s.name),
						namespace: ns,
						labels: { 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': s.name },
						createdAt: s.createdAt,
						value: s,
					})),
			);
		case 'events':
			return c.events.map((e) => ({
				type: type.name,
				name: `${e.object.split('/')[1] ?? e.object}.${e.seq.toString(16).padStart(16, '0')}`,
				namespace: ns,
				labels: {},
				createdAt: e.time,
				value: e,
			}));
	}
	return [];
}

function clean(value: Record<string, YamlValue | undefined>): Record<string, YamlValue> {
	const out: Record<string, YamlValue> = {};
	for (const [k, v] of Object.entries(value)) {
		if (v === undefined) continue;
		if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
		out[k] = v;
	}
	return out;
}

function templateObject(t: PodTemplate): YamlValue {
	return {
		metadata: clean({ labels: { ...t.metadata.labels }, annotations: t.metadata.annotations ? { ...t.metadata.annotations } : undefined }),
		spec: clean({
			containers: t.spec.containers.map((c) =>
				clean({
					image: c.image,
					imagePullPolicy: c.image.endsWith(':latest') || !c.image.includes(':') ? 'Always' : 'IfNotPresent',
					name: c.name,
					ports: c.ports?.map((p) => clean({ containerPort: p.containerPort, name: p.name, protocol: p.protocol })),
					resources: c.resources ? (JSON.parse(JSON.stringify(c.resources)) as YamlValue) : {},
					terminationMessagePath: '/dev/termination-log',
					terminationMessagePolicy: 'File',
				}),
			),
			dnsPolicy: 'ClusterFirst',
			nodeSelector: t.spec.nodeSelector ? { ...t.spec.nodeSelector } : undefined,
			restartPolicy: t.spec.restartPolicy,
			schedulerName: 'default-scheduler',
			securityContext: {},
			terminationGracePeriodSeconds: t.spec.terminationGracePeriodSeconds,
			tolerations: t.spec.tolerations ? (JSON.parse(JSON.stringify(t.spec.tolerations)) as YamlValue) : undefined,
		}),
	};
}

/** The API object of `obj` as kubectl's `-o yaml|json` shows it. */
export function toApiObject(state: LabState, type: ResourceType, obj: LabObject): Record<string, YamlValue> {
	const c = state.cluster;
	const v = obj.value as Record<string, unknown>;
	const apiVersion = type.group === '' ? type.version : `${type.group}/${type.version}`;
	const uid = typeof v['uid'] === 'string' ? (v['uid'] as string) : undefined;
	const annotations = v['annotations'] && Object.keys(v['annotations'] as object).length > 0 ? { ...(v['annotations'] as Labels) } : undefined;
	const owner = v['owner'] as { kind: string; name: string; uid: string } | undefined;
	const metadata = clean({
		annotations,
		creationTimestamp: timestamp(obj.createdAt),
		generation: typeof v['generation'] === 'number' ? (v['generation'] as number) : undefined,
		labels: Object.keys(obj.labels).length ? { ...obj.labels } : undefined,
		name: obj.name,
		namespace: obj.namespace,
		ownerReferences: owner
			? [
					{
						apiVersion: owner.kind === 'Pod' ? 'v1' : 'apps/v1',
						blockOwnerDeletion: true,
						controller: true,
						kind: owner.kind,
						name: owner.name,
						uid: owner.uid,
					},
				]
			: undefined,
		uid,
	});
	const head = { apiVersion, kind: type.kind, metadata };
	const json = (x: unknown): YamlValue => JSON.parse(JSON.stringify(x)) as YamlValue;
	switch (type.name) {
		case 'pods': {
			const p = c.pods.find((x) => x.name === obj.name)!;
			return {
				...head,
				spec: {
					...(templateObject({ metadata: { labels: {} }, spec: p.spec }) as { spec: Record<string, YamlValue> }).spec,
					...(p.nodeName ? { nodeName: p.nodeName } : {}),
				},
				status: clean({
					phase: p.phase,
					hostIP: p.nodeName ? c.nodes.find((n) => n.name === p.nodeName)?.ip : undefined,
					podIP: p.ip,
					qosClass: undefined,
					startTime: p.nodeName ? timestamp(p.createdAt) : undefined,
				}),
			};
		}
		case 'deployments': {
			const d = c.deployments.find((x) => x.name === obj.name)!;
			const strategy =
				d.spec.strategy.type === 'RollingUpdate' ? { type: 'RollingUpdate', rollingUpdate: json(d.spec.strategy.rollingUpdate) } : { type: 'Recreate' };
			return {
				...head,
				spec: clean({
					minReadySeconds: d.spec.minReadySeconds || undefined,
					paused: d.spec.paused || undefined,
					progressDeadlineSeconds: d.spec.progressDeadlineSeconds,
					replicas: d.spec.replicas,
					revisionHistoryLimit: d.spec.revisionHistoryLimit,
					selector: { matchLabels: { ...d.spec.selector } },
					strategy,
					template: templateObject(d.spec.template),
				}),
				status: clean({
					availableReplicas: d.status.availableReplicas || undefined,
					conditions: d.status.conditions.map((x) => ({
						lastTransitionTime: timestamp(x.lastTransitionTime),
						lastUpdateTime: timestamp(x.lastUpdateTime),
						message: x.message,
						reason: x.reason,
						status: x.status,
						type: x.type,
					})),
					observedGeneration: d.status.observedGeneration,
					readyReplicas: d.status.readyReplicas || undefined,
					replicas: d.status.replicas || undefined,
					unavailableReplicas: d.status.unavailableReplicas || undefined,
					updatedReplicas: d.status.updatedReplicas || undefined,
				}),
			};
		}
		case 'replicasets': {
			const rs = c.replicaSets.find((x) => x.name === obj.name)!;
			return {
				...head,
				spec: clean({
					minReadySeconds: rs.spec.minReadySeconds || undefined,
					replicas: rs.spec.replicas,
					selector: { matchLabels: { ...rs.spec.selector } },
					template: templateObject(rs.spec.template),
				}),
				status: clean({
					availableReplicas: rs.status.availableReplicas || undefined,
					readyReplicas: rs.status.readyReplicas || undefined,
					replicas: rs.status.replicas,
				}),
			};
		}
		case 'statefulsets': {
			const s = c.statefulSets.find((x) => x.name === obj.name)!;
			return {
				...head,
				spec: clean({
					podManagementPolicy: s.spec.podManagementPolicy,
					replicas: s.spec.replicas,
					selector: { matchLabels: { ...s.spec.selector } },
					serviceName: s.spec.serviceName,
					template: templateObject(s.spec.template),
					updateStrategy: json(s.spec.updateStrategy),
				}),
				status: json(s.status),
			};
		}
		case 'daemonsets': {
			const s = c.daemonSets.find((x) => x.name === obj.name)!;
			return {
				...head,
				spec: clean({
					selector: { matchLabels: { ...s.spec.selector } },
					template: templateObject(s.spec.template),
					updateStrategy: json(s.spec.updateStrategy),
				}),
				status: json(s.status),
			};
		}
		case 'services': {
			const s = c.services.find((x) => x.name === obj.name)!;
			return {
				...head,
				spec: clean({
					clusterIP: s.spec.clusterIP,
					clusterIPs: [s.spec.clusterIP],
					externalTrafficPolicy: s.spec.type === 'ClusterIP' ? undefined : s.spec.externalTrafficPolicy,
					internalTrafficPolicy: 'Cluster',
					ipFamilies: ['IPv4'],
					ipFamilyPolicy: 'SingleStack',
					ports: s.spec.ports.map((p) => clean({ name: p.name, nodePort: p.nodePort, port: p.port, protocol: p.protocol, targetPort: p.targetPort })),
					selector: s.spec.selector ? { ...s.spec.selector } : undefined,
					sessionAffinity: 'None',
					type: s.spec.type,
				}),
				status: { loadBalancer: s.status.loadBalancerIP ? { ingress: [{ ip: s.status.loadBalancerIP, ipMode: 'VIP' }] } : {} },
			};
		}
		case 'nodes': {
			const n = c.nodes.find((x) => x.name === obj.name)!;
			return {
				...head,
				spec: clean({
					podCIDR: `10.244.${n.podCidrIndex}.0/24`,
					taints: n.taints.length ? json(n.taints) : undefined,
					unschedulable: n.unschedulable ? true : undefined,
				}),
				status: {
					addresses: [
						{ address: n.ip, type: 'InternalIP' },
						{ address: n.name, type: 'Hostname' },
					],
					allocatable: { cpu: `${n.capacity.cpu / 1000}`, memory: `${Math.floor(n.capacity.memory / 1024)}Ki`, pods: `${n.capacity.pods}` },
					capacity: { cpu: `${n.capacity.cpu / 1000}`, memory: `${Math.floor(n.capacity.memory / 1024)}Ki`, pods: `${n.capacity.pods}` },
					conditions: [{ reason: n.ready ? 'KubeletReady' : 'NodeStatusUnknown', status: n.ready ? 'True' : 'Unknown', type: 'Ready' }],
				},
			};
		}
		case 'namespaces':
			return { ...head, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } };
		case 'configmaps':
		case 'secrets':
			return requireMoreKinds().configApiObject(obj);
		case 'persistentvolumeclaims':
		case 'persistentvolumes':
		case 'storageclasses':
			return requireMoreKinds().storageApiObject(type.name, obj)!;
		case 'jobs':
		case 'cronjobs':
			return requireMoreKinds().batchApiObject(obj);
		case 'endpointslices': {
			const svc = obj.value as { name: string };
			const eps = getEndpoints(c, svc.name);
			const service = c.services.find((s) => s.name === svc.name)!;
			return {
				apiVersion,
				kind: type.kind,
				addressType: 'IPv4',
				endpoints: eps.map((e) =>
					clean({
						addresses: [e.ip],
						conditions: { ready: e.ready, serving: e.ready || e.terminating, terminating: e.terminating },
						nodeName: e.nodeName,
						targetRef: { kind: 'Pod', name: e.podName, namespace: WORKLOAD_NAMESPACE },
					}),
				),
				metadata,
				ports: service.spec.ports.map((p) =>
					clean({ name: p.name ?? '', port: typeof p.targetPort === 'number' ? p.targetPort : p.port, protocol: p.protocol }),
				),
			};
		}
		default:
			return { ...head, ...(json({ ...(obj.value as object), name: undefined, namespace: undefined, kind: undefined }) as Record<string, YamlValue>) };
	}
}
