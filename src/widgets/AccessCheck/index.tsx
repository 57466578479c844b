/**
 * The AccessCheck island: pick a subject, verb, resource and namespace and see RBAC's
 * answer (https://kubernetes.io/docs/reference/access-authn-authz/rbac/) with the binding and rule that decided or why it is denied, the same
 * question as `kubectl auth can-i`, and the demo objects as YAML. The server render is the
 * first question (jane get pods in dev).
 */
import './access-check.css';
import type { AccessCheckStrings } from '../../i18n/access-check';
import type { WidgetStrings } from '../../i18n/widget';
import { TerminalView } from '../shared/TerminalView';
import { AccessForm } from './access-form';
import { AccessVerdict } from './access-verdict';
import { PolicyList, type PolicyYaml } from './policy-list';
import { useAccessCheck } from './use-access-check';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';

/** Props of the island: the page language's strings come from its entry (ko.tsx or en.tsx). */
export interface AccessCheckProps {
	/** This widget's strings in the page's language. */
	t: AccessCheckStrings;
	/** The shared widget strings (URL notes) in the page's language. */
	widgetT: WidgetStrings;
	/** The demo RBAC objects as YAML, made at build time. */
	objects: PolicyYaml[];
}

/** Ask RBAC a question and see who decided. */
export default function AccessCheck({ t, widgetT, objects }: AccessCheckProps) {
	const s = useAccessCheck(t);
	return (
		<div class="ac">
			<UrlNotes t={widgetT} notes={s.urlNotes} />
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
