/**
 * `kubectl get` tables per type: column names and cell formats of kubectl's printers
 * (pkg/printers/internalversion/printers.go), wide columns for `-o wide`.
 */
import {
	formatAge,
	formatExternalIp,
	formatServicePorts,
	getEndpoints,
	KUBERNETES_VERSION,
	type Cluster,
	type DaemonSet,
	type Deployment,
	type Labels,
	type Node,
	type Pod,
	type PodTemplate,
	type ReplicaSet,
	type Service,
	type StatefulSet,
} from '../sim/index.ts';
import { requireMoreKinds } from './kinds-loader.ts';
import type { LabObject } from './objects.ts';
import type { LabNamespace } from './state.ts';

/** Columns and cells of one type's table. */
export interface TypeTable {
	readonly columns: readonly string[];
	readonly rows: readonly (readonly string[])[];
}

/** `app=nginx,tier=web` or `<none>` (kubectl's labels.FormatLabels). */
export function formatLabelMap(labels: Labels | undefined): string {
	const pairs = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
	return pairs.length === 0 ? '<none>' : pairs.map(([k, v]) => `${k}=${v}`).join(',');
}

const containers = (t: PodTemplate): string => t.spec.containers.map((c) => c.name).join(',');
const images = (t: PodTemplate): string => t.spec.containers.map((c) => c.image).join(',');

/** Node ROLES: from node-role.kubernetes.io/<role> labels, `<none>` without. */
export function nodeRoles(n: Node): string {
	const roles = Object.keys(n.labels)
		.filter((k) => k.startsWith('node-role.kubernetes.io/'))
		.map((k) => k.slice('node-role.kubernetes.io/'.length))
		.sort();
	return roles.length ? roles.join(',') : '<none>';
}

/** Node STATUS: Ready / NotReady, plus SchedulingDisabled when cordoned. */
export function nodeStatus(n: Node): string {
	return `${n.ready ? 'Ready' : 'NotReady'}${n.unschedulable ? ',SchedulingDisabled' : ''}`;
}

