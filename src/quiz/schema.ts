/**
 * The shape of a section quiz file (content/quizzes/<locale>/<section>.yaml).
 * Pure zod: used by the content collection at build time and by the content tests.
 * The file name is the quiz id and equals the slug of the page the quiz ends.
 */
import { z } from 'astro/zod';

/** Stable kebab-case id: stored progress refers to it, so never reuse one. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)');

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
	/**
	 * Questions of other sections ("<section>/<question id>") that ask nearly the same
	 * thing: the final exam never draws this one together with any of them.
	 */
	examNotWith: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<section>/<question id>"')).optional(),
};

/** Exactly one option is correct (radio buttons). */
export const singleQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('single'),
	/** 2 or more options; exactly one has `correct: true` (checked by findQuizRuleViolations). */
	options: z.array(optionSchema),
});

/** Select all that apply: at least one correct and at least one wrong option. */
export const multipleQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('multiple'),
	/** Some correct and some wrong options (checked by findQuizRuleViolations). */
	options: z.array(optionSchema),
});

/** Put the steps in order; `items` are written in the correct order and shuffled when shown. */
export const orderQuestionSchema = z.strictObject({
	...questionBase,
	kind: z.literal('order'),
	/** 3 or more steps, in the correct order (count checked by findQuizRuleViolations). */
	items: z.array(orderItemSchema),
});

/** A question of any kind, discriminated by `kind`. */
export const questionSchema = z.discriminatedUnion('kind', [singleQuestionSchema, multipleQuestionSchema, orderQuestionSchema]);

/** The structure of a quiz file, without the cross-field rules (see quizSchema). */
export const quizFileSchema = z.strictObject({
	/** Questions in the order the author wants them read without JavaScript. */
	questions: z.array(questionSchema).min(1),
});

/** The id of the question at `index` in unvalidated data, if it has a string id. */
function readQuestionId(data: unknown, index: number): string | undefined {
	const questions = typeof data === 'object' && data !== null ? (data as { questions?: unknown }).questions : undefined;
	const q = Array.isArray(questions) ? (questions[index] as unknown) : undefined;
	const id = typeof q === 'object' && q !== null ? (q as { id?: unknown }).id : undefined;
	return typeof id === 'string' ? id : undefined;
}

/** Rewrites a structural issue so it names the question ("question \"x\": options.1.text: ..."). */
function describeIssue(data: unknown, path: readonly PropertyKey[], message: string): string {
	const [head, index, ...rest] = path;
	const field = rest.map(String).join('.');
	if (head === 'questions' && typeof index === 'number') {
		const id = readQuestionId(data, index);
		const who = id === undefined ? `question #${index + 1} (no id)` : `question "${id}"`;
		return `${who}: ${field ? `${field}: ` : ''}${message}`;
	}
	return `${path.map(String).join('.') || 'file'}: ${message}`;
}

/**
 * A whole quiz file: structure plus the cross-field rules the types cannot express.
 * Every message names the question id, so a failed build says file (Astro adds it),
 * question and reason. Built as a transform over unknown input so structural errors can
 * be reworded with the question id too; the JSON schema of the structure is attached
 * as metadata so editors still get completion for the YAML.
 */
export const quizSchema = z
	.unknown()
	.transform((data, ctx): Quiz => {
		const parsed = quizFileSchema.safeParse(data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				ctx.addIssue({ code: 'custom', path: issue.path, message: describeIssue(data, issue.path, issue.message) });
			}
			return z.NEVER;
		}
		for (const violation of findQuizRuleViolations(parsed.data)) {
			ctx.addIssue({ code: 'custom', path: violation.path, message: violation.message });
		}
		return parsed.data;
	})
	.meta(z.toJSONSchema(quizFileSchema, { io: 'input' }) as Record<string, unknown>);

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
		const say = (message: string, ...rest: (string | number)[]) => out.push({ path: at(...rest), message: `question "${q.id}": ${message}` });
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
			if (q.options.length < 2) say(`a single-answer question needs at least 2 options, found ${q.options.length}`, 'options');
			if (n !== 1) say(`a single-answer question needs exactly one correct option, found ${n}`, 'options');
		}
		if (q.kind === 'multiple') {
			const n = q.options.filter((o) => o.correct).length;
			if (n < 1) say('a multiple-answer question needs at least one correct option', 'options');
			if (n === q.options.length) say('a multiple-answer question needs at least one wrong option', 'options');
		}
		if (q.kind === 'order' && q.items.length < 3) {
			say(`an order question needs at least 3 items, found ${q.items.length}`, 'items');
		}
	});
	return out;
}

/** Lists questions whose `ref` is not among the heading ids of the page the quiz ends. */
export function findMissingRefs(quiz: Quiz, headingIds: Iterable<string>): RuleViolation[] {
	const ids = new Set(headingIds);
	const out: RuleViolation[] = [];
	quiz.questions.forEach((q, qi) => {
		if (!ids.has(q.ref)) {
			out.push({
				path: ['questions', qi, 'ref'],
				message: `question "${q.id}": ref "${q.ref}" is not a heading anchor on the page (known: ${[...ids].join(', ') || 'none'})`,
			});
		}
	});
	return out;
}

/**
 * Lists `examNotWith` entries that name no existing question, given every quiz of one
 * locale by section id (a typo would silently allow the pair again).
 */
export function findUnknownExamExclusions(quizzes: ReadonlyMap<string, Quiz>): string[] {
	const out: string[] = [];
	for (const [section, quiz] of quizzes) {
		for (const q of quiz.questions) {
			for (const ref of q.examNotWith ?? []) {
				const [other, id] = ref.split('/') as [string, string];
				if (!quizzes.get(other)?.questions.some((x) => x.id === id)) out.push(`${section}: question "${q.id}": examNotWith "${ref}" names no question`);
			}
		}
	}
	return out;
}

/** One problem per line, each starting with the file, e.g. for a build error message. */
export function formatQuizProblems(file: string, problems: readonly { message: string }[]): string {
	return problems.map((p) => `${file}: ${p.message}`).join('\n');
}
