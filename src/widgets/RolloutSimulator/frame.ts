/**
 * What the RolloutSimulator island needs without its engine (model.ts and the sim reducer
 * under it): the frame it renders, the scenario's constants, the settings form's checks and
 * the URL parameters. Light on purpose: the island imports this statically, and the engine
 * loads only when the learner reaches for the widget (use-rollout-simulator.ts).
 */
import {
	explainRollingBounds,
	parseIntOrPercentInput,
	validateRollingUpdateKnobs,
	type BoundsExplanation,
	type FieldError,
	type PodNode,
	type RolloutCounts,
	type RolloutView,
} from '../../sim/index';
import { createUrlReader, writeParams, type UrlParamSource, type UrlRead } from '../shared/url-state';

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
/** Pod chips per row in a lane (the chip grid has this many columns at every width). */
export const LANE_COLUMNS = 3;
/** Prefix of the simulator's URL parameters: `?rollout.replicas=10&rollout.maxSurge=30%25`. */
export const URL_PREFIX = 'rollout';

/** The settings form as typed. */
export interface SettingsForm {
	readonly replicas: number;
	readonly maxSurge: string;
	readonly maxUnavailable: string;
}

/** The form the page starts with: the Deployment defaults for 3 replicas. */
export const DEFAULT_FORM: SettingsForm = { replicas: 3, maxSurge: '25%', maxUnavailable: '25%' };

/** One command and its output, as the command log shows it. */
export interface CommandEntry {
	readonly command: string;
	readonly output: string;
}

/** A Pod as its chip shows it. */
export type PodChip = Pick<PodNode, 'name' | 'suffix' | 'status' | 'ready' | 'terminating'>;

/** A ReplicaSet in a lane: its name, revision, image, desired count and Pods. */
export interface LaneReplicaSet {
	readonly name: string;
	readonly hash: string;
	readonly revision: number;
	readonly image: string;
	readonly desired: number;
	readonly pods: readonly PodChip[];
}

/** One Deployment condition as the stats list prints it: `Available=True, MinimumReplicasAvailable`. */
export interface FrameCondition {
	readonly type: 'Available' | 'Progressing';
	readonly status: string;
	readonly reason: string;
}

/**
 * Everything the parts render from the engine's state, as plain data: computed at build time
 * for the first render (the island's `first` prop) and from the live state afterwards.
 */
export interface RolloutFrame {
	/** Image of the Deployment's Pod template. */
	readonly image: string;
	/** Revision of the new ReplicaSet. */
	readonly revision: number;
	readonly bounds: RolloutView['bounds'];
	readonly counts: RolloutCounts;
	/** Available, then Progressing, where the Deployment has them. */
	readonly conditions: readonly FrameCondition[];
	readonly phase: RolloutView['phase'];
	/** Seconds without progress while a rollout is under way, else null. */
	readonly secondsWithoutProgress: number | null;
	readonly progressDeadlineSeconds: number;
	/** Old ReplicaSets that still have Pods, else the newest old one (now at 0); empty before an update. */
	readonly oldReplicaSets: readonly LaneReplicaSet[];
	readonly newReplicaSet: LaneReplicaSet | null;
	/** Settings last accepted by the API server. */
	readonly applied: SettingsForm;
	/** The last commands and their output. */
	readonly commands: readonly CommandEntry[];
	/** What `kubectl rollout status` prints now. */
	readonly rolloutStatus: string;
	/** What `kubectl rollout history` prints now. */
	readonly history: string;
	/** The per-tick table's rows. */
	readonly log: readonly RolloutCounts[];
	/** Simulated seconds. */
	readonly time: number;
	/** The last sentence for the live region, and its count (so a repeated sentence is read again). */
	readonly announcement: string;
	readonly seq: number;
}

/** Whether the rollout needs no more ticks to show something new: complete, stalled or paused (as sim's isRolloutSettled). */
export function isFrameSettled(frame: RolloutFrame): boolean {
	return frame.phase !== 'progressing';
}

/**
 * Rows of Pod chips a lane reserves under the current bounds, so every Pod the model has is
 * visible without scrolling and the widget's height holds through a rollout: at most
 * replicas + maxSurge live Pods, plus those being replaced in one step (maxUnavailable) that
 * still show while terminating. A lane that ever needs more grows rather than hiding Pods.
 */
export function laneRows(bounds: RolloutView['bounds']): number {
	const slots = bounds.maxTotal + bounds.unavailable;
	return Math.max(2, Math.ceil(slots / LANE_COLUMNS));
}

/** Field errors of the form, as the API server would report them for the manifest (replicas comes from a list of valid counts). */
export function validateForm(form: SettingsForm): FieldError[] {
	return validateRollingUpdateKnobs(parseIntOrPercentInput(form.maxSurge), parseIntOrPercentInput(form.maxUnavailable));
}

/** The bounds' arithmetic for a valid form; undefined while the form has errors. */
export function explainForm(form: SettingsForm, errors: readonly FieldError[]): BoundsExplanation | undefined {
	return errors.length === 0
		? explainRollingBounds(form.replicas, parseIntOrPercentInput(form.maxSurge), parseIntOrPercentInput(form.maxUnavailable))
		: undefined;
}

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
