/** Pods as chips in fixed-size lanes: not yet scheduled, then one lane per worker node. */
import type { Ref } from 'preact';
import type { Locale } from '../../i18n/index';
import type { strings } from '../../i18n/replica-slider';
import type { LanesFrame, PodChip } from './frame';

interface Props {
	t: (typeof strings)[Locale];
	lanes: LanesFrame;
	areaRef: Ref<HTMLDivElement>;
	onDelete: (name: string) => void;
	onPodFocus: (name: string | null) => void;
}

interface LaneProps {
	t: (typeof strings)[Locale];
	id: string;
	title: string;
	detail: string;
	pods: readonly PodChip[];
	onDelete: (name: string) => void;
	onPodFocus: (name: string | null) => void;
}

function Lane({ t, id, title, detail, pods, onDelete, onPodFocus }: LaneProps) {
	return (
		<div class="rsl-lane" role="group" aria-labelledby={`${id}-title`} data-lane={id}>
			<p class="rsl-lane-title" id={`${id}-title`}>
				<span>{title}</span> <span class="rsl-lane-detail">{detail}</span>
			</p>
			<ul class="rsl-chips" aria-label={t.nodePods(title, pods.length)}>
				{pods.length === 0 && <li class="rsl-empty">{t.emptyLane}</li>}
				{pods.map((pod) => (
					<li class="rsl-pod" key={pod.uid} data-status={pod.status} data-pod={pod.name}>
						<span class="rsl-pod-name">{pod.name}</span>
						<span class="rsl-pod-status">{pod.status}</span>
						<button
							type="button"
							class="rsl-delete"
							aria-label={t.deletePod(pod.name)}
							aria-disabled={pod.deleting}
							onClick={() => !pod.deleting && onDelete(pod.name)}
							onFocus={() => onPodFocus(pod.name)}
							onBlur={(e) => e.relatedTarget !== null && onPodFocus(null)}
						>
							<span aria-hidden="true">×</span>
						</button>
					</li>
				))}
			</ul>
		</div>
	);
}

/** The Pods area: a fixed grid, so chips appearing or leaving never move the page. */
export function PodLanes({ t, lanes, areaRef, onDelete, onPodFocus }: Props) {
	// Ordinary Pods never land on the tainted control-plane node, so it gets no lane unless it has Pods.
	const nodes = lanes.nodes.filter((n) => !n.controlPlane || n.pods.length > 0);
	return (
		<div class="rsl-lanes" role="group" aria-label={t.podsArea} tabIndex={-1} ref={areaRef}>
			<Lane
				t={t}
				id="rsl-unscheduled"
				title={t.unscheduled}
				detail={t.unscheduledNote}
				pods={lanes.unscheduled}
				onDelete={onDelete}
				onPodFocus={onPodFocus}
			/>
			<div class="rsl-nodes">
				{nodes.map((n) => (
					<Lane t={t} key={n.name} id={`rsl-node-${n.name}`} title={n.name} detail={n.ip} pods={n.pods} onDelete={onDelete} onPodFocus={onPodFocus} />
				))}
			</div>
		</div>
	);
}
