/**
 * The TrafficCheck island: switch the demo NetworkPolicies on and off, pick a connection,
 * and see the verdict with the egress and ingress reasons and the matrix of every Pod pair
 * on that port (https://kubernetes.io/docs/concepts/services-networking/network-policies/). The server render is the first state: no policy, all allowed.
 */
import './traffic-check.css';
import type { TrafficCheckStrings } from '../../i18n/traffic-check';
import type { WidgetStrings } from '../../i18n/widget';
import { ConnectionMatrixView } from './connection-matrix';
import { ConnectionVerdictView } from './connection-verdict';
import { PolicyToggles } from './policy-toggles';
import { useTrafficCheck } from './use-traffic-check';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';

/** Props of the island: the page language's strings come from its entry (ko.tsx or en.tsx). */
export interface TrafficCheckProps {
	/** This widget's strings in the page's language. */
	t: TrafficCheckStrings;
	/** The shared widget strings (URL notes) in the page's language. */
	widgetT: WidgetStrings;
	/** The demo policies with their YAML, made at build time. */
	policies: Array<{ name: string; yaml: string }>;
}

/** Toggle policies and see which connections they allow. */
export default function TrafficCheck({ t, widgetT, policies }: TrafficCheckProps) {
	const s = useTrafficCheck(t);
	return (
		<div class="tc">
			<UrlNotes t={widgetT} notes={s.urlNotes} />
			<PolicyToggles policies={policies} enabled={s.enabled} t={t} onToggle={s.togglePolicy} />
			<ConnectionVerdictView pods={s.pods} ports={s.ports} choice={s.choice} verdict={s.verdict} t={t} onChoose={s.choose} />
			<ConnectionMatrixView matrix={s.matrix} port={s.choice.port} t={t} />
			<p class="tc-plugin">{t.pluginNote}</p>
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true">
				{s.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
