/**
 * UI state of the ServiceTypePicker: the cluster (changed only through the model's reducer),
 * the chosen place a client stands, the node that receives outside requests and which
 * backend a traced request follows. One control-loop tick follows each change a moment
 * later, so an external IP arrives asynchronously as it does in a real cluster
 * (https://kubernetes.io/docs/concepts/services-networking/service/).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ServiceTypePickerStrings } from '../../i18n/service-type-picker';
import {
	formatExternalIp,
	formatServiceYaml,
	formatTable,
	getServicesTable,
	groupPodsByNode,
	type Cluster,
	type ServiceType,
	type TraceOrigin,
} from '../../sim/index';
import { useUrlState } from '../shared/use-url-state';
import {
	DEMO_SERVICE_NAME,
	URL_PREFIX,
	createServiceTypeDemo,
	describeServiceAccess,
	describeSummary,
	markedLines,
	readUrlState,
	reduceService,
	writeUrlState,
	type ServiceAction,
} from './model';

/** How long after a change the control loops run once (a simulated tick). */
const TICK_DELAY_MS = 900;

/** State and actions of the ServiceTypePicker island. */
export function useServiceTypePicker(t: ServiceTypePickerStrings) {
	const [cluster, setCluster] = useState<Cluster>(() => createServiceTypeDemo());
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
	const summary = describeSummary(t, service.spec.type, external, access);

	// A link's type and provider replace the first frame's, settled, before `hydrated` is set.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(state) => {
			if (state.type !== undefined || state.provider !== undefined)
				setCluster(createServiceTypeDemo({ type: state.type ?? 'ClusterIP', loadBalancerProvider: state.provider ?? false }));
		},
		writeUrlState(service.spec.type, cluster.loadBalancerProvider),
	);
	useEffect(() => setHydrated(true), []);

	// After each change the control loops run once, a moment later (the provider's
	// asynchronous work, https://kubernetes.io/docs/concepts/services-networking/service/); a newer change restarts the wait.
	useEffect(() => {
		if (tickDue === 0) return;
		const timer = setTimeout(() => setCluster((c) => reduceService(c, { type: 'tick' })), TICK_DELAY_MS);
		return () => clearTimeout(timer);
	}, [tickDue]);

	// Announce the new state once it changes, never on the first render.
	const lastSummary = useRef(summary);
	useEffect(() => {
		if (summary === lastSummary.current) return;
		lastSummary.current = summary;
		setAnnouncement(summary);
	}, [summary]);

	const change = (action: ServiceAction) => {
		setCluster((c) => reduceService(c, action));
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
		yaml: yaml.text,
		marked: markedLines(yaml.fields),
		table,
		external,
		announcement,
		urlNotes,
		chooseType: (serviceType: ServiceType) => change({ type: 'setType', serviceType }),
		setProvider: (enabled: boolean) => change({ type: 'setProvider', enabled }),
		chooseOrigin: setOrigin,
		chooseEntryNode: setEntryNode,
		resend: () => setBackendIndex((i) => i + 1),
	};
}
