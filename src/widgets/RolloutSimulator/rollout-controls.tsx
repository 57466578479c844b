/** Image choice, set image, undo, and the clock: play/pause, one tick, fast-forward, start over. */
import { BAD_IMAGE, IMAGES, type RolloutSimulatorState } from './use-rollout-simulator';

interface Props {
	s: RolloutSimulatorState;
}

/** The rollout's commands and time controls. */
export function RolloutControls({ s }: Props) {
	const { t, frame } = s;
	return (
		<div class="ros-controls" role="group" aria-label={t.actionsLabel}>
			<div class="ros-row">
				<div class="ros-field">
					<label for="ros-image">{t.imageLabel}</label>
					<select id="ros-image" value={s.image} onChange={(e) => s.setImage(e.currentTarget.value)}>
						{IMAGES.map((image) => (
							<option key={image} value={image}>
								{image === BAD_IMAGE ? `${image} (${t.imageTypo})` : image}
							</option>
						))}
					</select>
				</div>
				{/* aria-disabled, not disabled: the button keeps focus after it has done its job. */}
				<button type="button" class="is-primary" onClick={s.changeImage} aria-disabled={s.image === frame.image ? 'true' : undefined}>
					{t.setImage}
				</button>
				<button type="button" onClick={s.undo}>
					{t.undo}
				</button>
			</div>
			<p class="ros-muted" data-testid="ros-current">
				{t.currentImage(frame.image, frame.revision)}
			</p>
			<div class="ros-row">
				<button type="button" class="ros-play" onClick={s.togglePlay}>
					<span aria-hidden="true">{s.playing ? '❚❚ ' : '▶ '}</span>
					{s.playing ? t.pause : t.play}
				</button>
				<button type="button" onClick={s.tick}>
					{t.step}
				</button>
				<button type="button" onClick={s.fastForward} aria-describedby="ros-ff-hint">
					{t.fastForward}
				</button>
				<button type="button" onClick={s.reset}>
					{t.reset}
				</button>
				{/* As wide as a four-digit time from the start, so the row does not wrap (and the
				    widget grow) when the clock passes 99 or 999 seconds. */}
				<span class="ros-clock">
					<span data-testid="ros-clock">{t.clock(s.time)}</span>
					<span class="ros-clock-sizer" aria-hidden="true">
						{t.clock(9999)}
					</span>
				</span>
			</div>
			<p id="ros-ff-hint" class="ros-muted">
				{t.fastForwardHint}
			</p>
		</div>
	);
}
