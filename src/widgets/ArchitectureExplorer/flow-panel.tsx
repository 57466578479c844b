/**
 * "Follow a kubectl apply": previous/next through the flow's steps. As in the details panel,
 * every step's text shares one grid cell and only the current one is visible, so moving
 * between steps never changes the panel's height. Before the island runs no step is
 * aria-hidden: without JavaScript WidgetFrame's noscript style lists every step as text.
 */
import { getStepPathChains } from '../../sim/index';
import { fill } from '../shared/fill';
import { InlineCode } from './inline-code';
import type { ExplorerState } from './use-architecture-explorer';

/** The walkthrough controls and the current step's actor, path and explanation. */
export function FlowPanel({ state, hydrated }: { state: ExplorerState; hydrated: boolean }) {
	const { t, text, steps, stepIndex } = state;
	const atStart = stepIndex < 0;
	const atEnd = stepIndex >= steps.length - 1;
	return (
		<section class="ae-panel" aria-labelledby="ae-flow-title">
			<p class="ae-panel-title" id="ae-flow-title">
				{t.flowHeading}
			</p>
			<div class="ae-controls" role="group" aria-label={t.flowControls}>
				<button type="button" aria-disabled={atStart ? 'true' : undefined} onClick={() => !atStart && state.previous()} data-action="previous">
					{t.previous}
				</button>
				<button type="button" class="is-primary" aria-disabled={atEnd ? 'true' : undefined} onClick={() => !atEnd && state.next()} data-action="next">
					{t.next}
				</button>
				<button type="button" aria-disabled={atStart ? 'true' : undefined} onClick={() => !atStart && state.restart()} data-action="restart">
					{t.restart}
				</button>
				<span class="ae-counter" data-testid="ae-counter">
					{atStart ? fill(t.notStarted, { total: steps.length }) : fill(t.stepOf, { n: stepIndex + 1, total: steps.length })}
				</span>
			</div>
			<div class="ae-stack">
				<div class="ae-stack-item" aria-hidden={atStart || !hydrated ? undefined : 'true'} data-shown={atStart ? 'true' : undefined}>
					<p class="ae-details-text">{t.flowIntro}</p>
				</div>
				{steps.map((s, i) => {
					const shown = i === stepIndex;
					return (
						<div
							class="ae-stack-item"
							data-step={s.id}
							aria-hidden={shown || !hydrated ? undefined : 'true'}
							data-shown={shown ? 'true' : undefined}
							key={s.id}
						>
							<p class="ae-details-name">
								<strong>{state.actorLabel(s)}</strong>
							</p>
							<p class="ae-path">
								<span class="ae-path-label">{t.path}</span>{' '}
								{getStepPathChains(s)
									.map((chain) => chain.map((id) => text.componentName[id]).join(' → '))
									.join(' · ')}
							</p>
							<p class="ae-details-text">
								<InlineCode text={text.step[s.id]} />
							</p>
						</div>
					);
				})}
			</div>
		</section>
	);
}
