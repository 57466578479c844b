import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strings } from '../../../src/i18n/service-type-picker.ts';
import { NODE_PORT_RANGE, formatServiceYaml, formatTable, getServicesTable, step, type Cluster } from '../../../src/sim/index.ts';
import {
	changeServiceType,
	createInitialState,
	createServiceTypeDemo,
	describeServiceAccess,
	firstFrame,
	frameOf,
	markedLines,
	reducePicker,
	reduceService,
	type ServiceAccess,
} from '../../../src/widgets/ServiceTypePicker/model.ts';
import {
	DEMO_CLIENT_POD,
	DEMO_SERVICE_NAME,
	describeSummary,
	explainAccess,
	readUrlState,
	writeUrlState,
} from '../../../src/widgets/ServiceTypePicker/frame.ts';

function serviceOf(c: Cluster) {
	const svc = c.services.find((s) => s.name === DEMO_SERVICE_NAME);
	if (!svc) throw new Error('no demo Service');
	return svc;
}

function byOrigin(access: readonly ServiceAccess[], origin: ServiceAccess['origin']): ServiceAccess {
	const found = access.find((a) => a.origin === origin);
	if (!found) throw new Error(`no ${origin}`);
	return found;
}

describe('Service type scenario', () => {
	it('starts settled: three Running nginx Pods spread over the workers, a client Pod and a ClusterIP Service', () => {
		const c = createServiceTypeDemo();
		const nginx = c.pods.filter((p) => p.labels['app'] === 'nginx');
		expect(nginx).toHaveLength(3);
		expect(nginx.every((p) => p.status === 'Running' && p.ip !== undefined)).toBe(true);
		expect(new Set(nginx.map((p) => p.nodeName))).toEqual(new Set(['worker-1', 'worker-2', 'worker-3']));
		expect(c.pods.find((p) => p.name === DEMO_CLIENT_POD)?.status).toBe('Running');
		expect(serviceOf(c).spec.type).toBe('ClusterIP');
		expect(serviceOf(c).spec.ports[0]!.nodePort).toBeUndefined();
	});

	it('is deterministic for a seed (the server render equals the hydrated first frame)', () => {
		expect(createServiceTypeDemo({ seed: 7 })).toEqual(createServiceTypeDemo({ seed: 7 }));
		expect(serviceOf(createServiceTypeDemo({ seed: 7 })).spec.clusterIP).not.toBe(serviceOf(createServiceTypeDemo({ seed: 8 })).spec.clusterIP);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('ClusterIP: reachable from a Pod only; outside and load balancer are not', () => {
		const access = describeServiceAccess(createServiceTypeDemo(), DEMO_SERVICE_NAME);
		const pod = byOrigin(access, 'pod');
		expect(pod.trace.reachable).toBe(true);
		expect(pod.trace.hops.map((h) => h.kind)).toEqual(['client', 'dns', 'service-rules', 'pod']);
		expect(pod.trace.hops[0]!.pod).toBe(DEMO_CLIENT_POD);
		expect(pod.addresses.map((a) => a.address)).toEqual([`${DEMO_SERVICE_NAME}:80`, `${serviceOf(createServiceTypeDemo()).spec.clusterIP}:80`]);
		const node = byOrigin(access, 'outside-node');
		expect(node.addresses).toEqual([]);
		expect(node.trace).toMatchObject({ reachable: false, code: 'cluster-ip-only' });
		expect(byOrigin(access, 'outside-lb').trace).toMatchObject({ reachable: false, code: 'cluster-ip-only' });
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('NodePort keeps the clusterIP, allocates a nodePort in 30000-32767 and opens it on every node', () => {
		const before = createServiceTypeDemo();
		const c = changeServiceType(before, 'NodePort');
		expect(c.lastResult).toEqual({ ok: true, output: `service/${DEMO_SERVICE_NAME} configured` });
		const svc = serviceOf(c);
		expect(svc.spec.clusterIP).toBe(serviceOf(before).spec.clusterIP);
		const nodePort = svc.spec.ports[0]!.nodePort!;
		expect(nodePort).toBeGreaterThanOrEqual(NODE_PORT_RANGE.min);
		expect(nodePort).toBeLessThanOrEqual(NODE_PORT_RANGE.max);
		const access = describeServiceAccess(c, DEMO_SERVICE_NAME);
		const outside = byOrigin(access, 'outside-node');
		expect(outside.addresses.map((a) => a.node)).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3']);
		expect(outside.addresses.every((a) => a.address.endsWith(`:${nodePort}`))).toBe(true);
		expect(outside.trace.reachable).toBe(true);
		expect(outside.trace.hops.map((h) => h.kind)).toEqual(['client', 'node-port', 'service-rules', 'pod']);
		expect(byOrigin(access, 'pod').trace.reachable).toBe(true);
		expect(byOrigin(access, 'outside-lb').trace).toMatchObject({ reachable: false, code: 'not-load-balancer' });
		expect(formatTable(getServicesTable(c))).toContain(`80:${nodePort}/TCP`);
	});

	it('a request entering on a node without an nginx Pod still reaches one (the control-plane node)', () => {
		const c = changeServiceType(createServiceTypeDemo(), 'NodePort');
		const trace = describeServiceAccess(c, DEMO_SERVICE_NAME, { node: 'control-plane' })[1]!.trace;
		expect(trace.reachable).toBe(true);
		expect(trace.hops[1]!.node).toBe('control-plane');
		expect(trace.hops.at(-1)!.node).not.toBe('control-plane');
	});

	it('backendIndex picks another ready Pod', () => {
		const c = createServiceTypeDemo();
		const pods = [0, 1, 2].map((i) => describeServiceAccess(c, DEMO_SERVICE_NAME, { backendIndex: i })[0]!.trace.hops.at(-1)!.pod);
		expect(new Set(pods).size).toBe(3);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/
	it('LoadBalancer without a provider: nodePort works, EXTERNAL-IP stays <pending> through ticks', () => {
		let c = changeServiceType(createServiceTypeDemo(), 'LoadBalancer');
		for (let i = 0; i < 5; i++) c = step(c, { type: 'tick' });
		const svc = serviceOf(c);
		expect(svc.status.loadBalancerIP).toBeUndefined();
		expect(svc.spec.ports[0]!.nodePort).toBeGreaterThanOrEqual(NODE_PORT_RANGE.min);
		const row = getServicesTable(c).rows[0]!;
		expect(row.slice(1, 5)).toEqual(['LoadBalancer', svc.spec.clusterIP, '<pending>', `80:${svc.spec.ports[0]!.nodePort}/TCP`]);
		const access = describeServiceAccess(c, DEMO_SERVICE_NAME);
		expect(byOrigin(access, 'outside-lb')).toMatchObject({ addresses: [], trace: { reachable: false, code: 'load-balancer-pending' } });
		expect(byOrigin(access, 'outside-node').trace.reachable).toBe(true);
		expect(parse(formatServiceYaml(svc).text)).toMatchObject({ spec: { type: 'LoadBalancer' }, status: { loadBalancer: {} } });
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('LoadBalancer with a provider gets an external IP on the next tick, and loses it with the provider', () => {
		let c = step(changeServiceType(createServiceTypeDemo(), 'LoadBalancer'), { type: 'setLoadBalancerProvider', enabled: true });
		expect(serviceOf(c).status.loadBalancerIP).toBeUndefined();
		c = step(c, { type: 'tick' });
		const ip = serviceOf(c).status.loadBalancerIP!;
		expect(ip).toMatch(/^203\.0\.113\.\d+$/);
		const lb = describeServiceAccess(c, DEMO_SERVICE_NAME)[2]!;
		expect(lb.addresses).toEqual([{ address: `${ip}:80` }]);
		expect(lb.trace.reachable).toBe(true);
		expect(lb.trace.hops.map((h) => h.kind)).toEqual(['client', 'load-balancer', 'node-port', 'service-rules', 'pod']);
		expect(parse(formatServiceYaml(serviceOf(c)).text).status).toEqual({ loadBalancer: { ingress: [{ ip }] } });
		c = step(c, { type: 'setLoadBalancerProvider', enabled: false });
		expect(serviceOf(c).status.loadBalancerIP).toBeUndefined();
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('back to ClusterIP drops the nodePort and the external IP but keeps the clusterIP', () => {
		const start = createServiceTypeDemo({ loadBalancerProvider: true });
		let c = step(changeServiceType(start, 'LoadBalancer'), { type: 'tick' });
		c = step(changeServiceType(c, 'ClusterIP'), { type: 'tick' });
		const svc = serviceOf(c);
		expect(svc.spec.clusterIP).toBe(serviceOf(start).spec.clusterIP);
		expect(svc.spec.ports[0]!.nodePort).toBeUndefined();
		expect(svc.status.loadBalancerIP).toBeUndefined();
	});

	it('the Service YAML shows type, allocated clusterIP and nodePort', () => {
		const svc = serviceOf(changeServiceType(createServiceTypeDemo(), 'NodePort'));
		const { text: yaml, fields } = formatServiceYaml(svc);
		expect(markedLines(fields).map((n) => yaml.split('\n')[n - 1])).toEqual(['  type: NodePort', `    nodePort: ${svc.spec.ports[0]!.nodePort}`]);
		expect(yaml).toContain('  type: NodePort\n');
		expect(yaml).toContain(`    nodePort: ${svc.spec.ports[0]!.nodePort}\n`);
		expect(parse(yaml)).toEqual({
			apiVersion: 'v1',
			kind: 'Service',
			metadata: { name: DEMO_SERVICE_NAME },
			spec: {
				type: 'NodePort',
				selector: { app: 'nginx' },
				clusterIP: svc.spec.clusterIP,
				ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: svc.spec.ports[0]!.nodePort }],
			},
			status: { loadBalancer: {} },
		});
	});

	it('describes nothing for an unknown Service', () => {
		const access = describeServiceAccess(createServiceTypeDemo(), 'missing');
		expect(access.every((a) => a.addresses.length === 0 && a.trace.reachable === false)).toBe(true);
	});
});

describe('ServiceTypePicker model', () => {
	const t = strings.en;
	const summary = (c: Cluster) => {
		const svc = serviceOf(c);
		return describeSummary(t, svc.spec.type, svc.status.loadBalancerIP ?? '<pending>', describeServiceAccess(c, DEMO_SERVICE_NAME));
	};

	it('plays the page: ClusterIP -> NodePort -> LoadBalancer pending -> provider installed -> external IP', () => {
		let c = createServiceTypeDemo();
		expect(summary(c)).toBe(`ClusterIP, EXTERNAL-IP <pending>. ${t.originPod}: reachable, ${t.originNode}: unreachable, ${t.originLb}: unreachable`);
		c = reduceService(c, { type: 'setType', serviceType: 'NodePort' });
		expect(byOrigin(describeServiceAccess(c, DEMO_SERVICE_NAME), 'outside-node').trace.reachable).toBe(true);
		c = reduceService(reduceService(c, { type: 'setType', serviceType: 'LoadBalancer' }), { type: 'tick' });
		const lb = byOrigin(describeServiceAccess(c, DEMO_SERVICE_NAME), 'outside-lb');
		expect(explainAccess(t, lb, 'LoadBalancer')).toBe(t.failPending);
		c = reduceService(reduceService(c, { type: 'setProvider', enabled: true }), { type: 'tick' });
		const ip = serviceOf(c).status.loadBalancerIP;
		expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
		expect(byOrigin(describeServiceAccess(c, DEMO_SERVICE_NAME), 'outside-lb').trace.reachable).toBe(true);
		const { text, fields } = formatServiceYaml(serviceOf(c));
		expect(markedLines(fields).map((n) => text.split('\n')[n - 1]!.trim())).toEqual([
			'type: LoadBalancer',
			`nodePort: ${serviceOf(c).spec.ports[0]!.nodePort}`,
			`- ip: ${ip}`,
		]);
		expect(explainAccess(t, byOrigin(describeServiceAccess(createServiceTypeDemo(), DEMO_SERVICE_NAME), 'outside-lb'), 'ClusterIP')).toBe(
			t.failClusterIpOnly,
		);
	});

	it('reads and writes service.type and service.provider', () => {
		const read = (q: string) => readUrlState(new URLSearchParams(q));
		expect(read('service.type=NodePort&service.provider=on')).toEqual({ state: { type: 'NodePort', provider: true }, notes: [] });
		expect(read('service.provider=off')).toEqual({ state: { provider: false }, notes: [] });
		const bad = read('service.type=nodeport&service.provider=yes%3Cb%3E');
		expect(bad.state).toEqual({});
		expect(bad.notes.map((n) => [n.key, n.value, n.kind])).toEqual([
			['service.type', 'nodeport', 'ignored'],
			['service.provider', 'yes<b>', 'ignored'],
		]);
		expect(read('service.type=__proto__').state).toEqual({});
		expect(writeUrlState('ClusterIP', false)).toEqual({});
		expect(writeUrlState('LoadBalancer', true)).toEqual({ 'service.type': 'LoadBalancer', 'service.provider': 'on' });
		const linked = createServiceTypeDemo({ type: 'LoadBalancer', loadBalancerProvider: true });
		expect(serviceOf(linked).status.loadBalancerIP).toBeDefined();
	});
});

describe('ServiceTypePicker frame', () => {
	const t = strings.en;

	it('the first frame is the settled first state, as plain data the page can carry', () => {
		const first = firstFrame();
		expect(first).toEqual(frameOf(createInitialState()));
		expect(structuredClone(first)).toEqual(first);
		expect(JSON.parse(JSON.stringify(first))).toEqual(first);
		expect(first).toMatchObject({ type: 'ClusterIP', provider: false, external: '<none>', entryNode: 'worker-1', port: { port: 80, targetPort: '80' } });
		expect(first.port?.nodePort).toBeUndefined();
		expect(first.nodes.map((n) => n.name)).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3']);
		expect(first.nodes.flatMap((n) => n.pods.map((p) => p.name))).toContain('client');
		expect(first.access.map((a) => [a.origin, a.trace.reachable])).toEqual([
			['pod', true],
			['outside-node', false],
			['outside-lb', false],
		]);
		expect(first.access[1]!.trace).toMatchObject({ code: 'cluster-ip-only', backends: 0 });
		expect(first.access[0]!.trace.backends).toBe(3);
		expect(first.table).toBe(formatTable(getServicesTable(createServiceTypeDemo())));
		expect(first.yaml).toBe(formatServiceYaml(serviceOf(createServiceTypeDemo())).text);
		expect(first.marked.map((n) => first.yaml.split('\n')[n - 1])).toEqual(['  type: ClusterIP']);
		expect(describeSummary(t, first.type, first.external, first.access)).toBe(
			`ClusterIP, EXTERNAL-IP <none>. ${t.originPod}: reachable, ${t.originNode}: unreachable, ${t.originLb}: unreachable`,
		);
	});

	it('frames after actions carry what the parts show: nodePort, entry node, backend, external IP', () => {
		let s = reducePicker(createInitialState(), { type: 'setType', serviceType: 'NodePort' });
		let f = frameOf(s);
		const nodePort = f.port!.nodePort!;
		expect(nodePort).toBeGreaterThanOrEqual(NODE_PORT_RANGE.min);
		expect(f.marked.map((n) => f.yaml.split('\n')[n - 1]!.trim())).toEqual(['type: NodePort', `nodePort: ${nodePort}`]);
		expect(f.table).toContain(`80:${nodePort}/TCP`);
		expect(f.access[1]!.addresses.map((a) => a.node)).toEqual(['control-plane', 'worker-1', 'worker-2', 'worker-3']);
		expect(f.access[1]!.trace.hops[1]).toEqual({ kind: 'node-port', address: `192.168.49.3:${nodePort}`, node: 'worker-1' });
		s = reducePicker(s, { type: 'setEntryNode', node: 'control-plane' });
		f = frameOf(s);
		expect(f.entryNode).toBe('control-plane');
		expect(f.access[1]!.trace.hops[1]).toMatchObject({ node: 'control-plane', address: `192.168.49.2:${nodePort}` });
		const pod = f.access[0]!.trace.hops.at(-1)!.pod;
		expect(frameOf(reducePicker(s, { type: 'resend' })).access[0]!.trace.hops.at(-1)!.pod).not.toBe(pod);
		s = reducePicker(reducePicker(reducePicker(s, { type: 'setType', serviceType: 'LoadBalancer' }), { type: 'setProvider', enabled: true }), {
			type: 'tick',
		});
		f = frameOf(s);
		expect(f).toMatchObject({ type: 'LoadBalancer', provider: true });
		expect(f.external).toMatch(/^203\.0\.113\.\d+$/);
		expect(f.access[2]!.addresses).toEqual([{ address: `${f.external}:80` }]);
		expect(f.access[2]!.trace.hops.map((h) => h.kind)).toEqual(['client', 'load-balancer', 'node-port', 'service-rules', 'pod']);
		expect(JSON.parse(JSON.stringify(f))).toEqual(f);
		// The frame does not carry the sim's English notes, only what the parts show.
		expect(f.access.flatMap((a) => a.trace.hops).some((h) => 'note' in h)).toBe(false);
	});

	it('a linked state starts settled with its type and provider', () => {
		const f = frameOf(createInitialState({ type: 'LoadBalancer', loadBalancerProvider: true }));
		expect(f).toMatchObject({ type: 'LoadBalancer', provider: true, entryNode: 'worker-1' });
		expect(f.external).toMatch(/^203\.0\.113\.\d+$/);
	});
});
