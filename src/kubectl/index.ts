/**
 * Public API of the kubectl practice lab engine: pure TypeScript over `src/sim`
 * (no Preact, Astro or DOM). A lab terminal keeps a `LabState` and calls `runCommand`.
 *
 *   let lab = createLab('nginx-deployment');
 *   const r = await runCommand(lab, 'kubectl scale deployment/nginx-deployment --replicas=5');
 *   lab = r.state; print(r.output);
 */
import { loadMoreKinds, moreKinds } from './kinds-loader.ts';
import { step } from '../sim/index.ts';
import { COMMANDS } from './commands.ts';
import { runLineSync, type RunResult } from './engine.ts';
import type { LabState } from './state.ts';

export { createLab, listScenarios, writeFile, type LabState, type LabScenarioId, type LabNamespace } from './state.ts';
export type { RunResult } from './engine.ts';
export { completeCommand } from './complete.ts';
export { checkTask } from './checks.ts';
export type { TaskCheck, LabFile } from './lab-schema.ts';

/** Run one command line; a Promise only where YAML must be parsed (apply -f). */
export function runCommand(state: LabState, line: string): Promise<RunResult> | RunResult {
	// The newer kinds' code arrives with the first command (kinds-loader.ts); from then on commands run synchronously.
	if (!moreKinds()) return loadMoreKinds().then(() => runLineSync(state, line, COMMANDS));
	return runLineSync(state, line, COMMANDS);
}

/** Let simulated time pass without a command (a UI clock, or "wait a moment"): `ticks` rounds of the control loops. */
export function tickLab(state: LabState, ticks = 1): LabState {
	let cluster = state.cluster;
	for (let i = 0; i < ticks; i++) cluster = step(cluster, { type: 'tick' });
	return { ...state, cluster };
}

/** Names of the commands the lab simulates (for help and completion in the UI). */
export const LAB_COMMANDS: readonly string[] = COMMANDS.map((c) => c.name);
