/**
 * What the selected component does. Every description is rendered in one grid cell and
 * only the selected one is visible, so the panel is as tall as the longest text from the
 * first server-rendered frame on and never shifts the page.
 */
import { ARCH_COMPONENTS } from '../../sim/index';
import { InlineCode } from './inline-code';
import type { ExplorerState } from './use-architecture-explorer';

/** The description panel of the selected component. */
export function ComponentDetails({ state }: { state: ExplorerState }) {
	const { t, text } = state;
	return (
		<section class="ae-panel" aria-labelledby="ae-details-title">
			<p class="ae-panel-title" id="ae-details-title">
				{t.selectedHeading}
			</p>
			<div class="ae-stack">
				{ARCH_COMPONENTS.map((c) => {
					const shown = c.id === state.selected;
					return (
						<div
							class="ae-stack-item"
							data-details={c.id}
							aria-hidden={shown ? undefined : 'true'}
							data-shown={shown ? 'true' : undefined}
							key={c.id}
						>
							<p class="ae-details-name">
								<strong>{text.componentName[c.id]}</strong>
								<span class="ae-badge">{text.place[c.place]}</span>
								{c.optional && <span class="ae-badge">{t.optional}</span>}
							</p>
							<p class="ae-details-text">
								<InlineCode text={text.componentRole[c.id]} />
							</p>
						</div>
					);
				})}
			</div>
		</section>
	);
}
