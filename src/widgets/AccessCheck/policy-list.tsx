/** The demo RBAC objects as YAML in a collapsed list; the ones that decided are marked in text. */
import { YamlView } from '../shared/YamlView';
import type { strings } from '../../i18n/access-check';

type Strings = (typeof strings)['ko'];

/** One object's YAML, made at build time. */
export interface PolicyYaml {
	key: string;
	kind: string;
	name: string;
	yaml: string;
}

interface Props {
	objects: readonly PolicyYaml[];
	decidingKeys: readonly string[];
	t: Strings;
}

/** Renders <details> with every object; marks the binding and role that allowed the request. */
export function PolicyList({ objects, decidingKeys, t }: Props) {
	return (
		<details class="ac-objects">
			<summary>{t.objectsSummary(objects.length)}</summary>
			<ul>
				{objects.map((o) => {
					const deciding = decidingKeys.includes(o.key);
					return (
						<li key={o.key} class={deciding ? 'is-deciding' : undefined} data-key={o.key}>
							{deciding && <p class="ac-mark">★ {t.decidingMark}</p>}
							<YamlView yaml={o.yaml} label={t.yamlLabel(o.kind, o.name)} />
						</li>
					);
				})}
			</ul>
		</details>
	);
}
