// The access-check widget's model: denial hints, the deciding rule, the `kubectl auth can-i`
// command, and the demo RBAC objects as manifests.
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/i18n/access-check.ts';
import {
	checkAccess,
	explainDenial,
	findDecidingRule,
	formatCanI,
	formatImpersonation,
	formatRbacKey,
	toRbacManifests,
	type AccessRequest,
	type RbacPolicy,
	type Requester,
} from '../../../src/sim/index.ts';
import {
	DEMO_RBAC_POLICY,
	FIRST_QUESTION,
	answerQuestion,
	describeAnswer,
	readUrlState,
	reduceQuestion,
	toRequest,
	writeUrlState,
} from '../../../src/widgets/AccessCheck/model.ts';

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
const explain = (r: AccessRequest, policy: RbacPolicy = DEMO_RBAC_POLICY) => explainDenial(policy, r, checkAccess(policy, r));

// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
describe('the deciding rule', () => {
	it('jane get pods in dev: Role pod-reader through RoleBinding read-pods, rule 0', () => {
		const result = checkAccess(DEMO_RBAC_POLICY, req(jane, 'get', 'pods', 'dev'));
		expect(result.decidedBy).toMatchObject({ bindingKind: 'RoleBinding', binding: 'read-pods', roleKind: 'Role', role: 'pod-reader', ruleIndex: 0 });
		expect(findDecidingRule(DEMO_RBAC_POLICY, result.decidedBy!)).toEqual({ apiGroups: [''], resources: ['pods'], verbs: ['get', 'watch', 'list'] });
	});

	it('dave get secrets in dev: ClusterRole secret-reader through a RoleBinding', () => {
		const result = checkAccess(DEMO_RBAC_POLICY, req(dave, 'get', 'secrets', 'dev'));
		expect(findDecidingRule(DEMO_RBAC_POLICY, result.decidedBy!)?.resources).toEqual(['secrets']);
	});

	it('ci-deployer list pods: the second rule of deployment-manager', () => {
		const result = checkAccess(DEMO_RBAC_POLICY, req(ci, 'list', 'pods', 'dev'));
		expect(result.decidedBy?.ruleIndex).toBe(1);
		expect(findDecidingRule(DEMO_RBAC_POLICY, result.decidedBy!)?.apiGroups).toEqual(['']);
	});

	it('a decision naming a role that is not there has no rule', () => {
		expect(
			findDecidingRule(DEMO_RBAC_POLICY, { bindingKind: 'ClusterRoleBinding', binding: 'x', roleKind: 'ClusterRole', role: 'gone', ruleIndex: 0 }),
		).toBeUndefined();
	});
});

// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
describe('why a request is denied', () => {
	it('allowed requests need no explanation', () => {
		expect(explain(req(jane, 'get', 'pods', 'dev'))).toEqual([]);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('jane in prod: her RoleBinding would allow it, but only in dev', () => {
		expect(explain(req(jane, 'get', 'pods', 'prod'))).toEqual([
			{ kind: 'binding-elsewhere', binding: 'read-pods', namespace: 'dev', roleKind: 'Role', role: 'pod-reader' },
		]);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('dave secrets in prod: the RoleBinding to ClusterRole secret-reader grants only in dev', () => {
		expect(explain(req(dave, 'get', 'secrets', 'prod'))).toEqual([
			{ kind: 'binding-elsewhere', binding: 'read-secrets', namespace: 'dev', roleKind: 'ClusterRole', role: 'secret-reader' },
		]);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('all namespaces needs a ClusterRoleBinding, even for a Pod reader', () => {
		expect(explain(req(jane, 'list', 'pods'))).toEqual([
			{ kind: 'all-namespaces', resource: 'pods' },
			{ kind: 'binding-elsewhere', binding: 'read-pods', namespace: 'dev', roleKind: 'Role', role: 'pod-reader' },
		]);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('a binding that names you but whose role has no matching rule', () => {
		expect(explain(req(jane, 'delete', 'pods', 'dev'))).toEqual([
			{ kind: 'role-lacks-rule', bindingKind: 'RoleBinding', binding: 'read-pods', bindingNamespace: 'dev', roleKind: 'Role', role: 'pod-reader' },
		]);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('nodes are cluster-scoped: RoleBindings never grant them', () => {
		const hints = explain(req(jane, 'list', 'nodes', 'dev'));
		expect(hints).toEqual([{ kind: 'cluster-scoped', resource: 'nodes' }]);
		const withNodeRole: RbacPolicy = {
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
		expect(explain(req(jane, 'list', 'nodes', 'dev'), withNodeRole).map((h) => h.kind)).toEqual(['cluster-scoped']);
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('the default ServiceAccount is named by no binding', () => {
		expect(explain(req(defaultSa, 'get', 'pods', 'dev'))).toEqual([
			{ kind: 'no-binding', username: 'system:serviceaccount:dev:default' },
			{ kind: 'default-service-account', namespace: 'dev' },
		]);
		expect(explain(req({ kind: 'User', name: 'nobody' }, 'get', 'pods', 'dev'))).toEqual([{ kind: 'no-binding', username: 'nobody' }]);
	});

	it('a binding to a role that does not exist is reported', () => {
		const broken: RbacPolicy = {
			...DEMO_RBAC_POLICY,
			roleBindings: [
				{
					kind: 'RoleBinding',
					name: 'dangling',
					namespace: 'dev',
					roleRef: { kind: 'Role', name: 'missing' },
					subjects: [{ kind: 'User', name: 'zoe' }],
				},
			],
		};
		expect(explain(req({ kind: 'User', name: 'zoe' }, 'get', 'pods', 'dev'), broken)).toEqual([
			{ kind: 'role-not-found', bindingKind: 'RoleBinding', binding: 'dangling', bindingNamespace: 'dev', roleKind: 'Role', role: 'missing' },
		]);
	});
});

describe('kubectl auth can-i', () => {
	const canI = (r: AccessRequest) => formatCanI(r, checkAccess(DEMO_RBAC_POLICY, r));

	it('asks as a user in a namespace and prints yes or no', () => {
		expect(canI(req(jane, 'get', 'pods', 'dev'))).toEqual({ command: 'kubectl auth can-i get pods -n dev --as=jane', output: 'yes', answer: 'yes' });
		expect(canI(req(jane, 'get', 'pods', 'prod'))).toEqual({ command: 'kubectl auth can-i get pods -n prod --as=jane', output: 'no', answer: 'no' });
	});

	// Source: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
	it('a ServiceAccount is impersonated by its username; groups with --as-group', () => {
		expect(formatImpersonation(defaultSa)).toBe('--as=system:serviceaccount:dev:default');
		expect(formatImpersonation(erin)).toBe('--as=erin --as-group=ops');
	});

	it("all namespaces is -A; a cluster-scoped resource gets kubectl's warning", () => {
		expect(canI(req(jane, 'list', 'pods')).command).toBe('kubectl auth can-i list pods -A --as=jane');
		expect(canI(req(erin, 'list', 'nodes'))).toEqual({
			command: 'kubectl auth can-i list nodes --as=erin --as-group=ops',
			output: "Warning: resource 'nodes' is not namespace scoped\nyes",
			answer: 'yes',
		});
		expect(canI(req(erin, 'list', 'nodes', 'dev')).output).toBe("Warning: resource 'nodes' is not namespace scoped\nyes");
	});

	it('a subresource is written as resource/subresource', () => {
		expect(canI({ ...req(jane, 'get', 'pods', 'dev'), subresource: 'log' }).command).toBe('kubectl auth can-i get pods/log -n dev --as=jane');
	});
});

describe('RBAC manifests', () => {
	const manifests = toRbacManifests(DEMO_RBAC_POLICY);

	it('lists every object once with a stable key', () => {
		expect(manifests.map((m) => m.key)).toEqual([
			'Role/dev/pod-reader',
			'Role/dev/deployment-manager',
			'ClusterRole//secret-reader',
			'ClusterRole//node-viewer',
			'RoleBinding/dev/read-pods',
			'RoleBinding/dev/read-secrets',
			'RoleBinding/dev/ci-deploys',
			'ClusterRoleBinding//view-nodes',
		]);
		expect(formatRbacKey('RoleBinding', 'read-pods', 'dev')).toBe('RoleBinding/dev/read-pods');
	});

	it('writes the rbac.authorization.k8s.io/v1 shape with subjects and roleRef', () => {
		expect(manifests.find((m) => m.name === 'read-secrets')?.manifest).toEqual({
			apiVersion: 'rbac.authorization.k8s.io/v1',
			kind: 'RoleBinding',
			metadata: { name: 'read-secrets', namespace: 'dev' },
			subjects: [{ kind: 'User', name: 'dave', apiGroup: 'rbac.authorization.k8s.io' }],
			roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'secret-reader' },
		});
		expect(manifests.find((m) => m.name === 'ci-deploys')?.manifest.subjects).toEqual([{ kind: 'ServiceAccount', name: 'ci-deployer', namespace: 'dev' }]);
		expect(manifests.find((m) => m.name === 'secret-reader')?.manifest).toEqual({
			apiVersion: 'rbac.authorization.k8s.io/v1',
			kind: 'ClusterRole',
			metadata: { name: 'secret-reader' },
			rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'watch', 'list'] }],
		});
	});

	it('keeps resourceNames when a rule has them', () => {
		const policy: RbacPolicy = {
			roles: [],
			clusterRoles: [
				{ kind: 'ClusterRole', name: 'one', rules: [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['app'], verbs: ['get'] }] },
			],
			roleBindings: [],
			clusterRoleBindings: [],
		};
		expect(toRbacManifests(policy)[0]?.manifest.rules).toEqual([{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['app'], verbs: ['get'] }]);
	});
});

describe('AccessCheck model', () => {
	const t = strings.en;

	it('plays the page: jane may get pods in dev, not in prod; dave reads secrets only in dev; erin lists nodes through her group', () => {
		let q = FIRST_QUESTION;
		expect(answerQuestion(q).result.allowed).toBe(true);
		expect(answerQuestion(q).decidingKeys).toEqual([formatRbacKey('RoleBinding', 'read-pods', 'dev'), formatRbacKey('Role', 'pod-reader', 'dev')]);
		expect(describeAnswer(t, q)).toBe(t.announceAllowed(answerQuestion(q).canI.command, 'RoleBinding read-pods'));
		q = reduceQuestion(q, { namespace: 'prod' });
		expect(answerQuestion(q).result.allowed).toBe(false);
		expect(answerQuestion(q).hints.length).toBeGreaterThan(0);
		expect(describeAnswer(t, q)).toBe(t.announceDenied(answerQuestion(q).canI.command));
		q = reduceQuestion(q, { requester: 'dave', resource: 'secrets' });
		expect(answerQuestion(q).result.allowed).toBe(false);
		expect(answerQuestion(reduceQuestion(q, { namespace: 'dev' })).rule).toBeDefined();
		q = reduceQuestion(q, { requester: 'erin', verb: 'list', resource: 'nodes', namespace: '' });
		expect(answerQuestion(q).result.decidedBy).toMatchObject({ bindingKind: 'ClusterRoleBinding', binding: 'view-nodes' });
		expect(answerQuestion(q).canI.command).toBe('kubectl auth can-i list nodes --as=erin --as-group=ops');
		expect(toRequest({ ...FIRST_QUESTION, requester: 'nobody' }).subject).toEqual({ kind: 'User', name: 'jane' });
	});

	it('reads and writes access.subject/verb/resource/namespace', () => {
		const read = (q: string) => readUrlState(new URLSearchParams(q));
		expect(read('access.subject=dave&access.verb=list&access.resource=secrets&access.namespace=all')).toEqual({
			state: { requester: 'dave', verb: 'list', resource: 'secrets', namespace: '' },
			notes: [],
		});
		const bad = read('access.subject=root&access.verb=escalate&access.resource=pods&access.namespace=kube-system');
		expect(bad.state).toEqual({ resource: 'pods' });
		expect(bad.notes.map((n) => n.key)).toEqual(['access.subject', 'access.verb', 'access.namespace']);
		expect(bad.notes.every((n) => n.kind === 'ignored')).toBe(true);
		expect(writeUrlState(FIRST_QUESTION)).toEqual({});
		const q = reduceQuestion(FIRST_QUESTION, { requester: 'ci-deployer', namespace: '' });
		expect(writeUrlState(q)).toEqual({ 'access.subject': 'ci-deployer', 'access.namespace': 'all' });
		expect(reduceQuestion(FIRST_QUESTION, read(new URLSearchParams(writeUrlState(q)).toString()).state)).toEqual(q);
	});
});
