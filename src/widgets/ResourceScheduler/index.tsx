/**
 * The ResourceScheduler island: Pods with editable CPU/memory requests and limits placed by
 * the scheduler on three nodes by requests only, each Pod's QoS class and why, and what a
 * usage above a limit leads to. The server render is the demo's first plan.
 */
import './resource-scheduler.css';
import type { ResourceSchedulerStrings } from '../../i18n/resource-scheduler';
import type { WidgetStrings } from '../../i18n/widget';
import { NodePanel } from './node-panel';
import { PodCard } from './pod-card';
import { UsagePanel } from './usage-panel';
import { useResourceScheduler } from './use-resource-scheduler';
import { EnableFrame } from '../shared/EnableFrame';
import { UrlNotes } from '../shared/UrlNotes';

/** Props of the island: the page language's strings come from its entry (ko.tsx or en.tsx). */
export interface ResourceSchedulerProps {
	/** This widget's strings in the page's language. */
	t: ResourceSchedulerStrings;
	/** The shared widget strings (URL notes) in the page's language. */
	widgetT: WidgetStrings;
}

/** Edit requests and limits, watch placement, QoS and usage outcomes follow. */
export default function ResourceScheduler({ t, widgetT }: ResourceSchedulerProps) {
	const s = useResourceScheduler(t);
	const { plan } = s;
	return (
		<div class="rs">
			<UrlNotes t={widgetT} notes={s.urlNotes} />
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
