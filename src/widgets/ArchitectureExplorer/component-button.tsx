/** One selectable component of the diagram, marked when the current step involves it. */
import type { ComponentId } from '../../sim/index';
import type { ExplorerState } from './use-architecture-explorer';

interface Props {
	id: ComponentId;
	optional?: boolean;
	state: ExplorerState;
}

/** A toggle button showing the component's name; aria-pressed is the selection, data-involved the step's highlight. */
export function ComponentButton({ id, optional = false, state }: Props) {
	const { t, text } = state;
	const involved = state.involvement.get(id);
	return (
		<button
			type="button"
			class="ae-component"
			data-component={id}
			data-involved={involved}
			aria-pressed={state.selected === id}
			onClick={() => state.select(id)}
		>
			<span class="ae-component-name">{text.componentName[id]}</span>
			{optional && <span class="ae-badge">{t.optional}</span>}
			{involved && <span class="k8s-sr-only">{`(${involved === 'actor' ? t.actorMark : t.peerMark})`}</span>}
		</button>
	);
}
