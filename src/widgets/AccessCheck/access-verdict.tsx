/** The answer: allowed with the binding, role and rule that decided, or denied with why. */
import type { AccessResult, DenialHint, PolicyRule } from '../../sim/index';
import type { strings } from '../../i18n/access-check';

type Strings = (typeof strings)['ko'];

interface Props {
	result: AccessResult;
	hints: DenialHint[];
	rule: PolicyRule | undefined;
	who: string;
	verb: string;
	resource: string;
	t: Strings;
}

function describeHint(t: Strings, hint: DenialHint): string {
	switch (hint.kind) {
		case 'no-binding':
			return t.hintNoBinding(hint.username);
		case 'default-service-account':
			return t.hintDefaultServiceAccount;
		case 'cluster-scoped':
			return t.hintClusterScoped(hint.resource);
		case 'all-namespaces':
			return t.hintAllNamespaces;
		case 'binding-elsewhere':
			return t.hintElsewhere(hint.binding, hint.roleKind, hint.role, hint.namespace);
		case 'role-lacks-rule':
			return t.hintLacksRule(hint.bindingKind, hint.binding, hint.roleKind, hint.role);
		case 'role-not-found':
			return t.hintRoleMissing(hint.bindingKind, hint.binding, hint.roleKind, hint.role);
	}
}

/** The rule in the flow style of the docs: apiGroups [""], resources ["pods"], verbs [...]. */
function formatRule(rule: PolicyRule): string {
	const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
	const names = rule.resourceNames?.length ? `, resourceNames: ${list(rule.resourceNames)}` : '';
	return `apiGroups: ${list(rule.apiGroups)}, resources: ${list(rule.resources)}${names}, verbs: ${list(rule.verbs)}`;
}

/** Renders the verdict box; its height is reserved so switching answers does not jump. */
export function AccessVerdict({ result, hints, rule, who, verb, resource, t }: Props) {
	const where = result.scope.kind === 'namespace' ? t.whereNamespace(result.scope.namespace) : t.whereCluster;
	const decided = result.decidedBy;
	return (
		<div class={`ac-verdict ${result.allowed ? 'is-allowed' : 'is-denied'}`} data-testid="verdict" data-allowed={String(result.allowed)}>
			<p class="ac-answer">
				<span class="ac-symbol" aria-hidden="true">
					{result.allowed ? '✓' : '✗'}
				</span>{' '}
				<strong>{result.allowed ? t.allowed : t.denied}</strong> <span class="ac-request">{t.request(who, verb, resource, where)}</span>
			</p>
			{decided && (
				<dl class="ac-grant">
					<dt>{t.grantBinding}</dt>
					<dd data-testid="binding">
						{decided.bindingKind} {decided.binding}{' '}
						<span class="ac-scope">({decided.bindingNamespace ? t.grantScopeNamespace(decided.bindingNamespace) : t.grantScopeCluster})</span>
					</dd>
					<dt>{t.grantRole}</dt>
					<dd data-testid="role">
						{decided.roleKind} {decided.role}
					</dd>
					<dt>{t.grantRule}</dt>
					<dd>
						<code>
							{t.ruleIndex(decided.ruleIndex)}: {rule ? formatRule(rule) : ''}
						</code>
					</dd>
				</dl>
			)}
			{decided && decided.bindingKind === 'RoleBinding' && decided.roleKind === 'ClusterRole' && decided.bindingNamespace && (
				<p class="ac-note">{t.grantClusterRoleInNamespace(decided.bindingNamespace)}</p>
			)}
			{!result.allowed && (
				<ul class="ac-hints" data-testid="hints">
					{hints.map((hint, i) => (
						<li key={i}>{describeHint(t, hint)}</li>
					))}
					<li>{t.defaultDeny}</li>
				</ul>
			)}
			{result.forbiddenMessage && (
				<pre class="k8s-code ac-forbidden" aria-label={t.forbiddenLabel} tabIndex={0}>
					<code>{`Error from server (Forbidden): ${result.forbiddenMessage}`}</code>
				</pre>
			)}
		</div>
	);
}
