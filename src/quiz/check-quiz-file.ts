/**
 * Checks one quiz file the way the build does (YAML, structure, rules) plus its refs
 * against the heading ids of its page, returning one "file: question: reason" line per
 * problem. Used by the content tests; the build reports the same messages through Astro.
 */
import { parse } from 'yaml';
import { findMissingRefs, formatQuizProblems, quizSchema, type Quiz } from './schema';

/** The outcome of checking a file: the quiz when it is valid, and every problem found. */
export interface QuizFileCheck {
	quiz: Quiz | null;
	problems: string[];
}

/** Parses and checks a quiz file's text; `headingIds` (when given) are the valid refs. */
export function checkQuizFile(file: string, text: string, headingIds?: Iterable<string>): QuizFileCheck {
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		return { quiz: null, problems: [`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
	}
	const result = quizSchema.safeParse(data);
	if (!result.success) return { quiz: null, problems: formatQuizProblems(file, result.error.issues).split('\n') };
	const missing = headingIds ? findMissingRefs(result.data, headingIds) : [];
	return { quiz: result.data, problems: missing.length ? formatQuizProblems(file, missing).split('\n') : [] };
}
