/**
 * The policy models as the manifests `kubectl get -o yaml` would show (apiVersion, kind,
 * metadata, rules/spec), so a widget can list the demo RBAC objects and NetworkPolicies as
 * YAML next to its verdict. Plain objects only; turning them into YAML text is the caller's
 * job (the Astro components do it at build time with the `yaml` package).
 */
import type { NetworkPolicy } from './network-policy.ts';
import type { ClusterRole, ClusterRoleBinding, PolicyRule, RbacPolicy, Role, RoleBinding, Subject } from './rbac.ts';

/** A manifest as a plain JSON-like object. */
export type PlainManifest = Record<string, unknown>;

/** An RBAC object with a stable key the widget can point at. */
export interface RbacManifest {
	/** "<Kind>/<namespace>/<name>", namespace empty for cluster-scoped objects. */
	key: string;
	kind: 'Role' | 'ClusterRole' | 'RoleBinding' | 'ClusterRoleBinding';
	name: string;
	namespace?: string;
	manifest: PlainManifest;
}

const RBAC_API_VERSION = 'rbac.authorization.k8s.io/v1';
const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** The key of an RBAC object: "<Kind>/<namespace>/<name>" ("ClusterRole//secret-reader"). */
export function formatRbacKey(kind: RbacManifest['kind'], name: string, namespace?: string): string {
	return `${kind}/${namespace ?? ''}/${name}`;
}

function toRuleManifest(rule: PolicyRule): PlainManifest {
	return {
		apiGroups: [...rule.apiGroups],
		resources: [...rule.resources],
		...(rule.resourceNames && rule.resourceNames.length > 0 ? { resourceNames: [...rule.resourceNames] } : {}),
		verbs: [...rule.verbs],
	};
}

function toSubjectManifest(subject: Subject): PlainManifest {
	if (subject.kind === 'ServiceAccount') {
		return { kind: 'ServiceAccount', name: subject.name, ...(subject.namespace ? { namespace: subject.namespace } : {}) };
	}
	return { kind: subject.kind, name: subject.name, apiGroup: RBAC_GROUP };
}

function toRoleManifest(role: Role | ClusterRole): RbacManifest {
	const namespace = role.kind === 'Role' ? role.namespace : undefined;
	return {
		key: formatRbacKey(role.kind, role.name, namespace),
		kind: role.kind,
		name: role.name,
		...(namespace ? { namespace } : {}),
		manifest: {
			apiVersion: RBAC_API_VERSION,
			kind: role.kind,
			metadata: { name: role.name, ...(namespace ? { namespace } : {}) },
			rules: role.rules.map(toRuleManifest),
		},
	};
}

function toBindingManifest(binding: RoleBinding | ClusterRoleBinding): RbacManifest {
	const namespace = binding.kind === 'RoleBinding' ? binding.namespace : undefined;
	return {
		key: formatRbacKey(binding.kind, binding.name, namespace),
		kind: binding.kind,
		name: binding.name,
		...(namespace ? { namespace } : {}),
		manifest: {
			apiVersion: RBAC_API_VERSION,
			kind: binding.kind,
			metadata: { name: binding.name, ...(namespace ? { namespace } : {}) },
			subjects: binding.subjects.map(toSubjectManifest),
			roleRef: { apiGroup: RBAC_GROUP, kind: binding.roleRef.kind, name: binding.roleRef.name },
		},
	};
}

/** Every object of an RBAC policy as a manifest: Roles, ClusterRoles, RoleBindings, ClusterRoleBindings. */
export function toRbacManifests(policy: RbacPolicy): RbacManifest[] {
	return [
		...policy.roles.map(toRoleManifest),
		...policy.clusterRoles.map(toRoleManifest),
		...policy.roleBindings.map(toBindingManifest),
		...policy.clusterRoleBindings.map(toBindingManifest),
	];
}

/** A NetworkPolicy as its networking.k8s.io/v1 manifest; omitted fields stay omitted. */
export function toNetworkPolicyManifest(policy: NetworkPolicy): PlainManifest {
	return {
		apiVersion: 'networking.k8s.io/v1',
		kind: 'NetworkPolicy',
		metadata: { name: policy.name, namespace: policy.namespace },
		spec: {
			podSelector: policy.podSelector,
			...(policy.policyTypes ? { policyTypes: [...policy.policyTypes] } : {}),
			...(policy.ingress ? { ingress: policy.ingress } : {}),
			...(policy.egress ? { egress: policy.egress } : {}),
		},
	};
}
