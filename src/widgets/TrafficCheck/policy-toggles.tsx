/** One checkbox per demo NetworkPolicy, each with its YAML; the order they were switched on. */
import { YamlView } from '../shared/YamlView';
import type { strings } from '../../i18n/traffic-check';

type Strings = (typeof strings)['ko'];

interface Props {
	/** Policy names with their YAML, made at build time. */
	policies: ReadonlyArray<{ name: string; yaml: string }>;
	enabled: readonly string[];
	t: Strings;
	onToggle: (name: string, on: boolean) => void;
}

/** Renders the fieldset of policy checkboxes and the applied order. */
export function PolicyToggles({ policies, enabled, t, onToggle }: Props) {
	return (
		<fieldset class="tc-policies">
			<legend>{t.policiesLegend}</legend>
			<ul>
				{policies.map(({ name, yaml }) => (
					<li key={name}>
						<label class="tc-policy">
							<input type="checkbox" value={name} checked={enabled.includes(name)} onChange={(e) => onToggle(name, e.currentTarget.checked)} />
							<code>{name}</code>
						</label>
						<details class="tc-yaml">
							<summary>
								{t.policyYaml}
								<span class="k8s-sr-only"> {name}</span>
							</summary>
							<YamlView yaml={yaml} label={t.policyYamlLabel(name)} />
						</details>
					</li>
				))}
			</ul>
			<p class="tc-order" data-testid="applied-order">
				{enabled.length > 0 ? t.appliedOrder(enabled.join(' → ')) : t.noneApplied}
			</p>
		</fieldset>
	);
}
