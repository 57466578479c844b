/**
 * The ReplicaSlider island: the ReplicaSet `nginx` on the demo cluster. Set `replicas`
 * and watch the control loop converge tick by tick (Pending -> ContainerCreating ->
 * Running, Terminating on scale-down), delete Pods and see them replaced under new
 * names, with the YAML, `kubectl get rs` and `kubectl get pods` following the model.
 * The first render (server and client alike) is the settled 3-replica state.
 */
import type { ReplicaSliderStrings } from '../../i18n/replica-slider';
import type { WidgetStrings } from '../../i18n/widget';
import { TICK_SECONDS } from '../../sim/index';
import { TerminalView } from '../shared/TerminalView';
import { YamlView } from '../shared/YamlView';
import { PodLanes } from './pod-lanes';
import { ReplicaControls } from './replica-controls';
import { ReplicaCountsView } from './replica-counts';
import { useReplicaSlider } from './use-replica-slider';
import './replica-slider.css';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';

/** Props of the island: the page language's strings come from its entry (ko.tsx or en.tsx). */
export interface ReplicaSliderProps {
	/** This widget's strings in the page's language. */
	t: ReplicaSliderStrings;
	/** The shared widget strings (URL notes) in the page's language. */
	widgetT: WidgetStrings;
}

/** ReplicaSet replicas slider widget. */
export default function ReplicaSlider({ t, widgetT }: ReplicaSliderProps) {
	const s = useReplicaSlider(t);
	return (
		<div class="rsl" data-hydrated={s.hydrated ? 'true' : undefined}>
			<UrlNotes t={widgetT} notes={s.urlNotes} />
			<ReplicaControls
				t={t}
				replicas={s.replicas}
				range={s.range}
				playing={s.playing}
				tickSeconds={TICK_SECONDS}
				onScale={s.scaleTo}
				onTogglePlaying={s.togglePlaying}
				onStep={s.stepOnce}
			/>
			<ReplicaCountsView t={t} counts={s.counts} />
			<PodLanes t={t} placement={s.placement} areaRef={s.podsArea} onDelete={s.deletePod} onPodFocus={s.notePodFocus} />
			<div class="rsl-code">
				<div class="rsl-yaml">
					<YamlView yaml={s.yaml} label={t.yamlLabel} highlight={s.marked} />
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
