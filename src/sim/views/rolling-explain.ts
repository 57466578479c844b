/**
 * The arithmetic of maxSurge and maxUnavailable written out step by step, and a text field
 * read as an int-or-percent: a leaf (only core/rolling.ts under it), so the rollout
 * simulator's settings form can show the bounds before the reducer has loaded.
 */
import { isPercent, resolveRollingBounds, type RollingBounds } from '../core/rolling.ts';
import type { IntOrPercent } from '../core/types.ts';

/** One rolling-update knob turned into a number of Pods, with the arithmetic shown. */
export interface KnobExplanation {
	/** The value as written: 1, "25%". */
	readonly written: IntOrPercent;
	/** For a percent, percent × replicas / 100 before rounding; for a number, the number. */
	readonly exact: number;
	/** `exact` after rounding, before any adjustment. */
	readonly rounded: number;
	/** The number of Pods used (for maxUnavailable after the adjustments below). */
	readonly value: number;
	/** up for maxSurge percents, down for maxUnavailable percents (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), none for numbers. */
	readonly rounding: 'up' | 'down' | 'none';
}

/** maxSurge and maxUnavailable resolved for a replica count, step by step (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
export interface BoundsExplanation {
	readonly replicas: number;
	readonly surge: KnobExplanation;
	readonly unavailable: KnobExplanation & {
		/** Both resolved to 0, so the controller uses 1 (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/). */
		readonly forcedToOne: boolean;
		/** More than replicas, so it was capped at replicas. */
		readonly cappedAtReplicas: boolean;
	};
	readonly bounds: RollingBounds;
}

function explainKnob(written: IntOrPercent, replicas: number, roundUp: boolean): Omit<KnobExplanation, 'value'> {
	if (isPercent(written)) {
		const exact = (Number.parseInt(written, 10) * replicas) / 100;
		return { written, exact, rounded: roundUp ? Math.ceil(exact) : Math.floor(exact), rounding: roundUp ? 'up' : 'down' };
	}
	return { written, exact: Number(written), rounded: Number(written), rounding: 'none' };
}

/**
 * Explain how valid maxSurge / maxUnavailable values become "at most N Pods, at
 * least M available" for `replicas` (the numbers come from resolveRollingBounds).
 */
export function explainRollingBounds(replicas: number, maxSurge: IntOrPercent, maxUnavailable: IntOrPercent): BoundsExplanation {
	const bounds = resolveRollingBounds(replicas, maxSurge, maxUnavailable);
	const surge = explainKnob(maxSurge, replicas, true);
	const unavailable = explainKnob(maxUnavailable, replicas, false);
	const forcedToOne = bounds.surge === 0 && unavailable.rounded === 0;
	return {
		replicas,
		surge: { ...surge, value: bounds.surge },
		unavailable: { ...unavailable, value: bounds.unavailable, forcedToOne, cappedAtReplicas: (forcedToOne ? 1 : unavailable.rounded) > replicas },
		bounds,
	};
}

/**
 * Read a maxSurge / maxUnavailable text field the way YAML would type it: digits
 * (optionally signed or with a fraction) become a number, anything else stays a
 * string, so validation can reject "-1", "1.5", "30" + "%%" or "abc" with the API
 * server's own message.
 */
export function parseIntOrPercentInput(text: string): IntOrPercent {
	const trimmed = text.trim();
	return /^-?[0-9]+(\.[0-9]+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
