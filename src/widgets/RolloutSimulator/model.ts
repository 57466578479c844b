/**
 * The RolloutSimulator scenario, pure: the Deployments page's nginx-deployment
 * (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), the settings form,
 * and a reducer over the cluster model for every learner action (apply, set image, rollout
 * undo, tick, fast-forward, reset). Announcements are built from the strings passed in.
 */
import type { strings } from '../../i18n/rollout-simulator';
import {
	advanceRollout,
	createDemoCluster,
	createRolloutManifest,
	describeRollout,
	formatAnnotateOutput,
	formatRolloutHistory,
	getRolloutStatus,
	parseIntOrPercentInput,
	step,
	type Cluster,
	type ReplicaSetNode,
	type RolloutCounts,
	type RolloutView,
} from '../../sim/index';
import {
	DEFAULT_FORM,
	DEPLOYMENT,
	FIRST_IMAGE,
	type CommandEntry,
	type FrameCondition,
	type LaneReplicaSet,
	type RolloutFrame,
	type SettingsForm,
} from './frame';

/** The strings the announcements are built from. */
export type RolloutStrings = (typeof strings)['ko'];

const SEED = 7;
/** Longest stretch one fast-forward covers: past the 600 s progress deadline. */
export const FAST_FORWARD_SECONDS = 900;
/** Rows kept in the per-tick table. */
const LOG_LIMIT = 60;

/** The simulator's state: the cluster, what was applied, the last commands, the per-tick log. */
export interface SimState {
	readonly cluster: Cluster;
	/** Settings last accepted by the API server. */
	readonly applied: SettingsForm;
	readonly commands: readonly CommandEntry[];
	readonly log: readonly RolloutCounts[];
	readonly announcement: string;
	/** Bumped on every announcement so the same sentence is read again. */
	readonly seq: number;
}

/** What a learner can do. */
export type RolloutAction =
	| { type: 'apply'; form: SettingsForm }
	| { type: 'setImage'; image: string }
	| { type: 'undo' }
	| { type: 'tick' }
	| { type: 'fastForward' }
	| { type: 'reset' };

function sameCounts(a: RolloutCounts | undefined, b: RolloutCounts): boolean {
	return !!a && a.newPods === b.newPods && a.oldPods === b.oldPods && a.total === b.total && a.available === b.available && a.terminating === b.terminating;
}

/** Appends samples whose counts differ from the row before. */
export function appendLog(log: readonly RolloutCounts[], samples: readonly RolloutCounts[]): RolloutCounts[] {
	const out = [...log];
	for (const s of samples) if (!sameCounts(out.at(-1), s)) out.push(s);
	return out.slice(-LOG_LIMIT);
}

/** The Deployment manifest for a form and an image. */
export function buildManifest(form: SettingsForm, image: string, changeCause?: string) {
	return createRolloutManifest({
		replicas: form.replicas,
		maxSurge: parseIntOrPercentInput(form.maxSurge),
		maxUnavailable: parseIntOrPercentInput(form.maxUnavailable),
		image,
		...(changeCause === undefined ? {} : { changeCause }),
	});
}

/** The rollout view of the simulator's Deployment, which is never deleted. */
export function mustView(cluster: Cluster): RolloutView {
	return describeRollout(cluster, DEPLOYMENT) as RolloutView;
}

/** The starting point: nginx 1.14.2 applied (with the given settings) with a change-cause and fully rolled out. */
export function createInitialState(t: RolloutStrings, form: SettingsForm = DEFAULT_FORM): SimState {
	const manifest = buildManifest(form, FIRST_IMAGE, t.firstDeploy);
	const applied = step(createDemoCluster({ seed: SEED }), { type: 'apply', manifest });
	const { cluster } = advanceRollout(applied, DEPLOYMENT, FAST_FORWARD_SECONDS);
	return {
		cluster,
		applied: form,
		commands: [{ command: 'kubectl apply -f nginx-deployment.yaml', output: applied.lastResult?.output ?? '' }],
		log: [mustView(cluster).counts],
		announcement: '',
		seq: 0,
	};
}

/** The sentence read after ticks: counts against the bounds, plus the phase once it settles. */
export function describeTick(t: RolloutStrings, before: RolloutView, after: RolloutView): string {
	const counts = t.counts(after.counts.newPods, after.counts.oldPods, after.counts.available, after.bounds.minAvailable, after.bounds.maxTotal);
	if (before.phase === after.phase) return counts;
	if (after.phase === 'complete') return `${counts}. ${t.phaseComplete(after.revision)}`;
	if (after.phase === 'stalled') return `${counts}. Progressing=False, ProgressDeadlineExceeded. ${t.phaseStalled}`;
	return counts;
}

/** A command's result: on success the per-tick table starts again from now. */
function afterCommands(t: RolloutStrings, s: SimState, cluster: Cluster, commands: CommandEntry[], ok: boolean, applied?: SettingsForm): SimState {
	const last = commands.at(-1)?.output ?? '';
	return {
		cluster,
		applied: ok && applied ? applied : s.applied,
		commands,
		log: ok ? [mustView(cluster).counts] : s.log,
		announcement: ok
			? commands
					.map((c) => c.output)
					.filter(Boolean)
					.join('. ')
			: t.announceRejected(last),
		seq: s.seq + 1,
	};
}

