/**
 * The AccessCheck scenario, pure: a small ready-made RBAC setup, modelled on the examples of the
 * RBAC docs (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). Namespaces `dev` and `prod`:
 * - Role `pod-reader` in dev, bound to User jane by RoleBinding `read-pods`.
 * - ClusterRole `secret-reader`, bound to User dave by RoleBinding `read-secrets` in dev
 *   only, so dave reads Secrets in dev but not in prod (https://kubernetes.io/docs/reference/access-authn-authz/rbac/).
 * - ClusterRole `node-viewer`, bound to Group `ops` by ClusterRoleBinding `view-nodes`, so
 *   erin (in ops) may list nodes, a cluster-scoped resource.
 * - Role `deployment-manager` (apps group) in dev for the ServiceAccount `ci-deployer`.
 * - The `default` ServiceAccount of dev is bound to nothing: it has no permissions (https://kubernetes.io/docs/reference/access-authn-authz/rbac/).
 *
 * Also the form's question, the reducer, the deciding binding and rule, the live-region
 * sentence and the URL parameters (`?access.subject=dave&access.verb=get&access.resource=secrets`).
 */
import type { strings } from '../../i18n/access-check';
import { checkAccess, explainDenial, findDecidingRule, formatCanI, formatRbacKey, type AccessRequest, type RbacPolicy, type Requester } from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The strings the sentences are built from. */
export type AccessCheckStrings = (typeof strings)['ko'];

/** The demo RBAC objects. */
export const DEMO_RBAC_POLICY: RbacPolicy = {
	roles: [
		{
			kind: 'Role',
			name: 'pod-reader',
			namespace: 'dev',
			rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] }],
		},
		{
			kind: 'Role',
			name: 'deployment-manager',
			namespace: 'dev',
			rules: [
				{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch'] },
				{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
			],
		},
	],
	clusterRoles: [
		{ kind: 'ClusterRole', name: 'secret-reader', rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'watch', 'list'] }] },
		{ kind: 'ClusterRole', name: 'node-viewer', rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'watch', 'list'] }] },
	],
	roleBindings: [
		{
			kind: 'RoleBinding',
			name: 'read-pods',
			namespace: 'dev',
			roleRef: { kind: 'Role', name: 'pod-reader' },
			subjects: [{ kind: 'User', name: 'jane' }],
		},
		{
			kind: 'RoleBinding',
			name: 'read-secrets',
			namespace: 'dev',
			roleRef: { kind: 'ClusterRole', name: 'secret-reader' },
			subjects: [{ kind: 'User', name: 'dave' }],
		},
		{
			kind: 'RoleBinding',
			name: 'ci-deploys',
			namespace: 'dev',
			roleRef: { kind: 'Role', name: 'deployment-manager' },
			subjects: [{ kind: 'ServiceAccount', name: 'ci-deployer', namespace: 'dev' }],
		},
	],
	clusterRoleBindings: [
		{
			kind: 'ClusterRoleBinding',
			name: 'view-nodes',
			roleRef: { kind: 'ClusterRole', name: 'node-viewer' },
			subjects: [{ kind: 'Group', name: 'ops' }],
		},
	],
};

/** The requesters the widget offers, keyed by a stable id. */
export const DEMO_REQUESTERS: ReadonlyArray<{ id: string; requester: Requester }> = [
	{ id: 'jane', requester: { kind: 'User', name: 'jane' } },
	{ id: 'dave', requester: { kind: 'User', name: 'dave' } },
	{ id: 'erin', requester: { kind: 'User', name: 'erin', groups: ['ops'] } },
	{ id: 'ci-deployer', requester: { kind: 'ServiceAccount', namespace: 'dev', name: 'ci-deployer' } },
	{ id: 'default-sa', requester: { kind: 'ServiceAccount', namespace: 'dev', name: 'default' } },
];

/** Verbs the widget offers (https://kubernetes.io/docs/reference/access-authn-authz/authorization/). */
export const DEMO_VERBS: readonly string[] = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** Resources the widget offers, with their API group. */
export const DEMO_RESOURCES: ReadonlyArray<{ resource: string; apiGroup: string }> = [
	{ resource: 'pods', apiGroup: '' },
	{ resource: 'secrets', apiGroup: '' },
	{ resource: 'deployments', apiGroup: 'apps' },
	{ resource: 'nodes', apiGroup: '' },
];

