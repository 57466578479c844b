import type { AccessCheckStrings } from './access-check';

/** English strings of the AccessCheck widget: the Korean table's keys and shapes, checked by tsc. Only English pages' islands import this module. */
export const en: AccessCheckStrings = {
	caption:
		'Ask the demo RBAC policy (namespaces dev and prod) whether a subject may do something. The binding and rule that decided, and the same question as a kubectl auth can-i command, come with the answer.',
	formLabel: 'Access question',
	subject: 'Subject',
	verb: 'Verb',
	resource: 'Resource',
	namespace: 'Namespace',
	allNamespaces: '(all namespaces)',
	userOption: (name: string) => `${name} (User)`,
	groupUserOption: (name: string, groups: string) => `${name} (User, group ${groups})`,
	serviceAccountOption: (namespace: string, name: string) => `${name} (ServiceAccount, ${namespace})`,
	clusterScoped: 'cluster-scoped',
	allowed: 'Allowed',
	denied: 'Denied',
	request: (who: string, verb: string, resource: string, where: string) => `${who}: ${verb} ${resource}, ${where}`,
	whereNamespace: (namespace: string) => `namespace ${namespace}`,
	whereCluster: 'cluster-wide',
	grantBinding: 'Binding',
	grantRole: 'Role',
	grantRule: 'Rule',
	grantScopeNamespace: (namespace: string) => `valid only in namespace ${namespace}`,
	grantScopeCluster: 'valid across the cluster',
	grantClusterRoleInNamespace: (namespace: string) => `A ClusterRole bound by a RoleBinding grants only inside the RoleBinding's namespace, ${namespace}.`,
	ruleIndex: (index: number) => `rules[${index}]`,
	defaultDeny: 'RBAC has no deny rules. No binding allows this request, so it falls back to the default: denied.',
	hintNoBinding: (username: string) => `${username}: not in the subjects of any binding, so it has no permissions at all.`,
	hintDefaultServiceAccount: 'The default ServiceAccount, created in every namespace, has no permissions beyond API discovery.',
	hintClusterScoped: (resource: string) => `${resource}: a cluster-scoped resource. Only a ClusterRoleBinding can grant it; RoleBindings are not considered.`,
	hintAllNamespaces: 'A request across all namespaces can only be allowed by a ClusterRoleBinding. A RoleBinding only works inside its own namespace.',
	hintElsewhere: (binding: string, roleKind: string, role: string, namespace: string) =>
		`RoleBinding ${binding} (${roleKind} ${role}) allows this request only in namespace ${namespace}. A RoleBinding has no effect outside its own namespace.`,
	hintLacksRule: (bindingKind: string, binding: string, roleKind: string, role: string) =>
		`${bindingKind} ${binding} → ${roleKind} ${role} names this subject, but no rule covers this verb and resource.`,
	hintRoleMissing: (bindingKind: string, binding: string, roleKind: string, role: string) =>
		`${bindingKind} ${binding} refers to ${roleKind} ${role}, which does not exist.`,
	forbiddenLabel: "The API server's answer (403 Forbidden)",
	terminalLabel: 'kubectl auth can-i output',
	objectsSummary: (count: number) => `The ${count} demo RBAC objects (YAML)`,
	yamlLabel: (kind: string, name: string) => `${kind} ${name} YAML`,
	decidingMark: 'allowed this request',
	announceAllowed: (command: string, binding: string) => `yes. ${command}: allowed by ${binding}.`,
	announceDenied: (command: string) => `no. ${command}: no binding allows it, so it is denied.`,
};
