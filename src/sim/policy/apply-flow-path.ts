/**
 * Who takes part in one step of the `kubectl apply` flow and along which connections, for
 * the architecture explorer's highlights: the acting component, the ones it talks to, and
 * etcd whenever the step's writes are stored, always reached through kube-apiserver (https://kubernetes.io/docs/reference/glossary/?all=true#term-kube-apiserver, https://kubernetes.io/docs/reference/glossary/?all=true#term-etcd).
 */
import { ARCH_COMPONENTS, type ComponentId, type FlowStep } from './apply-flow.ts';

/** A connection used in a step: `from` opens it (calls or watches), `to` serves it. */
export interface FlowLink {
	readonly from: ComponentId;
	readonly to: ComponentId;
}

/** The connections a step uses: the actor's own, plus kube-apiserver -> etcd when the step's writes are stored. */
export function getStepLinks(step: FlowStep): FlowLink[] {
	const links: FlowLink[] = step.talksTo.map((to) => ({ from: step.actor, to }));
	const storesViaApiServer = step.storedInEtcd && step.actor !== 'kube-apiserver';
	if (storesViaApiServer && !links.some((l) => l.to === 'etcd')) links.push({ from: 'kube-apiserver', to: 'etcd' });
	return links;
}

/** The acting component and every other component the step involves (in catalogue order). */
export function getStepParticipants(step: FlowStep): { readonly actor: ComponentId; readonly peers: readonly ComponentId[] } {
	const involved = new Set(getStepLinks(step).flatMap((l) => [l.from, l.to]));
	involved.delete(step.actor);
	return { actor: step.actor, peers: ARCH_COMPONENTS.map((c) => c.id).filter((id) => involved.has(id)) };
}

/** A stable key for a connection regardless of direction, e.g. `kube-apiserver--etcd` (catalogue order). */
export function getLinkKey(link: FlowLink): string {
	const order = ARCH_COMPONENTS.map((c) => c.id);
	const [a, b] = order.indexOf(link.from) <= order.indexOf(link.to) ? [link.from, link.to] : [link.to, link.from];
	return `${a}--${b}`;
}

/**
 * The step's links as chains for reading, e.g. [[kube-scheduler, kube-apiserver, etcd]];
 * a step with no links (admission) is its actor alone.
 */
export function getStepPathChains(step: FlowStep): ComponentId[][] {
	const chains: ComponentId[][] = [];
	for (const link of getStepLinks(step)) {
		const chain = chains.find((c) => c[c.length - 1] === link.from);
		if (chain) chain.push(link.to);
		else chains.push([link.from, link.to]);
	}
	return chains.length > 0 ? chains : [[step.actor]];
}
