/** Pick a Pod and a usage, run it, and see Running, throttled, OOMKilled, Evicted or Pending (no container runs). */
import { OOM_EXIT_CODE, type PodDraft, type UsageText } from '../../sim/index';
import type { strings } from '../../i18n/resource-scheduler';
import { describeUsage, type UsageRun } from './model';

type Strings = (typeof strings)['ko'];

interface Props {
	drafts: PodDraft[];
	form: UsageText & { pod: string };
	ranPod: string;
	result: UsageRun | null;
	t: Strings;
	onEdit: (change: Partial<UsageText & { pod: string }>) => void;
	onRun: () => void;
}

/** What `kubectl describe pod` shows in the container's state for an outcome. */
function describeState(result: UsageRun): string | null {
	if (!result.ok) return null;
	if (result.outcome === 'evicted') return `Status:         Failed\nReason:         Evicted\nMessage:        The node was low on resource: memory.`;
	if (result.outcome === 'oomkilled') return `Last State:     Terminated\n  Reason:       OOMKilled\n  Exit Code:    ${OOM_EXIT_CODE}`;
	return 'State:          Running';
}

/** Renders the usage form and the last run's outcome in a box of fixed height. */
export function UsagePanel({ drafts, form, ranPod, result, t, onEdit, onRun }: Props) {
	const errors = result && !result.ok && result.reason === 'usage-invalid' ? result.errors : {};
	const state = result ? describeState(result) : null;
	return (
		<section class="rs-usage" aria-label={t.usageLabel}>
			<form
				class="rs-usage-form"
				onSubmit={(e) => {
					e.preventDefault();
					onRun();
				}}
			>
				<div class="rs-field">
					<label for="rs-usage-pod">{t.usagePod}</label>
					<select id="rs-usage-pod" value={form.pod} onChange={(e) => onEdit({ pod: e.currentTarget.value })}>
						{drafts.map((d) => (
							<option key={d.name} value={d.name}>
								{d.name}
							</option>
						))}
					</select>
				</div>
				<div class="rs-field">
					<label for="rs-usage-cpu">{t.usageCpu}</label>
					<input
						id="rs-usage-cpu"
						type="text"
						autoComplete="off"
						spellcheck={false}
						value={form.cpu}
						aria-invalid={errors.cpu ? 'true' : undefined}
						aria-describedby={errors.cpu ? 'rs-usage-cpu-error' : undefined}
						onInput={(e) => onEdit({ cpu: e.currentTarget.value })}
					/>
				</div>
				<div class="rs-field">
					<label for="rs-usage-memory">{t.usageMemory}</label>
					<input
						id="rs-usage-memory"
						type="text"
						autoComplete="off"
						spellcheck={false}
						value={form.memory}
						aria-invalid={errors.memory ? 'true' : undefined}
						aria-describedby={errors.memory ? 'rs-usage-memory-error' : undefined}
						onInput={(e) => onEdit({ memory: e.currentTarget.value })}
					/>
				</div>
				<button type="submit" class="is-primary rs-run">
					{t.usageRun}
				</button>
			</form>
			<div class="rs-usage-result" data-testid="usage-result" data-outcome={result?.ok ? result.outcome : result ? result.reason : ''}>
				<p>{result ? describeUsage(t, ranPod, result) : t.usageHint}</p>
				{errors.cpu && (
					<p class="rs-error" id="rs-usage-cpu-error">
						{t.usageCpu}: {errors.cpu}
					</p>
				)}
				{errors.memory && (
					<p class="rs-error" id="rs-usage-memory-error">
						{t.usageMemory}: {errors.memory}
					</p>
				)}
				{state && (
					<pre class="k8s-code" aria-label={t.describeLabel} tabIndex={0}>
						<code>{state}</code>
					</pre>
				)}
			</div>
		</section>
	);
}
