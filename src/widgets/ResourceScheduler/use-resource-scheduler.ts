/**
 * Adapts the resource model (src/sim) to the widget: the Pod drafts being edited, the plan
 * the scheduler makes of them, the usage run, focus after add/remove, and the sentence the
 * live region announces after each committed change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index';
import { strings } from '../../i18n/resource-scheduler';
import {
	DEMO_NODES,
	DEMO_PODS,
	createBlankPodDraft,
	diffPlans,
	planPodDrafts,
	setDraftField,
	summarizePlacement,
	toPodDraft,
	type DraftPlan,
	type PodDraft,
	type ResourceField,
	type UsageText,
} from '../../sim/index';
import { describeUsage, runPodUsage, type UsageRun } from './model';

/** The usage form and the run it last showed (recomputed against the current draft). */
interface UsageState extends UsageText {
	pod: string;
	ran: { pod: string; usage: UsageText } | null;
}

const FIRST_USAGE: UsageState = { pod: 'web', cpu: '250m', memory: '100Mi', ran: null };

/** State and actions of the ResourceScheduler island. */
export function useResourceScheduler(locale: Locale) {
	const t = strings[locale];
	const [drafts, setDrafts] = useState<PodDraft[]>(() => DEMO_PODS.map(toPodDraft));
	const [usage, setUsage] = useState<UsageState>(FIRST_USAGE);
	const [announcement, setAnnouncement] = useState('');
	const [focusId, setFocusId] = useState<string | null>(null);
	const plan = planPodDrafts(DEMO_NODES, drafts);
	const announced = useRef<DraftPlan>(plan);

	useEffect(() => {
		if (!focusId) return;
		document.getElementById(focusId)?.focus();
		setFocusId(null);
	}, [focusId]);

	const describePlace = (place: string) => (place === 'Rejected' ? t.placeRejected : place);

	/** Announces what moved since the last announcement, then the totals. */
	const announce = (next: DraftPlan) => {
		const changes = diffPlans(announced.current, next);
		announced.current = next;
		const parts = changes.map((c) => {
			if (c.before === undefined) return t.added(c.pod, describePlace(c.after ?? ''));
			if (c.after === undefined) return t.removed(c.pod);
			return t.changed(c.pod, describePlace(c.before), describePlace(c.after));
		});
		const places = next.pods.map(summarizePlacement);
		const pending = places.filter((p) => p === 'Pending').length;
		const rejected = places.filter((p) => p === 'Rejected').length;
		const summary = t.summary(places.length - pending - rejected, pending, rejected);
		setAnnouncement([parts.length > 0 ? parts.join('. ') + '.' : t.noChange, summary].join(' '));
	};

	const editField = (pod: string, field: ResourceField, text: string) => {
		setDrafts((list) => list.map((d) => (d.name === pod ? setDraftField(d, field, text) : d)));
	};

	const commitField = () => announce(plan);

	const addPod = () => {
		const draft = createBlankPodDraft(drafts);
		const next = [...drafts, draft];
		setDrafts(next);
		announce(planPodDrafts(DEMO_NODES, next));
		setFocusId(`rs-${draft.name}-cpuRequest`);
	};

	const removePod = (pod: string) => {
		const index = drafts.findIndex((d) => d.name === pod);
		const next = drafts.filter((d) => d.name !== pod);
		setDrafts(next);
		announce(planPodDrafts(DEMO_NODES, next));
		const neighbour = next[Math.min(index, next.length - 1)];
		setFocusId(neighbour ? `rs-${neighbour.name}-remove` : 'rs-add');
		if (usage.pod === pod) setUsage((u) => ({ ...u, pod: next[0]?.name ?? '' }));
	};

	const editUsage = (change: Partial<UsageText & { pod: string }>) => setUsage((u) => ({ ...u, ...change }));

	const ranDraft = usage.ran ? drafts.find((d) => d.name === usage.ran?.pod) : undefined;
	const usageResult: UsageRun | null = usage.ran && ranDraft ? runPodUsage(plan, ranDraft, usage.ran.usage) : null;

	const runUsage = () => {
		const draft = drafts.find((d) => d.name === usage.pod);
		if (!draft) return;
		const ran = { pod: usage.pod, usage: { cpu: usage.cpu, memory: usage.memory } };
		setUsage((u) => ({ ...u, ran }));
		setAnnouncement(describeUsage(t, usage.pod, runPodUsage(plan, draft, ran.usage)));
	};

	return { t, drafts, plan, usage, usageResult, ranPod: usage.ran?.pod ?? '', announcement, editField, commitField, addPod, removePod, editUsage, runUsage };
}
