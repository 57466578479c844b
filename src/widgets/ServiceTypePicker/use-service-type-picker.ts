/**
 * UI state of the ServiceTypePicker: the engine's state (the cluster, the node that receives
 * outside requests and which backend a traced request follows; changed only through the
 * model's reducer, null until the learner reaches for the widget) and the chosen place a
 * client stands. Until the engine (`model.ts` with `src/sim`) has loaded the parts render the
 * build-time `first` frame. One control-loop tick follows each change a moment later, so an
 * external IP arrives asynchronously as it does in a real cluster
 * (https://kubernetes.io/docs/concepts/services-networking/service/).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ServiceTypePickerStrings } from '../../i18n/service-type-picker';
import type { ServiceType, TraceOrigin } from '../../sim/index';
import { createEngineLoader } from '../shared/engine';
import { useEngine } from '../shared/use-engine';
import { useUrlState } from '../shared/use-url-state';
import { URL_PREFIX, accessAt, describeSummary, readUrlState, writeUrlState, type ServiceFrame, type ServiceUrlState } from './frame';
import type { PickerAction } from './model';

/** How long after a change the control loops run once (a simulated tick). */
const TICK_DELAY_MS = 900;

/** The widget's engine: model.ts and the sim reducer under it, loaded on the learner's first reach. */
const engine = createEngineLoader('service-type-picker:engine', () => import('./model'));

/** The scenario a link asks for; what it leaves out is the first state's. */
function settingsOf(link: ServiceUrlState): { type: ServiceType; loadBalancerProvider: boolean } {
	return { type: link.type ?? 'ClusterIP', loadBalancerProvider: link.provider ?? false };
}

/** State and actions of the ServiceTypePicker island; `first` is the frame the page was built with. */
export function useServiceTypePicker(t: ServiceTypePickerStrings, first: ServiceFrame) {
	const [linked, setLinked] = useState<ServiceUrlState | null>(null);
	// A link's settings are the starting state, also for a retry after a failed load.
	const { live, engine: m, failure, prepare, update } = useEngine(engine, (m) => m.createInitialState(linked ? settingsOf(linked) : {}));
	const frame = useMemo(() => (live && m ? m.frameOf(live) : first), [live, m, first]);
	const [origin, setOrigin] = useState<TraceOrigin>('pod');
	const [tickDue, setTickDue] = useState(0);
	const [hydrated, setHydrated] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const summary = describeSummary(t, frame.type, frame.external, frame.access);

	// A link's type and provider replace the first frame's, settled: the engine loads at once.
	// Until it has, the URL keeps the link's values (a failed load must not erase them).
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(state) => {
			if (state.type === undefined && state.provider === undefined) return;
			setLinked(state);
			update((m) => m.createInitialState(settingsOf(state)));
		},
		live || !linked ? writeUrlState(frame.type, frame.provider) : writeUrlState(settingsOf(linked).type, settingsOf(linked).loadBalancerProvider),
	);
	useEffect(() => setHydrated(true), []);

	// After each change the control loops run once, a moment later (the provider's
	// asynchronous work, https://kubernetes.io/docs/concepts/services-networking/service/); a newer change restarts the wait.
	// It ticks the state the change made, so it never starts the engine on a settled first frame.
	useEffect(() => {
		if (tickDue === 0) return;
		const timer = setTimeout(() => update((m, s) => m.reducePicker(s, { type: 'tick' })), TICK_DELAY_MS);
		return () => clearTimeout(timer);
		// `update` is a new function each render; only a new change restarts the wait.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [tickDue]);

	// Announce the new state once it changes, never on the first render.
	const lastSummary = useRef(summary);
	useEffect(() => {
		if (summary === lastSummary.current) return;
		lastSummary.current = summary;
		setAnnouncement(summary);
	}, [summary]);

	const change = (action: PickerAction, tick: boolean) => {
		update((m, s) => m.reducePicker(s, action));
		if (tick) setTickDue((n) => n + 1);
	};

	return {
		t,
		hydrated,
		/** Whether the engine's state is live (false while the page shows the build-time frame). */
		live: live !== null,
		failure,
		prepare,
		frame,
		selected: accessAt(frame, origin),
		origin,
		announcement,
		urlNotes,
		chooseType: (serviceType: ServiceType) => change({ type: 'setType', serviceType }, true),
		setProvider: (enabled: boolean) => change({ type: 'setProvider', enabled }, true),
		chooseOrigin: setOrigin,
		chooseEntryNode: (node: string) => change({ type: 'setEntryNode', node }, false),
		resend: () => change({ type: 'resend' }, false),
	};
}
