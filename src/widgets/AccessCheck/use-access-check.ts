/**
 * Adapts the RBAC model (src/sim) to the widget: the question picked in the form, the
 * authorizer's answer with the rule that decided or the hints for a denial, the matching
 * `kubectl auth can-i` command, and the live-region sentence after each change.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index';
import { strings } from '../../i18n/access-check';
import {
	DEMO_NAMESPACES,
	DEMO_RBAC_POLICY,
	DEMO_REQUESTERS,
	DEMO_RESOURCES,
	DEMO_VERBS,
	checkAccess,
	explainDenial,
	findDecidingRule,
	formatCanI,
	formatRbacKey,
	resolveUser,
	type AccessRequest,
} from '../../sim/index';

/** What the form holds: ids and names as the selects carry them. */
export interface AccessQuestion {
	requester: string;
	verb: string;
	resource: string;
	/** '' means all namespaces (or the cluster scope). */
	namespace: string;
}

const FIRST_QUESTION: AccessQuestion = { requester: 'jane', verb: 'get', resource: 'pods', namespace: 'dev' };

function toRequest(q: AccessQuestion): AccessRequest {
	const requester = (DEMO_REQUESTERS.find((r) => r.id === q.requester) ?? DEMO_REQUESTERS[0])!.requester;
	const apiGroup = DEMO_RESOURCES.find((r) => r.resource === q.resource)?.apiGroup ?? '';
	return { subject: requester, verb: q.verb, resource: q.resource, apiGroup, ...(q.namespace ? { namespace: q.namespace } : {}) };
}

/** State and actions of the AccessCheck island. */
export function useAccessCheck(locale: Locale) {
	const t = strings[locale];
	const [question, setQuestion] = useState<AccessQuestion>(FIRST_QUESTION);
	const [announcement, setAnnouncement] = useState('');
	const request = toRequest(question);
	const result = checkAccess(DEMO_RBAC_POLICY, request);
	const hints = explainDenial(DEMO_RBAC_POLICY, request, result);
	const canI = formatCanI(request, result);
	const decided = result.decidedBy;
	const rule = decided ? findDecidingRule(DEMO_RBAC_POLICY, decided) : undefined;
	const decidingKeys = decided
		? [
				formatRbacKey(decided.bindingKind, decided.binding, decided.bindingNamespace),
				formatRbacKey(decided.roleKind, decided.role, decided.roleKind === 'Role' ? decided.bindingNamespace : undefined),
			]
		: [];

	const ask = (change: Partial<AccessQuestion>) => {
		const next = { ...question, ...change };
		setQuestion(next);
		const nextRequest = toRequest(next);
		const nextResult = checkAccess(DEMO_RBAC_POLICY, nextRequest);
		const command = formatCanI(nextRequest, nextResult).command;
		const by = nextResult.decidedBy;
		setAnnouncement(by ? t.announceAllowed(command, `${by.bindingKind} ${by.binding}`) : t.announceDenied(command));
	};

	return {
		t,
		question,
		request,
		username: resolveUser(request.subject).username,
		result,
		hints,
		canI,
		rule,
		decidingKeys,
		announcement,
		ask,
		requesters: DEMO_REQUESTERS,
		verbs: DEMO_VERBS,
		resources: DEMO_RESOURCES,
		namespaces: DEMO_NAMESPACES,
	};
}
