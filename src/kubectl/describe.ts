/**
 * `kubectl describe` for pods, deployments, services and nodes, laid out like kubectl's
 * describers (staging/src/k8s.io/kubectl/pkg/describe/describe.go): aligned "Key:  value"
 * lines, nested sections, and an Events table from the cluster's event log.
 */
import {
	formatAge,
	getEndpoints,
	getRolloutHistory,
	KUBERNETES_VERSION,
	type Deployment,
	type Node,
	type Pod,
	type PodTemplate,
	type Service,
} from '../sim/index.ts';
import { requireMoreKinds } from './kinds-loader.ts';
import type { LabObject } from './objects.ts';
import { timestamp } from './objects.ts';
import type { ResourceType } from './resources.ts';
import type { LabState } from './state.ts';
import { nodeRoles, renderTable } from './tables.ts';

/** Which component reports an event of this reason (the Events table's From column). */
function eventSource(reason: string, object = ''): string {
	if (reason === 'SuccessfulCreate' && object.startsWith('job/')) return 'job-controller';
	if (object.startsWith('cronjob/')) return 'cronjob-controller';
	if (reason === 'Scheduled' || reason === 'FailedScheduling') return 'default-scheduler';
	if (reason === 'ScalingReplicaSet') return 'deployment-controller';
	if (reason === 'SuccessfulCreate' || reason === 'SuccessfulDelete') return 'replicaset-controller';
	if (reason === 'TaintManagerEviction') return 'taint-eviction-controller';
	if (reason === 'EnsuredLoadBalancer') return 'service-controller';
	if (reason === 'Completed') return 'job-controller';
	if (reason === 'WaitForFirstConsumer' || reason === 'FailedBinding') return 'persistentvolume-controller';
	if (reason === 'Provisioning' || reason === 'ProvisioningSucceeded' || reason === 'ProvisioningFailed') return 'rancher.io/local-path';
	return 'kubelet';
}

function events(state: LabState, object: string): string {
	const list = state.cluster.events.filter((e) => e.object === object);
	if (list.length === 0) return 'Events:            <none>';
	const rows = list.map((e) => [e.type, e.reason, formatAge(state.cluster.time - e.time), eventSource(e.reason, e.object), e.message]);
	const table = renderTable({ columns: ['Type', 'Reason', 'Age', 'From', 'Message'], rows: [['----', '------', '----', '----', '-------'], ...rows] });
	return `Events:\n${table
		.split('\n')
		.map((l) => `  ${l}`)
		.join('\n')}`;
}

function labelLines(key: string, labels: Readonly<Record<string, string>> | undefined, width: number): string[] {
	const pairs = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
	if (pairs.length === 0) return [`${`${key}:`.padEnd(width)}<none>`];
	return pairs.map(([k, v], i) => `${(i === 0 ? `${key}:` : '').padEnd(width)}${k}=${v}`);
}

function kv(key: string, value: string, width: number): string {
	return `${`${key}:`.padEnd(width)}${value}`;
}

