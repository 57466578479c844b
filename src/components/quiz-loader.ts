/**
 * Makes a server-rendered quiz interactive when it comes into view (as Astro's
 * client:visible would): loads the quiz script of the page's language and the questions
 * from /quiz-data/<locale>/<id>.json, checks that they are the questions this page was
 * built with, and hydrates. The page's HTML carries each question once (the no-JavaScript
 * quiz) instead of again as island props: the final exam's page was 78 KB gzip, 51 of them
 * props. On failure the quiz stays readable (answers in each question's <details>), the
 * page says so above it, and a button loads again.
 *
 * The host: <div class="quiz-host" data-quiz-host data-src data-version data-props
 * data-load-failed data-retry> around the quiz's <section>. `data-state` is set to
 * loading, ready or failed.
 */

import type { QuizProps } from '../widgets/Quiz/use-quiz';
import { createLoadNote } from './load-note';

/** What the host's data-props holds: the quiz's props but its questions and strings. */
type HostProps = Omit<QuizProps, 't' | 'questions'>;

type Hydrate = typeof import('../widgets/Quiz/ko').hydrateQuiz;

const entries: Record<HostProps['locale'], () => Promise<{ hydrateQuiz: Hydrate }>> = {
	ko: () => import('../widgets/Quiz/ko'),
	en: () => import('../widgets/Quiz/en'),
};

async function fetchQuestions(host: HTMLElement, retry: boolean): Promise<QuizProps['questions']> {
	const response = await fetch(host.dataset.src ?? '', { cache: retry ? 'reload' : 'default' });
	if (!response.ok) throw new Error(`${host.dataset.src}: HTTP ${response.status}`);
	const data = (await response.json()) as { version?: unknown; questions?: unknown };
	// Questions from another build would not match the server HTML they hydrate.
	if (data.version !== host.dataset.version || !Array.isArray(data.questions)) throw new Error(`${host.dataset.src}: not the questions of this page`);
	return data.questions as QuizProps['questions'];
}

function showFailure(host: HTMLElement) {
	host.dataset.state = 'failed';
	if (host.previousElementSibling?.classList.contains('quiz-load-failed')) return;
	host.before(
		createLoadNote('quiz-load-failed', host.dataset.loadFailed ?? '', host.dataset.retry ?? '', () => {
			void load(host, true);
		}),
	);
}

async function load(host: HTMLElement, retry = false) {
	if (host.dataset.state === 'loading' || host.dataset.state === 'ready') return;
	host.dataset.state = 'loading';
	try {
		const props = JSON.parse(host.dataset.props ?? '') as HostProps;
		const [entry, questions] = await Promise.all([entries[props.locale](), fetchQuestions(host, retry)]);
		entry.hydrateQuiz(host, { ...props, questions });
		host.dataset.state = 'ready';
		const note = host.previousElementSibling;
		if (note?.classList.contains('quiz-load-failed')) {
			// The retry button is going away: keep the reader's place by focusing the first question.
			const hadFocus = note.contains(document.activeElement);
			note.remove();
			if (hadFocus) host.querySelector<HTMLElement>('.quiz-question')?.focus();
		}
	} catch (error) {
		console.warn('quiz: could not load', error);
		showFailure(host);
	}
}

for (const host of document.querySelectorAll<HTMLElement>('[data-quiz-host]')) {
	const quiz = host.firstElementChild;
	if (!quiz) continue;
	const observer = new IntersectionObserver((seen) => {
		if (!seen.some((entry) => entry.isIntersecting)) return;
		observer.disconnect();
		void load(host);
	});
	observer.observe(quiz);
}
