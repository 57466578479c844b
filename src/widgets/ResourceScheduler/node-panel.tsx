/** The nodes: requested vs allocatable as numbers and bars, their Pods and eviction order, plus the Pending Pods. */
import { formatAmount, type DraftPlan, type NodeUsage } from '../../sim/index';
import type { strings } from '../../i18n/resource-scheduler';

type Strings = (typeof strings)['ko'];

interface Props {
	plan: DraftPlan;
	t: Strings;
}

function percent(part: number, whole: number): number {
	return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** A bar that repeats the text next to it; the text carries the meaning, the bar only shows it. */
function Bar({ value }: { value: number }) {
	return (
		<span class="rs-bar" aria-hidden="true">
			<span class="rs-bar-fill" style={{ width: `${Math.min(100, value)}%` }} />
		</span>
	);
}

function NodeCard({ node, plan, t }: { node: NodeUsage; plan: DraftPlan; t: Strings }) {
	const cpu = percent(node.requested.cpu, node.allocatable.cpu);
	const memory = percent(node.requested.memory, node.allocatable.memory);
	const eviction = plan.evictionOrder[node.name] ?? [];
	return (
		<li class="rs-node" data-node={node.name}>
			<p class="rs-node-name">{node.name}</p>
			<p class="rs-meter" data-resource="cpu">
				<span>{t.nodeCpu(formatAmount('cpu', node.requested.cpu), formatAmount('cpu', node.allocatable.cpu), cpu)}</span>
				<Bar value={cpu} />
			</p>
			<p class="rs-meter" data-resource="memory">
				<span>{t.nodeMemory(formatAmount('memory', node.requested.memory), formatAmount('memory', node.allocatable.memory), memory)}</span>
				<Bar value={memory} />
			</p>
			<p class="rs-node-pods">{node.pods.length > 0 ? t.nodePods(node.pods.join(', ')) : t.nodeNoPods}</p>
			{eviction.length > 1 && <p class="rs-eviction">{t.evictionOrder(eviction.map((e) => `${e.pod} (${e.qos})`).join(' → '))}</p>}
		</li>
	);
}

/** Renders every node card and the box of Pods the scheduler could not place. */
export function NodePanel({ plan, t }: Props) {
	const pending = plan.pods.filter((p) => p.placement?.status === 'Pending');
	return (
		<section class="rs-nodes" aria-label={t.nodesLabel}>
			<ul class="rs-node-list">
				{plan.nodes.map((node) => (
					<NodeCard key={node.name} node={node} plan={plan} t={t} />
				))}
				<li class="rs-node rs-pending" data-node="pending">
					<p class="rs-node-name">{t.pendingBox}</p>
					<p class="rs-node-pods">{pending.length > 0 ? pending.map((p) => p.name).join(', ') : t.noPending}</p>
				</li>
			</ul>
		</section>
	);
}