function templateLines(t: PodTemplate, indent: string): string[] {
	const lines = [...labelLines(`${indent}Labels`, t.metadata.labels, 16 + indent.length)];
	if (t.metadata.annotations && Object.keys(t.metadata.annotations).length)
		lines.push(...labelLines(`${indent}Annotations`, t.metadata.annotations, 16 + indent.length));
	lines.push(`${indent}Containers:`);
	for (const c of t.spec.containers) {
		lines.push(`${indent} ${c.name}:`);
		lines.push(kv(`${indent}  Image`, c.image, 16 + indent.length));
		const ports = c.ports?.map((p) => `${p.containerPort}/${p.protocol}`).join(', ');
		lines.push(kv(`${indent}  Port`, ports ?? '<none>', 16 + indent.length));
		lines.push(kv(`${indent}  Host Port`, ports ? ports.replace(/\d+\//g, '0/') : '<none>', 16 + indent.length));
		lines.push(kv(`${indent}  Environment`, '<none>', 16 + indent.length));
		lines.push(kv(`${indent}  Mounts`, '<none>', 16 + indent.length));
	}
	lines.push(kv(`${indent}Volumes`, '<none>', 16 + indent.length));
	lines.push(kv(`${indent}Node-Selectors`, '<none>', 16 + indent.length));
	lines.push(kv(`${indent}Tolerations`, '<none>', 16 + indent.length));
	return lines;
}

function describePod(state: LabState, p: Pod): string {
	const node = state.cluster.nodes.find((n) => n.name === p.nodeName);
	const w = 18;
	const lines = [
		kv('Name', p.name, w),
		kv('Namespace', 'default', w),
		kv('Priority', '0', w),
		kv('Service Account', 'default', w),
		kv('Node', node ? `${node.name}/${node.ip}` : '<none>', w),
		kv('Start Time', p.nodeName ? new Date(Date.parse(timestamp(p.createdAt))).toUTCString().replace('GMT', '+0000') : '<unset>', w),
		...labelLines('Labels', p.labels, w),
		kv('Annotations', '<none>', w),
		kv('Status', p.deleting ? 'Terminating' : p.phase, w),
		kv('IP', p.ip ?? '', w),
		'IPs:',
		...(p.ip ? [`  IP:  ${p.ip}`] : []),
		kv('Controlled By', p.owner ? `${p.owner.kind}/${p.owner.name}` : '<none>', w).replace(/^(Controlled By:)\s+/, '$1  '),
		'Containers:',
	];
	for (const c of p.spec.containers) {
		lines.push(`  ${c.name}:`);
		lines.push(`    Image:          ${c.image}`);
		lines.push(`    Port:           ${c.ports?.map((x) => `${x.containerPort}/${x.protocol}`).join(', ') ?? '<none>'}`);
		const waiting = p.status === 'ContainerCreating' || p.status === 'ErrImagePull' || p.status === 'ImagePullBackOff' || p.status === 'Pending';
		lines.push(`    State:          ${p.ready ? 'Running' : waiting ? 'Waiting' : p.status}`);
		if (waiting && p.status !== 'Pending') lines.push(`      Reason:       ${p.status}`);
		lines.push(`    Ready:          ${p.ready ? 'True' : 'False'}`);
		lines.push(`    Restart Count:  ${p.restarts}`);
		lines.push('    Environment:    <none>');
	}
	lines.push('Conditions:', '  Type              Status');
	lines.push(`  PodScheduled      ${p.nodeName ? 'True' : 'False'} `);
	lines.push(`  Ready             ${p.ready ? 'True' : 'False'} `);
	lines.push(kv('QoS Class', p.requests.cpu === 0 && p.requests.memory === 0 ? 'BestEffort' : 'Burstable', w));
	lines.push(
		kv(
			'Node-Selectors',
			Object.entries(p.spec.nodeSelector ?? {})
				.map(([k, v]) => `${k}=${v}`)
				.join(',') || '<none>',
			w,
		),
	);
	lines.push(
		kv(
			'Tolerations',
			(p.spec.tolerations ?? []).map((t) => `${t.key ?? ''}${t.operator === 'Exists' ? ' op=Exists' : ''}${t.effect ? `:${t.effect}` : ''}`).join(', ') ||
				'<none>',
			w,
		),
	);
	lines.push(events(state, `pod/${p.name}`));
	return lines.join('\n');
}

function describeDeployment(state: LabState, d: Deployment): string {
	const w = 24;
	const s = d.status;
	const strategy = d.spec.strategy;
	const lines = [
		kv('Name', d.name, w),
		kv('Namespace', 'default', w),
		kv('CreationTimestamp', new Date(Date.parse(timestamp(d.createdAt))).toUTCString().replace('GMT', '+0000'), w),
		...labelLines('Labels', d.labels, w),
		...labelLines('Annotations', { 'deployment.kubernetes.io/revision': d.annotations['deployment.kubernetes.io/revision'] ?? '1', ...d.annotations }, w),
		kv(
			'Selector',
			Object.entries(d.spec.selector)
				.map(([k, v]) => `${k}=${v}`)
				.join(','),
			w,
		),
		kv(
			'Replicas',
			`${d.spec.replicas} desired | ${s.updatedReplicas} updated | ${s.replicas} total | ${s.availableReplicas} available | ${s.unavailableReplicas} unavailable`,
			w,
		),
		kv('StrategyType', strategy.type, w),
		kv('MinReadySeconds', String(d.spec.minReadySeconds), w),
	];
	if (strategy.type === 'RollingUpdate')
		lines.push(kv('RollingUpdateStrategy', `${strategy.rollingUpdate.maxUnavailable} max unavailable, ${strategy.rollingUpdate.maxSurge} max surge`, w));
	lines.push('Pod Template:', ...templateLines(d.spec.template, '  '));
	lines.push('Conditions:', '  Type           Status  Reason', '  ----           ------  ------');
	for (const c of d.status.conditions) lines.push(`  ${c.type.padEnd(15)}${c.status.padEnd(8)}${c.reason}`);
	const rss = state.cluster.replicaSets.filter((rs) => rs.owner?.uid === d.uid);
	const history = getRolloutHistory(state.cluster, d.name) ?? [];
	const newest = history[history.length - 1];
	const newRs = rss.find((rs) => rs.annotations['deployment.kubernetes.io/revision'] === String(newest?.revision));
	const old = rss.filter((rs) => rs !== newRs && rs.spec.replicas > 0);
	lines.push(
		kv('OldReplicaSets', old.length ? old.map((rs) => `${rs.name} (${rs.status.replicas}/${rs.spec.replicas} replicas created)`).join(', ') : '<none>', 16),
	);
	lines.push(
		kv('NewReplicaSet', newRs ? `${newRs.name} (${newRs.status.replicas}/${newRs.spec.replicas} replicas created)` : '<none>', 16).replace(
			/^NewReplicaSet:\s+/,
			'NewReplicaSet:   ',
		),
	);
	lines.push(events(state, `deployment/${d.name}`));
	return lines.join('\n');
}

function describeService(state: LabState, s: Service): string {
	const w = 25;
	const eps = getEndpoints(state.cluster, s.name).filter((e) => e.ready);
	const lines = [
		kv('Name', s.name, w),
		kv('Namespace', 'default', w),
		...labelLines('Labels', s.labels, w),
		kv('Annotations', '<none>', w),
		kv(
			'Selector',
			Object.entries(s.spec.selector ?? {})
				.map(([k, v]) => `${k}=${v}`)
				.join(',') || '<none>',
			w,
		),
		kv('Type', s.spec.type, w),
		kv('IP Family Policy', 'SingleStack', w),
		kv('IP Families', 'IPv4', w),
		kv('IP', s.spec.clusterIP, w),
		kv('IPs', s.spec.clusterIP, w),
	];
	if (s.spec.type === 'LoadBalancer' && s.status.loadBalancerIP) lines.push(kv('LoadBalancer Ingress', s.status.loadBalancerIP, w));
	for (const p of s.spec.ports) {
		lines.push(kv('Port', `${p.name ?? '<unset>'}  ${p.port}/${p.protocol}`, w));
		lines.push(kv('TargetPort', `${p.targetPort}/${p.protocol}`, w));
		if (p.nodePort !== undefined) lines.push(kv('NodePort', `${p.name ?? '<unset>'}  ${p.nodePort}/${p.protocol}`, w));
		lines.push(kv('Endpoints', eps.length ? eps.map((e) => `${e.ip}:${e.port}`).join(',') : '', w));
	}
	lines.push(kv('Session Affinity', 'None', w));
	if (s.spec.type !== 'ClusterIP') lines.push(kv('External Traffic Policy', s.spec.externalTrafficPolicy, w));
	lines.push(kv('Internal Traffic Policy', 'Cluster', w));
	lines.push(events(state, `service/${s.name}`));
	return lines.join('\n');
}

function describeNode(state: LabState, n: Node): string {
	const w = 20;
	const pods = state.cluster.pods.filter((p) => p.nodeName === n.name);
	const lines = [
		kv('Name', n.name, w),
		kv('Roles', nodeRoles(n), w),
		...labelLines('Labels', n.labels, w),
		kv('CreationTimestamp', new Date(Date.parse(timestamp(n.createdAt))).toUTCString().replace('GMT', '+0000'), w),
		kv('Taints', n.taints.length ? n.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join('\n'.padEnd(w + 1)) : '<none>', w),
		kv('Unschedulable', n.unschedulable ? 'true' : 'false', w),
		'Conditions:',
		'  Type    Status  Reason',
		'  ----    ------  ------',
		`  Ready   ${(n.ready ? 'True' : 'Unknown').padEnd(8)}${n.ready ? 'KubeletReady' : 'NodeStatusUnknown'}`,
		'Addresses:',
		`  InternalIP:  ${n.ip}`,
		`  Hostname:    ${n.name}`,
		'Capacity:',
		`  cpu:     ${n.capacity.cpu / 1000}`,
		`  memory:  ${Math.floor(n.capacity.memory / 1024)}Ki`,
		`  pods:    ${n.capacity.pods}`,
		'System Info:',
		`  Kubelet Version:  ${KUBERNETES_VERSION}`,
		kv('PodCIDR', `10.244.${n.podCidrIndex}.0/24`, w),
		`Non-terminated Pods:          (${pods.length} in total)`,
	];
	const rows = pods.map((p) => [
		'default',
		p.name,
		p.requests.cpu ? `${p.requests.cpu}m` : '0 (0%)',
		p.requests.memory ? `${Math.round(p.requests.memory / 2 ** 20)}Mi` : '0 (0%)',
		formatAge(state.cluster.time - p.createdAt),
	]);
	const table = renderTable({
		columns: ['Namespace', 'Name', 'CPU Requests', 'Memory Requests', 'Age'],
		rows: [['---------', '----', '------------', '---------------', '---'], ...rows],
	});
	lines.push(...table.split('\n').map((l) => `  ${l}`));
	lines.push(events(state, `node/${n.name}`));
	return lines.join('\n');
}

/** The describe text of one object, or undefined for a type the lab does not describe. */
export function describeObject(state: LabState, type: ResourceType, obj: LabObject): string | undefined {
	switch (type.name) {
		case 'pods':
			return describePod(state, obj.value as Pod);
		case 'deployments':
			return describeDeployment(state, obj.value as Deployment);
		case 'services':
			return describeService(state, obj.value as Service);
		case 'nodes':
			return describeNode(state, obj.value as Node);
		case 'configmaps':
		case 'secrets':
			return requireMoreKinds().describeConfig(obj);
		case 'jobs':
			return requireMoreKinds().describeJob(state, obj, events(state, `job/${obj.name}`));
		case 'persistentvolumeclaims':
			return requireMoreKinds().describeClaim(state, obj, events(state, `persistentvolumeclaim/${obj.name}`));
	}
	return undefined;
}
