/**
 * UI state of the rollout simulator: the settings form as typed, the chosen image, the
 * play loop and the log box's scroll. The engine (model.ts with the sim reducer) loads when
 * the learner first reaches for the widget (shared/use-engine.ts); until then the parts
 * render the build-time first frame. Every action goes to the model's reducer.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RolloutSimulatorStrings } from '../../i18n/rollout-simulator';
import { formatFieldError } from '../../sim/index';
import { createEngineLoader } from '../shared/engine';
import { useEngine } from '../shared/use-engine';
import { useUrlState } from '../shared/use-url-state';
import {
	DEFAULT_FORM,
	NEXT_IMAGE,
	URL_PREFIX,
	explainForm,
	isFrameSettled,
	readUrlState,
	validateForm,
	writeUrlState,
	type RolloutFrame,
	type SettingsForm,
} from './frame';
import type * as Model from './model';
import type { RolloutAction } from './model';

export { BAD_IMAGE, DEPLOYMENT, IMAGES, KNOB_SUGGESTIONS, REPLICA_CHOICES, type SettingsForm } from './frame';

/** User Timing name of the engine's download and evaluation (read by the end-to-end tests). */
export const ENGINE_MEASURE = 'rollout-simulator:engine';

const engine = createEngineLoader<typeof Model>(ENGINE_MEASURE, () => import('./model'));

/** Real time between ticks while playing. */
const PLAY_INTERVAL_MS = 600;

/** State and actions of the RolloutSimulator island; `first` is the build-time frame (model.ts `firstFrame`). */
export function useRolloutSimulator(t: RolloutSimulatorStrings, first: RolloutFrame) {
	// The settings a link asked for: the live state starts from them (also when the engine
	// arrives only on a later try), and the URL keeps them until it does.
	const linkRef = useRef<SettingsForm | null>(null);
	const [linked, setLinked] = useState<SettingsForm | null>(null);
	const { live, engine: m, failure, prepare, update } = useEngine(engine, (m) => m.createInitialState(t, linkRef.current ?? DEFAULT_FORM));
	const [form, setForm] = useState<SettingsForm>(DEFAULT_FORM);
	const [image, setImage] = useState<string>(NEXT_IMAGE);
	const [playing, setPlaying] = useState(false);
	const [hydrated, setHydrated] = useState(false);
	const logRef = useRef<HTMLDivElement>(null);

	const frame = useMemo(() => (live && m ? m.frameOf(live) : first), [live, m, first]);

	// A link's settings (page URL) replace the first frame's once the island runs; read before
	// `hydrated` is set. Settings the page was not built with need the engine, so a deep link
	// loads it at once.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(state) => {
			if (state.form) {
				linkRef.current = state.form;
				setLinked(state.form);
				setForm(state.form);
				prepare();
			}
			if (state.image) setImage(state.image);
		},
		writeUrlState(live === null && linked ? linked : frame.applied, image),
	);
	useEffect(() => setHydrated(true), []);

	const formErrors = useMemo(() => validateForm(form), [form]);
	const explanation = useMemo(() => explainForm(form, formErrors), [form, formErrors]);
	const dirty = form.replicas !== frame.applied.replicas || form.maxSurge !== frame.applied.maxSurge || form.maxUnavailable !== frame.applied.maxUnavailable;

	const dispatch = (action: RolloutAction) => update((m, s) => m.reduceRollout(t, s, action));
	const tick = () => dispatch({ type: 'tick' });

	// The play loop: one tick per interval until the rollout settles (complete, stalled). It
	// runs only on a live state: the first frame is settled, so play from there is one tick.
	useEffect(() => {
		if (!playing) return;
		if (isFrameSettled(frame)) {
			setPlaying(false);
			return;
		}
		const timer = window.setTimeout(tick, PLAY_INTERVAL_MS);
		return () => window.clearTimeout(timer);
		// `frame` derives from the live state and `tick` dispatches a functional update, so these
		// two dependencies cover them; `tick` is a new function each render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [playing, frame]);

	// Keep the newest row of the per-tick table in sight (scrolls inside its own box).
	useEffect(() => {
		const box = logRef.current;
		if (box) box.scrollTop = box.scrollHeight;
	}, [frame.log]);

	const applySettings = () => dispatch({ type: 'apply', form });
	const changeImage = () => dispatch({ type: 'setImage', image });
	const undo = () => dispatch({ type: 'undo' });
	const fastForward = () => {
		setPlaying(false);
		dispatch({ type: 'fastForward' });
	};

	const togglePlay = () => {
		if (playing) {
			setPlaying(false);
			return;
		}
		// Starting on a settled rollout still shows one tick, so the button never does nothing.
		if (isFrameSettled(frame)) tick();
		else setPlaying(true);
	};

	const reset = () => {
		setPlaying(false);
		setForm(DEFAULT_FORM);
		setImage(NEXT_IMAGE);
		dispatch({ type: 'reset' });
	};

	return {
		t,
		frame,
		/** Whether the engine's state is live (false while the build-time first frame shows). */
		live: live !== null,
		failure,
		prepare,
		form,
		formErrors: formErrors.map((e) => ({ field: e.field, text: formatFieldError(e) })),
		explanation,
		dirty,
		applied: frame.applied,
		image,
		playing,
		hydrated,
		urlNotes,
		commands: frame.commands,
		rolloutStatus: frame.rolloutStatus,
		history: frame.history,
		log: frame.log,
		logRef,
		time: frame.time,
		// A trailing no-break space alternates so a repeated sentence is still announced.
		announcement: frame.announcement + (frame.seq % 2 ? '\u00a0' : ''),
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
