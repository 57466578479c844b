/**
 * The ResourceScheduler island: Pods with editable CPU/memory requests and limits placed by
 * the scheduler on three nodes by requests only, each Pod's QoS class and why, and what a
 * usage above a limit leads to. The server render is the demo's first plan.
 */
import './resource-scheduler.css';
import type { Locale } from '../../i18n/index';
import { NodePanel } from './node-panel';
import { PodCard } from './pod-card';
import { UsagePanel } from './usage-panel';
import { useResourceScheduler } from './use-resource-scheduler';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';

interface Props {
	locale: Locale;
}

/** Edit requests and limits, watch placement, QoS and usage outcomes follow. */
export default function ResourceScheduler({ locale }: Props) {
	const s = useResourceScheduler(locale);
	const { t, plan } = s;
	return (
		<div class="rs">
			<UrlNotes locale={locale} notes={s.urlNotes} />
			<NodePanel plan={plan} t={t} />
			<section class="rs-pods" aria-label={t.podsLabel}>
				<ul class="rs-pod-list">
					{s.drafts.map((draft, i) => {
						const view = plan.pods[i];
						return view ? (
							<PodCard key={draft.name} draft={draft} view={view} t={t} onEdit={s.editField} onCommit={s.commitField} onRemove={s.removePod} />
						) : null;
					})}
				</ul>
				<button type="button" id="rs-add" onClick={s.addPod}>
					{t.addPod}
				</button>
			</section>
			<UsagePanel drafts={s.drafts} form={s.usage} ranPod={s.ranPod} result={s.usageResult} t={t} onEdit={s.editUsage} onRun={s.runUsage} />
			<p class="k8s-sr-only" role="status" aria-live="polite" aria-atomic="true">
				{s.announcement}
			</p>
			<EnableFrame />
		</div>
	);
}
