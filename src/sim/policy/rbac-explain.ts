/**
 * What the access-check widget says around checkAccess (https://kubernetes.io/docs/reference/access-authn-authz/rbac/): why a request was
 * denied (RBAC is additive and default-deny, so a denial is always "nothing allowed it",
 * and these hints say what came close), the rule that allowed it, and the equivalent
 * `kubectl auth can-i` command with the answer and warning kubectl prints.
 */
import {
	CLUSTER_SCOPED_RESOURCES,
	resolveScope,
	resolveUser,
	ruleAllows,
	subjectMatches,
	type AccessRequest,
	type AccessResult,
	type Decision,
	type NonGrantingBinding,
	type PolicyRule,
	type RbacPolicy,
	type Requester,
} from './rbac.ts';

/** One reason a denied request came close or why nothing applied, for the widget to translate. */
export type DenialHint =
	| { kind: 'no-binding'; username: string }
	| { kind: 'default-service-account'; namespace: string }
	| { kind: 'cluster-scoped'; resource: string }
	| { kind: 'all-namespaces'; resource: string }
	| { kind: 'binding-elsewhere'; binding: string; namespace: string; roleKind: 'Role' | 'ClusterRole'; role: string }
	| ({ kind: 'role-lacks-rule' } & Omit<NonGrantingBinding, 'why'>)
	| ({ kind: 'role-not-found' } & Omit<NonGrantingBinding, 'why'>);

function findRoleRules(policy: RbacPolicy, roleKind: 'Role' | 'ClusterRole', role: string, namespace: string): PolicyRule[] {
	if (roleKind === 'ClusterRole') return policy.clusterRoles.find((r) => r.name === role)?.rules ?? [];
	return policy.roles.find((r) => r.name === role && r.namespace === namespace)?.rules ?? [];
}

/**
 * Explains a denial (https://kubernetes.io/docs/reference/access-authn-authz/rbac/): the bindings that name the requester but whose role has
 * no matching rule, RoleBindings that would allow the request in another namespace (a
 * RoleBinding grants only in its own namespace), that cluster-scoped and all-namespace
 * requests need a ClusterRoleBinding, or that no binding names the requester at all (the
 * `default` ServiceAccount's usual state, https://kubernetes.io/docs/reference/access-authn-authz/rbac/).
 * Returns [] for an allowed request.
 */
export function explainDenial(policy: RbacPolicy, request: AccessRequest, result: AccessResult): DenialHint[] {
	if (result.allowed) return [];
	const user = resolveUser(request.subject);
	const scope = resolveScope(request);
	const hints: DenialHint[] = [];
	if (CLUSTER_SCOPED_RESOURCES.has(request.resource)) hints.push({ kind: 'cluster-scoped', resource: request.resource });
	else if (scope.kind === 'cluster') hints.push({ kind: 'all-namespaces', resource: request.resource });
	for (const n of result.nonGranting) {
		const { why, ...rest } = n;
		hints.push({ kind: why === 'role-not-found' ? 'role-not-found' : 'role-lacks-rule', ...rest });
	}
	// A RoleBinding never grants a cluster-scoped resource, wherever it is (https://kubernetes.io/docs/reference/access-authn-authz/rbac/).
	const roleBindings = CLUSTER_SCOPED_RESOURCES.has(request.resource) ? [] : policy.roleBindings;
	for (const b of roleBindings) {
		if (scope.kind === 'namespace' && b.namespace === scope.namespace) continue;
		if (!b.subjects.some((s) => subjectMatches(s, user, b.namespace))) continue;
		const rules = findRoleRules(policy, b.roleRef.kind, b.roleRef.name, b.namespace);
		if (rules.some((rule) => ruleAllows(rule, { ...request, namespace: b.namespace }))) {
			hints.push({ kind: 'binding-elsewhere', binding: b.name, namespace: b.namespace, roleKind: b.roleRef.kind, role: b.roleRef.name });
		}
	}
	const namedAnywhere =
		policy.clusterRoleBindings.some((b) => b.subjects.some((s) => subjectMatches(s, user))) ||
		policy.roleBindings.some((b) => b.subjects.some((s) => subjectMatches(s, user, b.namespace)));
	if (!namedAnywhere) hints.push({ kind: 'no-binding', username: user.username });
	// Every namespace has a `default` ServiceAccount that Pods use unless told otherwise (https://kubernetes.io/docs/reference/access-authn-authz/rbac/).
	if (!namedAnywhere && request.subject.kind === 'ServiceAccount' && request.subject.name === 'default') {
		hints.push({ kind: 'default-service-account', namespace: request.subject.namespace });
	}
	return hints;
}

/** The rule of the Role or ClusterRole that allowed a request, as written in the policy. */
export function findDecidingRule(policy: RbacPolicy, decision: Decision): PolicyRule | undefined {
	return findRoleRules(policy, decision.roleKind, decision.role, decision.bindingNamespace ?? '')[decision.ruleIndex];
}

/** The `--as` flags kubectl needs to ask as a requester (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export function formatImpersonation(requester: Requester): string {
	const user = resolveUser(requester);
	if (requester.kind === 'ServiceAccount') return `--as=${user.username}`;
	return [`--as=${requester.name}`, ...(requester.groups ?? []).map((g) => `--as-group=${g}`)].join(' ');
}

/** A `kubectl auth can-i` call and what kubectl prints for it. */
export interface CanICommand {
	/** The command without the prompt. */
	command: string;
	/** What kubectl prints: an optional warning line, then yes or no. */
	output: string;
	answer: 'yes' | 'no';
}

/**
 * The `kubectl auth can-i` command that asks the same question: `-n <ns>` for a namespace,
 * `-A` for a namespaced resource in every namespace, and kubectl's warning when a
 * cluster-scoped resource is checked without `-A`.
 */
export function formatCanI(request: AccessRequest, result: AccessResult): CanICommand {
	const clusterScoped = CLUSTER_SCOPED_RESOURCES.has(request.resource);
	const resource = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
	const where = request.namespace ? `-n ${request.namespace}` : clusterScoped ? '' : '-A';
	const command = ['kubectl auth can-i', request.verb, resource, where, formatImpersonation(request.subject)].filter((p) => p !== '').join(' ');
	const answer = result.allowed ? 'yes' : 'no';
	const warning = clusterScoped && where !== '-A' ? `Warning: resource '${request.resource}' is not namespace scoped\n` : '';
	return { command, output: `${warning}${answer}`, answer };
}
