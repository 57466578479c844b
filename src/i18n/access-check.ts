/** UI strings of the AccessCheck widget (security page, "권한 확인하기"). */
import { defineStrings } from './index';

/** AccessCheck labels, Korean first. Object names, verbs, kubectl commands and API messages are data. */
export const strings = defineStrings({
	ko: {
		caption:
			'예제 RBAC 정책(네임스페이스 dev, prod)에 "이 주체가 이 동작을 해도 되는가"를 묻습니다. 결정한 바인딩과 규칙, 같은 질문의 kubectl auth can-i 명령이 함께 나옵니다.',
		formLabel: '권한 질문',
		subject: '주체',
		verb: '동사',
		resource: '리소스',
		namespace: '네임스페이스',
		allNamespaces: '(모든 네임스페이스)',
		userOption: (name: string) => `${name} (User)`,
		groupUserOption: (name: string, groups: string) => `${name} (User, 그룹 ${groups})`,
		serviceAccountOption: (namespace: string, name: string) => `${name} (ServiceAccount, ${namespace})`,
		clusterScoped: '클러스터 범위',
		allowed: '허용',
		denied: '거부',
		request: (who: string, verb: string, resource: string, where: string) => `${who}: ${verb} ${resource}, ${where}`,
		whereNamespace: (namespace: string) => `네임스페이스 ${namespace}`,
		whereCluster: '클러스터 전체',
		grantBinding: '바인딩',
		grantRole: '롤',
		grantRule: '규칙',
		grantScopeNamespace: (namespace: string) => `네임스페이스 ${namespace} 안에서만 유효`,
		grantScopeCluster: '클러스터 전체에 유효',
		grantClusterRoleInNamespace: (namespace: string) =>
			`클러스터롤을 롤바인딩으로 묶었으므로 권한은 롤바인딩의 네임스페이스 ${namespace} 안에서만 생깁니다.`,
		ruleIndex: (index: number) => `rules[${index}]`,
		defaultDeny: 'RBAC에는 거부 규칙이 없습니다. 이 요청을 허용하는 바인딩이 하나도 없으므로 기본값인 거부가 됩니다.',
		hintNoBinding: (username: string) => `${username}: 어떤 바인딩의 subjects에도 없어 권한이 하나도 없습니다.`,
		hintDefaultServiceAccount: '네임스페이스마다 자동으로 생기는 default 서비스어카운트에는 API 탐색 말고는 아무 권한이 없습니다.',
		hintClusterScoped: (resource: string) => `${resource}: 클러스터 범위 리소스입니다. 클러스터롤바인딩만 권한을 줄 수 있고 롤바인딩은 고려되지 않습니다.`,
		hintAllNamespaces: '모든 네임스페이스에 대한 요청은 클러스터롤바인딩만 허용할 수 있습니다. 롤바인딩은 자기 네임스페이스 안에서만 효력이 있습니다.',
		hintElsewhere: (binding: string, roleKind: string, role: string, namespace: string) =>
			`RoleBinding ${binding} (${roleKind} ${role}): 네임스페이스 ${namespace}에서만 이 요청을 허용합니다. 롤바인딩은 자기 네임스페이스 밖에서는 효력이 없습니다.`,
		hintLacksRule: (bindingKind: string, binding: string, roleKind: string, role: string) =>
			`${bindingKind} ${binding} → ${roleKind} ${role}: 이 주체를 가리키지만 규칙에 이 동사와 리소스의 조합이 없습니다.`,
		hintRoleMissing: (bindingKind: string, binding: string, roleKind: string, role: string) =>
			`${bindingKind} ${binding}: 참조하는 ${roleKind} ${role} 오브젝트가 없습니다.`,
		forbiddenLabel: 'API 서버의 응답 (403 Forbidden)',
		terminalLabel: 'kubectl auth can-i 출력',
		objectsSummary: (count: number) => `예제 RBAC 오브젝트 ${count}개 (YAML)`,
		yamlLabel: (kind: string, name: string) => `${kind} ${name} YAML`,
		decidingMark: '이 요청을 허용한 오브젝트',
		announceAllowed: (command: string, binding: string) => `yes. ${command}: ${binding}이(가) 허용합니다.`,
		announceDenied: (command: string) => `no. ${command}: 허용하는 바인딩이 없어 거부됩니다.`,
	},
	en: {
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
		grantClusterRoleInNamespace: (namespace: string) =>
			`A ClusterRole bound by a RoleBinding grants only inside the RoleBinding's namespace, ${namespace}.`,
		ruleIndex: (index: number) => `rules[${index}]`,
		defaultDeny: 'RBAC has no deny rules. No binding allows this request, so it falls back to the default: denied.',
		hintNoBinding: (username: string) => `${username}: not in the subjects of any binding, so it has no permissions at all.`,
		hintDefaultServiceAccount: 'The default ServiceAccount, created in every namespace, has no permissions beyond API discovery.',
		hintClusterScoped: (resource: string) =>
			`${resource}: a cluster-scoped resource. Only a ClusterRoleBinding can grant it; RoleBindings are not considered.`,
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
	},
});
