/**
 * One learner's best result per section as the onboarding pages need it. Progress keeps
 * one record per quiz for every language, with the language of the best attempt. Pure:
 * reads a Progress value.
 */
import { PASS_MARK } from '../quiz/grade';
import { getBestScore, isLabTaskDone, type Progress } from '../quiz/progress';
import type { LabCount } from './result';

/** A section's best result. */
export interface SectionBest {
	readonly percent: number;
	readonly passed: boolean;
	/** ISO time of the best attempt. */
	readonly at: string;
	/** Language the best attempt was taken in. */
	readonly locale: 'ko' | 'en';
}

/** Looks up a section's (or 'final-exam''s) best result in stored progress. */
export function findSectionBest(progress: Progress, section: string): SectionBest | undefined {
	const score = getBestScore(progress, section);
	if (!score) return undefined;
	return { percent: score.percent, passed: score.percent >= PASS_MARK * 100, at: score.at, locale: score.locale === 'en' ? 'en' : 'ko' };
}

/**
 * How many of a lab's tasks (its task ids today, from content/labs) are done: tasks stored
 * under ids the lab no longer has are not counted, so done never exceeds total.
 */
export function countLabTasks(progress: Progress, labId: string, taskIds: readonly string[]): LabCount {
	return { done: taskIds.filter((task) => isLabTaskDone(progress, labId, task)).length, total: taskIds.length };
}
