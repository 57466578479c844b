/** The traced request, hop by hop, with the node that receives it and a "send again" button. */
import type { Locale } from '../../i18n/index';
import type { strings } from '../../i18n/service-type-picker';
import type { ServiceType } from '../../sim/index';
import { explainAccess, type FrameAccess, type FrameHop, type FrameNode } from './frame';

interface Props {
	t: (typeof strings)[Locale];
	access: FrameAccess;
	type: ServiceType;
	clusterIp: string;
	nodes: readonly FrameNode[];
	entryNode: string;
	onEntryNode: (node: string) => void;
	onResend: () => void;
}

type Texts = (typeof strings)[Locale];

function labelHop(t: Texts, hop: FrameHop): string {
	switch (hop.kind) {
		case 'client':
			return t.hopClient;
		case 'dns':
			return t.hopDns;
		case 'load-balancer':
			return t.hopLoadBalancer;
		case 'node-port':
			return t.hopNodePort;
		case 'service-rules':
			return t.hopServiceRules;
		case 'pod':
			return t.hopPod;
	}
}

function describeHop(t: Texts, hop: FrameHop, access: FrameAccess, clusterIp: string): string {
	const node = hop.node ?? '';
	switch (hop.kind) {
		case 'client':
			if (hop.pod !== undefined) return t.descClientPod(hop.pod, node);
			return access.origin === 'outside-lb' ? t.descClientInternet : t.descClientOutside;
		case 'dns':
			return t.descDns(clusterIp);
		case 'load-balancer':
			return t.descLoadBalancer;
		case 'node-port':
			return t.descNodePort(node);
		case 'service-rules':
			return t.descServiceRules(node);
		case 'pod':
			return t.descPod(hop.pod ?? '', node);
	}
}

/** An address with a line-break opportunity after each dot, so a DNS name wraps between its labels. */
function breakAfterDots(address: string) {
	return address.split('.').flatMap((part, i, parts) => (i < parts.length - 1 ? [`${part}.`, <wbr key={i} />] : [part]));
}

/** Ordered list of hops; an unreachable request ends with the hop where it stops and why. */
export function RequestPath({ t, access, type, clusterIp, nodes, entryNode, onEntryNode, onResend }: Props) {
	const trace = access.trace;
	const fromOutside = access.origin !== 'pod';
	return (
		<div class="stp-path" role="group" aria-labelledby="stp-path-label">
			<p class="stp-label" id="stp-path-label">
				{t.pathHeading}
			</p>
			<div class="stp-path-controls">
				<label class="stp-select">
					<span>{t.entryNode}</span>
					<select value={entryNode} disabled={!fromOutside} onChange={(e) => onEntryNode(e.currentTarget.value)}>
						{nodes.map((n) => (
							<option value={n.name} key={n.name}>
								{`${n.name} (${n.ip})`}
							</option>
						))}
					</select>
				</label>
				<button type="button" onClick={onResend}>
					{t.resend}
				</button>
			</div>
			<ol class="stp-hops" data-testid="stp-hops" data-reachable={trace.reachable ? 'true' : 'false'}>
				{trace.hops.map((hop, i) => (
					<li class="stp-hop" key={i} data-kind={hop.kind}>
						<span class="stp-hop-head">
							<span class="stp-hop-kind">{labelHop(t, hop)}</span>
							{/* Outside clients have no address worth showing; the model's text is English prose. */}
							{(hop.kind !== 'client' || hop.pod !== undefined) && <span class="stp-mono">{breakAfterDots(hop.address)}</span>}
						</span>
						<span class="stp-hop-desc">{describeHop(t, hop, access, clusterIp)}</span>
					</li>
				))}
				{!trace.reachable && (
					<li class="stp-hop is-stop" data-kind="stop">
						<span class="stp-hop-head">
							<span class="stp-hop-kind">
								<span aria-hidden="true">✗ </span>
								{t.hopStop}
							</span>
						</span>
						<span class="stp-hop-desc">{explainAccess(t, access, type)}</span>
					</li>
				)}
			</ol>
			<p class="stp-muted stp-path-note">{trace.reachable ? t.backendNote(trace.backends) : '\u00a0'}</p>
		</div>
	);
}
