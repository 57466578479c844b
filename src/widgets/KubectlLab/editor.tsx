/** The YAML editor: a named file the terminal can `kubectl apply -f`. */
import type { LabView } from './use-kubectl-lab';

/** File name, YAML text, Save and Save-and-apply. */
export function Editor({ s }: { s: LabView }) {
	const { t } = s;
	const id = `kl-${s.config.labId}`;
	return (
		<details class="kl-editor">
			<summary>{t.editorTitle}</summary>
			<div class="kl-editor-body">
				{Object.keys(s.files).length > 0 ? (
					<>
						<label class="kl-label" for={`${id}-open`}>
							{t.openFile}
						</label>
						<select
							id={`${id}-open`}
							value={s.files[s.fileName] === undefined ? '' : s.fileName}
							onChange={(e) => s.openFile((e.target as HTMLSelectElement).value)}
						>
							<option value="" disabled>
								{t.newFile}
							</option>
							{Object.keys(s.files).map((name) => (
								<option key={name} value={name}>
									{name}
								</option>
							))}
						</select>
					</>
				) : null}
				<label class="kl-label" for={`${id}-file`}>
					{t.fileNameLabel}
				</label>
				<input
					id={`${id}-file`}
					class="kl-file"
					type="text"
					value={s.fileName}
					spellcheck={false}
					autocomplete="off"
					onInput={(e) => s.setFileName((e.target as HTMLInputElement).value)}
				/>
				<label class="kl-label" for={`${id}-yaml`}>
					{t.fileTextLabel}
				</label>
				<textarea
					id={`${id}-yaml`}
					class="kl-yaml"
					rows={10}
					spellcheck={false}
					value={s.fileText}
					onInput={(e) => s.setFileText((e.target as HTMLTextAreaElement).value)}
				/>
				<div class="kl-buttons">
					<button type="button" onClick={() => s.saveFile()}>
						{t.saveFile}
					</button>
					<button type="button" class="is-primary" onClick={s.saveAndApply} disabled={s.busy}>
						{t.applyFile}
					</button>
				</div>
				<p class="kl-file-note" role="status">
					{s.fileNote}
				</p>
			</div>
		</details>
	);
}
