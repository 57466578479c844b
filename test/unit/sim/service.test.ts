import { describe, expect, it } from 'vitest';
import { createDemoCluster, formatTable, getEndpoints, getReadyEndpoints, getServicesTable, step, traceRequest, type Cluster } from '../../../src/sim/index.ts';
import { nginxCluster, nginxService, run, tick } from './fixtures.ts';

function ipToNumber(ip: string): number {
	return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function withService(spec: Parameters<typeof nginxService>[0] = {}, base: Cluster = nginxCluster()): Cluster {
	return run(base, { type: 'apply', manifest: nginxService(spec) });
}

// Source: https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/
describe('Service types', () => {
	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('ClusterIP is the default type, targetPort defaults to port and protocol to TCP', () => {
		const c = withService({ ports: [{ port: 80 }] });
		expect(c.lastResult?.output).toBe('service/my-service created');
		const svc = c.services[0]!;
		expect(svc.spec.type).toBe('ClusterIP');
		expect(svc.spec.ports).toEqual([{ protocol: 'TCP', port: 80, targetPort: 80 }]);
		const ip = ipToNumber(svc.spec.clusterIP);
		expect(ip).toBeGreaterThan(ipToNumber('10.96.0.255'));
		expect(ip).toBeLessThan(ipToNumber('10.111.255.255'));
		expect(getServicesTable(c).rows[0]!.slice(0, 5)).toEqual(['my-service', 'ClusterIP', svc.spec.clusterIP, '<none>', '80/TCP']);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('NodePort allocates from the dynamic band of 30000-32767 and keeps it on re-apply', () => {
		let c = withService({ type: 'NodePort' });
		const port = c.services[0]!.spec.ports[0]!.nodePort!;
		expect(port).toBeGreaterThanOrEqual(30086);
		expect(port).toBeLessThanOrEqual(32767);
		expect(c.services[0]!.spec.clusterIP).not.toBe('None');
		expect(getServicesTable(c).rows[0]![4]).toBe(`80:${port}/TCP`);
		c = run(c, { type: 'apply', manifest: nginxService({ type: 'NodePort', selector: { app: 'nginx' } }) });
		expect(c.lastResult?.output).toBe('service/my-service unchanged');
		expect(c.services[0]!.spec.ports[0]!.nodePort).toBe(port);
		c = run(c, { type: 'apply', manifest: nginxService({ type: 'ClusterIP' }) });
		expect(c.services[0]!.spec.ports[0]!.nodePort).toBeUndefined();
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('a requested nodePort must be in range and free', () => {
		const c = withService({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] });
		expect(c.services[0]!.spec.ports[0]!.nodePort).toBe(30080);
		const taken = step(c, { type: 'apply', manifest: nginxService({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }, 'other') });
		expect(taken.lastResult).toMatchObject({
			ok: false,
			output: 'The Service "other" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
		});
		expect(taken.services).toHaveLength(1);
		const outOfRange = step(c, { type: 'apply', manifest: nginxService({ type: 'NodePort', ports: [{ port: 80, nodePort: 8080 }] }, 'other') });
		expect(outOfRange.lastResult?.output).toBe(
			'The Service "other" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767',
		);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/
	it('LoadBalancer stays <pending> without a provider and gets an address a tick after one appears', () => {
		let c = tick(withService({ type: 'LoadBalancer' }), 3);
		const svc = () => c.services[0]!;
		expect(svc().spec.ports[0]!.nodePort).toBeDefined();
		expect(getServicesTable(c).rows[0]![3]).toBe('<pending>');
		c = run(c, { type: 'setLoadBalancerProvider', enabled: true });
		expect(getServicesTable(c).rows[0]![3]).toBe('<pending>');
		c = tick(c);
		expect(svc().status.loadBalancerIP).toBe('203.0.113.10');
		expect(getServicesTable(c).rows[0]![3]).toBe('203.0.113.10');
		c = run(c, { type: 'setLoadBalancerProvider', enabled: false });
		expect(getServicesTable(c).rows[0]![3]).toBe('<pending>');
	});

	it('prints several ports comma-separated', () => {
		const c = withService({
			type: 'NodePort',
			ports: [
				{ name: 'http', port: 80, nodePort: 30001 },
				{ name: 'https', port: 443, nodePort: 30002 },
			],
		});
		expect(formatTable(getServicesTable(c))).toMatch(/^my-service {3}NodePort {3}10\.\S+ {3}<none> {8}80:30001\/TCP,443:30002\/TCP {3}0s$/m);
	});
});

// Source: https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/
describe('endpoints', () => {
	it('lists the ready Pods matching the selector as ip:targetPort', () => {
		const c = withService({ ports: [{ port: 8080, targetPort: 80 }] });
		const endpoints = getReadyEndpoints(c, 'my-service');
		expect(endpoints).toHaveLength(3);
		expect(endpoints.every((e) => e.port === 80 && /^10\.244\./.test(e.ip))).toBe(true);
	});

	it('a terminating or not-ready Pod leaves the ready endpoints', () => {
		let c = withService();
		c = run(c, { type: 'deletePod', name: c.pods[0]!.name });
		expect(getReadyEndpoints(c, 'my-service')).toHaveLength(2);
		expect(getEndpoints(c, 'my-service').filter((e) => e.terminating)).toHaveLength(1);
	});

	it('named targetPorts resolve through the container port names', () => {
		const base = run(createDemoCluster(), {
			type: 'apply',
			manifest: {
				apiVersion: 'v1',
				kind: 'Pod',
				metadata: { name: 'named', labels: { app: 'nginx' } },
				spec: { containers: [{ name: 'web', image: 'nginx:1.14.2', ports: [{ name: 'http-web', containerPort: 8080 }] }] },
			},
		});
		const c = tick(withService({ ports: [{ port: 80, targetPort: 'http-web' }] }, base), 2);
		expect(getReadyEndpoints(c, 'my-service').map((e) => e.port)).toEqual([8080]);
		const wrong = tick(run(base, { type: 'apply', manifest: nginxService({ ports: [{ port: 80, targetPort: 'nope' }] }) }), 2);
		expect(getEndpoints(wrong, 'my-service')).toEqual([]);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('a Service without a selector has no endpoints and a headless Service has no ClusterIP', () => {
		const noSelector = run(nginxCluster(), {
			type: 'apply',
			manifest: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'manual' }, spec: { ports: [{ port: 80 }] } },
		});
		expect(getEndpoints(noSelector, 'manual')).toEqual([]);
		expect(getEndpoints(noSelector, 'missing')).toEqual([]);
		const headless = withService({ clusterIP: 'None' });
		expect(headless.services[0]!.spec.clusterIP).toBe('None');
		expect(getServicesTable(headless).rows[0]![2]).toBe('None');
		expect(step(headless, { type: 'apply', manifest: nginxService({}) }).lastResult?.output).toMatch(
			/spec.clusterIP: Invalid value: "": field is immutable/,
		);
	});
});

// Source: https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/, https://kubernetes.io/docs/reference/networking/virtual-ips/
describe('traceRequest', () => {
	it('from a Pod: DNS -> clusterIP:port -> kube-proxy -> pod ip:targetPort', () => {
		const c = withService({ ports: [{ port: 80, targetPort: 80 }] });
		const client = c.pods[0]!.name;
		const trace = traceRequest(c, 'my-service', 'pod', { fromPod: client, backendIndex: 1 });
		expect(trace.reachable).toBe(true);
		if (!trace.reachable) return;
		expect(trace.hops.map((h) => h.kind)).toEqual(['client', 'dns', 'service-rules', 'pod']);
		expect(trace.hops[1]!.address).toBe('my-service.default.svc.cluster.local');
		expect(trace.hops[2]!.address).toBe(`${c.services[0]!.spec.clusterIP}:80`);
		expect(trace.chosen).toEqual(trace.backends[1]);
		expect(trace.hops[3]!.address).toBe(`${trace.chosen.ip}:80`);
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('ClusterIP is not reachable from outside', () => {
		const trace = traceRequest(withService(), 'my-service', 'outside-node');
		expect(trace).toMatchObject({ reachable: false, code: 'cluster-ip-only' });
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/
	it('from outside to a node: nodeIP:nodePort -> kube-proxy -> pod', () => {
		const c = withService({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] });
		const trace = traceRequest(c, 'my-service', 'outside-node', { node: 'worker-2' });
		expect(trace.reachable && trace.hops.map((h) => `${h.kind} ${h.address}`)).toEqual([
			'client client outside the cluster',
			`node-port ${c.nodes.find((n) => n.name === 'worker-2')!.ip}:30080`,
			`service-rules ${c.services[0]!.spec.clusterIP}:80`,
			expect.stringMatching(/^pod 10\.244\.[0-9]+\.[0-9]+:80$/),
		]);
		expect(traceRequest(c, 'my-service', 'outside-lb')).toMatchObject({ reachable: false, code: 'not-load-balancer' });
		expect(traceRequest(c, 'my-service', 'outside-node', { node: 'ghost' })).toMatchObject({ reachable: false, code: 'no-ready-node' });
	});

	// Source: https://kubernetes.io/docs/concepts/services-networking/service/, https://kubernetes.io/docs/tutorials/hello-minikube/
	it('through a load balancer, pending without a provider', () => {
		let c = withService({ type: 'LoadBalancer' });
		expect(traceRequest(c, 'my-service', 'outside-lb')).toMatchObject({ reachable: false, code: 'load-balancer-pending' });
		c = tick(run(c, { type: 'setLoadBalancerProvider', enabled: true }));
		const trace = traceRequest(c, 'my-service', 'outside-lb');
		expect(trace.reachable && trace.hops.map((h) => h.kind)).toEqual(['client', 'load-balancer', 'node-port', 'service-rules', 'pod']);
		expect(trace.hops[1]!.address).toBe('203.0.113.10:80');
	});

	// Source: https://kubernetes.io/docs/reference/networking/virtual-ips/
	it('externalTrafficPolicy Local only uses Pods on the receiving node', () => {
		let c = withService({ type: 'NodePort', externalTrafficPolicy: 'Local' }, nginxCluster({ replicas: 1 }));
		const podNode = c.pods[0]!.nodeName!;
		const other = ['worker-1', 'worker-2', 'worker-3'].find((n) => n !== podNode)!;
		expect(traceRequest(c, 'my-service', 'outside-node', { node: podNode }).reachable).toBe(true);
		expect(traceRequest(c, 'my-service', 'outside-node', { node: other })).toMatchObject({ reachable: false, code: 'no-endpoints' });
		c = run(c, { type: 'scale', kind: 'Deployment', name: 'nginx-deployment', replicas: 0 });
		expect(traceRequest(tick(c, 2), 'my-service', 'pod')).toMatchObject({ reachable: false, code: 'no-endpoints' });
	});

	it('explains missing services, client Pods and headless lookups', () => {
		const c = withService({ clusterIP: 'None' });
		expect(traceRequest(c, 'nope', 'pod')).toMatchObject({ reachable: false, code: 'service-not-found' });
		expect(traceRequest(c, 'my-service', 'pod', { fromPod: 'ghost' })).toMatchObject({ reachable: false, code: 'client-pod-not-found' });
		const headless = traceRequest(c, 'my-service', 'pod');
		expect(headless.reachable && headless.hops.map((h) => h.kind)).toEqual(['client', 'dns', 'pod']);
		const noSelector = run(c, {
			type: 'apply',
			manifest: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'manual' }, spec: { ports: [{ port: 80 }] } },
		});
		expect(traceRequest(noSelector, 'manual', 'pod')).toMatchObject({
			reachable: false,
			code: 'no-endpoints',
			reason: expect.stringContaining('no selector'),
		});
	});
});
