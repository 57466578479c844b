/**
 * API-server validation of manifests (`validateManifest`): everything `apply` checks
 * before it changes anything. With a cluster it also checks updates (immutable
 * selector https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, immutable clusterIP) and allocations (NodePort in 30000-32767 and
 * free, https://kubernetes.io/docs/concepts/services-networking/service/).
 */
import { NODE_PORT_RANGE, SERVICE_CIDR } from './constants.ts';
import type { ManifestKind } from './manifest-types.ts';
import { stringifyCanonical } from './hash.ts';
import { getUsedNodePorts } from './service.ts';
import type { Cluster, FieldError } from './types.ts';
import {
	duplicate,
	forbidden,
	getIntOrPercentValue,
	invalid,
	isRecord,
	required,
	unsupported,
	validateAnnotations,
	validateDnsLabel,
	validateInteger,
	validateIntOrPercent,
	validateLabelMap,
	validatePortName,
	validatePortNumber,
	validateQuantity,
	validateServiceName,
	validateSubdomainName,
} from './validate-common.ts';
import { validatePodSpec, validateSelectorAndTemplate } from './validate-pod.ts';
import { validateRollingUpdateKnobs } from './validate-rolling.ts';

/** apiVersion each supported kind is served at. */
export const API_VERSIONS: Readonly<Record<ManifestKind, string>> = {
	Deployment: 'apps/v1',
	ReplicaSet: 'apps/v1',
	StatefulSet: 'apps/v1',
	DaemonSet: 'apps/v1',
	Service: 'v1',
	Pod: 'v1',
};

/** Whether a string is a kind `apply` understands. */
export function isManifestKind(kind: unknown): kind is ManifestKind {
	return typeof kind === 'string' && Object.hasOwn(API_VERSIONS, kind);
}

/** All validation errors of a manifest; empty means `apply` accepts it. */
export function validateManifest(input: unknown, cluster?: Cluster): FieldError[] {
	if (!isRecord(input)) return [invalid('<root>', input, 'must be an object with apiVersion, kind, metadata and spec')];
	const kind = input['kind'];
	if (kind === undefined) return [required('kind')];
	if (!isManifestKind(kind)) return [unsupported('kind', kind, Object.keys(API_VERSIONS))];
	if (input['apiVersion'] !== API_VERSIONS[kind]) {
		return [invalid('apiVersion', input['apiVersion'], `no matches for kind "${kind}" in version "${String(input['apiVersion'])}"`)];
	}
	const errors: FieldError[] = [];
	const metadata = input['metadata'];
	if (!isRecord(metadata)) return [required('metadata.name', 'name or generateName is required')];
	errors.push(...(kind === 'Service' ? validateServiceName : validateSubdomainName)(metadata['name'], 'metadata.name'));
	const ns = metadata['namespace'];
	if (ns !== undefined && ns !== 'default') {
		errors.push(invalid('metadata.namespace', ns, 'the simulator models only the "default" namespace'));
	}
	errors.push(...validateLabelMap(metadata['labels'], 'metadata.labels'));
	errors.push(...validateAnnotations(metadata['annotations'], 'metadata.annotations'));
	const spec = input['spec'];
	if (!isRecord(spec)) return [...errors, required('spec')];
	const name = typeof metadata['name'] === 'string' ? metadata['name'] : '';
	switch (kind) {
		case 'Deployment':
			errors.push(...validateDeploymentSpec(spec));
			break;
		case 'ReplicaSet':
			errors.push(...validateInteger(spec['replicas'], 'spec.replicas', 0));
			errors.push(...validateSelectorAndTemplate(spec, 'replicaset'));
			errors.push(...validateInteger(spec['minReadySeconds'], 'spec.minReadySeconds', 0));
			break;
		case 'StatefulSet':
			errors.push(...validateStatefulSetSpec(spec));
			break;
		case 'DaemonSet':
			errors.push(...validateDaemonSetSpec(spec));
			break;
		case 'Service':
			errors.push(...validateServiceSpec(spec, name, cluster));
			break;
		case 'Pod':
			errors.push(...validatePodSpec(spec, 'spec', false));
			break;
	}
	if (cluster && errors.length === 0) errors.push(...validateUpdate(kind, name, spec, cluster));
	return errors;
}

