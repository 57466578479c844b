/**
 * Build-time conversion of a quiz file into the serializable shape the Quiz island
 * receives as props: inline Markdown already rendered to HTML, anchors and links to
 * the teaching headings already resolved.
 */
import { renderInlineMarkdown, stripInlineMarkdown } from './inline-markdown';
import type { Quiz } from './schema';

/** One option or order step as shown: HTML of its text and explanation. */
export interface ChoiceView {
	id: string;
	html: string;
	explanationHtml: string;
}

/** An option of a single/multiple question, with whether it is right. */
export interface OptionView extends ChoiceView {
	correct: boolean;
}

/**
 * An order step, with its plain text for the move buttons' labels and announcements (only
 * steps need it: the island's props carry every view, on every quiz page).
 */
export interface OrderItemView extends ChoiceView {
	text: string;
}

/** The section a question comes from (used by the final exam). */
export interface QuestionGroup {
	id: string;
	title: string;
	href: string;
}

interface QuestionViewBase {
	/** Storage key of the question within its quiz: the question id, or "<section>/<id>" in the exam. */
	key: string;
	/** Question id from the quiz file. */
	id: string;
	/** Element id of the question (linkable: #q-<id>). */
	anchor: string;
	promptHtml: string;
	/** Link to the heading that teaches the answer. */
	refHref: string;
	group?: QuestionGroup;
	/** Exam keys ("<section>/<id>") of near-identical questions never drawn together with this one. */
	notWith?: string[];
}

/** A question as the island and the server render receive it. */
export type QuestionView = QuestionViewBase &
	(
		| { kind: 'single' | 'multiple'; options: OptionView[] }
		| {
				kind: 'order';
				/** Steps in the correct order. */
				items: OrderItemView[];
				/** Item ids in the (shuffled) order an attempt shows them first; set by arrangeQuestion. */
				startOrder?: string[];
		  }
	);

/** How to name and link the questions of one quiz file. */
export interface ViewOptions {
	/** Prefix of question storage keys ("" for a section quiz, "<section>/" in the exam). */
	keyPrefix?: string;
	/** Prefix of question element ids ("q-" for a section quiz). */
	anchorPrefix?: string;
	/** Builds the link to a heading anchor of the teaching page. */
	refHref: (ref: string) => string;
	group?: QuestionGroup;
	/** Site base for root-relative links in quiz text (Astro's BASE_URL). */
	base?: string;
}

function toChoice(c: { id: string; text: string; explanation: string }, base: string): ChoiceView {
	return {
		id: c.id,
		html: renderInlineMarkdown(c.text, { base }),
		explanationHtml: renderInlineMarkdown(c.explanation, { base }),
	};
}

/** Converts a parsed quiz file into question views (authored order, answers included). */
export function buildQuestionViews(quiz: Quiz, options: ViewOptions): QuestionView[] {
	const { keyPrefix = '', anchorPrefix = 'q-', refHref, group, base = '/' } = options;
	return quiz.questions.map((q) => {
		const common: QuestionViewBase = {
			key: keyPrefix + q.id,
			id: q.id,
			anchor: anchorPrefix + q.id,
			promptHtml: renderInlineMarkdown(q.prompt, { base }),
			refHref: refHref(q.ref),
			...(group ? { group } : {}),
			...(q.examNotWith?.length ? { notWith: q.examNotWith.slice() } : {}),
		};
		return q.kind === 'order'
			? { ...common, kind: 'order' as const, items: q.items.map((c) => ({ ...toChoice(c, base), text: stripInlineMarkdown(c.text) })) }
			: { ...common, kind: q.kind, options: q.options.map((o) => ({ ...toChoice(o, base), correct: o.correct })) };
	});
}
