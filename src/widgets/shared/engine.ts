/**
 * A widget's engine loaded when the learner first reaches for the widget. For the simulation
 * widgets the engine is the widget's `model.ts` with `src/sim`'s reducer under it (about 22 KB
 * gzip); for the kubectl lab it is `src/kubectl`. The island renders a first frame computed at
 * build time until then, so a reader who scrolls past a widget never downloads or runs it.
 */

/** One engine module, loaded once. */
export interface EngineLoader<E> {
	/** The engine if it has arrived, else undefined. */
	readonly loaded: () => E | undefined;
	/** Loads the engine once; a failed load (offline before it was cached) is retried on the next call. */
	readonly load: () => Promise<E>;
}

/**
 * A loader of `importEngine()` (a dynamic `import()` of the engine module). Each load that
 * arrives is recorded as the User Timing measure `measure` (read by the end-to-end tests).
 */
export function createEngineLoader<E>(measure: string, importEngine: () => Promise<E>): EngineLoader<E> {
	let loaded: E | undefined;
	let loading: Promise<E> | undefined;
	return {
		loaded: () => loaded,
		load() {
			const start = performance.now();
			loading ??= importEngine().then(
				(engine) => {
					performance.measure(measure, { start, end: performance.now() });
					return (loaded = engine);
				},
				(error: unknown) => {
					loading = undefined;
					throw error;
				},
			);
			return loading;
		},
	};
}

/** The text of a failed load, for the note the widget shows. */
export function loadFailure(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
