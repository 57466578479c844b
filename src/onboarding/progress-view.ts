/**
 * One learner's best result per section as the onboarding pages need it, whatever
 * language each quiz was taken in. Pure: reads a Progress value.
 */
import { PASS_MARK } from '../quiz/grade';
import { getBestScore, type Progress } from '../quiz/progress';

/** A section's best result (the better of its Korean and English attempts). */
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
	let best: SectionBest | undefined;
	for (const locale of ['ko', 'en'] as const) {
		const score = getBestScore(progress, `${locale}/${section}`);
		if (score && (!best || score.percent > best.percent)) {
			best = { percent: score.percent, passed: score.percent >= PASS_MARK * 100, at: score.at, locale };
		}
	}
	return best;
}
