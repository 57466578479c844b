/**
 * Strings of the kubectl practice lab (terminal, editor, cluster view, tasks, sandbox picker).
 * Each locale is its own module so an island entry (src/widgets/KubectlLab/ko.tsx, en.tsx)
 * ships one language only; this table serves build-time code and tests.
 */
import { defineStrings } from './index';
import { en } from './kubectl-lab.en';
import { ko } from './kubectl-lab.ko';

/** The lab's strings in one language. */
export type KubectlLabStrings = typeof ko;

/** Both languages, for Astro components and tests. */
export const strings = defineStrings({ ko, en });
