/**
 * Adapts the pure quiz session (src/quiz) to Preact state: answers, checking, scoring,
 * retry, progress storage, focus moves and screen-reader announcements.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/index';
import type { QuizStrings } from '../../i18n/quiz';
import { countChecked, draftKey, parseDraft, restoreSession, toDraft } from '../../quiz/draft';
import { getBestScore, recordAttempt, type BestScore } from '../../quiz/progress';
import { createProgressStore, type ProgressStore } from '../../quiz/progress-store';
import { checkQuestion, chooseOption, isFinished, moveItem, scoreSession, startSession, toAttemptResult, type Session } from '../../quiz/session';
import { hashSeed } from '../../quiz/shuffle';
import type { QuestionView } from '../../quiz/view';

/** What the island is given by the Astro component. */
export interface QuizProps {
	/** "<locale>/<quiz id>": seeds the first draw and names the quiz in the HTML. */
	quizKey: string;
	/** The quiz id progress is stored under, the same in every language. */
	quizId: string;
	/** The language the attempt is recorded in (the page's, or Korean on a fallback page). */
	locale: Locale;
	/** The strings of that language, from the island's entry (ko.tsx or en.tsx). */
	t: QuizStrings;
	/** Every question (the final exam passes all sections' questions). */
	questions: QuestionView[];
	/** Draw this many questions per section on each attempt (final exam only). */
	perGroup?: number;
	/** Accessible name of the quiz region. */
	label: string;
}

/** Which element should get focus after the next render (by element id). */
type FocusTarget = { id: string; fallbackId?: string } | null;

/** Quiz state and actions for the island's parts. */
/** Reads or writes one localStorage key, doing nothing where storage is blocked. */
function draftStorage(key: string) {
	return {
		read(): string | null {
			try {
				return window.localStorage.getItem(key);
			} catch {
				return null;
			}
		},
		write(value: string | null) {
			try {
				if (value === null) window.localStorage.removeItem(key);
				else window.localStorage.setItem(key, value);
			} catch {
				// Blocked or full: the attempt simply is not kept across reloads.
			}
		},
	};
}

/** The checked inputs of the server-rendered HTML (picked before hydration), as name and value. */
function readPickedInputs(root: HTMLElement | null): { name: string; value: string }[] {
	if (!root) return [];
	return Array.from(root.querySelectorAll<HTMLInputElement>('input:checked')).map((input) => ({ name: input.name, value: input.value }));
}

