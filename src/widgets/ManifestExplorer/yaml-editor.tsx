/** Edit mode: line numbers (the offending one marked) beside a labelled textarea. */
import { useRef } from 'preact/hooks';
import type { ManifestExplorerState } from './use-manifest-explorer';

interface Props {
	s: ManifestExplorerState;
}

/** The YAML editor; its gutter scrolls with the text so a marked number stays beside its line. */
export function YamlEditor({ s }: Props) {
	const { t, lines } = s;
	const gutterRef = useRef<HTMLDivElement>(null);
	const invalid = s.errorLines.length > 0;
	return (
		<div class="mex-code mex-editor">
			<div class="mex-gutter" ref={gutterRef} aria-hidden="true">
				{lines.map((_, i) => (
					<span key={i} class={s.errorLines.includes(i + 1) ? 'is-error' : undefined}>
						{i + 1}
					</span>
				))}
			</div>
			<textarea
				ref={s.textareaRef}
				id="mex-editor"
				aria-label={t.editorLabel}
				aria-describedby={invalid || s.problem ? 'mex-problem' : 'mex-edit-hint'}
				aria-invalid={s.problem ? 'true' : undefined}
				wrap="off"
				spellcheck={false}
				autoComplete="off"
				autoCapitalize="off"
				value={s.text}
				onInput={(e) => s.edit(e.currentTarget.value)}
				onKeyUp={s.followCaret}
				onClick={s.followCaret}
				onFocus={s.followCaret}
				onScroll={(e) => {
					if (gutterRef.current) gutterRef.current.scrollTop = e.currentTarget.scrollTop;
				}}
				data-testid="mex-editor"
			/>
		</div>
	);
}