function validateDeploymentSpec(spec: Record<string, unknown>): FieldError[] {
	const errors = [
		...validateInteger(spec['replicas'], 'spec.replicas', 0),
		...validateSelectorAndTemplate(spec, 'deployment'),
		...validateInteger(spec['minReadySeconds'], 'spec.minReadySeconds', 0),
		...validateInteger(spec['revisionHistoryLimit'], 'spec.revisionHistoryLimit', 0),
		...validateInteger(spec['progressDeadlineSeconds'], 'spec.progressDeadlineSeconds', 0),
	];
	if (spec['paused'] !== undefined && typeof spec['paused'] !== 'boolean') errors.push(invalid('spec.paused', spec['paused'], 'must be a boolean'));
	const deadline = spec['progressDeadlineSeconds'] ?? 600;
	const minReady = spec['minReadySeconds'] ?? 0;
	if (typeof deadline === 'number' && typeof minReady === 'number' && deadline <= minReady) {
		errors.push(invalid('spec.progressDeadlineSeconds', deadline, 'must be greater than minReadySeconds'));
	}
	const strategy = spec['strategy'];
	if (strategy === undefined) return errors;
	if (!isRecord(strategy)) return [...errors, invalid('spec.strategy', strategy, 'must be an object')];
	const type = strategy['type'] ?? 'RollingUpdate';
	const rolling = strategy['rollingUpdate'];
	if (type !== 'RollingUpdate' && type !== 'Recreate') return [...errors, unsupported('spec.strategy.type', type, ['Recreate', 'RollingUpdate'])];
	if (type === 'Recreate') {
		if (rolling !== undefined) errors.push(forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
		return errors;
	}
	if (rolling === undefined) return errors;
	if (!isRecord(rolling)) return [...errors, invalid('spec.strategy.rollingUpdate', rolling, 'must be an object')];
	errors.push(...validateRollingUpdateKnobs(rolling['maxSurge'] ?? '25%', rolling['maxUnavailable'] ?? '25%'));
	return errors;
}

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'] as const;

function validateStatefulSetSpec(spec: Record<string, unknown>): FieldError[] {
	const errors = [
		...validateInteger(spec['replicas'], 'spec.replicas', 0),
		...validateSelectorAndTemplate(spec, 'statefulset'),
		...validateInteger(spec['minReadySeconds'], 'spec.minReadySeconds', 0),
	];
	if (spec['serviceName'] !== undefined && spec['serviceName'] !== '') errors.push(...validateServiceName(spec['serviceName'], 'spec.serviceName'));
	const policy = spec['podManagementPolicy'];
	if (policy !== undefined && policy !== 'OrderedReady' && policy !== 'Parallel') {
		errors.push(unsupported('spec.podManagementPolicy', policy, ['OrderedReady', 'Parallel']));
	}
	const ordinals = spec['ordinals'];
	if (isRecord(ordinals)) errors.push(...validateInteger(ordinals['start'], 'spec.ordinals.start', 0));
	const strategy = spec['updateStrategy'];
	if (isRecord(strategy)) {
		const type = strategy['type'] ?? 'RollingUpdate';
		if (type !== 'RollingUpdate' && type !== 'OnDelete') errors.push(unsupported('spec.updateStrategy.type', type, ['OnDelete', 'RollingUpdate']));
		const rolling = strategy['rollingUpdate'];
		if (type === 'OnDelete' && rolling !== undefined) {
			errors.push(forbidden('spec.updateStrategy.rollingUpdate', "only allowed for updateStrategy 'RollingUpdate'"));
		}
		if (isRecord(rolling)) errors.push(...validateInteger(rolling['partition'], 'spec.updateStrategy.rollingUpdate.partition', 0));
	}
	const templates = spec['volumeClaimTemplates'];
	if (templates !== undefined) {
		if (!Array.isArray(templates)) errors.push(invalid('spec.volumeClaimTemplates', templates, 'must be a list'));
		else {
			const names = new Set<string>();
			templates.forEach((vct: unknown, i) => errors.push(...validateClaimTemplate(vct, `spec.volumeClaimTemplates[${i}]`, names)));
		}
	}
	return errors;
}

function validateClaimTemplate(vct: unknown, field: string, names: Set<string>): FieldError[] {
	if (!isRecord(vct)) return [invalid(field, vct, 'must be an object')];
	const metadata = isRecord(vct['metadata']) ? vct['metadata'] : {};
	const errors = validateDnsLabel(metadata['name'], `${field}.metadata.name`);
	if (typeof metadata['name'] === 'string') {
		if (names.has(metadata['name'])) errors.push(duplicate(`${field}.metadata.name`, metadata['name']));
		names.add(metadata['name']);
	}
	const spec = isRecord(vct['spec']) ? vct['spec'] : {};
	const modes = spec['accessModes'];
	if (modes !== undefined) {
		if (!Array.isArray(modes) || modes.length === 0) errors.push(required(`${field}.spec.accessModes`, 'at least 1 access mode is required'));
		else
			modes.forEach((m: unknown, i) => {
				if (!ACCESS_MODES.includes(m as (typeof ACCESS_MODES)[number])) errors.push(unsupported(`${field}.spec.accessModes[${i}]`, m, ACCESS_MODES));
			});
	}
	const resources = isRecord(spec['resources']) ? spec['resources'] : {};
	const requests = isRecord(resources['requests']) ? resources['requests'] : {};
	if (requests['storage'] === undefined) errors.push(required(`${field}.spec.resources[storage]`));
	else errors.push(...validateQuantity(requests['storage'], `${field}.spec.resources.requests.storage`));
	return errors;
}

function validateDaemonSetSpec(spec: Record<string, unknown>): FieldError[] {
	const errors = [...validateSelectorAndTemplate(spec, 'daemonset'), ...validateInteger(spec['minReadySeconds'], 'spec.minReadySeconds', 0)];
	if (spec['replicas'] !== undefined) errors.push(forbidden('spec.replicas', 'a DaemonSet has no replicas: it runs one Pod per eligible node'));
	const strategy = spec['updateStrategy'];
	if (!isRecord(strategy)) return errors;
	const type = strategy['type'] ?? 'RollingUpdate';
	if (type !== 'RollingUpdate' && type !== 'OnDelete') return [...errors, unsupported('spec.updateStrategy.type', type, ['OnDelete', 'RollingUpdate'])];
	const rolling = strategy['rollingUpdate'];
	if (!isRecord(rolling)) return errors;
	const unavailable = rolling['maxUnavailable'] ?? 1;
	const surge = rolling['maxSurge'] ?? 0;
	const knobErrors = [
		...validateIntOrPercent(unavailable, 'spec.updateStrategy.rollingUpdate.maxUnavailable'),
		...validateIntOrPercent(surge, 'spec.updateStrategy.rollingUpdate.maxSurge'),
	];
	errors.push(...knobErrors);
	if (knobErrors.length > 0) return errors;
	if (getIntOrPercentValue(surge as number | string) !== 0) {
		errors.push(forbidden('spec.updateStrategy.rollingUpdate.maxSurge', 'the simulator models DaemonSet updates with maxSurge 0 only'));
	} else if (getIntOrPercentValue(unavailable as number | string) === 0) {
		errors.push(invalid('spec.updateStrategy.rollingUpdate.maxUnavailable', unavailable, 'cannot be 0 when maxSurge is 0'));
	}
	return errors;
}

const SERVICE_TYPES = ['ClusterIP', 'LoadBalancer', 'NodePort'] as const;

function parseIpv4(text: string): number | undefined {
	const parts = text.split('.');
	if (parts.length !== 4 || parts.some((p) => !/^[0-9]{1,3}$/.test(p) || Number(p) > 255)) return undefined;
	return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function validateServiceSpec(spec: Record<string, unknown>, name: string, cluster: Cluster | undefined): FieldError[] {
	const errors: FieldError[] = [];
	const type = spec['type'] ?? 'ClusterIP';
	if (!SERVICE_TYPES.includes(type as (typeof SERVICE_TYPES)[number])) return [unsupported('spec.type', type, SERVICE_TYPES)];
	errors.push(...validateLabelMap(spec['selector'], 'spec.selector'));
	const clusterIP = spec['clusterIP'];
	if (clusterIP !== undefined && clusterIP !== '' && clusterIP !== 'None') {
		const value = typeof clusterIP === 'string' ? parseIpv4(clusterIP) : undefined;
		const offset = value === undefined ? -1 : value - (SERVICE_CIDR.first >>> 0);
		if (value === undefined) errors.push(invalid('spec.clusterIP', clusterIP, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
		else if (offset <= 0 || offset >= SERVICE_CIDR.size - 1) {
			errors.push(
				invalid(
					'spec.clusterIP',
					clusterIP,
					`failed to allocate IP ${String(clusterIP)}: the provided IP (${String(clusterIP)}) is not in the valid range. The range of valid IPs is 10.96.0.0/12`,
				),
			);
		} else if (cluster?.services.some((s) => s.name !== name && s.spec.clusterIP === clusterIP)) {
			errors.push(invalid('spec.clusterIP', clusterIP, `failed to allocate IP ${String(clusterIP)}: provided IP is already allocated`));
		}
	}
	if (clusterIP === 'None' && type !== 'ClusterIP')
		errors.push(invalid('spec.clusterIP', clusterIP, `may not be set to 'None' for ${String(type)} services`));
	const policy = spec['externalTrafficPolicy'];
	if (policy !== undefined) {
		if (policy !== 'Cluster' && policy !== 'Local') errors.push(unsupported('spec.externalTrafficPolicy', policy, ['Cluster', 'Local']));
		else if (type === 'ClusterIP') errors.push(invalid('spec.externalTrafficPolicy', policy, 'may only be set for externally-accessible services'));
	}
	const ports = spec['ports'];
	if (!Array.isArray(ports) || ports.length === 0) {
		if (clusterIP !== 'None') errors.push(required('spec.ports'));
		return errors;
	}
	const used = cluster ? getUsedNodePorts(cluster, name) : new Set<number>();
	const seen = new Set<string>();
	const seenNodePorts = new Set<number>();
	const seenNames = new Set<string>();
	ports.forEach((port: unknown, i) => {
		const pf = `spec.ports[${i}]`;
		if (!isRecord(port)) {
			errors.push(invalid(pf, port, 'must be an object'));
			return;
		}
		if (ports.length > 1 && (port['name'] === undefined || port['name'] === '')) errors.push(required(`${pf}.name`));
		if (typeof port['name'] === 'string' && port['name'] !== '') {
			errors.push(...validateDnsLabel(port['name'], `${pf}.name`));
			if (seenNames.has(port['name'])) errors.push(duplicate(`${pf}.name`, port['name']));
			seenNames.add(port['name']);
		}
		errors.push(...validatePortNumber(port['port'], `${pf}.port`));
		const protocol = port['protocol'] ?? 'TCP';
		if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') errors.push(unsupported(`${pf}.protocol`, protocol, ['SCTP', 'TCP', 'UDP']));
		const key = stringifyCanonical({ port: port['port'], protocol });
		if (seen.has(key)) errors.push(duplicate(pf, { port: port['port'], protocol }));
		seen.add(key);
		const target = port['targetPort'];
		if (typeof target === 'string') errors.push(...validatePortName(target, `${pf}.targetPort`));
		else if (target !== undefined) errors.push(...validatePortNumber(target, `${pf}.targetPort`));
		const nodePort = port['nodePort'];
		if (nodePort === undefined) return;
		if (type === 'ClusterIP') errors.push(forbidden(`${pf}.nodePort`, "may not be used when `type` is 'ClusterIP'"));
		else if (typeof nodePort !== 'number' || !Number.isInteger(nodePort) || nodePort < NODE_PORT_RANGE.min || nodePort > NODE_PORT_RANGE.max) {
			errors.push(
				invalid(
					`${pf}.nodePort`,
					nodePort,
					`provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`,
				),
			);
		} else if (used.has(nodePort) || seenNodePorts.has(nodePort)) {
			errors.push(invalid(`${pf}.nodePort`, nodePort, 'provided port is already allocated'));
		} else seenNodePorts.add(nodePort);
	});
	return errors;
}

/** Rules that compare a manifest with the object it would update. */
function validateUpdate(kind: ManifestKind, name: string, spec: Record<string, unknown>, cluster: Cluster): FieldError[] {
	const selector = isRecord(spec['selector']) ? spec['selector']['matchLabels'] : undefined;
	const immutableSelector = (existing: { readonly spec: { readonly selector: unknown } } | undefined): FieldError[] =>
		existing && stringifyCanonical(existing.spec.selector) !== stringifyCanonical(selector)
			? [invalid('spec.selector', spec['selector'], 'field is immutable')]
			: [];
	switch (kind) {
		case 'Deployment':
			return immutableSelector(cluster.deployments.find((d) => d.name === name));
		case 'ReplicaSet':
			return immutableSelector(cluster.replicaSets.find((r) => r.name === name));
		case 'DaemonSet':
			return immutableSelector(cluster.daemonSets.find((d) => d.name === name));
		case 'StatefulSet': {
			const existing = cluster.statefulSets.find((s) => s.name === name);
			const errors = immutableSelector(existing);
			if (existing && !isAllowedStatefulSetUpdate(existing, spec)) {
				errors.push(
					forbidden(
						'spec',
						"updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
					),
				);
			}
			return errors;
		}
		case 'Service': {
			const existing = cluster.services.find((s) => s.name === name);
			const requested = spec['clusterIP'];
			if (existing && requested !== undefined && requested !== '' && requested !== existing.spec.clusterIP) {
				return [invalid('spec.clusterIP', requested, 'field is immutable')];
			}
			if (existing && requested === undefined && existing.spec.clusterIP === 'None') {
				return [invalid('spec.clusterIP', '', 'field is immutable')];
			}
			return [];
		}
		case 'Pod':
			// Pod updates are checked by apply, which compares the defaulted spec.
			return [];
	}
}

/** A StatefulSet may change only replicas, ordinals, template, updateStrategy and minReadySeconds. */
function isAllowedStatefulSetUpdate(existing: Cluster['statefulSets'][number], spec: Record<string, unknown>): boolean {
	const claimNames = Array.isArray(spec['volumeClaimTemplates'])
		? spec['volumeClaimTemplates'].map((v: unknown) => (isRecord(v) && isRecord(v['metadata']) ? v['metadata']['name'] : undefined))
		: [];
	return (
		spec['serviceName'] === existing.spec.serviceName &&
		(spec['podManagementPolicy'] ?? 'OrderedReady') === existing.spec.podManagementPolicy &&
		stringifyCanonical(claimNames) === stringifyCanonical(existing.spec.volumeClaimTemplates.map((v) => v.name))
	);
}
