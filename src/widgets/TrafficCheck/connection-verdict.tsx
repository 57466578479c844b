/** The chosen connection: source, destination and port selects, and the verdict per direction. */
import type { ConnectionVerdict, DirectionVerdict, NetworkPodRef } from '../../sim/index';
import type { strings } from '../../i18n/traffic-check';
import { formatPodKey, type TrafficChoice } from './model';

type Strings = (typeof strings)['ko'];

interface Props {
	pods: readonly NetworkPodRef[];
	ports: readonly number[];
	choice: TrafficChoice;
	verdict: ConnectionVerdict;
	t: Strings;
	onChoose: (change: Partial<TrafficChoice>) => void;
}

function describeDirection(t: Strings, d: DirectionVerdict): string {
	const names = (refs: DirectionVerdict['selectedBy']) => refs.map((r) => r.name).join(', ');
	if (!d.isolated) return t.notIsolated;
	return d.allowed ? t.isolatedAllowed(names(d.selectedBy), names(d.allowedBy)) : t.isolatedDenied(names(d.selectedBy));
}

function PodSelect({
	id,
	label,
	value,
	pods,
	onChange,
}: {
	id: string;
	label: string;
	value: string;
	pods: readonly NetworkPodRef[];
	onChange: (v: string) => void;
}) {
	return (
		<div class="tc-field">
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
				{pods.map((p) => (
					<option key={formatPodKey(p)} value={formatPodKey(p)}>
						{formatPodKey(p)}
					</option>
				))}
			</select>
		</div>
	);
}

/** Renders the connection form and its verdict with the egress and ingress reasons. */
export function ConnectionVerdictView({ pods, ports, choice, verdict, t, onChoose }: Props) {
	const fromName = choice.from.split('/')[1] ?? choice.from;
	const toName = choice.to.split('/')[1] ?? choice.to;
	return (
		<section class="tc-connection" aria-label={t.connectionLabel}>
			<div class="tc-form">
				<PodSelect id="tc-from" label={t.from} value={choice.from} pods={pods} onChange={(from) => onChoose({ from })} />
				<PodSelect id="tc-to" label={t.to} value={choice.to} pods={pods} onChange={(to) => onChoose({ to })} />
				<div class="tc-field">
					<label for="tc-port">{t.port}</label>
					<select id="tc-port" value={String(choice.port)} onChange={(e) => onChoose({ port: Number(e.currentTarget.value) })}>
						{ports.map((p) => (
							<option key={p} value={String(p)}>
								{p}
							</option>
						))}
					</select>
				</div>
			</div>
			<div class={`tc-verdict ${verdict.allowed ? 'is-allowed' : 'is-denied'}`} data-testid="verdict" data-allowed={String(verdict.allowed)}>
				<p class="tc-answer">
					<span class="tc-symbol" aria-hidden="true">
						{verdict.allowed ? '✓' : '✗'}
					</span>{' '}
					<strong>{verdict.allowed ? t.allowed : t.denied}</strong> <code>{t.connection(choice.from, choice.to, choice.port)}</code>
				</p>
				<dl class="tc-directions">
					<dt>{t.egressTitle(fromName)}</dt>
					<dd data-testid="egress">{describeDirection(t, verdict.egress)}</dd>
					<dt>{t.ingressTitle(toName)}</dt>
					<dd data-testid="ingress">{describeDirection(t, verdict.ingress)}</dd>
				</dl>
				<p class="tc-note">{t.bothNeeded}</p>
			</div>
		</section>
	);
}
