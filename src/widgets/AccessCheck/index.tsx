/**
 * The AccessCheck island: pick a subject, verb, resource and namespace and see RBAC's
 * answer (https://kubernetes.io/docs/reference/access-authn-authz/rbac/) with the binding and rule that decided or why it is denied, the same
 * question as `kubectl auth can-i`, and the demo objects as YAML. The server render is the
 * first question (jane get pods in dev).
 */
import './access-check.css';
import type { Locale } from '../../i18n/index';
import { TerminalView } from '../shared/TerminalView';
import { AccessForm } from './access-form';
import { AccessVerdict } from './access-verdict';
import { PolicyList, type PolicyYaml } from './policy-list';
import { useAccessCheck } from './use-access-check';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';

interface Props {
	locale: Locale;
	/** The demo RBAC objects as YAML, made at build time. */
	objects: PolicyYaml[];
}

/** Ask RBAC a question and see who decided. */
export default function AccessCheck({ locale, objects }: Props) {
	const s = useAccessCheck(locale);
	const { t } = s;
	return (
		<div class="ac">
			<UrlNotes locale={locale} notes={s.urlNotes} />
			<AccessForm question={s.question} requesters={s.requesters} verbs={s.verbs} resources={s.resources} namespaces={s.namespaces} t={t} onAsk={s.ask} />
			<AccessVerdict result={s.result} hints={s.hints} rule={s.rule} who={s.username} verb={s.request.verb} resource={s.request.resource} t={t} />
			<TerminalView command={s.canI.command} output={s.canI.output} label={t.terminalLabel} />
			<PolicyList objects={objects} decidingKeys={s.decidingKeys} t={t} />
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true">
				{s.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
