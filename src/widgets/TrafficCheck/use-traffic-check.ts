/**
 * UI state of the TrafficCheck: the policies on and the chosen connection (changed through
 * the model's reducer), the live-region sentence after each change, and the page URL.
 */
import { useState } from 'preact/hooks';
import type { TrafficCheckStrings } from '../../i18n/traffic-check';
import { useUrlState } from '../shared/use-url-state';
import {
	BASE_MODEL,
	DEMO_NETWORK_POLICIES,
	FIRST_STATE,
	PORTS,
	URL_PREFIX,
	describeTraffic,
	evaluateTraffic,
	readUrlState,
	reduceTraffic,
	writeUrlState,
	type TrafficAction,
	type TrafficChoice,
	type TrafficState,
} from './model';

/** State and actions of the TrafficCheck island. */
export function useTrafficCheck(t: TrafficCheckStrings) {
	const [state, setState] = useState<TrafficState>(FIRST_STATE);
	const [announcement, setAnnouncement] = useState('');
	const { verdict, matrix } = evaluateTraffic(state);
	// A link's policies and connection replace the first state once the island runs.
	const urlNotes = useUrlState(URL_PREFIX, readUrlState, (linked) => setState((s) => ({ ...s, ...linked })), writeUrlState(state));

	const dispatch = (action: TrafficAction) => {
		const next = reduceTraffic(state, action);
		setState(next);
		setAnnouncement(describeTraffic(t, next));
	};

	return {
		t,
		enabled: state.enabled,
		choice: state.choice,
		verdict,
		matrix,
		announcement,
		urlNotes,
		togglePolicy: (name: string, on: boolean) => dispatch({ type: 'toggle', name, on }),
		choose: (change: Partial<TrafficChoice>) => dispatch({ type: 'choose', change }),
		pods: BASE_MODEL.pods.map((p) => ({ namespace: p.namespace, name: p.name })),
		ports: PORTS,
		policies: DEMO_NETWORK_POLICIES.map((p) => p.name),
	};
}
