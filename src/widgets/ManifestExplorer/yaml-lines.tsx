/** The YAML as a listbox of lines: arrows, Home/End, click or hover pick the line to explain. */
import { useEffect, useRef } from 'preact/hooks';
import { tokenizeYamlLine } from '../shared/yaml-tokens';
import type { ManifestExplorerState } from './use-manifest-explorer';

interface Props {
	s: ManifestExplorerState;
}

/** Line-by-line view; the active line is aria-activedescendant and described by the explanation. */
export function YamlLines({ s }: Props) {
	const { t, lines, activeLine } = s;
	const listRef = useRef<HTMLUListElement>(null);
	const keyboardMove = useRef(false);
	// Where the pointer last was: a list scrolled under a resting pointer must not change the line.
	const pointer = useRef({ x: -1, y: -1 });

	// Keep a line moved to with the keyboard in sight inside the list (not on hover).
	useEffect(() => {
		if (!keyboardMove.current) return;
		keyboardMove.current = false;
		listRef.current?.querySelector(`#mex-line-${activeLine}`)?.scrollIntoView({ block: 'nearest' });
	}, [activeLine]);

	const move = (line: number) => {
		keyboardMove.current = true;
		s.setActiveLine(Math.min(Math.max(line, 1), lines.length));
	};

	const onKeyDown = (e: KeyboardEvent) => {
		const page = 5;
		const target = {
			ArrowDown: activeLine + 1,
			ArrowUp: activeLine - 1,
			Home: 1,
			End: lines.length,
			PageDown: activeLine + page,
			PageUp: activeLine - page,
		}[e.key];
		if (target === undefined) return;
		e.preventDefault();
		move(target);
	};

	return (
		<ul
			ref={listRef}
			class="mex-code mex-lines"
			role="listbox"
			tabIndex={0}
			aria-label={t.listLabel}
			aria-activedescendant={`mex-line-${activeLine}`}
			aria-describedby="mex-explanation"
			onKeyDown={onKeyDown}
			onFocus={s.preload}
			data-testid="mex-lines"
		>
			{lines.map((line, i) => {
				const n = i + 1;
				const active = n === activeLine;
				const error = s.errorLines.includes(n);
				return (
					<li
						key={n}
						id={`mex-line-${n}`}
						role="option"
						aria-selected={active ? 'true' : 'false'}
						class={`mex-line${active ? ' is-active' : ''}${error ? ' is-error' : ''}`}
						onPointerMove={(e) => {
							if (e.screenX === pointer.current.x && e.screenY === pointer.current.y) return;
							pointer.current = { x: e.screenX, y: e.screenY };
							if (!active) s.setActiveLine(n);
						}}
						onClick={() => {
							s.setActiveLine(n);
							listRef.current?.focus();
						}}
					>
						<span class="mex-ln" aria-hidden="true">
							{n}
						</span>
						<span class="k8s-sr-only">{t.lineNumber(n)}: </span>
						<span class="mex-text">
							{tokenizeYamlLine(line).map((tok, j) => (
								<span class={`yt-${tok.kind}`} key={j}>
									{tok.text}
								</span>
							))}
						</span>
					</li>
				);
			})}
		</ul>
	);
}
