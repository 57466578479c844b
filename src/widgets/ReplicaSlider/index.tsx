/**
 * The ReplicaSlider island: the ReplicaSet `nginx` on the demo cluster. Set `replicas`
 * and watch the control loop converge tick by tick (Pending -> ContainerCreating ->
 * Running, Terminating on scale-down), delete Pods and see them replaced under new
 * names, with the YAML, `kubectl get rs` and `kubectl get pods` following the model.
 * The first render (server and client alike) is the settled 3-replica state, computed at build
 * time (`first`); the engine (model.ts and src/sim's reducer) loads when the learner reaches
 * for the widget.
 */
import type { ReplicaSliderStrings } from '../../i18n/replica-slider';
import type { WidgetStrings } from '../../i18n/widget';
import { TICK_SECONDS } from '../../sim/index';
import { EngineNote } from '../shared/EngineNote';
import { TerminalView } from '../shared/TerminalView';
import { YamlView } from '../shared/YamlView';
import { PodLanes } from './pod-lanes';
import { ReplicaControls } from './replica-controls';
import { ReplicaCountsView } from './replica-counts';
import type { ReplicaFrame } from './frame';
import { useReplicaSlider } from './use-replica-slider';
import './replica-slider.css';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';

/** Props of the island: the page language's strings come from its entry (ko.tsx or en.tsx). */
export interface ReplicaSliderProps {
	/** This widget's strings in the page's language. */
	t: ReplicaSliderStrings;
	/** The shared widget strings (URL notes, engine failure) in the page's language. */
	widgetT: WidgetStrings;
	/** The first frame, computed at build time from the engine's first state (model.ts `firstFrame`). */
	first: ReplicaFrame;
}

/** ReplicaSet replicas slider widget. */
export default function ReplicaSlider({ t, widgetT, first }: ReplicaSliderProps) {
	const s = useReplicaSlider(t, first);
	const { frame } = s;
	return (
		<div class="rsl" data-hydrated={s.hydrated ? 'true' : undefined} onFocusCapture={s.prepare} onPointerDown={s.prepare}>
			<UrlNotes t={widgetT} notes={s.urlNotes} />
			<EngineNote t={widgetT} failure={s.failure} />
			<ReplicaControls
				t={t}
				replicas={frame.replicas}
				range={s.range}
				playing={s.playing}
				tickSeconds={TICK_SECONDS}
				onScale={s.scaleTo}
				onTogglePlaying={s.togglePlaying}
				onStep={s.stepOnce}
			/>
			<ReplicaCountsView t={t} counts={frame.counts} />
			<PodLanes t={t} lanes={frame.lanes} areaRef={s.podsArea} onDelete={s.deletePod} onPodFocus={s.notePodFocus} />
			<div class="rsl-code">
				<div class="rsl-yaml">
					<YamlView yaml={frame.yaml} label={t.yamlLabel} highlight={frame.marked} />
				</div>
				<div class="rsl-terminals">
					<div class="rsl-term-rs">
						<TerminalView command="kubectl get rs" output={s.rsOutput} label={t.rsTerminalLabel} />
					</div>
					<div class="rsl-term-pods">
						<TerminalView command="kubectl get pods" output={s.podsOutput} label={t.podsTerminalLabel} />
					</div>
				</div>
			</div>
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true">
				{s.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
