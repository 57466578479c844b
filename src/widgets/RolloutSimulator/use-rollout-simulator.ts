/**
 * UI state of the rollout simulator: the settings form as typed, the chosen image, the
 * play loop and the log box's scroll. Every action goes to the model's reducer (model.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RolloutSimulatorStrings } from '../../i18n/rollout-simulator';
import {
	explainRollingBounds,
	formatFieldError,
	formatRolloutHistory,
	getRolloutStatus,
	isRolloutSettled,
	parseIntOrPercentInput,
	type BoundsExplanation,
} from '../../sim/index';
import { useUrlState } from '../shared/use-url-state';
import {
	DEFAULT_FORM,
	DEPLOYMENT,
	NEXT_IMAGE,
	URL_PREFIX,
	createInitialState as createState,
	mustView,
	readUrlState,
	reduceRollout,
	validateForm,
	writeUrlState,
	type RolloutAction,
	type SettingsForm,
	type SimState,
} from './model';

export { BAD_IMAGE, DEPLOYMENT, IMAGES, KNOB_SUGGESTIONS, REPLICA_CHOICES, type SettingsForm } from './model';

/** Real time between ticks while playing. */
const PLAY_INTERVAL_MS = 600;

/** State and actions of the RolloutSimulator island. */
export function useRolloutSimulator(t: RolloutSimulatorStrings) {
	const [sim, setSim] = useState<SimState>(() => createState(t));
	const [form, setForm] = useState<SettingsForm>(DEFAULT_FORM);
	const [image, setImage] = useState<string>(NEXT_IMAGE);
	const [playing, setPlaying] = useState(false);
	const [hydrated, setHydrated] = useState(false);
	const logRef = useRef<HTMLDivElement>(null);

	// A link's settings (page URL) replace the first frame's once the island runs; read before
	// `hydrated` is set, so both land in one render.
	const urlNotes = useUrlState(
		URL_PREFIX,
		readUrlState,
		(state) => {
			if (state.form) {
				setForm(state.form);
				setSim(createState(t, state.form));
			}
			if (state.image) setImage(state.image);
		},
		writeUrlState(sim.applied, image),
	);
	useEffect(() => setHydrated(true), []);

	const view = useMemo(() => mustView(sim.cluster), [sim.cluster]);
	const formErrors = useMemo(() => validateForm(form), [form]);
	const explanation: BoundsExplanation | undefined = useMemo(
		() =>
			formErrors.length === 0
				? explainRollingBounds(form.replicas, parseIntOrPercentInput(form.maxSurge), parseIntOrPercentInput(form.maxUnavailable))
				: undefined,
		[form, formErrors],
	);
	const history = useMemo(() => formatRolloutHistory(sim.cluster, DEPLOYMENT), [sim.cluster]);
	const rolloutStatus = useMemo(() => getRolloutStatus(sim.cluster, DEPLOYMENT).message, [sim.cluster]);
	const dirty = form.replicas !== sim.applied.replicas || form.maxSurge !== sim.applied.maxSurge || form.maxUnavailable !== sim.applied.maxUnavailable;

	const dispatch = (action: RolloutAction) => setSim((s) => reduceRollout(t, s, action));
	const tick = () => dispatch({ type: 'tick' });

	// The play loop: one tick per interval until the rollout settles (complete, stalled).
	useEffect(() => {
		if (!playing) return;
		if (isRolloutSettled(view)) {
			setPlaying(false);
			return;
		}
		const timer = window.setTimeout(tick, PLAY_INTERVAL_MS);
		return () => window.clearTimeout(timer);
		// `view` derives from sim.cluster and `tick` dispatches a functional update, so these two
		// dependencies cover them; `tick` is a new function each render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [playing, sim.cluster]);

	// Keep the newest row of the per-tick table in sight (scrolls inside its own box).
	useEffect(() => {
		const box = logRef.current;
		if (box) box.scrollTop = box.scrollHeight;
	}, [sim.log]);

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
		if (isRolloutSettled(view)) tick();
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
		view,
		form,
		formErrors: formErrors.map((e) => ({ field: e.field, text: formatFieldError(e) })),
		explanation,
		dirty,
		applied: sim.applied,
		image,
		playing,
		hydrated,
		urlNotes,
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
