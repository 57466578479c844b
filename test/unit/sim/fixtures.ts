/** Manifests and helpers shared by the simulator tests. */
import {
	createDemoCluster,
	step,
	type Cluster,
	type ClusterAction,
	type DeploymentManifest,
	type ServiceManifest,
	type StatefulSetManifest,
	type DaemonSetManifest,
} from '../../../src/sim/index.ts';

/** The Deployments page's nginx-deployment (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/): 3 replicas of nginx:1.14.2, label app: nginx. */
export function nginxDeployment(overrides: Partial<DeploymentManifest['spec']> = {}, name = 'nginx-deployment'): DeploymentManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: { name, labels: { app: 'nginx' } },
		spec: {
			replicas: 3,
			selector: { matchLabels: { app: 'nginx' } },
			template: {
				metadata: { labels: { app: 'nginx' } },
				spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
			},
			...overrides,
		},
	};
}

/** A Service in front of the nginx Pods. */
export function nginxService(spec: Partial<ServiceManifest['spec']> = {}, name = 'my-service'): ServiceManifest {
	return {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: { name },
		spec: { selector: { app: 'nginx' }, ports: [{ port: 80, targetPort: 80 }], ...spec },
	};
}

/** The StatefulSets page's `web` example with volumeClaimTemplate `www` (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/, https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/). */
export function webStatefulSet(overrides: Partial<StatefulSetManifest['spec']> = {}): StatefulSetManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'StatefulSet',
		metadata: { name: 'web' },
		spec: {
			selector: { matchLabels: { app: 'nginx-sts' } },
			serviceName: 'nginx',
			replicas: 3,
			template: {
				metadata: { labels: { app: 'nginx-sts' } },
				spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24', ports: [{ containerPort: 80, name: 'web' }] }] },
			},
			volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
			...overrides,
		},
	};
}

/** The DaemonSet page's fluentd-elasticsearch example; `tolerateControlPlane` adds its toleration (https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/). */
export function fluentdDaemonSet(tolerateControlPlane: boolean, extra: Partial<DaemonSetManifest['spec']> = {}): DaemonSetManifest {
	return {
		apiVersion: 'apps/v1',
		kind: 'DaemonSet',
		metadata: { name: 'fluentd-elasticsearch' },
		spec: {
			selector: { matchLabels: { name: 'fluentd-elasticsearch' } },
			template: {
				metadata: { labels: { name: 'fluentd-elasticsearch' } },
				spec: {
					...(tolerateControlPlane
						? { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }
						: {}),
					containers: [{ name: 'fluentd-elasticsearch', image: 'quay.io/fluentd_elasticsearch/fluentd:v5.0.1' }],
				},
			},
			...extra,
		},
	};
}

/** Apply events in order, failing the test if any command is rejected. */
export function run(cluster: Cluster, ...actions: ClusterAction[]): Cluster {
	let c = cluster;
	for (const action of actions) {
		c = step(c, action);
		if (action.type !== 'tick' && c.lastResult && !c.lastResult.ok) throw new Error(c.lastResult.output);
	}
	return c;
}

/** Tick n times. */
export function tick(cluster: Cluster, n = 1): Cluster {
	let c = cluster;
	for (let i = 0; i < n; i++) c = step(c, { type: 'tick' });
	return c;
}

/** Tick until the predicate holds (at most `max` ticks); throws if it never does. */
export function tickUntil(cluster: Cluster, predicate: (c: Cluster) => boolean, max = 200): Cluster {
	let c = cluster;
	for (let i = 0; i < max; i++) {
		if (predicate(c)) return c;
		c = step(c, { type: 'tick' });
	}
	if (predicate(c)) return c;
	throw new Error(`condition not reached in ${max} ticks`);
}

/** Demo cluster with the nginx Deployment applied and fully rolled out. */
export function nginxCluster(overrides: Partial<DeploymentManifest['spec']> = {}, seed = 1): Cluster {
	const c = run(createDemoCluster({ seed }), { type: 'apply', manifest: nginxDeployment(overrides) });
	return tickUntil(c, (x) => {
		const d = x.deployments[0];
		return (
			d !== undefined &&
			d.status.availableReplicas === d.spec.replicas &&
			d.status.replicas === d.spec.replicas &&
			d.status.updatedReplicas === d.spec.replicas
		);
	});
}

/** Pods owned (through a ReplicaSet) by a Deployment, non-terminating. */
export function activePods(cluster: Cluster, prefix: string): Cluster['pods'] {
	return cluster.pods.filter((p) => p.name.startsWith(prefix) && !p.deleting);
}
