/**
 * The ManifestExplorer island: the outline's nginx-deployment.yaml, line by line.
 * Pick a line (click, hover or arrows) to read what the field means; edit the YAML and
 * apply it through the model (API-server validation, then the controllers) to see the
 * Deployment -> ReplicaSet -> Pods tree and `kubectl get deploy,rs,pods`. The first
 * render (server and client alike) is the unedited file with nothing applied, from the
 * build-time first frame; the engine loads on the first focus or press inside the widget.
 */
import { CommandLog } from '../shared/CommandLog';
import { ClusterTree } from './cluster-tree';
import { FieldExplanation } from './field-explanation';
import { ProblemBox } from './problem-box';
import { useManifestExplorer, type ManifestExplorerProps } from './use-manifest-explorer';
import { YamlEditor } from './yaml-editor';
import { YamlLines } from './yaml-lines';
import './manifest-explorer.css';
import { EnableFrame } from '../shared/EnableFrame';
import { EngineNote } from '../shared/EngineNote';
import { UrlNotes } from '../shared/UrlNotes';

/** Manifest explorer widget. */
export default function ManifestExplorer(props: ManifestExplorerProps) {
	const s = useManifestExplorer(props);
	const { t } = s;
	return (
		<div class="mex" data-hydrated={s.hydrated ? 'true' : undefined} onPointerEnter={s.preload} onFocusCapture={s.prepare} onPointerDown={s.prepare}>
			<UrlNotes t={props.widgetT} notes={s.urlNotes} />
			<EngineNote t={props.widgetT} failure={s.failure} />
			<div class="mex-toolbar" role="group" aria-label={t.toolbarLabel}>
				<button type="button" aria-pressed={s.editing ? 'true' : 'false'} onClick={s.toggleEditing}>
					{t.edit}
				</button>
				<button type="button" class="is-primary" onClick={s.apply}>
					{t.apply}
				</button>
				<button type="button" onClick={s.tick}>
					{t.step}
				</button>
				<button type="button" onClick={s.reset}>
					{t.reset}
				</button>
			</div>
			<div class="mex-main">
				{s.editing ? <YamlEditor s={s} /> : <YamlLines s={s} />}
				<div class="mex-side">
					<FieldExplanation s={s} />
					<ProblemBox s={s} />
				</div>
			</div>
			<p class="mex-clock" data-testid="mex-clock">
				{t.clock(s.time)}
			</p>
			<div class="mex-result" role="group" aria-label={t.resultLabel}>
				<ClusterTree s={s} />
				<CommandLog entries={s.terminal} label={t.terminalLabel} class="mex-terminal" />
			</div>
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="mex-live">
				{s.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
