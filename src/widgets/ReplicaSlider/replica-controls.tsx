/** The replicas slider with −/+ buttons, and play/pause and single-tick buttons. */
import type { Locale } from '../../i18n/index';
import type { strings } from '../../i18n/replica-slider';

interface Props {
	t: (typeof strings)[Locale];
	replicas: number;
	range: { readonly min: number; readonly max: number };
	playing: boolean;
	tickSeconds: number;
	onScale: (replicas: number) => void;
	onTogglePlaying: () => void;
	onStep: () => void;
}

/** Labelled range input 0..10 (arrow keys step it), −/+ buttons, pause/play and one tick. */
export function ReplicaControls({ t, replicas, range, playing, tickSeconds, onScale, onTogglePlaying, onStep }: Props) {
	const atMin = replicas <= range.min;
	const atMax = replicas >= range.max;
	return (
		<div class="rsl-controls">
			<div class="rsl-scale">
				<label class="rsl-label" for="rsl-replicas">
					{t.replicasLabel}
				</label>
				<div class="rsl-slider">
					{/* aria-disabled keeps the button focusable at the end of the range. */}
					<button type="button" class="rsl-step" aria-label={t.decrease} aria-disabled={atMin} onClick={() => !atMin && onScale(replicas - 1)}>
						<span aria-hidden="true">−</span>
					</button>
					<input
						id="rsl-replicas"
						type="range"
						min={range.min}
						max={range.max}
						step={1}
						value={replicas}
						onInput={(e) => onScale(Number(e.currentTarget.value))}
					/>
					<button type="button" class="rsl-step" aria-label={t.increase} aria-disabled={atMax} onClick={() => !atMax && onScale(replicas + 1)}>
						<span aria-hidden="true">+</span>
					</button>
					<span class="rsl-value" aria-hidden="true" data-testid="rsl-replicas-value">
						{replicas}
					</span>
				</div>
			</div>
			<div class="rsl-run">
				<button type="button" class="rsl-play" onClick={onTogglePlaying}>
					<span class={playing ? 'rsl-icon is-pause' : 'rsl-icon is-play'} aria-hidden="true" />
					{playing ? t.pause : t.play}
				</button>
				<button type="button" onClick={onStep}>
					{t.stepOnce(tickSeconds)}
				</button>
			</div>
		</div>
	);
}
