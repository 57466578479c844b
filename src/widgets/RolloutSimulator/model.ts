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
	parseIntOrPercentInput,
	step,
	validateManifest,
	type Cluster,
	type FieldError,
	type RolloutCounts,
	type RolloutView,
} from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

/** The strings the announcements are built from. */
export type RolloutStrings = (typeof strings)['ko'];

/** One command and its output, as the command log shows it. */
export interface CommandEntry {
	readonly command: string;
	readonly output: string;
}

/** The Deployment the simulator drives. */
export const DEPLOYMENT = 'nginx-deployment';
/** Images offered: the page's first version, its update, and its typo. */
export const IMAGES = ['nginx:1.14.2', 'nginx:1.16.1', 'nginx:1.161'] as const;
/** The image whose tag does not exist. */
export const BAD_IMAGE = 'nginx:1.161';
/** Values suggested for maxSurge and maxUnavailable. */
export const KNOB_SUGGESTIONS = ['0', '1', '2', '25%', '50%'] as const;
/** Replica counts the lanes have room for. */
export const REPLICA_CHOICES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** The image the page deploys first. */
export const FIRST_IMAGE = 'nginx:1.14.2';
/** The image the form offers first. */
export const NEXT_IMAGE = 'nginx:1.16.1';
const SEED = 7;
/** Longest stretch one fast-forward covers: past the 600 s progress deadline. */
export const FAST_FORWARD_SECONDS = 900;
/** Rows kept in the per-tick table. */
const LOG_LIMIT = 60;

/** The settings form as typed. */
export interface SettingsForm {
	readonly replicas: number;
	readonly maxSurge: string;
	readonly maxUnavailable: string;
}

/** The form the page starts with: the Deployment defaults for 3 replicas. */
export const DEFAULT_FORM: SettingsForm = { replicas: 3, maxSurge: '25%', maxUnavailable: '25%' };

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

/** Field errors of the form, as the API server would report them for the manifest. */
export function validateForm(form: SettingsForm): FieldError[] {
	return validateManifest(buildManifest(form, FIRST_IMAGE));
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

/** Pod chips per row in a lane (the chip grid has this many columns at every width). */
export const LANE_COLUMNS = 3;

/**
 * Rows of Pod chips a lane reserves under the current bounds, so every Pod the model has is
 * visible without scrolling and the widget's height holds through a rollout: at most
 * replicas + maxSurge live Pods, plus those being replaced in one step (maxUnavailable) that
 * still show while terminating. A lane that ever needs more grows rather than hiding Pods.
 */
export function laneRows(view: RolloutView): number {
	const slots = view.bounds.maxTotal + view.bounds.unavailable;
	return Math.max(2, Math.ceil(slots / LANE_COLUMNS));
}

/** Prefix of the simulator's URL parameters: `?rollout.replicas=10&rollout.maxSurge=30%25`. */
export const URL_PREFIX = 'rollout';

/** Settings a link can carry: the Deployment's form (applied at the start) and the image offered next. */
export interface RolloutUrlState {
	readonly form?: SettingsForm;
	readonly image?: string;
}

/** Largest whole-number knob a link may set: the lanes have room for REPLICA_CHOICES' maximum. */
const MAX_KNOB = REPLICA_CHOICES[REPLICA_CHOICES.length - 1]!;

/** A knob as a link writes it: a whole number (clamped to 0..MAX_KNOB) or a percentage (clamped to 0..100%). */
function readKnob(reader: ReturnType<typeof createUrlReader>, name: 'maxSurge' | 'maxUnavailable'): string | undefined {
	const text = reader.text(name, (v) => /^\d{1,9}%?$/.test(v.trim()));
	if (text === undefined) return undefined;
	const trimmed = text.trim();
	const percent = trimmed.endsWith('%');
	const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
	const max = percent ? 100 : MAX_KNOB;
	const used = `${Math.min(n, max)}${percent ? '%' : ''}`;
	if (n > max) reader.notes.push({ key: `${URL_PREFIX}.${name}`, value: text, kind: 'clamped', used });
	return used;
}

/**
 * Decodes the simulator's settings from the URL: replicas clamped to 1..10, knobs as above,
 * the image one of IMAGES. A combination the API server rejects (both knobs 0) is ignored
 * with a note, so the simulator always starts from a valid Deployment.
 */
export function readUrlState(params: UrlParamSource): UrlRead<RolloutUrlState> {
	const reader = createUrlReader(params, URL_PREFIX);
	const replicas = reader.int('replicas', REPLICA_CHOICES[0], MAX_KNOB);
	const maxSurge = readKnob(reader, 'maxSurge');
	const maxUnavailable = readKnob(reader, 'maxUnavailable');
	const image = reader.choice('image', IMAGES);
	let form: SettingsForm | undefined;
	if (replicas !== undefined || maxSurge !== undefined || maxUnavailable !== undefined) {
		form = {
			replicas: replicas ?? DEFAULT_FORM.replicas,
			maxSurge: maxSurge ?? DEFAULT_FORM.maxSurge,
			maxUnavailable: maxUnavailable ?? DEFAULT_FORM.maxUnavailable,
		};
		if (validateForm(form).length > 0) {
			// Only the knobs can make the form invalid (replicas is in range): drop those the link set.
			if (maxSurge !== undefined) reader.ignore('maxSurge', maxSurge);
			if (maxUnavailable !== undefined) reader.ignore('maxUnavailable', maxUnavailable);
			form = { ...form, maxSurge: DEFAULT_FORM.maxSurge, maxUnavailable: DEFAULT_FORM.maxUnavailable };
		}
	}
	return { state: { ...(form ? { form } : {}), ...(image ? { image } : {}) }, notes: reader.notes };
}

/** The URL parameters of the applied settings and the offered image; defaults are left out. */
export function writeUrlState(applied: SettingsForm, image: string): Record<string, string> {
	return writeParams(URL_PREFIX, {
		replicas: applied.replicas === DEFAULT_FORM.replicas ? undefined : applied.replicas,
		maxSurge: applied.maxSurge === DEFAULT_FORM.maxSurge ? undefined : applied.maxSurge,
		maxUnavailable: applied.maxUnavailable === DEFAULT_FORM.maxUnavailable ? undefined : applied.maxUnavailable,
		image: image === NEXT_IMAGE ? undefined : image,
	});
}
