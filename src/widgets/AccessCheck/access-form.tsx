/** The question: subject, verb, resource and namespace as labelled selects. */
import { CLUSTER_SCOPED_RESOURCES, type Requester } from '../../sim/index';
import type { strings } from '../../i18n/access-check';
import type { AccessQuestion } from './model';

type Strings = (typeof strings)['ko'];

interface Props {
	question: AccessQuestion;
	requesters: ReadonlyArray<{ id: string; requester: Requester }>;
	verbs: readonly string[];
	resources: ReadonlyArray<{ resource: string; apiGroup: string }>;
	namespaces: readonly string[];
	t: Strings;
	onAsk: (change: Partial<AccessQuestion>) => void;
}

function describeRequester(t: Strings, r: Requester): string {
	if (r.kind === 'ServiceAccount') return t.serviceAccountOption(r.namespace, r.name);
	return r.groups && r.groups.length > 0 ? t.groupUserOption(r.name, r.groups.join(', ')) : t.userOption(r.name);
}

/** Renders the four selects; every change asks the authorizer again. */
export function AccessForm({ question, requesters, verbs, resources, namespaces, t, onAsk }: Props) {
	return (
		<div class="ac-form" role="group" aria-label={t.formLabel}>
			<div class="ac-field">
				<label for="ac-subject">{t.subject}</label>
				<select id="ac-subject" value={question.requester} onChange={(e) => onAsk({ requester: e.currentTarget.value })}>
					{requesters.map(({ id, requester }) => (
						<option key={id} value={id}>
							{describeRequester(t, requester)}
						</option>
					))}
				</select>
			</div>
			<div class="ac-field">
				<label for="ac-verb">{t.verb}</label>
				<select id="ac-verb" value={question.verb} onChange={(e) => onAsk({ verb: e.currentTarget.value })}>
					{verbs.map((v) => (
						<option key={v} value={v}>
							{v}
						</option>
					))}
				</select>
			</div>
			<div class="ac-field">
				<label for="ac-resource">{t.resource}</label>
				<select id="ac-resource" value={question.resource} onChange={(e) => onAsk({ resource: e.currentTarget.value })}>
					{resources.map(({ resource, apiGroup }) => (
						<option key={resource} value={resource}>
							{resource}
							{apiGroup ? ` (${apiGroup})` : ''}
							{CLUSTER_SCOPED_RESOURCES.has(resource) ? `, ${t.clusterScoped}` : ''}
						</option>
					))}
				</select>
			</div>
			<div class="ac-field">
				<label for="ac-namespace">{t.namespace}</label>
				<select id="ac-namespace" value={question.namespace} onChange={(e) => onAsk({ namespace: e.currentTarget.value })}>
					{namespaces.map((ns) => (
						<option key={ns} value={ns}>
							{ns === '' ? t.allNamespaces : ns}
						</option>
					))}
				</select>
			</div>
		</div>
	);
}
