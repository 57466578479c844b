/**
 * The RolloutSimulator island: nginx-deployment (nginx:1.14.2, 3 replicas) already
 * rolled out. Change replicas, maxSurge and maxUnavailable, change the image, step or
 * play the rollout and watch the old and new ReplicaSets' Pods against the bounds;
 * try the typo image, fast-forward past the progress deadline and roll back. The first
 * render (server and client alike) is that settled starting point, computed at build time
 * (`first`); the engine loads on the learner's first focus, press or action.
 */
import type { RolloutSimulatorStrings } from '../../i18n/rollout-simulator';
import type { WidgetStrings } from '../../i18n/widget';
import { CommandLog } from '../shared/CommandLog';
import { TerminalView } from '../shared/TerminalView';
import { CountsLog } from './counts-log';
import type { RolloutFrame } from './frame';
import { ReplicaSetLanes } from './replica-set-lanes';
import { RolloutControls } from './rollout-controls';
import { RolloutStats } from './rollout-stats';
import { SettingsForm } from './settings-form';
import { DEPLOYMENT, useRolloutSimulator } from './use-rollout-simulator';
import './rollout-simulator.css';
import { EnableFrame } from '../shared/EnableFrame';
import { EngineNote } from '../shared/EngineNote';
import { UrlNotes } from '../shared/UrlNotes';

/** Props of the island: the page language's strings come from its entry (ko.tsx or en.tsx). */
export interface RolloutSimulatorProps {
	/** This widget's strings in the page's language. */
	t: RolloutSimulatorStrings;
	/** The shared widget strings (URL notes, engine note) in the page's language. */
	widgetT: WidgetStrings;
	/** The first frame, computed at build time (model.ts `firstFrame`). */
	first: RolloutFrame;
}

/** Rolling update simulator widget. */
export default function RolloutSimulator({ t, widgetT, first }: RolloutSimulatorProps) {
	const s = useRolloutSimulator(t, first);
	const entries = [...s.commands, { command: `kubectl rollout status deployment/${DEPLOYMENT}`, output: s.rolloutStatus }];
	return (
		<div class="ros" data-hydrated={s.hydrated ? 'true' : undefined} onFocusCapture={s.prepare} onPointerDown={s.prepare}>
			<UrlNotes t={widgetT} notes={s.urlNotes} />
			<EngineNote t={widgetT} failure={s.failure} />
			<SettingsForm s={s} />
			<RolloutControls s={s} />
			<RolloutStats s={s} />
			<ReplicaSetLanes s={s} />
			<div class="ros-bottom">
				<CountsLog s={s} />
				<div class="ros-history">
					<p class="ros-block-title">{t.historyTitle}</p>
					<TerminalView command={`kubectl rollout history deployment/${DEPLOYMENT}`} output={s.history} label={t.historyLabel} />
				</div>
			</div>
			<CommandLog entries={entries} label={t.terminalLabel} class="ros-terminal" />
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="ros-live">
				{s.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
