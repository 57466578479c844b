import type { ResultWords } from '../onboarding/result';
import type { ResultStrings } from './result';

/** English strings of the result summary and the /result/ page: the Korean table's keys and shapes, checked by tsc. Only English pages' islands import this module. */
export const en: ResultStrings = {
	shareHeading: 'Share your results',
	shareIntro:
		'A summary of your results to paste into an onboarding issue or a message. There are no accounts, so it is self-reported; the link carries a checksum that shows whether its content was edited by hand.',
	learnerLabel: 'Name (optional, goes into the summary)',
	copyMarkdown: 'Copy Markdown',
	copyText: 'Copy text',
	copyLink: 'Copy result link',
	openLink: 'Open result link',
	copied: 'Copied.',
	copyFailed: 'Could not copy. Select the preview below and copy it yourself.',
	preview: 'Preview (Markdown)',
	viewHeading: 'Shared learning results',
	viewSelfReported: 'Self-reported by the learner, without accounts. The scores come from the quiz records saved in their browser.',
	viewEdited: "This link's content does not match its checksum. Someone may have edited it by hand after it was made.",
	viewIntact: (checksum: string) => `Checksum ${checksum} matches the content (unchanged since the link was made).`,
	errorMissing: 'This address holds no results. Learners copy a result link from "My progress" or an assignment page.',
	errorOtherVersion: 'This result link was made in another format version and cannot be read. Ask the learner to make it again.',
	errorUnreadable: 'The result link is cut off or damaged. Check that the whole link was copied.',
	noScript: 'JavaScript is off, so results cannot be made or read here.',
};

/** The English words of the result summary's Markdown and text. */
export const words: ResultWords = {
	heading: 'Learning results',
	learner: 'Name',
	section: 'Section',
	best: 'Best score',
	result: 'Result',
	date: 'Date',
	passed: 'Passed',
	notPassed: 'Not passed',
	notTaken: 'Not taken',
	languages: { ko: 'Korean', en: 'English' },
	checkedAgainst: (version: string) => `checked against Kubernetes v${version}`,
	footer: (site: string, made: string, checksum: string) => `site version ${site}, made ${made}, checksum ${checksum}`,
	selfReported: 'Self-reported by the learner from quiz results saved in their browser.',
	count: (passed: number, total: number) => `${passed} of ${total} passed`,
	lab: 'kubectl lab',
	labDone: (done: number, total: number) => `${done}/${total}`,
};
