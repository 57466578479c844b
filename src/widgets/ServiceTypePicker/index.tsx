/**
 * The ServiceTypePicker island: nginx-service in front of three nginx Pods. Pick the type
 * and whether a load-balancer implementation exists; see the cluster, where a client can
 * reach the Service from, the path of one request, the Service YAML and `kubectl get svc`.
 * The first render (server and client alike) is the settled ClusterIP scenario.
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
import { UrlNotes } from '../shared/UrlNotes';

/** Props of the island: the page language's strings come from its entry (ko.tsx or en.tsx). */
export interface ServiceTypePickerProps {
	/** This widget's strings in the page's language. */
	t: ServiceTypePickerStrings;
	/** The shared widget strings (URL notes) in the page's language. */
	widgetT: WidgetStrings;
}

/** Service type picker widget. */
export default function ServiceTypePicker({ t, widgetT }: ServiceTypePickerProps) {
	const s = useServiceTypePicker(t);
	const { service } = s;
	return (
		<div class="stp" data-hydrated={s.hydrated ? 'true' : undefined}>
			<UrlNotes t={widgetT} notes={s.urlNotes} />
			<TypeControls t={t} type={service.spec.type} provider={s.cluster.loadBalancerProvider} onType={s.chooseType} onProvider={s.setProvider} />
			<ClusterMap t={t} service={service} external={s.external} placement={s.placement} hops={s.selected.trace.hops} />
			<div class="stp-reach">
				<AccessList t={t} access={s.access} type={service.spec.type} origin={s.origin} entryNode={s.entryNode} onOrigin={s.chooseOrigin} />
				<RequestPath
					t={t}
					access={s.selected}
					type={service.spec.type}
					clusterIp={service.spec.clusterIP}
					nodes={s.placement.nodes}
					entryNode={s.entryNode}
					onEntryNode={s.chooseEntryNode}
					onResend={s.resend}
				/>
			</div>
			<div class="stp-code">
				<div class="stp-yaml">
					<YamlView yaml={s.yaml} label={t.yamlLabel} highlight={s.marked} />
				</div>
				<div class="stp-terminal">
					<TerminalView command={`kubectl get svc ${service.name}`} output={s.table} label={t.terminalLabel} />
				</div>
			</div>
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true">
				{s.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
