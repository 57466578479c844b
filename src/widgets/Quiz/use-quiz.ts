/**
 * Adapts the pure quiz session (src/quiz) to Preact state: answers, checking, scoring,
 * retry, progress storage, focus moves and screen-reader announcements.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { strings } from '../../i18n/quiz';
import type { Locale } from '../../i18n/index';
import { getBestScore, recordAttempt, type BestScore } from '../../quiz/progress';
import { createProgressStore, type ProgressStore } from '../../quiz/progress-store';
import {
	checkQuestion,
	chooseOption,
	isFinished,
	moveItem,
	scoreSession,
	startSession,
	toAttemptResult,
	type Session,
} from '../../quiz/session';
import { hashSeed } from '../../quiz/shuffle';
import type { QuestionView } from '../../quiz/view';

/** What the island is given by the Astro component. */
export interface QuizProps {
	/** Storage key "<locale>/<quiz id>". */
	quizKey: string;
	locale: Locale;
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
export function useQuiz({ quizKey, locale, questions, perGroup }: QuizProps) {
	const t = strings[locale];
	// The first attempt's seed comes from the key, so this first render matches the
	// server-rendered HTML exactly.
	const [session, setSession] = useState<Session>(() => startSession(questions, hashSeed(quizKey), perGroup));
	const [hydrated, setHydrated] = useState(false);
	const [persistent, setPersistent] = useState(true);
	const [previousBest, setPreviousBest] = useState<BestScore | undefined>(undefined);
	const [isNewBest, setIsNewBest] = useState(false);
	const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
	const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
	const store = useRef<ProgressStore | null>(null);

	useEffect(() => {
		const s = createProgressStore(() => window.localStorage);
		store.current = s;
		setPreviousBest(getBestScore(s.load(), quizKey));
		setPersistent(s.persistent);
		setHydrated(true);
	}, [quizKey]);

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
			announce(t.chooseFirst);
			return;
		}
		setSession(next);
		const grade = next.states[key]?.grade;
		let text = grade?.correct ? t.resultCorrect : grade && grade.credit > 0 ? t.resultPartial(Math.floor(grade.credit * 100)) : t.resultWrong;
		if (isFinished(next)) {
			const score = scoreSession(next);
			text += ` ${t.scoreLine(score.percent, score.correct, score.total)} ${score.passed ? t.passed : t.notPassed}`;
			const s = store.current;
			if (s) {
				const recorded = recordAttempt(s.load(), quizKey, toAttemptResult(next), new Date());
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
		if (s) setPreviousBest(getBestScore(s.load(), quizKey));
		setIsNewBest(false);
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
