/**
 * Adapts the cluster model to the rollout simulator: holds the cluster, the settings
 * form, the commands last run, the per-tick counts and the play loop. Every action is
 * a model event (apply, set image, rollout undo, tick); the view is describeRollout.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index';
import { strings } from '../../i18n/rollout-simulator';
import type { CommandEntry } from '../shared/CommandLog';
import {
	advanceRollout,
	createDemoCluster,
	createRolloutManifest,
	describeRollout,
	explainRollingBounds,
	formatAnnotateOutput,
	formatFieldError,
	formatRolloutHistory,
	getRolloutStatus,
	isRolloutSettled,
	parseIntOrPercentInput,
	step,
	validateManifest,
	type BoundsExplanation,
	type Cluster,
	type FieldError,
	type RolloutCounts,
	type RolloutView,
} from '../../sim/index';

/** The Deployment the simulator drives (the Deployments page example, #140). */
export const DEPLOYMENT = 'nginx-deployment';
/** Images offered: the page's first version, its update, and its typo (#142). */
export const IMAGES = ['nginx:1.14.2', 'nginx:1.16.1', 'nginx:1.161'] as const;
/** The image whose tag does not exist. */
export const BAD_IMAGE = 'nginx:1.161';
/** Values suggested for maxSurge and maxUnavailable. */
export const KNOB_SUGGESTIONS = ['0', '1', '2', '25%', '50%'] as const;
/** Replica counts the lanes have room for. */
export const REPLICA_CHOICES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

const FIRST_IMAGE = 'nginx:1.14.2';
const SEED = 7;
/** Real time between ticks while playing. */
const PLAY_INTERVAL_MS = 600;
/** Longest stretch one fast-forward covers: past the 600 s progress deadline (#81). */
const FAST_FORWARD_SECONDS = 900;
/** Rows kept in the per-tick table. */
const LOG_LIMIT = 60;

/** The settings form as typed. */
export interface SettingsForm {
	readonly replicas: number;
	readonly maxSurge: string;
	readonly maxUnavailable: string;
}


interface SimState {
	readonly cluster: Cluster;
	/** Settings last accepted by the API server. */
	readonly applied: SettingsForm;
	readonly commands: readonly CommandEntry[];
	readonly log: readonly RolloutCounts[];
	readonly announcement: string;
	/** Bumped on every announcement so the same sentence is read again. */
	readonly seq: number;
}

const DEFAULT_FORM: SettingsForm = { replicas: 3, maxSurge: '25%', maxUnavailable: '25%' };

function sameCounts(a: RolloutCounts | undefined, b: RolloutCounts): boolean {
	return !!a && a.newPods === b.newPods && a.oldPods === b.oldPods && a.total === b.total && a.available === b.available && a.terminating === b.terminating;
}

/** Append samples whose counts differ from the row before. */
function appendLog(log: readonly RolloutCounts[], samples: readonly RolloutCounts[]): RolloutCounts[] {
	const out = [...log];
	for (const s of samples) if (!sameCounts(out.at(-1), s)) out.push(s);
	return out.slice(-LOG_LIMIT);
}

function buildManifest(form: SettingsForm, image: string, changeCause?: string) {
	return createRolloutManifest({
		replicas: form.replicas,
		maxSurge: parseIntOrPercentInput(form.maxSurge),
		maxUnavailable: parseIntOrPercentInput(form.maxUnavailable),
		image,
		...(changeCause === undefined ? {} : { changeCause }),
	});
}

function mustView(cluster: Cluster): RolloutView {
	// The simulator never deletes its Deployment, so the view always exists.
	return describeRollout(cluster, DEPLOYMENT) as RolloutView;
}

