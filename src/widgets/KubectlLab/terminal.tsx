/** The terminal: the output log (a live log region), the command line, and its buttons. */
import type { LabView } from './use-kubectl-lab';

/** Output log, prompt input and Run/Copy/Start over. */
export function Terminal({ s }: { s: LabView }) {
	const { t } = s;
	const id = `kl-${s.config.labId}`;
	return (
		<div class="kl-terminal">
			<div
				class="k8s-code k8s-terminal kl-log"
				role="log"
				aria-live="polite"
				aria-label={t.terminalLabel}
				tabIndex={0}
				ref={s.logRef}
				data-testid="kl-log"
			>
				{s.log.entries.map((e) => (
					<div key={e.id} class={e.exitCode === 0 ? 'kl-entry' : 'kl-entry is-error'} data-exit={e.exitCode}>
						<div class="kl-cmd">
							<span class="k8s-prompt" aria-hidden="true">
								{t.prompt}{' '}
							</span>
							<span class="k8s-command">{e.command}</span>
						</div>
						{e.output ? <pre class="kl-out">{e.output}</pre> : null}
					</div>
				))}
			</div>
			<form
				class="kl-form"
				onSubmit={(e) => {
					e.preventDefault();
					s.submit();
				}}
			>
				<label class="k8s-sr-only" for={`${id}-input`}>
					{t.inputLabel}
				</label>
				<span class="k8s-prompt kl-prompt" aria-hidden="true">
					{t.prompt}
				</span>
				<input
					id={`${id}-input`}
					ref={s.inputRef}
					class="kl-input"
					type="text"
					value={s.line}
					placeholder={t.inputPlaceholder}
					autocomplete="off"
					autocapitalize="off"
					spellcheck={false}
					aria-describedby={`${id}-keys`}
					onInput={(e) => s.onInput((e.target as HTMLInputElement).value)}
					onKeyDown={s.onKeyDown}
				/>
				<button type="submit" class="is-primary">
					{t.run}
				</button>
			</form>
			<p class="kl-keys" id={`${id}-keys`}>
				{t.keysHelp}
			</p>
			<p class="kl-candidates" data-testid="kl-candidates">
				{s.listed.join('  ')}
			</p>
			<div class="kl-buttons">
				<button type="button" onClick={s.copy}>
					{t.copy}
				</button>
				<button type="button" onClick={s.reset}>
					{t.reset}
				</button>
			</div>
		</div>
	);
}
