/** The controls of the selected kind (replicas or toleration), the node buttons and the clock. */
import { formatAge, TICK_SECONDS } from '../../sim/index';
import { COMPARISON_MAX_REPLICAS } from './frame';
import { fill } from '../shared/fill';
import type { ComparisonState } from './use-controller-comparison';

/** Controls row (bounds use aria-disabled so keyboard focus stays put): kind-specific knob, worker add/remove, play/pause and single tick. */
export function WorkloadControls({ state }: { state: ComparisonState }) {
	const { t, frame, kind } = state;
	const { desired, ready } = frame;
	return (
		<div class="cc-controls">
			<div class="cc-control-group" role="group" aria-label={fill(t.controlsLabel, { kind: state.kindName(kind) })}>
				{kind === 'DaemonSet' ? (
					<label class="cc-toggle">
						<input type="checkbox" checked={frame.tolerated} onChange={(e) => state.setToleration(e.currentTarget.checked)} />
						<span>
							{t.toleration}
							<code class="cc-toggle-key">node-role.kubernetes.io/control-plane</code>
						</span>
					</label>
				) : (
					<div class="cc-stepper">
						<button
							type="button"
							aria-label={t.decrease}
							title={t.decrease}
							aria-disabled={desired <= 0 ? 'true' : undefined}
							onClick={() => state.scaleBy(-1)}
							data-action="decrease"
						>
							<span aria-hidden="true">−</span>
						</button>
						<span class="cc-replicas">
							<span class="cc-replicas-label">{t.replicas}</span>{' '}
							<span class="cc-replicas-value" data-testid="cc-replicas">
								{desired}
							</span>
						</span>
						<button
							type="button"
							aria-label={t.increase}
							title={t.increase}
							aria-disabled={desired >= COMPARISON_MAX_REPLICAS ? 'true' : undefined}
							onClick={() => state.scaleBy(1)}
							data-action="increase"
						>
							<span aria-hidden="true">+</span>
						</button>
					</div>
				)}
				<span class="cc-ready" data-testid="cc-ready">
					{fill(t.ready, { ready, desired })}
				</span>
			</div>
			<div class="cc-control-group">
				<button type="button" onClick={state.addWorker} aria-disabled={frame.canAddWorker ? undefined : 'true'} data-action="add-worker">
					{t.addWorker}
				</button>
				<button type="button" onClick={state.removeWorker} aria-disabled={frame.canRemoveWorker ? undefined : 'true'} data-action="remove-worker">
					{t.removeWorker}
				</button>
			</div>
			<div class="cc-control-group">
				<button type="button" onClick={state.togglePlaying} data-action="play-pause">
					{state.playing ? t.pause : t.play}
				</button>
				<button type="button" onClick={state.stepOnce} data-action="step">
					{t.stepOnce}
				</button>
				<span class="cc-clock" title={fill(t.clockLabel, { seconds: TICK_SECONDS })}>
					{fill(t.clock, { age: formatAge(frame.time) })}
				</span>
			</div>
		</div>
	);
}
