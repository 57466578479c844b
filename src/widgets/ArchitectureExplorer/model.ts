/**
 * The ArchitectureExplorer scenario, pure: `kubectl apply -f` of the nginx Deployment with
 * a Service selecting its Pods, step by step through the control plane
 * (https://kubernetes.io/docs/concepts/architecture/), the component a learner selected,
 * the reducer, the sentences built from the page's strings and the URL parameters
 * (`?architecture.step=4&architecture.component=etcd`).
 */
import type { ApplyFlowText, ArchitectureExplorerStrings } from '../../i18n/architecture-explorer';
import { ARCH_COMPONENTS, applyFlowSteps, getLinkKey, getStepLinks, getStepParticipants, type ComponentId, type FlowStep } from '../../sim/index';
import { fill } from '../shared/fill';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The flow the explorer follows: `kubectl apply -f` of the nginx Deployment, with a Service selecting its Pods. */
export const FLOW_STEPS: readonly FlowStep[] = applyFlowSteps('Deployment');

/** How a component takes part in the current step. */
export type Involvement = 'actor' | 'peer' | undefined;

/** The explorer's state; stepIndex -1 means the walkthrough has not started. */
export interface ExplorerModelState {
	readonly selected: ComponentId;
	readonly stepIndex: number;
	readonly announcement: string;
}

/** The first frame: kube-apiserver selected, walkthrough not started. */
export const FIRST_STATE: ExplorerModelState = { selected: 'kube-apiserver', stepIndex: -1, announcement: '' };

/** What a learner can do. */
export type ExplorerAction =
	{ type: 'select'; id: ComponentId } | { type: 'goTo'; index: number } | { type: 'next' } | { type: 'previous' } | { type: 'restart' };

const plain = (text: string): string => text.replaceAll('`', '');

/** Who acts in a step, with the controller's name when a controller does. */
export function actorLabel(text: ApplyFlowText, step: FlowStep): string {
	return step.controller ? `${text.componentName[step.actor]} (${text.controller[step.controller]})` : text.componentName[step.actor];
}

/** The components a step involves (actor, peers) and the connections it uses, as keys. */
export function describeInvolvement(stepIndex: number): { involvement: Map<ComponentId, Involvement>; activeLinks: Set<string> } {
	const step = FLOW_STEPS[stepIndex];
	const involvement = new Map<ComponentId, Involvement>();
	if (!step) return { involvement, activeLinks: new Set() };
	const { actor, peers } = getStepParticipants(step);
	involvement.set(actor, 'actor');
	for (const peer of peers) involvement.set(peer, 'peer');
	return { involvement, activeLinks: new Set(getStepLinks(step).map(getLinkKey)) };
}

/** The reducer; stepping past either end changes nothing. */
export function reduceExplorer(t: ArchitectureExplorerStrings, text: ApplyFlowText, s: ExplorerModelState, action: ExplorerAction): ExplorerModelState {
	switch (action.type) {
		case 'select':
			return {
				...s,
				selected: action.id,
				announcement: fill(t.announceSelect, { name: text.componentName[action.id], role: plain(text.componentRole[action.id]) }),
			};
		case 'next':
			return reduceExplorer(t, text, s, { type: 'goTo', index: s.stepIndex + 1 });
		case 'previous':
			return reduceExplorer(t, text, s, { type: 'goTo', index: s.stepIndex - 1 });
		case 'goTo': {
			const step = FLOW_STEPS[action.index];
			if (!step) return s;
			return {
				...s,
				stepIndex: action.index,
				announcement: fill(t.announceStep, {
					n: action.index + 1,
					total: FLOW_STEPS.length,
					actor: actorLabel(text, step),
					text: plain(text.step[step.id]),
				}),
			};
		}
		case 'restart':
			return { ...s, stepIndex: -1, announcement: t.announceRestart };
	}
}

/** Prefix of the explorer's URL parameters. */
export const URL_PREFIX = 'architecture';

/** Decodes `architecture.step` (1..steps, clamped; 0 is not started) and `architecture.component`. */
export function readUrlState(params: UrlParamSource): UrlRead<{ readonly stepIndex?: number; readonly selected?: ComponentId }> {
	const reader = createUrlReader(params, URL_PREFIX);
	const step = reader.int('step', 0, FLOW_STEPS.length);
	const selected = reader.choice(
		'component',
		ARCH_COMPONENTS.map((c) => c.id),
	);
	return { state: { ...(step === undefined ? {} : { stepIndex: step - 1 }), ...(selected ? { selected } : {}) }, notes: reader.notes };
}

/** The URL parameters of a state; the first frame's values are left out. */
export function writeUrlState(s: ExplorerModelState): Record<string, string> {
	return writeParams(URL_PREFIX, {
		step: s.stepIndex === FIRST_STATE.stepIndex ? undefined : s.stepIndex + 1,
		component: s.selected === FIRST_STATE.selected ? undefined : s.selected,
	});
}
