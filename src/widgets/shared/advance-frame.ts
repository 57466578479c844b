/**
 * The clock of a settled first frame: before a widget's engine has loaded, its play clock may
 * still run, and a control-loop round of a settled cluster changes nothing but the clock (each
 * widget's model tests check this against the reducer). So the island ages the build-time frame
 * itself and the engine's first state replays the counted rounds.
 */
import { TICK_SECONDS } from '../../sim/index';

/** The frame `ticks` control-loop rounds later, for a settled cluster. */
export function advanceFrame<F extends { readonly time: number }>(frame: F, ticks: number): F {
	return ticks === 0 ? frame : { ...frame, time: frame.time + ticks * TICK_SECONDS };
}
