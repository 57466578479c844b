/** One Pod: labelled inputs for its first container's requests and limits, its QoS and where it went. */
import { RESOURCE_FIELDS, formatAmount, type DraftPodView, type PodDraft, type QosExplanation, type ResourceField } from '../../sim/index';
import type { strings } from '../../i18n/resource-scheduler';

type Strings = (typeof strings)['ko'];

interface Props {
	draft: PodDraft;
	view: DraftPodView;
	t: Strings;
	onEdit: (pod: string, field: ResourceField, text: string) => void;
	onCommit: () => void;
	onRemove: (pod: string) => void;
}

function explainQos(t: Strings, qos: QosExplanation): string {
	switch (qos.because) {
		case 'no-requests-or-limits':
			return t.qosBestEffort;
		case 'missing-limit':
			return t.qosMissingLimit(qos.container, qos.resource);
		case 'request-differs-from-limit':
			return t.qosDiffers(qos.resource);
		case 'all-requests-equal-limits':
			return t.qosEqual;
	}
}

function Status({ view, t }: { view: DraftPodView; t: Strings }) {
	if (!view.check.ok) return <p class="rs-status is-rejected">{t.rejected}</p>;
	const placement = view.placement;
	if (!placement) return null;
	if (placement.status === 'Scheduled') return <p class="rs-status">{t.scheduledOn(placement.node)}</p>;
	return (
		<>
			<p class="rs-status is-pending">{t.pending}</p>
			<pre class="k8s-code rs-event" aria-label={t.eventLabel(view.name)} tabIndex={0}>
				<code>{`Warning  FailedScheduling  default-scheduler  ${placement.message}`}</code>
			</pre>
		</>
	);
}

/** Renders the Pod's fieldset; invalid text shows the API server's message under its input. */
export function PodCard({ draft, view, t, onEdit, onCommit, onRemove }: Props) {
	const check = view.check;
	const init = draft.base.initContainers?.[0];
	const id = (suffix: string) => `rs-${draft.name}-${suffix}`;
	return (
		<li class="rs-pod" data-pod={draft.name} data-qos={view.qos?.qos ?? ''}>
			<fieldset>
				<legend class="rs-pod-name">{draft.name}</legend>
				<div class="rs-fields">
					{RESOURCE_FIELDS.map((field) => {
						const invalid = !check.ok && check.fieldErrors[field] !== undefined;
						return (
							<div class="rs-field" key={field}>
								<label for={id(field)}>
									<span class="k8s-sr-only">{draft.name} </span>
									{t[field]}
								</label>
								<input
									id={id(field)}
									type="text"
									autoComplete="off"
									spellcheck={false}
									value={draft.text[field]}
									placeholder={t.emptyPlaceholder}
									aria-invalid={invalid ? 'true' : undefined}
									aria-describedby={invalid ? id('error') : undefined}
									onInput={(e) => onEdit(draft.name, field, e.currentTarget.value)}
									onChange={onCommit}
								/>
							</div>
						);
					})}
				</div>
				{!check.ok && (
					<p class="rs-error" id={id('error')} data-testid="api-error">
						{check.message}
					</p>
				)}
				{check.ok && view.qos && (
					<p class="rs-qos">
						<span class="rs-qos-class" data-testid="qos">
							{t.qosLabel}: {view.qos.qos}
						</span>{' '}
						{explainQos(t, view.qos)}
						{check.defaulted.length > 0 && ` ${t.defaulted(check.defaulted.join(t.and))}`}
					</p>
				)}
				{view.placement && (
					<p class="rs-effective">
						{t.effective(formatAmount('cpu', view.placement.requests.cpu), formatAmount('memory', view.placement.requests.memory))}
						{init && `. ${t.initNote(init.name, formatAmount('cpu', init.requests?.cpu ?? 0), formatAmount('memory', init.requests?.memory ?? 0))}`}
					</p>
				)}
				<div class="rs-pod-foot">
					<Status view={view} t={t} />
					<button type="button" id={id('remove')} class="rs-remove" onClick={() => onRemove(draft.name)}>
						{t.removePod}
						<span class="k8s-sr-only">{t.removePodHidden(draft.name)}</span>
					</button>
				</div>
			</fieldset>
		</li>
	);
}
