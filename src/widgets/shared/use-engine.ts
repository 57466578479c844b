/**
 * A simulation widget's live state, built by its engine (shared/engine.ts) once the learner
 * reaches for the widget: focus or a press inside it (`prepare`), or an action (`update`).
 * Until then `live` is null and the widget renders its build-time first frame. A failed load
 * is kept in `failure` for the widget to show (shared/EngineNote.tsx) and retried by the next
 * reach or action; no action is dropped while the engine loads: they apply in order once it
 * has arrived.
 */
import { useRef, useState } from 'preact/hooks';
import { loadFailure, type EngineLoader } from './engine';

/** What `useEngine` returns. */
export interface EngineState<E, S> {
	/** The engine's state once the engine has arrived and the learner reached for the widget; null before. */
	readonly live: S | null;
	/** The engine, once it has arrived. */
	readonly engine: E | undefined;
	/** Why the engine could not load, until a later load succeeds; null otherwise. */
	readonly failure: string | null;
	/** Starts loading the engine and building the live state (focus or a press inside the widget). */
	readonly prepare: () => void;
	/**
	 * Changes the live state with the engine. Before the engine has arrived it is loaded first
	 * and the change applies to the first state `start` builds; changes keep their order.
	 */
	readonly update: (change: (engine: E, state: S) => S) => void;
}

/** The live state of a widget whose engine `loader` loads; `start` builds the same first state the page was built with. */
export function useEngine<E, S>(loader: EngineLoader<E>, start: (engine: E) => S): EngineState<E, S> {
	const [live, setLive] = useState<S | null>(null);
	const [failure, setFailure] = useState<string | null>(null);
	const startRef = useRef(start);
	startRef.current = start;

	const update = (change: (engine: E, state: S) => S) => {
		const apply = (engine: E) => setLive((s) => change(engine, s ?? startRef.current(engine)));
		const engine = loader.loaded();
		if (engine) {
			apply(engine);
			return;
		}
		loader.load().then(
			(arrived) => {
				setFailure(null);
				apply(arrived);
			},
			(error: unknown) => setFailure(loadFailure(error)),
		);
	};

	return {
		live,
		engine: loader.loaded(),
		failure,
		prepare: () => update((_engine, s) => s),
		update,
	};
}
