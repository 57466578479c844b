/**
 * What kubectl prints for the model: `get` tables with the real column names and cell
 * formats (READY "3/3", PORT(S) "80:31234/TCP", EXTERNAL-IP "<pending>", AGE "2m30s"),
 * `rollout status` and `rollout history`. Pure views; rows are sorted by name like
 * the API server lists them.
 */
import { CONTROL_PLANE_KEY, KUBERNETES_VERSION } from '../core/constants.ts';
import { getCondition, PROGRESS_DEADLINE_EXCEEDED } from '../core/deployment-status.ts';
import { formatLabels } from '../core/labels.ts';
import { getRolloutHistory } from '../core/rollback.ts';
import type { Cluster, Service } from '../core/types.ts';
import { formatAge, formatTable, type Table } from './table-text.ts';

export { formatAge, formatTable, type Table } from './table-text.ts';

function byName<T extends { readonly name: string }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `kubectl get pods [-o wide]`. */
export function getPodsTable(cluster: Cluster, options: { readonly wide?: boolean } = {}): Table {
	const columns = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
	if (options.wide) columns.push('IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES');
	const rows = byName(cluster.pods).map((p) => {
		const total = p.spec.containers.length;
		const row = [p.name, `${p.ready ? total : 0}/${total}`, p.status, String(p.restarts), formatAge(cluster.time - p.createdAt)];
		if (options.wide) row.push(p.ip ?? '<none>', p.nodeName ?? '<none>', '<none>', '<none>');
		return row;
	});
	return { columns, rows };
}

/** `kubectl get deployments`: NAME READY UP-TO-DATE AVAILABLE AGE. */
export function getDeploymentsTable(cluster: Cluster): Table {
	return {
		columns: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
		rows: byName(cluster.deployments).map((d) => [
			d.name,
			`${d.status.readyReplicas}/${d.spec.replicas}`,
			String(d.status.updatedReplicas),
			String(d.status.availableReplicas),
			formatAge(cluster.time - d.createdAt),
		]),
	};
}

/** `kubectl get replicasets`: NAME DESIRED CURRENT READY AGE. */
export function getReplicaSetsTable(cluster: Cluster): Table {
	return {
		columns: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
		rows: byName(cluster.replicaSets).map((rs) => [
			rs.name,
			String(rs.spec.replicas),
			String(rs.status.replicas),
			String(rs.status.readyReplicas),
			formatAge(cluster.time - rs.createdAt),
		]),
	};
}

/** `kubectl get statefulsets`: NAME READY AGE. */
export function getStatefulSetsTable(cluster: Cluster): Table {
	return {
		columns: ['NAME', 'READY', 'AGE'],
		rows: byName(cluster.statefulSets).map((s) => [s.name, `${s.status.readyReplicas}/${s.spec.replicas}`, formatAge(cluster.time - s.createdAt)]),
	};
}

/** `kubectl get daemonsets`: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE. */
export function getDaemonSetsTable(cluster: Cluster): Table {
	return {
		columns: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
		rows: byName(cluster.daemonSets).map((d) => [
			d.name,
			String(d.status.desiredNumberScheduled),
			String(d.status.currentNumberScheduled),
			String(d.status.numberReady),
			String(d.status.updatedNumberScheduled),
			String(d.status.numberAvailable),
			formatLabels(d.spec.template.spec.nodeSelector),
			formatAge(cluster.time - d.createdAt),
		]),
	};
}

/** PORT(S) cell of a Service: `80/TCP`, `80:31234/TCP`, comma-separated. */
export function formatServicePorts(svc: Service): string {
	if (svc.spec.ports.length === 0) return '<none>';
	return svc.spec.ports.map((p) => `${p.port}${p.nodePort === undefined ? '' : `:${p.nodePort}`}/${p.protocol}`).join(',');
}

/** EXTERNAL-IP cell of a Service: `<none>`, `<pending>` without a provider (https://kubernetes.io/docs/tutorials/hello-minikube/), or the address. */
export function formatExternalIp(svc: Service): string {
	if (svc.spec.type !== 'LoadBalancer') return '<none>';
	return svc.status.loadBalancerIP ?? '<pending>';
}

