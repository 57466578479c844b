/**
 * RBAC authorization (https://kubernetes.io/docs/reference/access-authn-authz/rbac/): Roles, ClusterRoles, RoleBindings and ClusterRoleBindings
 * decide whether a user, group or ServiceAccount may perform a verb on a resource.
 *
 * Permissions are purely additive and there are no deny rules; a request nothing allows is
 * denied (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). A RoleBinding grants only inside its own namespace, even when it refers to
 * a ClusterRole; only a ClusterRoleBinding grants cluster-scoped resources (nodes,
 * namespaces, ...) or a namespaced resource across all namespaces (https://kubernetes.io/docs/reference/access-authn-authz/rbac/).
 *
 * Modelled: resource requests (apiGroup, resource, optional subresource and name). Not
 * modelled: non-resource URLs such as /healthz and aggregated ClusterRoles.
 */

/** A rule of a Role or ClusterRole; "*" matches everything in a list. */
export interface PolicyRule {
	/** "" is the core group (pods, secrets, nodes...); "apps" holds deployments. */
	apiGroups: string[];
	/** Resource names such as "pods", or "pods/log" for a subresource. */
	resources: string[];
	verbs: string[];
	/** When set, only these object names match (so list/watch/create without a name do not). */
	resourceNames?: string[];
}

/** A namespaced set of rules (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export interface Role {
	kind: 'Role';
	name: string;
	namespace: string;
	rules: PolicyRule[];
}

/** A cluster-scoped set of rules (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export interface ClusterRole {
	kind: 'ClusterRole';
	name: string;
	rules: PolicyRule[];
}

/** Who a binding grants to (https://kubernetes.io/docs/reference/access-authn-authz/rbac/); a ServiceAccount subject without namespace means the binding's. */
export type Subject = { kind: 'User'; name: string } | { kind: 'Group'; name: string } | { kind: 'ServiceAccount'; name: string; namespace?: string };

/** Grants a Role or ClusterRole inside one namespace (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export interface RoleBinding {
	kind: 'RoleBinding';
	name: string;
	namespace: string;
	roleRef: { kind: 'Role' | 'ClusterRole'; name: string };
	subjects: Subject[];
}

/** Grants a ClusterRole in every namespace and at the cluster scope (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export interface ClusterRoleBinding {
	kind: 'ClusterRoleBinding';
	name: string;
	roleRef: { kind: 'ClusterRole'; name: string };
	subjects: Subject[];
}

/** All RBAC objects of a cluster. */
export interface RbacPolicy {
	roles: Role[];
	clusterRoles: ClusterRole[];
	roleBindings: RoleBinding[];
	clusterRoleBindings: ClusterRoleBinding[];
}

/** Who is asking: a person (with their groups) or a ServiceAccount. */
export type Requester = { kind: 'User'; name: string; groups?: string[] } | { kind: 'ServiceAccount'; namespace: string; name: string };

/** One API request to authorize. Leave `namespace` out for cluster-scoped or all-namespace requests. */
export interface AccessRequest {
	subject: Requester;
	verb: string;
	resource: string;
	apiGroup: string;
	namespace?: string;
	subresource?: string;
	name?: string;
}

/** The authenticated identity the authorizer sees. */
export interface UserInfo {
	username: string;
	groups: string[];
}

/** Which binding, role and rule allowed a request. */
export interface Decision {
	bindingKind: 'RoleBinding' | 'ClusterRoleBinding';
	binding: string;
	bindingNamespace?: string;
	roleKind: 'Role' | 'ClusterRole';
	role: string;
	ruleIndex: number;
}

/** A binding that names the requester but whose role does not cover the request. */
export interface NonGrantingBinding {
	bindingKind: 'RoleBinding' | 'ClusterRoleBinding';
	binding: string;
	bindingNamespace?: string;
	roleKind: 'Role' | 'ClusterRole';
	role: string;
	why: 'role-not-found' | 'no-matching-rule';
}

