/**
 * Loads the ConfigMap/Secret/Job/CronJob/storage code (more-kinds.ts) on the first command, so a
 * page with the lab does not download it before the learner types (the lab page's JS budget).
 * `runCommand` waits for it once; afterwards every path is synchronous again.
 */
import type * as MoreKinds from './more-kinds.ts';

let loaded: typeof MoreKinds | undefined;
let loading: Promise<typeof MoreKinds> | undefined;

/** The loaded module, or undefined before the first command. */
export function moreKinds(): typeof MoreKinds | undefined {
	return loaded;
}

/** The loaded module; only for paths that run after `loadMoreKinds` (every command does). */
export function requireMoreKinds(): typeof MoreKinds {
	if (!loaded) throw new Error('kubectl lab: more-kinds.ts used before loadMoreKinds() resolved');
	return loaded;
}

/** Load the module once (later calls share the same promise). */
export function loadMoreKinds(): Promise<typeof MoreKinds> {
	loading ??= import('./more-kinds.ts').then((m) => (loaded = m));
	return loading;
}
