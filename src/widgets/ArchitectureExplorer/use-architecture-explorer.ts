/** Adapts the apply-flow model to the explorer's UI state: the selected component and the current step. */
import { useMemo, useState } from 'preact/hooks';
import type { ApplyFlowText, ArchitectureExplorerStrings } from '../../i18n/architecture-explorer';
import { applyFlowSteps, getLinkKey, getStepLinks, getStepParticipants, type ComponentId, type FlowStep } from '../../sim/index';
import { fill } from '../shared/fill';

/** The flow the explorer follows: `kubectl apply -f` of the nginx Deployment, with a Service selecting its Pods. */
export const FLOW_STEPS: readonly FlowStep[] = applyFlowSteps('Deployment');

/** How a component takes part in the current step. */
export type Involvement = 'actor' | 'peer' | undefined;

const plain = (text: string): string => text.replaceAll('`', '');

/** State and actions of the explorer (t, text: the page locale's labels and prose); stepIndex -1 means not started. */
export function useArchitectureExplorer(t: ArchitectureExplorerStrings, text: ApplyFlowText) {
	const [selected, setSelected] = useState<ComponentId>('kube-apiserver');
	const [stepIndex, setStepIndex] = useState(-1);
	const [announcement, setAnnouncement] = useState('');
	const step = stepIndex >= 0 ? FLOW_STEPS[stepIndex] : undefined;

	const { involvement, activeLinks } = useMemo(() => {
		const map = new Map<ComponentId, Involvement>();
		if (!step) return { involvement: map, activeLinks: new Set<string>() };
		const { actor, peers } = getStepParticipants(step);
		map.set(actor, 'actor');
		for (const peer of peers) map.set(peer, 'peer');
		return { involvement: map, activeLinks: new Set(getStepLinks(step).map(getLinkKey)) };
	}, [step]);

	const actorLabel = (s: FlowStep): string =>
		s.controller ? `${text.componentName[s.actor]} (${text.controller[s.controller]})` : text.componentName[s.actor];

	const goTo = (index: number) => {
		const next = FLOW_STEPS[index];
		if (!next) return;
		setStepIndex(index);
		setAnnouncement(fill(t.announceStep, { n: index + 1, total: FLOW_STEPS.length, actor: actorLabel(next), text: plain(text.step[next.id]) }));
	};

	return {
		t,
		text,
		steps: FLOW_STEPS,
		selected,
		stepIndex,
		announcement,
		involvement,
		activeLinks,
		actorLabel,
		select(id: ComponentId) {
			setSelected(id);
			setAnnouncement(fill(t.announceSelect, { name: text.componentName[id], role: plain(text.componentRole[id]) }));
		},
		next: () => goTo(stepIndex + 1),
		previous: () => goTo(stepIndex - 1),
		restart() {
			setStepIndex(-1);
			setAnnouncement(t.announceRestart);
		},
	};
}

/** Everything the explorer's parts read. */
export type ExplorerState = ReturnType<typeof useArchitectureExplorer>;
