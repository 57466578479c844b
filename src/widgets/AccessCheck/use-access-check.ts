/**
 * UI state of the AccessCheck: the question in the form (changed through the model's
 * reducer), the live-region sentence after each change, and the page URL.
 */
import { useState } from 'preact/hooks';
import type { AccessCheckStrings } from '../../i18n/access-check';
import { resolveUser } from '../../sim/index';
import { useUrlState } from '../shared/use-url-state';
import {
	DEMO_NAMESPACES,
	DEMO_REQUESTERS,
	DEMO_RESOURCES,
	DEMO_VERBS,
	FIRST_QUESTION,
	URL_PREFIX,
	answerQuestion,
	describeAnswer,
	readUrlState,
	reduceQuestion,
	writeUrlState,
	type AccessQuestion,
} from './model';

export type { AccessQuestion } from './model';

/** State and actions of the AccessCheck island. */
export function useAccessCheck(t: AccessCheckStrings) {
	const [question, setQuestion] = useState<AccessQuestion>(FIRST_QUESTION);
	const [announcement, setAnnouncement] = useState('');
	const answer = answerQuestion(question);
	// A link's question replaces the first one once the island runs.
	const urlNotes = useUrlState(URL_PREFIX, readUrlState, (change) => setQuestion((q) => reduceQuestion(q, change)), writeUrlState(question));

	const ask = (change: Partial<AccessQuestion>) => {
		const next = reduceQuestion(question, change);
		setQuestion(next);
		setAnnouncement(describeAnswer(t, next));
	};

	return {
		t,
		question,
		...answer,
		username: resolveUser(answer.request.subject).username,
		announcement,
		urlNotes,
		ask,
		requesters: DEMO_REQUESTERS,
		verbs: DEMO_VERBS,
		resources: DEMO_RESOURCES,
		namespaces: DEMO_NAMESPACES,
	};
}
