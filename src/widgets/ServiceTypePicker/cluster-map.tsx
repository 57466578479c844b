/** The cluster as boxes: the Service with its addresses, and every node with its Pods. */
import type { Locale } from '../../i18n/index';
import type { strings } from '../../i18n/service-type-picker';
import { DEMO_CLIENT_POD, type FrameHop, type ServiceFrame } from './frame';

interface Props {
	t: (typeof strings)[Locale];
	frame: ServiceFrame;
	/** Hops of the traced request, to mark the nodes, Pods and Service it passes. */
	hops: readonly FrameHop[];
}

/** Service box plus one card per node; what the traced request passes is marked. */
export function ClusterMap({ t, frame, hops }: Props) {
	const { port, external } = frame;
	const onPath = (node: string) => hops.some((h) => (h.kind === 'node-port' || h.kind === 'pod') && h.node === node);
	const podOnPath = (pod: string) => hops.some((h) => h.pod === pod);
	const serviceOnPath = hops.some((h) => h.kind === 'service-rules');
	return (
		<div class="stp-map" role="group" aria-label={t.clusterHeading}>
			<div class={serviceOnPath ? 'stp-service is-on-path' : 'stp-service'}>
				<p class="stp-box-title">{t.serviceBox(frame.name, frame.type)}</p>
				<dl class="stp-fields">
					<div>
						<dt>{t.fieldClusterIp}</dt>
						<dd class="stp-mono">{frame.clusterIp}</dd>
					</div>
					<div>
						<dt>{t.fieldPort}</dt>
						<dd class="stp-mono">{port ? `${port.port} → ${port.targetPort}` : t.valueNone}</dd>
					</div>
					<div>
						<dt>{t.fieldNodePort}</dt>
						<dd class="stp-mono" data-testid="stp-node-port">
							{port?.nodePort ?? t.valueNone}
						</dd>
					</div>
					<div>
						<dt>{t.fieldExternalIp}</dt>
						<dd class="stp-mono" data-testid="stp-external-ip">
							{external === '<none>' ? t.valueNone : external}
						</dd>
					</div>
				</dl>
			</div>
			<ul class="stp-nodes">
				{frame.nodes.map((node) => (
					<li class={onPath(node.name) ? 'stp-node is-on-path' : 'stp-node'} key={node.name} aria-label={t.nodeCard(node.name, node.ip)}>
						<p class="stp-box-title">
							{node.name} <span class="stp-mono">{node.ip}</span>
						</p>
						{node.controlPlane && <p class="stp-muted">{t.controlPlaneNote}</p>}
						{node.pods.length === 0 ? (
							<p class="stp-muted">{t.noPods}</p>
						) : (
							<ul class="stp-pods">
								{node.pods.map((pod) => (
									<li class={podOnPath(pod.name) ? 'stp-pod is-on-path' : 'stp-pod'} key={pod.name}>
										<span class="stp-mono stp-pod-name">{pod.name}</span>
										<span class="stp-mono stp-pod-ip">
											{pod.ip ?? ''}
											{pod.name === DEMO_CLIENT_POD && <span class="stp-tag">{t.clientTag}</span>}
										</span>
									</li>
								))}
							</ul>
						)}
					</li>
				))}
			</ul>
		</div>
	);
}