/** Namespaces the widget offers; '' means "all namespaces / cluster scope". */
export const DEMO_NAMESPACES: readonly string[] = ['dev', 'prod', ''];

/** What the form holds: ids and names as the selects carry them. */
export interface AccessQuestion {
	readonly requester: string;
	readonly verb: string;
	readonly resource: string;
	/** '' means all namespaces (or the cluster scope). */
	readonly namespace: string;
}

/** The question the page starts with: jane get pods in dev. */
export const FIRST_QUESTION: AccessQuestion = { requester: 'jane', verb: 'get', resource: 'pods', namespace: 'dev' };

/** The authorizer's request for a question (unknown ids fall back to the first requester). */
export function toRequest(q: AccessQuestion): AccessRequest {
	const requester = (DEMO_REQUESTERS.find((r) => r.id === q.requester) ?? DEMO_REQUESTERS[0])!.requester;
	const apiGroup = DEMO_RESOURCES.find((r) => r.resource === q.resource)?.apiGroup ?? '';
	return { subject: requester, verb: q.verb, resource: q.resource, apiGroup, ...(q.namespace ? { namespace: q.namespace } : {}) };
}

/** The reducer: the learner changes one or more of the form's fields. */
export function reduceQuestion(q: AccessQuestion, change: Partial<AccessQuestion>): AccessQuestion {
	return { ...q, ...change };
}

/** RBAC's answer to a question: the result, hints for a denial, the can-i command, and what decided. */
export function answerQuestion(q: AccessQuestion) {
	const request = toRequest(q);
	const result = checkAccess(DEMO_RBAC_POLICY, request);
	const decided = result.decidedBy;
	return {
		request,
		result,
		hints: explainDenial(DEMO_RBAC_POLICY, request, result),
		canI: formatCanI(request, result),
		rule: decided ? findDecidingRule(DEMO_RBAC_POLICY, decided) : undefined,
		/** The binding's and role's keys, to mark them in the object list. */
		decidingKeys: decided
			? [
					formatRbacKey(decided.bindingKind, decided.binding, decided.bindingNamespace),
					formatRbacKey(decided.roleKind, decided.role, decided.roleKind === 'Role' ? decided.bindingNamespace : undefined),
				]
			: [],
	};
}

/** The live-region sentence after a change: yes with the deciding binding, or no. */
export function describeAnswer(t: AccessCheckStrings, q: AccessQuestion): string {
	const { result, canI } = answerQuestion(q);
	const by = result.decidedBy;
	return by ? t.announceAllowed(canI.command, `${by.bindingKind} ${by.binding}`) : t.announceDenied(canI.command);
}

/** Prefix of the widget's URL parameters. */
export const URL_PREFIX = 'access';
/** How a link writes "all namespaces" (the select's '' value). */
const ALL_NAMESPACES = 'all';

/** Decodes `access.subject`, `access.verb`, `access.resource` and `access.namespace` (`all` for every namespace). */
export function readUrlState(params: UrlParamSource): UrlRead<Partial<AccessQuestion>> {
	const reader = createUrlReader(params, URL_PREFIX);
	const requester = reader.choice(
		'subject',
		DEMO_REQUESTERS.map((r) => r.id),
	);
	const verb = reader.choice('verb', DEMO_VERBS);
	const resource = reader.choice(
		'resource',
		DEMO_RESOURCES.map((r) => r.resource),
	);
	const namespace = reader.choice(
		'namespace',
		DEMO_NAMESPACES.map((n) => n || ALL_NAMESPACES),
	);
	return {
		state: {
			...(requester ? { requester } : {}),
			...(verb ? { verb } : {}),
			...(resource ? { resource } : {}),
			...(namespace ? { namespace: namespace === ALL_NAMESPACES ? '' : namespace } : {}),
		},
		notes: reader.notes,
	};
}

/** The URL parameters of a question; fields equal to the first question are left out. */
export function writeUrlState(q: AccessQuestion): Record<string, string> {
	const same = (k: keyof AccessQuestion) => q[k] === FIRST_QUESTION[k];
	return writeParams(URL_PREFIX, {
		subject: same('requester') ? undefined : q.requester,
		verb: same('verb') ? undefined : q.verb,
		resource: same('resource') ? undefined : q.resource,
		namespace: same('namespace') ? undefined : q.namespace || ALL_NAMESPACES,
	});
}
