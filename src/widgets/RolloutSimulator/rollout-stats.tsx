/** Pod counts against the bounds, the Deployment's conditions and where the rollout stands. */
import type { RolloutSimulatorState } from './use-rollout-simulator';

interface Props {
	s: RolloutSimulatorState;
}

/** Counts, conditions and phase of the rollout now. */
export function RolloutStats({ s }: Props) {
	const { t, view } = s;
	const { counts, bounds } = view;
	const conditions = [view.available && ['Available', view.available], view.progressing && ['Progressing', view.progressing]].filter(
		(c): c is [string, NonNullable<typeof view.available>] => !!c,
	);
	const phaseText =
		view.phase === 'complete'
			? t.phaseComplete(view.revision)
			: view.phase === 'stalled'
				? t.phaseStalled
				: view.phase === 'paused'
					? t.phasePaused
					: view.secondsWithoutProgress !== undefined && view.secondsWithoutProgress > 0
						? `${t.phaseProgressing} ${t.phaseWaiting(view.secondsWithoutProgress, view.progressDeadlineSeconds)}`
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
				{conditions.map(([type, c]) => (
					<li key={type} class={c.status === 'False' ? 'is-false' : undefined}>
						<code>{`${type}=${c.status}, ${c.reason}`}</code>
					</li>
				))}
			</ul>
			<p class={`ros-phase is-${view.phase}`} data-testid="ros-phase">
				{phaseText}
				{counts.terminating > 0 && <> {t.terminatingNote(counts.terminating)}</>}
			</p>
		</div>
	);
}
