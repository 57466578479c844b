/**
 * A small ready-made RBAC setup for the security widget, modelled on the examples of the
 * RBAC docs (https://kubernetes.io/docs/reference/access-authn-authz/rbac/). Namespaces `dev` and `prod`:
 * - Role `pod-reader` in dev, bound to User jane by RoleBinding `read-pods`.
 * - ClusterRole `secret-reader`, bound to User dave by RoleBinding `read-secrets` in dev
 *   only, so dave reads Secrets in dev but not in prod (https://kubernetes.io/docs/reference/access-authn-authz/rbac/).
 * - ClusterRole `node-viewer`, bound to Group `ops` by ClusterRoleBinding `view-nodes`, so
 *   erin (in ops) may list nodes, a cluster-scoped resource.
 * - Role `deployment-manager` (apps group) in dev for the ServiceAccount `ci-deployer`.
 * - The `default` ServiceAccount of dev is bound to nothing: it has no permissions (https://kubernetes.io/docs/reference/access-authn-authz/rbac/).
 */
import type { RbacPolicy, Requester } from './rbac.ts';

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
