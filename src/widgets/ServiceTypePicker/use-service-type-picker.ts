/**
 * Adapts the Service-type scenario of src/sim to UI state: the cluster, the chosen place
 * a client stands, the node that receives outside requests and which backend a traced
 * request follows. Every change is a model event (apply with the new type, install or
 * remove the load-balancer provider); one control-loop tick follows a moment later, so
 * an external IP arrives asynchronously as it does in a real cluster (https://kubernetes.io/docs/concepts/services-networking/service/).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index';
import { strings } from '../../i18n/service-type-picker';
import {
	DEMO_SERVICE_NAME,
	changeServiceType,
	createServiceTypeDemo,
	describeServiceAccess,
	formatExternalIp,
	formatServiceYaml,
	formatTable,
	getServicesTable,
	groupPodsByNode,
	step,
	type Cluster,
	type ServiceAccess,
	type ServiceType,
	type TraceOrigin,
} from '../../sim/index';

/** Seed of the scenario: the server render and the first client render build the same cluster. */
const SEED = 5;

/** How long after a change the control loops run once (a simulated tick). */
const TICK_DELAY_MS = 900;

/** Short label of a place a client stands. */
export function labelOrigin(t: (typeof strings)[Locale], origin: TraceOrigin): string {
	return origin === 'pod' ? t.originPod : origin === 'outside-node' ? t.originNode : t.originLb;
}

/** Why a request gets through or not, in the reader's language. */
export function explainAccess(t: (typeof strings)[Locale], access: ServiceAccess, type: ServiceType): string {
	const trace = access.trace;
	if (trace.reachable) return access.origin === 'pod' ? t.okPod : access.origin === 'outside-node' ? t.okNode : t.okLb;
	switch (trace.code) {
		case 'cluster-ip-only':
			return t.failClusterIpOnly;
		case 'not-load-balancer':
			return t.failNotLoadBalancer(type);
		case 'load-balancer-pending':
			return t.failPending;
		case 'no-ready-node':
			return t.failNoNode;
		case 'no-endpoints':
			return t.failNoEndpoints;
		case 'service-not-found':
		case 'client-pod-not-found':
			return t.failNotFound;
	}
}

/** State and actions of the ServiceTypePicker island. */
export function useServiceTypePicker(locale: Locale) {
	const t = strings[locale];
	const [cluster, setCluster] = useState<Cluster>(() => createServiceTypeDemo({ seed: SEED }));
	const [origin, setOrigin] = useState<TraceOrigin>('pod');
	const [backendIndex, setBackendIndex] = useState(0);
	const placement = useMemo(() => groupPodsByNode(cluster), [cluster]);
	const [entryNode, setEntryNode] = useState<string>(() => placement.nodes.find((n) => !n.controlPlane)?.name ?? placement.nodes[0]?.name ?? '');
	const [tickDue, setTickDue] = useState(0);
	const [hydrated, setHydrated] = useState(false);
	const [announcement, setAnnouncement] = useState('');

	const service = cluster.services.find((s) => s.name === DEMO_SERVICE_NAME)!;
	const access = useMemo(() => describeServiceAccess(cluster, DEMO_SERVICE_NAME, { node: entryNode, backendIndex }), [cluster, entryNode, backendIndex]);
	const yaml = useMemo(() => formatServiceYaml(service), [service]);
	const table = useMemo(() => formatTable(getServicesTable(cluster)), [cluster]);
	const external = formatExternalIp(service);
	const summary = t.summary(
		service.spec.type,
		external,
		access.map((a) => t.summaryPart(labelOrigin(t, a.origin), a.trace.reachable ? t.reachable : t.unreachable)).join(', '),
	);

	useEffect(() => setHydrated(true), []);

	// After each change the control loops run once, a moment later (the provider's
	// asynchronous work, https://kubernetes.io/docs/concepts/services-networking/service/); a newer change restarts the wait.
	useEffect(() => {
		if (tickDue === 0) return;
		const timer = setTimeout(() => setCluster((c) => step(c, { type: 'tick' })), TICK_DELAY_MS);
		return () => clearTimeout(timer);
	}, [tickDue]);

	// Announce the new state once it changes, never on the first render.
	const lastSummary = useRef(summary);
	useEffect(() => {
		if (summary === lastSummary.current) return;
		lastSummary.current = summary;
		setAnnouncement(summary);
	}, [summary]);

	const change = (next: (c: Cluster) => Cluster) => {
		setCluster(next);
		setTickDue((n) => n + 1);
	};

	return {
		t,
		hydrated,
		cluster,
		service,
		placement,
		access,
		selected: access.find((a) => a.origin === origin) ?? access[0]!,
		origin,
		entryNode,
		yaml,
		table,
		external,
		announcement,
		chooseType: (type: ServiceType) => change((c) => changeServiceType(c, type)),
		setProvider: (enabled: boolean) => change((c) => step(c, { type: 'setLoadBalancerProvider', enabled })),
		chooseOrigin: setOrigin,
		chooseEntryNode: setEntryNode,
		resend: () => setBackendIndex((i) => i + 1),
	};
}