/** `kubectl get services`: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE. */
export function getServicesTable(cluster: Cluster): Table {
	return {
		columns: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
		rows: byName(cluster.services).map((s) => [
			s.name,
			s.spec.type,
			s.spec.clusterIP,
			formatExternalIp(s),
			formatServicePorts(s),
			formatAge(cluster.time - s.createdAt),
		]),
	};
}

/** `kubectl get nodes`: NAME STATUS ROLES AGE VERSION. */
export function getNodesTable(cluster: Cluster): Table {
	return {
		columns: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
		rows: byName(cluster.nodes).map((n) => [
			n.name,
			n.ready ? 'Ready' : 'NotReady',
			CONTROL_PLANE_KEY in n.labels ? 'control-plane' : '<none>',
			formatAge(cluster.time - n.createdAt),
			KUBERNETES_VERSION,
		]),
	};
}

const ACCESS_MODE_SHORT: Readonly<Record<string, string>> = {
	ReadWriteOnce: 'RWO',
	ReadOnlyMany: 'ROX',
	ReadWriteMany: 'RWX',
	ReadWriteOncePod: 'RWOP',
};

/** `kubectl get pvc`. */
export function getPvcsTable(cluster: Cluster): Table {
	return {
		columns: ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE'],
		rows: byName(cluster.pvcs).map((p) => [
			p.name,
			p.phase,
			p.volumeName,
			p.storage,
			p.accessModes.map((m) => ACCESS_MODE_SHORT[m] ?? m).join(','),
			p.storageClassName,
			'<unset>',
			formatAge(cluster.time - p.createdAt),
		]),
	};
}

/** `kubectl rollout history deployment/<name>` as text, or a NotFound error line. */
export function formatRolloutHistory(cluster: Cluster, name: string): string {
	const history = getRolloutHistory(cluster, name);
	if (!history) return `Error from server (NotFound): deployments.apps "${name}" not found`;
	const table = formatTable({ columns: ['REVISION', 'CHANGE-CAUSE'], rows: history.map((h) => [String(h.revision), h.changeCause]) }, 2);
	return `deployment.apps/${name} \n${table}`;
}

/** What `kubectl rollout status deployment/<name>` prints now, whether it is done, and its exit code (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export interface RolloutStatus {
	readonly message: string;
	readonly done: boolean;
	/** 0 on success, 1 once the progress deadline is exceeded; undefined while still waiting. */
	readonly exitCode?: 0 | 1;
}

/** `kubectl rollout status deployment/<name>` (DeploymentStatusViewer). */
export function getRolloutStatus(cluster: Cluster, name: string): RolloutStatus {
	const d = cluster.deployments.find((x) => x.name === name);
	if (!d) return { message: `Error from server (NotFound): deployments.apps "${name}" not found`, done: true, exitCode: 1 };
	if (d.generation > d.status.observedGeneration) return { message: 'Waiting for deployment spec update to be observed...', done: false };
	const q = JSON.stringify(name);
	if (getCondition(d, 'Progressing')?.reason === PROGRESS_DEADLINE_EXCEEDED) {
		return { message: `error: deployment ${q} exceeded its progress deadline`, done: true, exitCode: 1 };
	}
	const s = d.status;
	const waiting = `Waiting for deployment ${q} rollout to finish: `;
	if (s.updatedReplicas < d.spec.replicas) {
		return { message: `${waiting}${s.updatedReplicas} out of ${d.spec.replicas} new replicas have been updated...`, done: false };
	}
	if (s.replicas > s.updatedReplicas) {
		return { message: `${waiting}${s.replicas - s.updatedReplicas} old replicas are pending termination...`, done: false };
	}
	if (s.availableReplicas < s.updatedReplicas) {
		return { message: `${waiting}${s.availableReplicas} of ${s.updatedReplicas} updated replicas are available...`, done: false };
	}
	return { message: `deployment ${q} successfully rolled out`, done: true, exitCode: 0 };
}
