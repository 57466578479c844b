/** The Deployment's replicas, maxSurge and maxUnavailable, the bounds they give, and Apply. */
import { KNOB_SUGGESTIONS, REPLICA_CHOICES, type RolloutSimulatorState } from './use-rollout-simulator';

interface Props {
	s: RolloutSimulatorState;
}

const KNOBS = [
	{ key: 'maxSurge', field: 'spec.strategy.rollingUpdate.maxSurge' },
	{ key: 'maxUnavailable', field: 'spec.strategy.rollingUpdate.maxUnavailable' },
] as const;

/** Settings form with the bounds computed by the model, or the API server's rejection. */
export function SettingsForm({ s }: Props) {
	const { t, form, explanation } = s;
	const errorsFor = (field: string) => s.formErrors.filter((e) => e.field === field);
	return (
		<form
			class="ros-settings"
			onSubmit={(e) => {
				e.preventDefault();
				s.applySettings();
			}}
		>
			<fieldset>
				<legend>{t.settingsLegend}</legend>
				<div class="ros-fields">
					<div class="ros-field">
						<label class="ros-key" for="ros-replicas">
							{t.replicasLabel}
						</label>
						<select
							id="ros-replicas"
							value={String(form.replicas)}
							onChange={(e) => s.setForm({ ...form, replicas: Number(e.currentTarget.value) })}
						>
							{REPLICA_CHOICES.map((n) => (
								<option key={n} value={String(n)}>
									{n}
								</option>
							))}
						</select>
					</div>
					{KNOBS.map(({ key, field }) => {
						const invalid = errorsFor(field).length > 0;
						return (
							<div class="ros-field" key={key}>
								<label class="ros-key" for={`ros-${key}`}>
									{key === 'maxSurge' ? t.maxSurgeLabel : t.maxUnavailableLabel}
								</label>
								<input
									id={`ros-${key}`}
									type="text"
									inputMode="text"
									autoComplete="off"
									spellcheck={false}
									size={6}
									list="ros-knob-values"
									value={form[key]}
									aria-invalid={invalid ? 'true' : undefined}
									aria-describedby={invalid ? `ros-hint ros-error-${key}` : 'ros-hint'}
									onInput={(e) => s.setForm({ ...form, [key]: e.currentTarget.value })}
								/>
							</div>
						);
					})}
					<datalist id="ros-knob-values" aria-label={t.suggestions}>
						{KNOB_SUGGESTIONS.map((v) => (
							<option key={v} value={v} />
						))}
					</datalist>
					<button type="submit" class="is-primary">
						{t.apply}
					</button>
				</div>
				<p id="ros-hint" class="ros-muted">
					{t.knobHint}
				</p>
				<div class="ros-bounds" data-testid="ros-bounds">
					{explanation ? (
						<>
							<p class="ros-bounds-title">{t.boundsHeading}</p>
							<ul class="ros-bounds-lines">
								<li>
									{t.surgeLine(
										String(explanation.surge.written),
										explanation.replicas,
										explanation.surge.exact,
										explanation.surge.rounded,
										explanation.surge.rounding,
									)}
								</li>
								<li>
									{t.unavailableLine(
										String(explanation.unavailable.written),
										explanation.replicas,
										explanation.unavailable.exact,
										explanation.unavailable.rounded,
										explanation.unavailable.rounding,
									)}
									{explanation.unavailable.forcedToOne && <> {t.forcedToOne}</>}
									{explanation.unavailable.cappedAtReplicas && <> {t.cappedAtReplicas(explanation.replicas)}</>}
								</li>
							</ul>
							<p class="ros-bounds-summary">
								<strong>{t.boundsSummary(explanation.bounds.maxTotal, explanation.bounds.minAvailable)}</strong>
							</p>
						</>
					) : (
						<>
							<p class="ros-bounds-title">{t.rejected}</p>
							<ul class="ros-errors">
								{KNOBS.flatMap(({ key, field }) =>
									errorsFor(field).map((e, i) => (
										<li key={`${key}-${i}`} id={i === 0 ? `ros-error-${key}` : undefined}>
											<code>{e.text}</code>
										</li>
									)),
								)}
							</ul>
						</>
					)}
				</div>
				<p class="ros-muted ros-applied">
					{s.dirty ? t.pendingChanges : t.appliedSettings(s.applied.replicas, s.applied.maxSurge, s.applied.maxUnavailable)}
				</p>
			</fieldset>
		</form>
	);
}
