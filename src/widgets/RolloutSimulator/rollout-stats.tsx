/** Pod counts against the bounds, the Deployment's conditions and where the rollout stands. */
import type { RolloutSimulatorState } from './use-rollout-simulator';

interface Props {
	s: RolloutSimulatorState;
}

/** Counts, conditions and phase of the rollout now. */
export function RolloutStats({ s }: Props) {
	const { t, frame } = s;
	const { counts, bounds } = frame;
	const phaseText =
		frame.phase === 'complete'
			? t.phaseComplete(frame.revision)
			: frame.phase === 'stalled'
				? t.phaseStalled
				: frame.phase === 'paused'
					? t.phasePaused
					: frame.secondsWithoutProgress !== null && frame.secondsWithoutProgress > 0
						? `${t.phaseProgressing} ${t.phaseWaiting(frame.secondsWithoutProgress, frame.progressDeadlineSeconds)}`
						: t.phaseProgressing;
	return (
		<div class="ros-stats" role="group" aria-label={t.statsLabel}>
			<dl class="ros-stat-list">
				<div class={counts.total > bounds.maxTotal ? 'ros-stat is-over' : 'ros-stat'} data-testid="ros-stat-total">
					<dt>{t.statTotal}</dt>
					<dd>
						<strong>{counts.total}</strong> <span class="ros-bound">/ {t.statMax(bounds.maxTotal)}</span>
					</dd>
				</div>
				<div class="ros-stat" data-testid="ros-stat-available">
					<dt>{t.statAvailable}</dt>
					<dd>
						<strong>{counts.available}</strong> <span class="ros-bound">/ {t.statMin(bounds.minAvailable)}</span>
					</dd>
				</div>
				<div class="ros-stat" data-testid="ros-stat-new">
					<dt>{t.statNew}</dt>
					<dd>
						<strong>{counts.newPods}</strong>
					</dd>
				</div>
				<div class="ros-stat" data-testid="ros-stat-old">
					<dt>{t.statOld}</dt>
					<dd>
						<strong>{counts.oldPods}</strong>
					</dd>
				</div>
			</dl>
			<ul class="ros-conditions" aria-label={t.conditionsLabel} data-testid="ros-conditions">
				{frame.conditions.map((c) => (
					<li key={c.type} class={c.status === 'False' ? 'is-false' : undefined}>
						<code>{`${c.type}=${c.status}, ${c.reason}`}</code>
					</li>
				))}
			</ul>
			<p class={`ros-phase is-${frame.phase}`} data-testid="ros-phase">
				{phaseText}
				{counts.terminating > 0 && <> {t.terminatingNote(counts.terminating)}</>}
			</p>
		</div>
	);
}
