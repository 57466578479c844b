/** The sandbox's scenario picker: start the terminal from another cluster. */
import { useState } from 'preact/hooks';
import type { LabView } from './use-kubectl-lab';

/** A select of scenarios and a Start button. */
export function ScenarioPicker({ s }: { s: LabView }) {
	const { t } = s;
	const [choice, setChoice] = useState(s.scenario);
	const id = `kl-${s.config.labId}-scenario`;
	return (
		<form
			class="kl-picker"
			onSubmit={(e) => {
				e.preventDefault();
				s.startScenario(choice);
			}}
		>
			<label class="kl-label" for={id}>
				{t.scenarioLabel}
			</label>
			<select id={id} value={choice} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}>
				{s.config.scenarios.map((sc) => (
					<option key={sc} value={sc}>
						{sc}
					</option>
				))}
			</select>
			<button type="submit">{t.scenarioStart}</button>
		</form>
	);
}
