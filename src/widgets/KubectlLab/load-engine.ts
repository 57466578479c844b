/**
 * Loads the lab's engine (src/kubectl and the sim reducer under it, about 45 KB gzip) when the
 * learner first reaches for the terminal: focus or a press inside the lab, a command, or a deep
 * link that starts another scenario. A reader who only scrolls past the lab never downloads it;
 * the cluster view's first frame is computed at build time (model.ts `clusterFrame`).
 */
import type * as Engine from '../../kubectl/index';
import { createEngineLoader } from '../shared/engine';

/** The engine's public API (src/kubectl/index.ts). */
export type LabEngine = typeof Engine;

/** User Timing name of the engine's download and evaluation (read by the performance test). */
export const ENGINE_MEASURE = 'kubectl-lab:engine';

const engine = createEngineLoader<LabEngine>(ENGINE_MEASURE, () => import('../../kubectl/index'));

/** The engine if it has arrived, else undefined. */
export const loadedEngine = engine.loaded;

/** Loads the engine once; a failed load (offline before it was cached) is retried on the next call. */
export const loadEngine = engine.load;
