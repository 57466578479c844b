/** Lab task checks: pure predicates on the lab state (any correct way of getting there passes). */
import { checkAccess, claimsOf, encodeBase64, listCronJobs, listJobs, getRolloutHistory, parseCpu, parseMemory } from '../sim/index.ts';
import type { TaskCheck } from './lab-schema.ts';
import { WORKLOAD_NAMESPACE, type LabState } from './state.ts';

/** Whether the lab state satisfies the check. */
export function checkTask(state: LabState, check: TaskCheck): boolean {
	const c = state.cluster;
	switch (check.kind) {
		case 'deploymentReadyReplicas': {
			const d = c.deployments.find((x) => x.name === check.name);
			return !!d && d.spec.replicas === check.replicas && d.status.readyReplicas === check.replicas && d.status.replicas === check.replicas;
		}
		case 'deploymentImage': {
			const d = c.deployments.find((x) => x.name === check.name);
			if (!d) return false;
			const done =
				d.status.observedGeneration >= d.generation &&
				d.status.updatedReplicas === d.spec.replicas &&
				d.status.availableReplicas === d.spec.replicas &&
				d.status.replicas === d.spec.replicas;
			return done && d.spec.template.spec.containers.every((x) => x.image === check.image);
		}
		case 'deploymentTemplateOfRevision': {
			const d = c.deployments.find((x) => x.name === check.name);
			const history = getRolloutHistory(c, check.name);
			if (!d || !history) return false;
			const newest = Math.max(...history.map((h) => h.revision));
			return (
				newest >= check.minRevision &&
				d.spec.template.spec.containers.every((x) => x.image === check.image) &&
				d.status.updatedReplicas === d.spec.replicas &&
				d.status.availableReplicas === d.spec.replicas
			);
		}
		case 'deploymentPaused':
			return c.deployments.find((x) => x.name === check.name)?.spec.paused === check.paused;
		case 'objectExists': {
			const lists: Record<string, readonly { name: string; deleting?: boolean }[]> = {
				pods: c.pods,
				deployments: c.deployments,
				services: c.services,
				statefulsets: c.statefulSets,
				daemonsets: c.daemonSets,
				replicasets: c.replicaSets,
				namespaces: state.namespaces,
				persistentvolumeclaims: c.pvcs,
				configmaps: state.configMaps.filter((x) => x.namespace === WORKLOAD_NAMESPACE),
				secrets: state.secrets.filter((x) => x.namespace === WORKLOAD_NAMESPACE),
				jobs: listJobs(c),
				cronjobs: listCronJobs(c),
			};
			const found = (lists[check.resource] ?? []).some((x) => x.name === check.name && !x.deleting);
			return found === check.exists;
		}
		case 'serviceExposes': {
			const s = c.services.find((x) => x.name === check.name);
			if (!s || s.spec.type !== check.type || !s.spec.selector) return false;
			if (check.port !== undefined && !s.spec.ports.some((p) => p.port === check.port)) return false;
			const selector = s.spec.selector;
			return c.pods.some((p) => p.ready && !p.deleting && Object.entries(selector).every(([k, v]) => p.labels[k] === v));
		}
		case 'hasLabel': {
			const lists: Record<string, readonly { name: string; labels: Readonly<Record<string, string>> }[]> = {
				pods: c.pods,
				deployments: c.deployments,
				services: c.services,
				nodes: c.nodes,
			};
			return (lists[check.resource] ?? []).some((x) => x.name === check.name && x.labels[check.key] === check.value);
		}
		case 'nodeSchedulable': {
			const n = c.nodes.find((x) => x.name === check.name);
			if (!n || Boolean(n.unschedulable) === check.schedulable) return false;
			if (check.drained && c.pods.some((p) => p.nodeName === n.name && p.owner?.kind !== 'DaemonSet')) return false;
			if (check.reopened) {
				// Node events say when it was cordoned and uncordoned; reopened means the latest change made it schedulable again.
				const changes = c.events.filter((e) => e.object === `node/${n.name}` && (e.reason === 'NodeNotSchedulable' || e.reason === 'NodeSchedulable'));
				const last = changes.at(-1);
				return last?.reason === 'NodeSchedulable' && changes.some((e) => e.reason === 'NodeNotSchedulable');
			}
			return true;
		}
		case 'statefulSetReadyReplicas': {
			const s = c.statefulSets.find((x) => x.name === check.name);
			return !!s && s.spec.replicas === check.replicas && s.status.readyReplicas === check.replicas;
		}
		case 'deploymentRequests': {
			const d = c.deployments.find((x) => x.name === check.name);
			if (!d) return false;
			return d.spec.template.spec.containers.some((x) => {
				const r = x.resources?.requests;
				if (!r || r['cpu'] === undefined || r['memory'] === undefined) return false;
				return parseCpu(String(r['cpu'])) === parseCpu(check.cpu) && parseMemory(String(r['memory'])) === parseMemory(check.memory);
			});
		}
		case 'canI': {
			const type = check.resource;
			const group = ['deployments', 'replicasets', 'statefulsets', 'daemonsets'].includes(type) ? 'apps' : '';
			const result = checkAccess(state.rbac as never, {
				subject: { kind: 'User', name: check.user, groups: ['system:authenticated'] },
				verb: check.verb,
				resource: type,
				apiGroup: group,
				namespace: check.namespace,
			});
			return result.allowed === check.allowed;
		}
		case 'eventRecorded':
			return c.events.some((e) => e.object === check.object && e.reason === check.reason);
		case 'configMapData':
			return state.configMaps.some((x) => x.name === check.name && x.namespace === WORKLOAD_NAMESPACE && x.data[check.key] === check.value);
		case 'secretData':
			return state.secrets.some((x) => x.name === check.name && x.namespace === WORKLOAD_NAMESPACE && x.data[check.key] === encodeBase64(check.value));
		case 'deploymentRestarted': {
			const d = c.deployments.find((x) => x.name === check.name);
			if (!d || d.spec.template.metadata.annotations?.['kubectl.kubernetes.io/restartedAt'] === undefined) return false;
			return (
				d.status.observedGeneration >= d.generation &&
				d.status.updatedReplicas === d.spec.replicas &&
				d.status.availableReplicas === d.spec.replicas &&
				d.status.replicas === d.spec.replicas
			);
		}
		case 'claimBound': {
			const claim = c.pvcs.find((x) => x.name === check.name);
			if (!claim || claim.phase !== 'Bound' || claim.deleting) return false;
			if (check.usedBy === undefined) return true;
			const pod = c.pods.find((p) => p.name === check.usedBy);
			return !!pod && pod.ready && !pod.deleting && claimsOf(pod).includes(check.name);
		}
		case 'jobComplete': {
			const job = listJobs(c).find((j) => j.name === check.name);
			return (
				!!job &&
				job.status.completionTime !== undefined &&
				(check.completions === undefined || (job.spec.completions === check.completions && job.status.succeeded >= check.completions))
			);
		}
		case 'cronJobSucceeded':
			return listCronJobs(c).some((x) => x.name === check.name && x.status.lastSuccessfulTime !== undefined);
		case 'all':
			return check.checks.every((x) => checkTask(state, x));
	}
}