/** The authorizer's answer. */
export interface AccessResult {
	allowed: boolean;
	decidedBy?: Decision;
	/** The effective scope: cluster-scoped resources ignore a namespace. */
	scope: { kind: 'namespace'; namespace: string } | { kind: 'cluster' };
	/** RBAC's reason: "RBAC: allowed by ..." or why nothing allowed it. */
	reason: string;
	/** For a denial, the API server's 403 message. */
	forbiddenMessage?: string;
	/** Bindings that name the requester but do not grant this request. */
	nonGranting: NonGrantingBinding[];
}

/** Core and common cluster-scoped resources: only a ClusterRoleBinding can grant them (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export const CLUSTER_SCOPED_RESOURCES: ReadonlySet<string> = new Set([
	'nodes',
	'namespaces',
	'persistentvolumes',
	'clusterroles',
	'clusterrolebindings',
	'storageclasses',
	'customresourcedefinitions',
	'priorityclasses',
	'certificatesigningrequests',
	'ingressclasses',
]);

/** The username a ServiceAccount authenticates as: system:serviceaccount:<ns>:<name> (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export function serviceAccountUsername(namespace: string, name: string): string {
	return `system:serviceaccount:${namespace}:${name}`;
}

/** The identity of a requester: ServiceAccounts get their username and the system groups (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). */
export function resolveUser(requester: Requester): UserInfo {
	if (requester.kind === 'ServiceAccount') {
		return {
			username: serviceAccountUsername(requester.namespace, requester.name),
			groups: ['system:serviceaccounts', `system:serviceaccounts:${requester.namespace}`, 'system:authenticated'],
		};
	}
	const groups = [...(requester.groups ?? [])];
	if (!groups.includes('system:authenticated')) groups.push('system:authenticated');
	return { username: requester.name, groups };
}

/** Whether a binding subject names this user (RBAC appliesToUser). */
export function subjectMatches(subject: Subject, user: UserInfo, bindingNamespace?: string): boolean {
	switch (subject.kind) {
		case 'User':
			return subject.name === user.username;
		case 'Group':
			return user.groups.includes(subject.name);
		case 'ServiceAccount': {
			const namespace = subject.namespace ?? bindingNamespace;
			return namespace !== undefined && serviceAccountUsername(namespace, subject.name) === user.username;
		}
	}
}

function includesOrWildcard(list: readonly string[], value: string): boolean {
	return list.includes('*') || list.includes(value);
}

/** Whether one rule allows a request (RBAC RuleAllows). */
export function ruleAllows(rule: PolicyRule, request: AccessRequest): boolean {
	if (!includesOrWildcard(rule.verbs, request.verb) || !includesOrWildcard(rule.apiGroups, request.apiGroup)) return false;
	const combined = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
	const resourceOk =
		rule.resources.includes('*') ||
		rule.resources.includes(combined) ||
		(request.subresource !== undefined && rule.resources.includes(`*/${request.subresource}`));
	if (!resourceOk) return false;
	if (!rule.resourceNames || rule.resourceNames.length === 0) return true;
	return request.name !== undefined && rule.resourceNames.includes(request.name);
}

/** The scope a request really has: cluster-scoped resources never have a namespace. */
export function resolveScope(request: AccessRequest): AccessResult['scope'] {
	if (CLUSTER_SCOPED_RESOURCES.has(request.resource) || request.namespace === undefined || request.namespace === '') return { kind: 'cluster' };
	return { kind: 'namespace', namespace: request.namespace };
}

function describeSubject(subject: Subject, bindingNamespace: string): string {
	if (subject.kind === 'ServiceAccount') return `ServiceAccount "${subject.name}/${subject.namespace ?? bindingNamespace}"`;
	return `${subject.kind} "${subject.name}"`;
}

/** The API server's 403 text: 'pods is forbidden: User "x" cannot list resource "pods" in API group "" in the namespace "dev"'. */
export function formatForbidden(request: AccessRequest, user: UserInfo): string {
	const scope = resolveScope(request);
	const target = request.apiGroup ? `${request.resource}.${request.apiGroup}` : request.resource;
	const object = request.name ? `${target} "${request.name}"` : target;
	const resource = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
	const where = scope.kind === 'namespace' ? `in the namespace "${scope.namespace}"` : 'at the cluster scope';
	return `${object} is forbidden: User "${user.username}" cannot ${request.verb} resource "${resource}" in API group "${request.apiGroup}" ${where}`;
}

