/**
 * UI state of the ResourceScheduler: the Pod drafts (changed through the model's reducer),
 * the usage form, focus after add/remove, the live region after each committed change, and
 * the page URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResourceSchedulerStrings } from '../../i18n/resource-scheduler';
import { planPodDrafts, type DraftPlan, type PodDraft, type ResourceField, type UsageText } from '../../sim/index';
import { useUrlState } from '../shared/use-url-state';
import {
	DEMO_NODES,
	URL_PREFIX,
	createFirstDrafts,
	describePlanChange,
	describeUsage,
	readUrlState,
	reduceDrafts,
	runPodUsage,
	writeUrlState,
	type UsageRun,
} from './model';

/** The usage form and the run it last showed (recomputed against the current draft). */
interface UsageState extends UsageText {
	pod: string;
	ran: { pod: string; usage: UsageText } | null;
}

const FIRST_USAGE: UsageState = { pod: 'web', cpu: '250m', memory: '100Mi', ran: null };

/** State and actions of the ResourceScheduler island. */
export function useResourceScheduler(t: ResourceSchedulerStrings) {
	const [drafts, setDrafts] = useState<PodDraft[]>(createFirstDrafts);
	const [usage, setUsage] = useState<UsageState>(FIRST_USAGE);
	const [announcement, setAnnouncement] = useState('');
	const [focusId, setFocusId] = useState<string | null>(null);
	const plan = planPodDrafts(DEMO_NODES, drafts);
	const announced = useRef<DraftPlan>(plan);
	// A link's amounts replace the page's once the island runs; the plan they give is the new baseline.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(linked) => {
			setDrafts(linked);
			announced.current = planPodDrafts(DEMO_NODES, linked);
		},
		writeUrlState(drafts),
	);

	useEffect(() => {
		if (!focusId) return;
		document.getElementById(focusId)?.focus();
		setFocusId(null);
	}, [focusId]);

	/** Announces what moved since the last announcement, then the totals. */
	const announce = (next: DraftPlan) => {
		setAnnouncement(describePlanChange(t, announced.current, next));
		announced.current = next;
	};

	const editField = (pod: string, field: ResourceField, text: string) => setDrafts((list) => reduceDrafts(list, { type: 'edit', pod, field, text }));

	const commitField = () => announce(plan);

	const addPod = () => {
		const next = reduceDrafts(drafts, { type: 'add' });
		const draft = next.at(-1)!;
		setDrafts(next);
		announce(planPodDrafts(DEMO_NODES, next));
		setFocusId(`rs-${draft.name}-cpuRequest`);
	};

	const removePod = (pod: string) => {
		const index = drafts.findIndex((d) => d.name === pod);
		const next = reduceDrafts(drafts, { type: 'remove', pod });
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

	return {
		t,
		drafts,
		plan,
		usage,
		usageResult,
		ranPod: usage.ran?.pod ?? '',
		announcement,
		urlNotes,
		editField,
		commitField,
		addPod,
		removePod,
		editUsage,
		runUsage,
	};
}