/** The reducer: one learner action on the simulator, as kubectl and the controllers would do it. */
export function reduceRollout(t: RolloutStrings, s: SimState, action: RolloutAction): SimState {
	switch (action.type) {
		case 'apply': {
			const next = step(s.cluster, { type: 'apply', manifest: buildManifest(action.form, mustView(s.cluster).image) });
			const ok = next.lastResult?.ok ?? false;
			return afterCommands(t, s, next, [{ command: 'kubectl apply -f nginx-deployment.yaml', output: next.lastResult?.output ?? '' }], ok, action.form);
		}
		case 'setImage': {
			const target = action.image;
			if (target === mustView(s.cluster).image) return { ...s, announcement: t.sameImage(target), seq: s.seq + 1 };
			const cause = t.changeCause(target);
			const next = step(s.cluster, { type: 'setImage', kind: 'Deployment', name: DEPLOYMENT, container: 'nginx', image: target, changeCause: cause });
			const ok = next.lastResult?.ok ?? false;
			const commands: CommandEntry[] = [{ command: `kubectl set image deployment/${DEPLOYMENT} nginx=${target}`, output: next.lastResult?.output ?? '' }];
			if (ok)
				commands.push({
					command: `kubectl annotate deployment/${DEPLOYMENT} kubernetes.io/change-cause="${cause}" --overwrite`,
					output: formatAnnotateOutput(DEPLOYMENT),
				});
			return afterCommands(t, s, next, commands, ok);
		}
		case 'undo': {
			const next = step(s.cluster, { type: 'rollbackDeployment', name: DEPLOYMENT });
			return afterCommands(
				t,
				s,
				next,
				[{ command: `kubectl rollout undo deployment/${DEPLOYMENT}`, output: next.lastResult?.output ?? '' }],
				next.lastResult?.ok ?? false,
			);
		}
		case 'tick': {
			const before = mustView(s.cluster);
			const cluster = step(s.cluster, { type: 'tick' });
			const after = mustView(cluster);
			return { ...s, cluster, log: appendLog(s.log, [after.counts]), announcement: describeTick(t, before, after), seq: s.seq + 1 };
		}
		case 'fastForward': {
			const before = mustView(s.cluster);
			const { cluster, samples } = advanceRollout(s.cluster, DEPLOYMENT, FAST_FORWARD_SECONDS);
			const after = mustView(cluster);
			return { ...s, cluster, log: appendLog(s.log, samples), announcement: describeTick(t, before, after), seq: s.seq + 1 };
		}
		case 'reset':
			return { ...createInitialState(t), announcement: t.announceReset, seq: s.seq + 1 };
	}
}

function toLane(rs: ReplicaSetNode): LaneReplicaSet {
	return {
		name: rs.name,
		hash: rs.hash,
		revision: rs.revision,
		image: rs.image,
		desired: rs.desired,
		pods: rs.pods.map((p) => ({ name: p.name, suffix: p.suffix, status: p.status, ready: p.ready, terminating: p.terminating })),
	};
}

function toCondition(type: FrameCondition['type'], c: RolloutView['available']): FrameCondition[] {
	return c ? [{ type, status: c.status, reason: c.reason }] : [];
}

/** What the parts render from the simulator's state, as plain data (frame.ts). */
export function frameOf(s: SimState): RolloutFrame {
	const view = mustView(s.cluster);
	// Old ReplicaSets that still have Pods; otherwise the newest old one, now at 0.
	const active = view.oldReplicaSets.filter((rs) => rs.pods.length > 0 || rs.desired > 0);
	const old = active.length > 0 ? active : view.oldReplicaSets.slice(0, 1);
	return {
		image: view.image,
		revision: view.revision,
		bounds: view.bounds,
		counts: view.counts,
		conditions: [...toCondition('Available', view.available), ...toCondition('Progressing', view.progressing)],
		phase: view.phase,
		secondsWithoutProgress: view.secondsWithoutProgress ?? null,
		progressDeadlineSeconds: view.progressDeadlineSeconds,
		oldReplicaSets: old.map(toLane),
		newReplicaSet: view.newReplicaSet ? toLane(view.newReplicaSet) : null,
		applied: s.applied,
		commands: s.commands,
		rolloutStatus: getRolloutStatus(s.cluster, DEPLOYMENT).message,
		history: formatRolloutHistory(s.cluster, DEPLOYMENT),
		log: s.log,
		time: s.cluster.time,
		announcement: s.announcement,
		seq: s.seq,
	};
}

/** The frame the page is built with: nginx 1.14.2 rolled out with the given settings (the default form unless a link sets one). */
export function firstFrame(t: RolloutStrings, form: SettingsForm = DEFAULT_FORM): RolloutFrame {
	return frameOf(createInitialState(t, form));
}
