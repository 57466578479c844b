/** DESIRED / CURRENT / READY / terminating as four fixed boxes. */
import type { Locale } from '../../i18n/index';
import type { strings } from '../../i18n/replica-slider';
import type { ReplicaCounts } from '../../sim/index';

interface Props {
	t: (typeof strings)[Locale];
	counts: ReplicaCounts;
}

/** The counts the live region reads out, shown as boxes (settled ones marked). */
export function ReplicaCountsView({ t, counts }: Props) {
	const items = [
		['desired', t.countDesired, counts.desired],
		['current', t.countCurrent, counts.current],
		['ready', t.countReady, counts.ready],
		['terminating', t.countTerminating, counts.terminating],
	] as const;
	return (
		<dl class={counts.settled ? 'rsl-counts is-settled' : 'rsl-counts'}>
			{items.map(([key, label, value]) => (
				<div class="rsl-count" key={key} data-count={key}>
					<dt>{label}</dt>
					<dd>{value}</dd>
				</div>
			))}
		</dl>
	);
}
