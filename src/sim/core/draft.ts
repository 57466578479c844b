/**
 * A step works on a private deep copy of the cluster (a draft) so controllers can be
 * written plainly; the caller's Cluster value is never touched, which keeps `step` pure.
 */
import { EVENT_LOG_LIMIT } from './constants.ts';
import { createRng, type Rng } from './random.ts';
import type { Cluster, ClusterEvent } from './types.ts';

/** Deeply mutable view of a readonly model type. */
export type Draft<T> = T extends ReadonlyArray<infer U> ? Draft<U>[] : T extends object ? { -readonly [K in keyof T]: Draft<T[K]> } : T;

/** Working state of one step: the draft cluster and its random source. */
export interface StepContext {
	readonly c: Draft<Cluster>;
	readonly rng: Rng;
}

/** Deep copy of plain data (objects, arrays, primitives): the model holds nothing else. */
export function cloneData<T>(value: T): T {
	if (Array.isArray(value)) return value.map(cloneData) as T;
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = cloneData(v);
		return out as T;
	}
	return value;
}

/** Start a step: copy the cluster and resume its PRNG. */
export function beginStep(cluster: Cluster): StepContext {
	const c = cloneData(cluster) as Draft<Cluster>;
	return { c, rng: createRng(c.rng) };
}

/** Finish a step: store the PRNG state and trim the event log. */
export function finishStep(ctx: StepContext): Cluster {
	ctx.c.rng = ctx.rng.state;
	if (ctx.c.events.length > EVENT_LOG_LIMIT) ctx.c.events.splice(0, ctx.c.events.length - EVENT_LOG_LIMIT);
	return ctx.c;
}

/** Append an entry to the cluster's event log (`kubectl get events`). */
export function recordEvent(ctx: StepContext, type: ClusterEvent['type'], reason: string, object: string, message: string): void {
	ctx.c.eventSeq += 1;
	ctx.c.events.push({ seq: ctx.c.eventSeq, time: ctx.c.time, type, reason, object, message });
}

/** A new object UID (RFC 4122 layout, drawn from the seeded PRNG). */
export function createUid(ctx: StepContext): string {
	const hex = (n: number): string => {
		let s = '';
		for (let i = 0; i < n; i++) s += Math.floor(ctx.rng.next() * 16).toString(16);
		return s;
	};
	return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[ctx.rng.int(0, 3)]}${hex(3)}-${hex(12)}`;
}