/** The starting point: nginx 1.14.2 applied with a change-cause and fully rolled out. */
function createInitialState(t: (typeof strings)[Locale]): SimState {
	const manifest = buildManifest(DEFAULT_FORM, FIRST_IMAGE, t.firstDeploy);
	const applied = step(createDemoCluster({ seed: SEED }), { type: 'apply', manifest });
	const { cluster } = advanceRollout(applied, DEPLOYMENT, FAST_FORWARD_SECONDS);
	return {
		cluster,
		applied: DEFAULT_FORM,
		commands: [{ command: 'kubectl apply -f nginx-deployment.yaml', output: applied.lastResult?.output ?? '' }],
		log: [mustView(cluster).counts],
		announcement: '',
		seq: 0,
	};
}

/** Field errors of the form, as the API server would report them for the manifest. */
function validateForm(form: SettingsForm): FieldError[] {
	return validateManifest(buildManifest(form, FIRST_IMAGE));
}

/** State and actions of the RolloutSimulator island. */
export function useRolloutSimulator(locale: Locale) {
	const t = strings[locale];
	const [sim, setSim] = useState<SimState>(() => createInitialState(t));
	const [form, setForm] = useState<SettingsForm>(DEFAULT_FORM);
	const [image, setImage] = useState<string>('nginx:1.16.1');
	const [playing, setPlaying] = useState(false);
	const [hydrated, setHydrated] = useState(false);
	const logRef = useRef<HTMLDivElement>(null);

	useEffect(() => setHydrated(true), []);

	const view = useMemo(() => mustView(sim.cluster), [sim.cluster]);
	const formErrors = useMemo(() => validateForm(form), [form]);
	const explanation: BoundsExplanation | undefined = useMemo(
		() => (formErrors.length === 0 ? explainRollingBounds(form.replicas, parseIntOrPercentInput(form.maxSurge), parseIntOrPercentInput(form.maxUnavailable)) : undefined),
		[form, formErrors],
	);
	const history = useMemo(() => formatRolloutHistory(sim.cluster, DEPLOYMENT), [sim.cluster]);
	const rolloutStatus = useMemo(() => getRolloutStatus(sim.cluster, DEPLOYMENT).message, [sim.cluster]);
	const dirty = form.replicas !== sim.applied.replicas || form.maxSurge !== sim.applied.maxSurge || form.maxUnavailable !== sim.applied.maxUnavailable;

	/** The sentence read after ticks: counts against the bounds, plus the phase once it settles. */
	const describeTick = (before: RolloutView, after: RolloutView): string => {
		const counts = t.counts(after.counts.newPods, after.counts.oldPods, after.counts.available, after.bounds.minAvailable, after.bounds.maxTotal);
		if (before.phase === after.phase) return counts;
		if (after.phase === 'complete') return `${counts}. ${t.phaseComplete(after.revision)}`;
		if (after.phase === 'stalled') return `${counts}. Progressing=False, ProgressDeadlineExceeded. ${t.phaseStalled}`;
		return counts;
	};

	const tick = () => {
		setSim((s) => {
			const before = mustView(s.cluster);
			const cluster = step(s.cluster, { type: 'tick' });
			const after = mustView(cluster);
			return { ...s, cluster, log: appendLog(s.log, [after.counts]), announcement: describeTick(before, after), seq: s.seq + 1 };
		});
	};

	// The play loop: one tick per interval until the rollout settles (complete, stalled).
	useEffect(() => {
		if (!playing) return;
		if (isRolloutSettled(view)) {
			setPlaying(false);
			return;
		}
		const timer = window.setTimeout(tick, PLAY_INTERVAL_MS);
		return () => window.clearTimeout(timer);
	}, [playing, sim.cluster]);

	// Keep the newest row of the per-tick table in sight (scrolls inside its own box).
	useEffect(() => {
		const box = logRef.current;
		if (box) box.scrollTop = box.scrollHeight;
	}, [sim.log]);

	/** Run a command; on success the per-tick table starts again from now. */
	const runCommands = (make: (cluster: Cluster) => { cluster: Cluster; commands: CommandEntry[]; ok: boolean; applied?: SettingsForm }) => {
		setSim((s) => {
			const result = make(s.cluster);
			const last = result.commands.at(-1)?.output ?? '';
			const announcement = result.ok ? result.commands.map((c) => c.output).filter(Boolean).join('. ') : t.announceRejected(last);
			return {
				cluster: result.cluster,
				applied: result.applied ?? s.applied,
				commands: result.commands,
				log: result.ok ? [mustView(result.cluster).counts] : s.log,
				announcement,
				seq: s.seq + 1,
			};
		});
	};

	const applySettings = () => {
		const submitted = form;
		runCommands((cluster) => {
			const current = mustView(cluster).image;
			const next = step(cluster, { type: 'apply', manifest: buildManifest(submitted, current) });
			const ok = next.lastResult?.ok ?? false;
			return {
				cluster: next,
				ok,
				commands: [{ command: 'kubectl apply -f nginx-deployment.yaml', output: next.lastResult?.output ?? '' }],
				...(ok ? { applied: submitted } : {}),
			};
		});
	};

	const changeImage = () => {
		const target = image;
		if (target === view.image) {
			setSim((s) => ({ ...s, announcement: t.sameImage(target), seq: s.seq + 1 }));
			return;
		}
		runCommands((cluster) => {
			const cause = t.changeCause(target);
			const next = step(cluster, { type: 'setImage', kind: 'Deployment', name: DEPLOYMENT, container: 'nginx', image: target, changeCause: cause });
			const ok = next.lastResult?.ok ?? false;
			const commands: CommandEntry[] = [{ command: `kubectl set image deployment/${DEPLOYMENT} nginx=${target}`, output: next.lastResult?.output ?? '' }];
			if (ok) {
				commands.push({
					command: `kubectl annotate deployment/${DEPLOYMENT} kubernetes.io/change-cause="${cause}" --overwrite`,
					output: formatAnnotateOutput(DEPLOYMENT),
				});
			}
			return { cluster: next, ok, commands };
		});
	};

	const undo = () => {
		runCommands((cluster) => {
			const next = step(cluster, { type: 'rollbackDeployment', name: DEPLOYMENT });
			return {
				cluster: next,
				ok: next.lastResult?.ok ?? false,
				commands: [{ command: `kubectl rollout undo deployment/${DEPLOYMENT}`, output: next.lastResult?.output ?? '' }],
			};
		});
	};

	const fastForward = () => {
		setPlaying(false);
		setSim((s) => {
			const before = mustView(s.cluster);
			const { cluster, samples } = advanceRollout(s.cluster, DEPLOYMENT, FAST_FORWARD_SECONDS);
			const after = mustView(cluster);
			return { ...s, cluster, log: appendLog(s.log, samples), announcement: describeTick(before, after), seq: s.seq + 1 };
		});
	};

	const togglePlay = () => {
		if (playing) {
			setPlaying(false);
			return;
		}
		// Starting on a settled rollout still shows one tick, so the button never does nothing.
		if (isRolloutSettled(view)) tick();
		else setPlaying(true);
	};

	const reset = () => {
		setPlaying(false);
		setForm(DEFAULT_FORM);
		setImage('nginx:1.16.1');
		setSim((s) => ({ ...createInitialState(t), announcement: t.announceReset, seq: s.seq + 1 }));
	};

	return {
		t,
		view,
		form,
		formErrors: formErrors.map((e) => ({ field: e.field, text: formatFieldError(e) })),
		explanation,
		dirty,
		applied: sim.applied,
		image,
		playing,
		hydrated,
		commands: sim.commands,
		rolloutStatus,
		history,
		log: sim.log,
		logRef,
		time: sim.cluster.time,
		// A trailing no-break space alternates so a repeated sentence is still announced.
		announcement: sim.announcement + (sim.seq % 2 ? '\u00a0' : ''),
		setForm,
		setImage,
		applySettings,
		changeImage,
		undo,
		tick: () => {
			setPlaying(false);
			tick();
		},
		togglePlay,
		fastForward,
		reset,
	};
}

/** What the hook returns, for the parts. */
export type RolloutSimulatorState = ReturnType<typeof useRolloutSimulator>;
