/**
 * Adapts the NetworkPolicy model (src/sim) to the widget: which policies are on, in the
 * order they were switched on; the chosen connection and its verdict; the matrix of every
 * Pod pair on the chosen port; and the live-region sentence after each change.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index';
import { strings } from '../../i18n/traffic-check';
import {
	DEMO_NETWORK_POLICIES,
	applyPoliciesInOrder,
	buildConnectionMatrix,
	buildDemoNetworkModel,
	checkConnection,
	listPodPorts,
	type NetworkPodRef,
} from '../../sim/index';

/** The chosen connection: Pods as "namespace/name", a TCP port. */
export interface TrafficChoice {
	from: string;
	to: string;
	port: number;
}

const BASE_MODEL = buildDemoNetworkModel([]);
const FIRST_CHOICE: TrafficChoice = { from: 'shop/frontend', to: 'shop/backend', port: 8080 };

/** "namespace/name" of a Pod, the value its option carries. */
export function formatPodKey(pod: NetworkPodRef): string {
	return `${pod.namespace}/${pod.name}`;
}

function parsePodKey(key: string): NetworkPodRef {
	const [namespace = '', name = ''] = key.split('/');
	return { namespace, name };
}

/** State and actions of the TrafficCheck island. */
export function useTrafficCheck(locale: Locale) {
	const t = strings[locale];
	const [enabled, setEnabled] = useState<string[]>([]);
	const [choice, setChoice] = useState<TrafficChoice>(FIRST_CHOICE);
	const [announcement, setAnnouncement] = useState('');

	const evaluate = (names: readonly string[], c: TrafficChoice) => {
		const model = applyPoliciesInOrder(BASE_MODEL, DEMO_NETWORK_POLICIES, names);
		return {
			verdict: checkConnection(model, parsePodKey(c.from), parsePodKey(c.to), c.port),
			matrix: buildConnectionMatrix(model, c.port),
		};
	};
	const { verdict, matrix } = evaluate(enabled, choice);

	const announce = (names: readonly string[], c: TrafficChoice) => {
		const next = evaluate(names, c);
		setAnnouncement(t.announce(t.connection(c.from, c.to, c.port), next.verdict.allowed ? t.allowed : t.denied, t.matrixCount(next.matrix.allowedCount, next.matrix.pairCount)));
	};

	const togglePolicy = (name: string, on: boolean) => {
		const next = on ? [...enabled.filter((n) => n !== name), name] : enabled.filter((n) => n !== name);
		setEnabled(next);
		announce(next, choice);
	};

	const choose = (change: Partial<TrafficChoice>) => {
		const next = { ...choice, ...change };
		// A Pod and itself is not a connection between Pods: move the other end away.
		if (next.from === next.to) {
			const other = BASE_MODEL.pods.map(formatPodKey).find((k) => k !== next.from) ?? next.to;
			if (change.from !== undefined) next.to = other;
			else next.from = other;
		}
		setChoice(next);
		announce(enabled, next);
	};

	return {
		t,
		enabled,
		choice,
		verdict,
		matrix,
		announcement,
		togglePolicy,
		choose,
		pods: BASE_MODEL.pods.map((p) => ({ namespace: p.namespace, name: p.name })),
		ports: listPodPorts(BASE_MODEL),
		policies: DEMO_NETWORK_POLICIES.map((p) => p.name),
	};
}