/** The table of objects of one type (rows in the order given). */
export function buildTable(cluster: Cluster, type: string, objects: readonly LabObject[], wide: boolean, displayName: (o: LabObject) => string): TypeTable {
	const age = (o: LabObject): string => formatAge(cluster.time - o.createdAt);
	switch (type) {
		case 'pods':
			return {
				columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', ...(wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : [])],
				rows: objects.map((o) => {
					const p = o.value as Pod;
					const total = p.spec.containers.length;
					return [
						displayName(o),
						`${p.ready ? total : 0}/${total}`,
						p.status,
						String(p.restarts),
						age(o),
						...(wide ? [p.ip ?? '<none>', p.nodeName ?? '<none>', '<none>', '<none>'] : []),
					];
				}),
			};
		case 'deployments':
			return {
				columns: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
				rows: objects.map((o) => {
					const d = o.value as Deployment;
					return [
						displayName(o),
						`${d.status.readyReplicas}/${d.spec.replicas}`,
						String(d.status.updatedReplicas),
						String(d.status.availableReplicas),
						age(o),
						...(wide ? [containers(d.spec.template), images(d.spec.template), formatLabelMap(d.spec.selector)] : []),
					];
				}),
			};
		case 'replicasets':
			return {
				columns: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
				rows: objects.map((o) => {
					const rs = o.value as ReplicaSet;
					return [
						displayName(o),
						String(rs.spec.replicas),
						String(rs.status.replicas),
						String(rs.status.readyReplicas),
						age(o),
						...(wide ? [containers(rs.spec.template), images(rs.spec.template), formatLabelMap(rs.spec.selector)] : []),
					];
				}),
			};
		case 'statefulsets':
			return {
				columns: ['NAME', 'READY', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES'] : [])],
				rows: objects.map((o) => {
					const s = o.value as StatefulSet;
					return [
						displayName(o),
						`${s.status.readyReplicas}/${s.spec.replicas}`,
						age(o),
						...(wide ? [containers(s.spec.template), images(s.spec.template)] : []),
					];
				}),
			};
		case 'daemonsets':
			return {
				columns: [
					'NAME',
					'DESIRED',
					'CURRENT',
					'READY',
					'UP-TO-DATE',
					'AVAILABLE',
					'NODE SELECTOR',
					'AGE',
					...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : []),
				],
				rows: objects.map((o) => {
					const d = o.value as DaemonSet;
					const s = d.status;
					return [
						displayName(o),
						String(s.desiredNumberScheduled),
						String(s.currentNumberScheduled),
						String(s.numberReady),
						String(s.updatedNumberScheduled),
						String(s.numberAvailable),
						formatLabelMap(d.spec.template.spec.nodeSelector),
						age(o),
						...(wide ? [containers(d.spec.template), images(d.spec.template), formatLabelMap(d.spec.selector)] : []),
					];
				}),
			};
		case 'services':
			return {
				columns: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', ...(wide ? ['SELECTOR'] : [])],
				rows: objects.map((o) => {
					const s = o.value as Service;
					return [
						displayName(o),
						s.spec.type,
						s.spec.clusterIP,
						formatExternalIp(s),
						formatServicePorts(s),
						age(o),
						...(wide ? [formatLabelMap(s.spec.selector)] : []),
					];
				}),
			};
		case 'endpointslices':
			return {
				columns: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
				rows: objects.map((o) => {
					const s = o.value as Service;
					const eps = getEndpoints(cluster, s.name).filter((e) => e.ready);
					const ports = eps.length ? [...new Set(eps.map((e) => String(e.port)))].join(',') : '<unset>';
					const ips = eps.map((e) => e.ip);
					const shown = ips.length === 0 ? '<none>' : ips.length > 3 ? `${ips.slice(0, 3).join(',')} + ${ips.length - 3} more...` : ips.join(',');
					return [displayName(o), 'IPv4', ports, shown, age(o)];
				}),
			};
		case 'nodes':
			return {
				columns: [
					'NAME',
					'STATUS',
					'ROLES',
					'AGE',
					'VERSION',
					...(wide ? ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'] : []),
				],
				rows: objects.map((o) => {
					const n = o.value as Node;
					return [
						displayName(o),
						nodeStatus(n),
						nodeRoles(n),
						age(o),
						KUBERNETES_VERSION,
						...(wide ? [n.ip, '<none>', 'Debian GNU/Linux 12 (bookworm)', '6.1.0-28-amd64', 'containerd://2.0.5'] : []),
					];
				}),
			};
		case 'namespaces':
			return {
				columns: ['NAME', 'STATUS', 'AGE'],
				rows: objects.map((o) => [displayName(o), 'Active', formatAge(cluster.time - (o.value as LabNamespace).createdAt)]),
			};
		case 'persistentvolumeclaims':
		case 'persistentvolumes':
		case 'storageclasses':
			return requireMoreKinds().storageTable(cluster.time, type, objects, displayName)!;
		case 'events':
			return {
				columns: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
				rows: objects.map((o) => {
					const e = o.value as Cluster['events'][number];
					return [formatAge(cluster.time - e.time), e.type, e.reason, e.object, e.message];
				}),
			};
		case 'configmaps':
		case 'secrets':
			return requireMoreKinds().configTable(cluster.time, type, objects, displayName);
		case 'jobs':
		case 'cronjobs':
			return requireMoreKinds().batchTable(cluster, type, objects, wide, displayName);
		case 'roles':
		case 'clusterroles':
			return { columns: ['NAME', 'CREATED AT'], rows: objects.map((o) => [displayName(o), '2026-01-05T09:00:00Z']) };
		case 'rolebindings':
		case 'clusterrolebindings':
			return {
				columns: ['NAME', 'ROLE', 'AGE'],
				rows: objects.map((o) => {
					const b = o.value as { roleRef: { kind: string; name: string } };
					return [displayName(o), `${b.roleRef.kind}/${b.roleRef.name}`, age(o)];
				}),
			};
	}
	return { columns: ['NAME', 'AGE'], rows: objects.map((o) => [displayName(o), age(o)]) };
}

/** Pad columns like kubectl's tabwriter: 3 spaces between columns, no trailing spaces. */
export function renderTable(table: TypeTable, withHeader = true): string {
	const all = withHeader ? [table.columns, ...table.rows] : [...table.rows];
	const widths = table.columns.map((_, i) => Math.max(...[table.columns, ...table.rows].map((row) => (row[i] ?? '').length)));
	return all
		.map((row) =>
			row
				.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + 3)))
				.join('')
				.trimEnd(),
		)
		.join('\n');
}
