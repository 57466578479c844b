/**
 * `kubectl get deploy,rs,pods`: with several resource types kubectl prints one table
 * per type, a blank line between them, and every name prefixed with its type
 * (`deployment.apps/nginx-deployment`); types with no objects are left out.
 */
import { formatTable, getDeploymentsTable, getPodsTable, getReplicaSetsTable, getServicesTable, type Table } from './kubectl.ts';
import type { Cluster } from '../core/types.ts';

/** Resource types `formatGetMany` can list. */
export type GetManyKind = 'deployments' | 'replicasets' | 'pods' | 'services';

const SOURCES: Readonly<Record<GetManyKind, { readonly prefix: string; readonly table: (c: Cluster) => Table }>> = {
	deployments: { prefix: 'deployment.apps', table: getDeploymentsTable },
	replicasets: { prefix: 'replicaset.apps', table: getReplicaSetsTable },
	pods: { prefix: 'pod', table: (c) => getPodsTable(c) },
	services: { prefix: 'service', table: getServicesTable },
};

/** What `kubectl get <kind>,<kind>,...` prints for the cluster (default namespace). */
export function formatGetMany(cluster: Cluster, kinds: readonly GetManyKind[]): string {
	const sections = kinds
		.map((kind) => {
			const { prefix, table } = SOURCES[kind];
			const t = table(cluster);
			return { columns: t.columns, rows: t.rows.map(([name, ...rest]) => [`${prefix}/${name ?? ''}`, ...rest]) };
		})
		.filter((t) => t.rows.length > 0);
	if (sections.length === 0) return 'No resources found in default namespace.';
	return sections.map((t) => formatTable(t)).join('\n\n');
}
