/**
 * The shape of a section quiz file (content/quizzes/<locale>/<section>.yaml).
 * Pure zod: used by the content collection at build time and by the content tests.
 * The file name is the quiz id and equals the slug of the page the quiz ends.
 */
import { z } from 'astro/zod';

/** Stable kebab-case id: stored progress refers to it, so never reuse one. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)');

/** One answer option of a `single` or `multiple` question. */
export const optionSchema = z.strictObject({
	/** Stable id of the option, unique within its question. */
	id: idSchema,
	/** Option text; inline Markdown (`code`, **bold**). */
	text: z.string().min(1),
	/** Whether choosing this option is right. */
	correct: z.boolean(),
	/** Why this option is right or wrong; shown after checking. */
	explanation: z.string().min(1),
});

/** One step of an `order` question; the file lists steps in the correct order. */
export const orderItemSchema = z.strictObject({
	/** Stable id of the step, unique within its question. */
	id: idSchema,
	/** Step text; inline Markdown. */
	text: z.string().min(1),
	/** Why the step stands at this place in the sequence. */
	explanation: z.string().min(1),
});

const questionBase = {
	/** Stable id, unique within the quiz; also the question's anchor (#q-<id>). */
	id: idSchema,
	/** The question; inline Markdown. */
	prompt: z.string().min(1),
	/** Anchor (heading id, without '#') on the section page that teaches the answer. */
	ref: z.string().min(1),
};

/** Exactly one option is correct (radio buttons). */
export const singleQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('single'),
	/** 2 or more options; exactly one has `correct: true`. */
	options: z.array(optionSchema).min(2),
});

/** Select all that apply: at least one correct and at least one wrong option. */
export const multipleQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('multiple'),
	/** 3 or more options, some correct and some wrong. */
	options: z.array(optionSchema).min(3),
});

/** Put the steps in order; `items` are written in the correct order and shuffled when shown. */
export const orderQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('order'),
	/** 3 or more steps, in the correct order. */
	items: z.array(orderItemSchema).min(3),
});

/** A question of any kind, discriminated by `kind`. */
export const questionSchema = z.discriminatedUnion('kind', [
	singleQuestionSchema,
	multipleQuestionSchema,
	orderQuestionSchema,
]);

/** A whole quiz file, with the cross-field rules the types cannot express. */
export const quizSchema = z
	.strictObject({
		/** Questions in the order the author wants them read without JavaScript. */
		questions: z.array(questionSchema).min(1),
	})
	.superRefine((quiz, ctx) => {
		for (const issue of findQuizRuleViolations(quiz)) {
			ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
		}
	});

export type Option = z.infer<typeof optionSchema>;
export type OrderItem = z.infer<typeof orderItemSchema>;
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
export type MultipleQuestion = z.infer<typeof multipleQuestionSchema>;
export type OrderQuestion = z.infer<typeof orderQuestionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Quiz = { questions: Question[] };

/** A rule broken by a quiz: where (zod-style path) and why, naming the question id. */
export interface RuleViolation {
	path: (string | number)[];
	message: string;
}

/** Lists the rules a structurally valid quiz breaks (empty when it obeys all of them). */
export function findQuizRuleViolations(quiz: Quiz): RuleViolation[] {
	const out: RuleViolation[] = [];
	const seen = new Set<string>();
	quiz.questions.forEach((q, qi) => {
		const at = (...rest: (string | number)[]) => ['questions', qi, ...rest];
		const say = (message: string, ...rest: (string | number)[]) =>
			out.push({ path: at(...rest), message: `question "${q.id}": ${message}` });
		if (seen.has(q.id)) say('duplicate question id', 'id');
		seen.add(q.id);
		const choices = q.kind === 'order' ? q.items : q.options;
		const ids = new Set<string>();
		choices.forEach((c, ci) => {
			if (ids.has(c.id)) say(`duplicate ${q.kind === 'order' ? 'item' : 'option'} id "${c.id}"`, q.kind === 'order' ? 'items' : 'options', ci, 'id');
			ids.add(c.id);
		});
		if (q.kind === 'single') {
			const n = q.options.filter((o) => o.correct).length;
			if (n !== 1) say(`a single-answer question needs exactly one correct option, found ${n}`, 'options');
		}
		if (q.kind === 'multiple') {
			const n = q.options.filter((o) => o.correct).length;
			if (n < 1) say('a multiple-answer question needs at least one correct option', 'options');
			if (n === q.options.length) say('a multiple-answer question needs at least one wrong option', 'options');
		}
	});
	return out;
}
