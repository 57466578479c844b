/** UI state of the explorer: the model's state (changed through its reducer) and the page URL. */
import { useMemo, useState } from 'preact/hooks';
import type { ApplyFlowText, ArchitectureExplorerStrings } from '../../i18n/architecture-explorer';
import type { ComponentId, FlowStep } from '../../sim/index';
import { useUrlState } from '../shared/use-url-state';
import {
	FIRST_STATE,
	FLOW_STEPS,
	URL_PREFIX,
	actorLabel,
	describeInvolvement,
	readUrlState,
	reduceExplorer,
	writeUrlState,
	type ExplorerAction,
	type ExplorerModelState,
} from './model';

/** State and actions of the explorer (t, text: the page locale's labels and prose); stepIndex -1 means not started. */
export function useArchitectureExplorer(t: ArchitectureExplorerStrings, text: ApplyFlowText) {
	const [state, setState] = useState<ExplorerModelState>(FIRST_STATE);
	const dispatch = (action: ExplorerAction) => setState((s) => reduceExplorer(t, text, s, action));
	const { involvement, activeLinks } = useMemo(() => describeInvolvement(state.stepIndex), [state.stepIndex]);
	// A link's step and component replace the first frame's once the island runs.
	const urlNotes = useUrlState(URL_PREFIX, readUrlState, (linked) => setState((s) => ({ ...s, ...linked })), writeUrlState(state));

	return {
		t,
		text,
		steps: FLOW_STEPS,
		selected: state.selected,
		stepIndex: state.stepIndex,
		announcement: state.announcement,
		urlNotes,
		involvement,
		activeLinks,
		actorLabel: (s: FlowStep) => actorLabel(text, s),
		select: (id: ComponentId) => dispatch({ type: 'select', id }),
		next: () => dispatch({ type: 'next' }),
		previous: () => dispatch({ type: 'previous' }),
		restart: () => dispatch({ type: 'restart' }),
	};
}

/** Everything the explorer's parts read. */
export type ExplorerState = ReturnType<typeof useArchitectureExplorer>;