interface Candidate {
	bindingKind: 'RoleBinding' | 'ClusterRoleBinding';
	binding: string;
	bindingNamespace?: string;
	roleRef: { kind: 'Role' | 'ClusterRole'; name: string };
	subject: Subject;
}

/** Bindings that apply at this scope and name this user, ClusterRoleBindings first like the authorizer. */
function findCandidates(policy: RbacPolicy, user: UserInfo, scope: AccessResult['scope']): Candidate[] {
	const candidates: Candidate[] = [];
	for (const b of policy.clusterRoleBindings) {
		const subject = b.subjects.find((s) => subjectMatches(s, user));
		if (subject) candidates.push({ bindingKind: 'ClusterRoleBinding', binding: b.name, roleRef: b.roleRef, subject });
	}
	if (scope.kind === 'namespace') {
		for (const b of policy.roleBindings) {
			if (b.namespace !== scope.namespace) continue;
			const subject = b.subjects.find((s) => subjectMatches(s, user, b.namespace));
			if (subject) candidates.push({ bindingKind: 'RoleBinding', binding: b.name, bindingNamespace: b.namespace, roleRef: b.roleRef, subject });
		}
	}
	return candidates;
}

function findRules(policy: RbacPolicy, candidate: Candidate): PolicyRule[] | undefined {
	if (candidate.roleRef.kind === 'ClusterRole') return policy.clusterRoles.find((r) => r.name === candidate.roleRef.name)?.rules;
	return policy.roles.find((r) => r.name === candidate.roleRef.name && r.namespace === candidate.bindingNamespace)?.rules;
}

function describeCandidate(c: Candidate): string {
	const binding = c.bindingKind === 'RoleBinding' ? `${c.binding}/${c.bindingNamespace}` : c.binding;
	return `${c.bindingKind} "${binding}" of ${c.roleRef.kind} "${c.roleRef.name}" to ${describeSubject(c.subject, c.bindingNamespace ?? '')}`;
}

function describeRequest(request: AccessRequest, scope: AccessResult['scope']): string {
	const resource = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
	const where = scope.kind === 'namespace' ? `in namespace "${scope.namespace}"` : 'at the cluster scope';
	return `${request.verb} ${resource} ${where}`;
}

/**
 * Authorizes one request (https://kubernetes.io/docs/reference/access-authn-authz/rbac/): the first binding that names the requester and whose
 * role has a matching rule allows it; with none, the request is denied by default and the
 * reason says that no binding grants it. Since rules only add, the order never changes the
 * verdict, only which binding is reported.
 */
export function checkAccess(policy: RbacPolicy, request: AccessRequest): AccessResult {
	const user = resolveUser(request.subject);
	const scope = resolveScope(request);
	const nonGranting: NonGrantingBinding[] = [];
	for (const candidate of findCandidates(policy, user, scope)) {
		const base = {
			bindingKind: candidate.bindingKind,
			binding: candidate.binding,
			...(candidate.bindingNamespace === undefined ? {} : { bindingNamespace: candidate.bindingNamespace }),
			roleKind: candidate.roleRef.kind,
			role: candidate.roleRef.name,
		};
		const rules = findRules(policy, candidate);
		if (!rules) {
			nonGranting.push({ ...base, why: 'role-not-found' });
			continue;
		}
		const ruleIndex = rules.findIndex((rule) => ruleAllows(rule, request));
		if (ruleIndex >= 0) {
			return { allowed: true, decidedBy: { ...base, ruleIndex }, scope, reason: `RBAC: allowed by ${describeCandidate(candidate)}`, nonGranting };
		}
		nonGranting.push({ ...base, why: 'no-matching-rule' });
	}
	const checked =
		nonGranting.length === 0
			? 'no binding names this user or its groups'
			: `checked ${nonGranting.map((n) => `${n.bindingKind} "${n.binding}"`).join(', ')}`;
	return {
		allowed: false,
		scope,
		reason: `RBAC: no RoleBinding or ClusterRoleBinding grants User "${user.username}" ${describeRequest(request, scope)} (${checked}); permissions are additive and everything else is denied by default`,
		forbiddenMessage: formatForbidden(request, user),
		nonGranting,
	};
}