export function useQuiz({ quizKey, quizId, locale, t, questions, perGroup }: QuizProps) {
	// The first attempt's seed comes from the key, so this first render matches the
	// server-rendered HTML exactly.
	const [session, setSession] = useState<Session>(() => startSession(questions, hashSeed(quizKey), perGroup));
	const [hydrated, setHydrated] = useState(false);
	const [persistent, setPersistent] = useState(true);
	const [previousBest, setPreviousBest] = useState<BestScore | undefined>(undefined);
	const [isNewBest, setIsNewBest] = useState(false);
	const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
	const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
	const [needsAnswer, setNeedsAnswer] = useState<string | null>(null);
	const store = useRef<ProgressStore | null>(null);
	const rootRef = useRef<HTMLElement>(null);
	// Only the final exam (a long, drawn attempt) keeps its attempt across reloads.
	const draft = useRef(perGroup === undefined ? null : draftStorage(draftKey(quizKey)));

	useEffect(() => {
		const s = createProgressStore(() => window.localStorage);
		store.current = s;
		setPreviousBest(getBestScore(s.load(), quizId));
		setPersistent(s.persistent);
		// An attempt saved before a reload comes back first; then answers picked in the
		// server HTML before hydration (the inputs work without the island) are kept.
		const saved = draft.current ? parseDraft(draft.current.read()) : undefined;
		const picked = readPickedInputs(rootRef.current);
		setSession((current) => {
			let next = saved ? restoreSession(questions, saved, perGroup) : current;
			for (const { name, value } of picked) {
				const q = next.questions.find((question) => question.anchor === name);
				if (q) next = chooseOption(next, q.key, value, true);
			}
			return next;
		});
		setHydrated(true);
		// Once per quiz: `quizKey` names the quiz, so its questions, id and group size come with it.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [quizKey]);

	// Keep the exam's attempt after every change; a finished attempt needs no draft.
	useEffect(() => {
		if (!hydrated || !draft.current) return;
		draft.current.write(isFinished(session) ? null : JSON.stringify(toDraft(session)));
	}, [session, hydrated]);

	useEffect(() => {
		if (!focusTarget) return;
		const el = document.getElementById(focusTarget.id) as HTMLElement | null;
		const target = el && !(el as HTMLButtonElement).disabled ? el : focusTarget.fallbackId ? document.getElementById(focusTarget.fallbackId) : null;
		target?.focus();
		setFocusTarget(null);
	}, [focusTarget]);

	const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })), []);

	const choose = useCallback((key: string, optionId: string, selected: boolean) => {
		setSession((s) => chooseOption(s, key, optionId, selected));
		setNeedsAnswer((k) => (k === key ? null : k));
	}, []);

	const move = (key: string, from: number, to: number, direction: 'up' | 'down') => {
		const question = session.questions.find((q) => q.key === key);
		const state = session.states[key];
		if (!question || question.kind !== 'order' || state?.answer.kind !== 'order') return;
		const next = moveItem(session, key, from, to);
		if (next === session) return;
		const nextState = next.states[key];
		const order = nextState?.answer.kind === 'order' ? nextState.answer.order : [];
		const itemId = state.answer.order[from] as string;
		const position = order.indexOf(itemId) + 1;
		setSession(next);
		const item = question.items.find((i) => i.id === itemId);
		announce(t.moved(item?.text ?? itemId, position, order.length));
		const other = direction === 'up' ? 'down' : 'up';
		setFocusTarget({ id: `${question.anchor}-${itemId}-${direction}`, fallbackId: `${question.anchor}-${itemId}-${other}` });
	};

	const check = (key: string) => {
		const question = session.questions.find((q) => q.key === key);
		if (!question) return;
		const next = checkQuestion(session, key);
		if (next === session) {
			// Shown next to the button too, not only announced.
			setNeedsAnswer(key);
			announce(t.chooseFirst);
			return;
		}
		setNeedsAnswer(null);
		setSession(next);
		const grade = next.states[key]?.grade;
		let text = grade?.correct ? t.resultCorrect : grade && grade.credit > 0 ? t.resultPartial(Math.floor(grade.credit * 100)) : t.resultWrong;
		if (isFinished(next)) {
			const score = scoreSession(next);
			text += ` ${t.scoreLine(score.percent, score.correct, score.total)} ${score.passed ? t.passed : t.notPassed}`;
			const s = store.current;
			if (s) {
				const recorded = recordAttempt(s.load(), quizId, toAttemptResult(next), new Date(), locale);
				s.save(recorded.progress);
				setIsNewBest(recorded.isNewBest && previousBest !== undefined);
				setPersistent(s.persistent);
			}
		}
		announce(text);
		setFocusTarget({ id: `${question.anchor}-result` });
	};

	const retry = () => {
		const s = store.current;
		if (s) setPreviousBest(getBestScore(s.load(), quizId));
		setIsNewBest(false);
		setNeedsAnswer(null);
		let seed = Math.floor(Math.random() * 2 ** 32);
		if (seed === session.seed) seed = (seed + 1) >>> 0;
		const next = startSession(questions, seed, perGroup);
		setSession(next);
		const first = next.questions[0];
		if (first) setFocusTarget({ id: first.anchor });
	};

	return {
		t,
		session,
		hydrated,
		rootRef,
		needsAnswer,
		checkedCount: countChecked(session),
		persistent,
		previousBest,
		isNewBest,
		announcement: announcement.text + (announcement.n % 2 ? '\u00a0' : ''),
		finished: isFinished(session),
		score: scoreSession(session),
		choose,
		move,
		check,
		retry,
	};
}
