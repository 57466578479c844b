/**
 * Loads the lab's engine (src/kubectl and the sim reducer under it, about 45 KB gzip) when the
 * learner first reaches for the terminal: focus or a press inside the lab, a command, or a deep
 * link that starts another scenario. A reader who only scrolls past the lab never downloads it;
 * the cluster view's first frame is computed at build time (model.ts `clusterFrame`).
 */
import type * as Engine from '../../kubectl/index';

/** The engine's public API (src/kubectl/index.ts). */
export type LabEngine = typeof Engine;

/** User Timing name of the engine's download and evaluation (read by the performance test). */
export const ENGINE_MEASURE = 'kubectl-lab:engine';

let loaded: LabEngine | undefined;
let loading: Promise<LabEngine> | undefined;

/** The engine if it has arrived, else undefined. */
export function loadedEngine(): LabEngine | undefined {
	return loaded;
}

/** Loads the engine once; a failed load (offline before it was cached) is retried on the next call. */
export function loadEngine(): Promise<LabEngine> {
	const start = performance.now();
	loading ??= import('../../kubectl/index').then(
		(m) => {
			performance.measure(ENGINE_MEASURE, { start, end: performance.now() });
			return (loaded = m);
		},
		(err: unknown) => {
			loading = undefined;
			throw err;
		},
	);
	return loading;
}
