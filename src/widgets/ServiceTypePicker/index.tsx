/**
 * The ServiceTypePicker island: nginx-service in front of three nginx Pods. Pick the type
 * and whether a load-balancer implementation exists; see the cluster, where a client can
 * reach the Service from, the path of one request, the Service YAML and `kubectl get svc`.
 * The first render (server and client alike) is the settled ClusterIP scenario's frame,
 * computed at build time; the engine loads when the learner reaches for the widget.
 */
import type { ServiceTypePickerStrings } from '../../i18n/service-type-picker';
import type { WidgetStrings } from '../../i18n/widget';
import { TerminalView } from '../shared/TerminalView';
import { YamlView } from '../shared/YamlView';
import { AccessList } from './access-list';
import { ClusterMap } from './cluster-map';
import { RequestPath } from './request-path';
import { TypeControls } from './type-controls';
import { useServiceTypePicker } from './use-service-type-picker';
import './service-type-picker.css';
import { EnableFrame } from '../shared/EnableFrame';
import { EngineNote } from '../shared/EngineNote';
import { UrlNotes } from '../shared/UrlNotes';
import type { ServiceFrame } from './frame';

/** Props of the island: the page language's strings come from its entry (ko.tsx or en.tsx). */
export interface ServiceTypePickerProps {
	/** This widget's strings in the page's language. */
	t: ServiceTypePickerStrings;
	/** The shared widget strings (URL notes) in the page's language. */
	widgetT: WidgetStrings;
	/** The settled first state's frame, computed at build time (ServiceTypePicker.astro). */
	first: ServiceFrame;
}

/** Service type picker widget. */
export default function ServiceTypePicker({ t, widgetT, first }: ServiceTypePickerProps) {
	const s = useServiceTypePicker(t, first);
	const { frame } = s;
	return (
		<div class="stp" data-hydrated={s.hydrated ? 'true' : undefined} onFocusCapture={s.prepare} onPointerDown={s.prepare}>
			<UrlNotes t={widgetT} notes={s.urlNotes} />
			<EngineNote t={widgetT} failure={s.failure} />
			<TypeControls t={t} type={frame.type} provider={frame.provider} onType={s.chooseType} onProvider={s.setProvider} />
			<ClusterMap t={t} frame={frame} hops={s.selected.trace.hops} />
			<div class="stp-reach">
				<AccessList t={t} access={frame.access} type={frame.type} origin={s.origin} entryNode={frame.entryNode} onOrigin={s.chooseOrigin} />
				<RequestPath
					t={t}
					access={s.selected}
					type={frame.type}
					clusterIp={frame.clusterIp}
					nodes={frame.nodes}
					entryNode={frame.entryNode}
					onEntryNode={s.chooseEntryNode}
					onResend={s.resend}
				/>
			</div>
			<div class="stp-code">
				<div class="stp-yaml">
					<YamlView yaml={frame.yaml} label={t.yamlLabel} highlight={frame.marked} />
				</div>
				<div class="stp-terminal">
					<TerminalView command={`kubectl get svc ${frame.name}`} output={frame.table} label={t.terminalLabel} />
				</div>
			</div>
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true">
				{s.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
