import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkAccess,
	resolveScope,
	resolveUser,
	ruleAllows,
	serviceAccountUsername,
	subjectMatches,
	type AccessRequest,
	type ClusterRoleBinding,
	type RbacPolicy,
	type Requester,
	type RoleBinding,
} from '../../../src/sim/policy/rbac.ts';
import { DEMO_NAMESPACES, DEMO_RBAC_POLICY, DEMO_REQUESTERS, DEMO_RESOURCES, DEMO_VERBS } from '../../../src/widgets/AccessCheck/model.ts';

const jane: Requester = { kind: 'User', name: 'jane' };
const dave: Requester = { kind: 'User', name: 'dave' };
const erin: Requester = { kind: 'User', name: 'erin', groups: ['ops'] };
const defaultSa: Requester = { kind: 'ServiceAccount', namespace: 'dev', name: 'default' };
const ci: Requester = { kind: 'ServiceAccount', namespace: 'dev', name: 'ci-deployer' };
const req = (subject: Requester, verb: string, resource: string, namespace?: string, apiGroup = ''): AccessRequest => ({
	subject,
	verb,
	resource,
	apiGroup,
	...(namespace === undefined ? {} : { namespace }),
});
const empty: RbacPolicy = { roles: [], clusterRoles: [], roleBindings: [], clusterRoleBindings: [] };

// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
describe('identities', () => {
	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('a ServiceAccount authenticates as system:serviceaccount:<ns>:<name> with the system groups', () => {
		expect(serviceAccountUsername('dev', 'default')).toBe('system:serviceaccount:dev:default');
		expect(resolveUser(defaultSa)).toEqual({
			username: 'system:serviceaccount:dev:default',
			groups: ['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated'],
		});
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('users are in system:authenticated besides their own groups', () => {
		expect(resolveUser(erin)).toEqual({ username: 'erin', groups: ['ops', 'system:authenticated'] });
		expect(resolveUser({ kind: 'User', name: 'x', groups: ['system:authenticated'] }).groups).toEqual(['system:authenticated']);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it("subjects match users, groups and ServiceAccounts (namespace defaults to the binding's)", () => {
		const sa = resolveUser(defaultSa);
		expect(subjectMatches({ kind: 'ServiceAccount', name: 'default' }, sa, 'dev')).toBe(true);
		expect(subjectMatches({ kind: 'ServiceAccount', name: 'default' }, sa)).toBe(false);
		expect(subjectMatches({ kind: 'ServiceAccount', name: 'default', namespace: 'prod' }, sa)).toBe(false);
		expect(subjectMatches({ kind: 'Group', name: 'system:serviceaccounts:dev' }, sa)).toBe(true);
		expect(subjectMatches({ kind: 'User', name: 'system:serviceaccount:dev:default' }, sa)).toBe(true);
	});
});

// Source: https://kubernetes.io/docs/reference/access-authn-authz/authorization/
describe('rules', () => {
	// Source: https://kubernetes.io/docs/reference/access-authn-authz/authorization/
	it('"*" matches any verb, group and resource', () => {
		expect(ruleAllows({ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, req(jane, 'deletecollection', 'anything', 'dev', 'x.io'))).toBe(true);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/authorization/
	it('the API group must match: deployments live in "apps", not the core group', () => {
		expect(ruleAllows({ apiGroups: [''], resources: ['deployments'], verbs: ['get'] }, req(jane, 'get', 'deployments', 'dev', 'apps'))).toBe(false);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/authorization/
	it('subresources are named "pods/log" and "*/scale"', () => {
		const logs: AccessRequest = { ...req(jane, 'get', 'pods', 'dev'), subresource: 'log' };
		expect(ruleAllows({ apiGroups: [''], resources: ['pods'], verbs: ['get'] }, logs)).toBe(false);
		expect(ruleAllows({ apiGroups: [''], resources: ['pods/log'], verbs: ['get'] }, logs)).toBe(true);
		const scale: AccessRequest = { ...req(jane, 'update', 'deployments', 'dev', 'apps'), subresource: 'scale' };
		expect(ruleAllows({ apiGroups: ['apps'], resources: ['*/scale'], verbs: ['update'] }, scale)).toBe(true);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/authorization/
	it('resourceNames limit a rule to named objects, so a list (no name) does not match', () => {
		const rule = { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list'], resourceNames: ['app-config'] };
		expect(ruleAllows(rule, { ...req(jane, 'get', 'configmaps', 'dev'), name: 'app-config' })).toBe(true);
		expect(ruleAllows(rule, { ...req(jane, 'get', 'configmaps', 'dev'), name: 'other' })).toBe(false);
		expect(ruleAllows(rule, req(jane, 'list', 'configmaps', 'dev'))).toBe(false);
		expect(ruleAllows({ ...rule, resourceNames: [] }, req(jane, 'list', 'configmaps', 'dev'))).toBe(true);
	});
});

// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/, https://kubernetes.io/docs/reference/access-authn-authz/authorization/
describe('checkAccess on the demo policy', () => {
	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('a Role grants in its namespace only', () => {
		const allowed = checkAccess(DEMO_RBAC_POLICY, req(jane, 'list', 'pods', 'dev'));
		expect(allowed.allowed).toBe(true);
		expect(allowed.decidedBy).toEqual({
			bindingKind: 'RoleBinding',
			binding: 'read-pods',
			bindingNamespace: 'dev',
			roleKind: 'Role',
			role: 'pod-reader',
			ruleIndex: 0,
		});
		expect(allowed.reason).toBe('RBAC: allowed by RoleBinding "read-pods/dev" of Role "pod-reader" to User "jane"');
		expect(checkAccess(DEMO_RBAC_POLICY, req(jane, 'list', 'pods', 'prod')).allowed).toBe(false);
		expect(checkAccess(DEMO_RBAC_POLICY, req(jane, 'delete', 'pods', 'dev')).allowed).toBe(false);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it("a RoleBinding to a ClusterRole grants only in the RoleBinding's namespace", () => {
		expect(checkAccess(DEMO_RBAC_POLICY, req(dave, 'get', 'secrets', 'dev'))).toMatchObject({
			allowed: true,
			decidedBy: { roleKind: 'ClusterRole', role: 'secret-reader' },
		});
		const prod = checkAccess(DEMO_RBAC_POLICY, req(dave, 'get', 'secrets', 'prod'));
		expect(prod.allowed).toBe(false);
		expect(prod.forbiddenMessage).toBe('secrets is forbidden: User "dave" cannot get resource "secrets" in API group "" in the namespace "prod"');
		// Listing secrets across all namespaces is a cluster-scope request: a RoleBinding never grants it.
		const all = checkAccess(DEMO_RBAC_POLICY, req(dave, 'list', 'secrets'));
		expect(all.allowed).toBe(false);
		expect(all.forbiddenMessage).toBe('secrets is forbidden: User "dave" cannot list resource "secrets" in API group "" at the cluster scope');
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('cluster-scoped resources come only from a ClusterRoleBinding, and the namespace is ignored', () => {
		const nodes = checkAccess(DEMO_RBAC_POLICY, req(erin, 'list', 'nodes', 'dev'));
		expect(nodes).toMatchObject({ allowed: true, scope: { kind: 'cluster' }, decidedBy: { bindingKind: 'ClusterRoleBinding', binding: 'view-nodes' } });
		expect(nodes.reason).toBe('RBAC: allowed by ClusterRoleBinding "view-nodes" of ClusterRole "node-viewer" to Group "ops"');
		const policy: RbacPolicy = {
			...DEMO_RBAC_POLICY,
			roleBindings: [
				...DEMO_RBAC_POLICY.roleBindings,
				{
					kind: 'RoleBinding',
					name: 'nodes-in-dev',
					namespace: 'dev',
					roleRef: { kind: 'ClusterRole', name: 'node-viewer' },
					subjects: [{ kind: 'User', name: 'jane' }],
				},
			],
		};
		const viaRoleBinding = checkAccess(policy, req(jane, 'list', 'nodes', 'dev'));
		expect(viaRoleBinding.allowed).toBe(false);
		expect(viaRoleBinding.forbiddenMessage).toBe('nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope');
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('the default ServiceAccount has no permissions', () => {
		const result = checkAccess(DEMO_RBAC_POLICY, req(defaultSa, 'list', 'pods', 'dev'));
		expect(result.allowed).toBe(false);
		expect(result.nonGranting).toEqual([]);
		expect(result.reason).toBe(
			'RBAC: no RoleBinding or ClusterRoleBinding grants User "system:serviceaccount:dev:default" list pods in namespace "dev" (no binding names this user or its groups); permissions are additive and everything else is denied by default',
		);
		expect(result.forbiddenMessage).toBe(
			'pods is forbidden: User "system:serviceaccount:dev:default" cannot list resource "pods" in API group "" in the namespace "dev"',
		);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('a denial lists the bindings that name the requester but do not grant the request', () => {
		const result = checkAccess(DEMO_RBAC_POLICY, { ...req(ci, 'delete', 'deployments', 'dev', 'apps'), name: 'web' });
		expect(result.allowed).toBe(false);
		expect(result.nonGranting).toEqual([
			{
				bindingKind: 'RoleBinding',
				binding: 'ci-deploys',
				bindingNamespace: 'dev',
				roleKind: 'Role',
				role: 'deployment-manager',
				why: 'no-matching-rule',
			},
		]);
		expect(result.reason).toContain('(checked RoleBinding "ci-deploys")');
		expect(result.forbiddenMessage).toBe(
			'deployments.apps "web" is forbidden: User "system:serviceaccount:dev:ci-deployer" cannot delete resource "deployments" in API group "apps" in the namespace "dev"',
		);
		const allowed = checkAccess(DEMO_RBAC_POLICY, req(ci, 'create', 'deployments', 'dev', 'apps'));
		expect(allowed.reason).toBe('RBAC: allowed by RoleBinding "ci-deploys/dev" of Role "deployment-manager" to ServiceAccount "ci-deployer/dev"');
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('a binding to a missing role grants nothing and is reported', () => {
		const policy: RbacPolicy = {
			...empty,
			clusterRoleBindings: [
				{ kind: 'ClusterRoleBinding', name: 'dangling', roleRef: { kind: 'ClusterRole', name: 'gone' }, subjects: [{ kind: 'User', name: 'jane' }] },
			],
			roleBindings: [
				{
					kind: 'RoleBinding',
					name: 'wrong-ns',
					namespace: 'dev',
					roleRef: { kind: 'Role', name: 'pod-reader' },
					subjects: [{ kind: 'User', name: 'jane' }],
				},
			],
			roles: [{ kind: 'Role', name: 'pod-reader', namespace: 'prod', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }],
		};
		const result = checkAccess(policy, req(jane, 'get', 'pods', 'dev'));
		expect(result.allowed).toBe(false);
		expect(result.nonGranting.map((n) => `${n.binding}:${n.why}`)).toEqual(['dangling:role-not-found', 'wrong-ns:role-not-found']);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('with no RBAC objects at all, everything is denied', () => {
		for (const { requester } of DEMO_REQUESTERS) {
			expect(checkAccess(empty, req(requester, 'get', 'pods', 'dev')).allowed).toBe(false);
		}
	});

	it('resolves scope: cluster-scoped resources and empty namespaces are cluster scope', () => {
		expect(resolveScope(req(jane, 'get', 'namespaces', 'dev'))).toEqual({ kind: 'cluster' });
		expect(resolveScope(req(jane, 'get', 'pods', ''))).toEqual({ kind: 'cluster' });
		expect(resolveScope(req(jane, 'get', 'pods', 'dev'))).toEqual({ kind: 'namespace', namespace: 'dev' });
	});

	it('the demo lists cover every requester, verb, resource and namespace choice', () => {
		const matrix = DEMO_REQUESTERS.flatMap(({ requester }) =>
			DEMO_VERBS.flatMap((verb) =>
				DEMO_RESOURCES.flatMap(({ resource, apiGroup }) =>
					DEMO_NAMESPACES.map((ns) => checkAccess(DEMO_RBAC_POLICY, req(requester, verb, resource, ns, apiGroup))),
				),
			),
		);
		expect(matrix.filter((r) => r.allowed).length).toBeGreaterThan(0);
		expect(matrix.filter((r) => !r.allowed).length).toBeGreaterThan(0);
	});
});

// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
describe('additivity (, property)', () => {
	const names = ['jane', 'dave', 'erin'];
	const arbSubject = fc.oneof(
		fc.record({ kind: fc.constant('User' as const), name: fc.constantFrom(...names) }),
		fc.record({ kind: fc.constant('Group' as const), name: fc.constantFrom('ops', 'system:authenticated', 'system:serviceaccounts') }),
		fc.record({ kind: fc.constant('ServiceAccount' as const), name: fc.constantFrom('default', 'ci'), namespace: fc.constantFrom('dev', 'prod') }),
	);
	const arbRule = fc.record({
		apiGroups: fc.subarray(['', 'apps', '*'], { minLength: 1 }),
		resources: fc.subarray(['pods', 'secrets', 'nodes', 'deployments', '*'], { minLength: 1 }),
		verbs: fc.subarray(['get', 'list', 'delete', '*'], { minLength: 1 }),
	});
	const arbRoleName = fc.constantFrom('r1', 'r2', 'r3');
	const arbPolicy = fc.record({
		roles: fc.array(
			fc.record({
				kind: fc.constant('Role' as const),
				name: arbRoleName,
				namespace: fc.constantFrom('dev', 'prod'),
				rules: fc.array(arbRule, { maxLength: 2 }),
			}),
			{ maxLength: 3 },
		),
		clusterRoles: fc.array(fc.record({ kind: fc.constant('ClusterRole' as const), name: arbRoleName, rules: fc.array(arbRule, { maxLength: 2 }) }), {
			maxLength: 3,
		}),
		roleBindings: fc.constant([] as RoleBinding[]),
		clusterRoleBindings: fc.constant([] as ClusterRoleBinding[]),
	});
	const arbRoleBinding = fc.record({
		kind: fc.constant('RoleBinding' as const),
		name: fc.constantFrom('b1', 'b2'),
		namespace: fc.constantFrom('dev', 'prod'),
		roleRef: fc.record({ kind: fc.constantFrom('Role' as const, 'ClusterRole' as const), name: arbRoleName }),
		subjects: fc.array(arbSubject, { minLength: 1, maxLength: 2 }),
	});
	const arbClusterRoleBinding = fc.record({
		kind: fc.constant('ClusterRoleBinding' as const),
		name: fc.constantFrom('c1', 'c2'),
		roleRef: fc.record({ kind: fc.constant('ClusterRole' as const), name: arbRoleName }),
		subjects: fc.array(arbSubject, { minLength: 1, maxLength: 2 }),
	});
	const arbRequester: fc.Arbitrary<Requester> = fc.oneof(
		fc.record({ kind: fc.constant('User' as const), name: fc.constantFrom(...names), groups: fc.subarray(['ops']) }),
		fc.record({ kind: fc.constant('ServiceAccount' as const), name: fc.constantFrom('default', 'ci'), namespace: fc.constantFrom('dev', 'prod') }),
	);
	const arbRequest = fc.record({
		subject: arbRequester,
		verb: fc.constantFrom('get', 'list', 'delete'),
		resource: fc.constantFrom('pods', 'secrets', 'nodes', 'deployments'),
		apiGroup: fc.constantFrom('', 'apps'),
		namespace: fc.constantFrom('dev', 'prod', ''),
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('adding a binding never turns an allowed request into a denied one', () => {
		fc.assert(
			fc.property(
				arbPolicy,
				fc.array(arbRoleBinding, { maxLength: 3 }),
				fc.array(arbClusterRoleBinding, { maxLength: 2 }),
				fc.oneof(arbRoleBinding, arbClusterRoleBinding),
				arbRequest,
				(base, rbs, crbs, extra, request) => {
					const before: RbacPolicy = { ...base, roleBindings: rbs, clusterRoleBindings: crbs };
					const after: RbacPolicy =
						extra.kind === 'RoleBinding' ? { ...before, roleBindings: [extra, ...rbs] } : { ...before, clusterRoleBindings: [extra, ...crbs] };
					if (checkAccess(before, request).allowed) expect(checkAccess(after, request).allowed).toBe(true);
				},
			),
			{ numRuns: 300 },
		);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('the order of bindings never changes the verdict', () => {
		fc.assert(
			fc.property(
				arbPolicy,
				fc.array(arbRoleBinding, { maxLength: 4 }),
				fc.array(arbClusterRoleBinding, { maxLength: 3 }),
				arbRequest,
				(base, rbs, crbs, request) => {
					const forward = checkAccess({ ...base, roleBindings: rbs, clusterRoleBindings: crbs }, request).allowed;
					const backward = checkAccess({ ...base, roleBindings: [...rbs].reverse(), clusterRoleBindings: [...crbs].reverse() }, request).allowed;
					expect(backward).toBe(forward);
				},
			),
			{ numRuns: 200 },
		);
	});
});
