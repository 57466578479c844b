/**
 * Model objects as the YAML a reader would write or see with `kubectl get -o yaml`:
 * the manifest fields first (in the order the docs write them), then what the cluster
 * filled in (allocated clusterIP and nodePort https://kubernetes.io/docs/concepts/services-networking/service/, status). Pure text views.
 */
import type { FieldLine } from './field-paths.ts';
import { formatYamlLines, type YamlValue } from './yaml-text.ts';

/** YAML text and the field path each line starts. */
export interface YamlLines {
	readonly text: string;
	readonly fields: readonly FieldLine[];
}
import type { Container, ReplicaSet, Service } from '../core/types.ts';

function describeContainer(c: Container): YamlValue {
	return {
		name: c.name,
		image: c.image,
		ports: c.ports?.map((p) => ({ ...(p.name ? { name: p.name } : {}), containerPort: p.containerPort })),
	};
}

/**
 * A Service as YAML: type, selector, the allocated clusterIP, ports with the allocated
 * nodePort (NodePort and LoadBalancer, https://kubernetes.io/docs/concepts/services-networking/service/), and status.loadBalancer, which stays
 * `{}` while EXTERNAL-IP is `<pending>` (https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/).
 */
export function formatServiceYaml(svc: Service): YamlLines {
	return formatYamlLines({
		apiVersion: 'v1',
		kind: 'Service',
		metadata: { name: svc.name, labels: Object.keys(svc.labels).length > 0 ? { ...svc.labels } : undefined },
		spec: {
			type: svc.spec.type,
			selector: svc.spec.selector ? { ...svc.spec.selector } : undefined,
			clusterIP: svc.spec.clusterIP,
			ports: svc.spec.ports.map((p) => ({
				name: p.name,
				protocol: p.protocol,
				port: p.port,
				targetPort: p.targetPort,
				nodePort: p.nodePort,
			})),
		},
		status: {
			loadBalancer: svc.status.loadBalancerIP === undefined ? {} : { ingress: [{ ip: svc.status.loadBalancerIP }] },
		},
	});
}

/**
 * A ReplicaSet as YAML: the manifest (replicas, selector, template, https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/) and its status.
 * Like the API server, status leaves out readyReplicas and availableReplicas while they
 * are 0 (omitempty) but always has replicas.
 */
export function formatReplicaSetYaml(rs: ReplicaSet): YamlLines {
	return formatYamlLines({
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: { name: rs.name, labels: Object.keys(rs.labels).length > 0 ? { ...rs.labels } : undefined },
		spec: {
			replicas: rs.spec.replicas,
			selector: { matchLabels: { ...rs.spec.selector } },
			template: {
				metadata: { labels: { ...rs.spec.template.metadata.labels } },
				spec: { containers: rs.spec.template.spec.containers.map(describeContainer) },
			},
		},
		status: {
			replicas: rs.status.replicas,
			readyReplicas: rs.status.readyReplicas > 0 ? rs.status.readyReplicas : undefined,
			availableReplicas: rs.status.availableReplicas > 0 ? rs.status.availableReplicas : undefined,
		},
	});
}
