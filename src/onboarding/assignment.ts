/**
 * Assignment links: a lead assigns sections (and optionally the final exam) with a title
 * and a due note in one short, readable URL, e.g.
 *   /assign/?s=pods,services,deployments&exam=1&t=Backend+week+1&due=Friday
 * Sections are named by their page slug (stable URLs), so a link keeps working when
 * the learning order changes or sections are added; it is always shown in learning
 * order. Pure: no DOM; the page passes in the query string and the known sections.
 */

/** What a link assigns. */
export interface Assignment {
	/** Section slugs, in learning order, without duplicates. */
	readonly sections: readonly string[];
	/** Whether the final exam is part of it. */
	readonly exam: boolean;
	/** Shown as the page heading; '' for none. */
	readonly title: string;
	/** Free text such as "금요일까지" or "2026-12-11"; '' for none. */
	readonly due: string;
}

/** Something in a link that could not be used as written, for a visible note. */
export type AssignmentProblem =
	| { readonly kind: 'no-sections' }
	| { readonly kind: 'unknown-sections'; readonly slugs: readonly string[] }
	| { readonly kind: 'too-long'; readonly field: 't' | 'due'; readonly max: number }
	| { readonly kind: 'bad-exam'; readonly value: string }
	| { readonly kind: 'unknown-parameters'; readonly names: readonly string[] };

/** Longest title and due note kept (a longer one is cut, with a note). */
export const MAX_TITLE = 120;
export const MAX_DUE = 60;

const PARAMS = ['s', 'exam', 't', 'due'] as const;

/**
 * Builds the query string of an assignment (without '?'), in a fixed order, with the
 * sections in the order given (callers pass learning order).
 */
export function encodeAssignment(assignment: Assignment): string {
	const query = new URLSearchParams();
	query.set('s', assignment.sections.join(','));
	if (assignment.exam) query.set('exam', '1');
	if (assignment.title.trim()) query.set('t', assignment.title.trim());
	if (assignment.due.trim()) query.set('due', assignment.due.trim());
	// URLSearchParams writes ',' as %2C; the list reads better with plain commas.
	return query.toString().replace(/%2C/g, ',');
}

/**
 * Reads an assignment from a query string. `known` lists the section slugs in learning
 * order; unknown slugs are dropped and reported, duplicates ignored, text cut to its
 * maximum. Never throws: whatever cannot be used becomes a problem to show.
 */
export function decodeAssignment(search: string, known: readonly string[]): { assignment: Assignment; problems: AssignmentProblem[] } {
	const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
	const problems: AssignmentProblem[] = [];
	const asked = (query.get('s') ?? '')
		.split(',')
		.map((s) =>
			s
				.trim()
				.toLowerCase()
				.replace(/^\/+|\/+$/g, ''),
		)
		.filter(Boolean);
	const wanted = new Set(asked);
	const unknown = [...wanted].filter((slug) => !known.includes(slug));
	if (unknown.length) problems.push({ kind: 'unknown-sections', slugs: unknown });
	const sections = known.filter((slug) => wanted.has(slug));

	const examValue = query.get('exam');
	let exam = false;
	if (examValue !== null) {
		if (['1', 'true', 'yes'].includes(examValue.toLowerCase())) exam = true;
		else if (!['0', 'false', 'no'].includes(examValue.toLowerCase())) problems.push({ kind: 'bad-exam', value: examValue });
	}
	if (sections.length === 0 && !exam) problems.unshift({ kind: 'no-sections' });

	const text = (name: 't' | 'due', max: number) => {
		const value = (query.get(name) ?? '').replace(/\s+/g, ' ').trim();
		if ([...value].length <= max) return value;
		problems.push({ kind: 'too-long', field: name, max });
		return [...value].slice(0, max).join('');
	};
	const title = text('t', MAX_TITLE);
	const due = text('due', MAX_DUE);

	const extra = [...new Set(query.keys())].filter((k) => !(PARAMS as readonly string[]).includes(k));
	if (extra.length) problems.push({ kind: 'unknown-parameters', names: extra });
	return { assignment: { sections, exam, title, due }, problems };
}

/** A section's standing for one learner, from their best quiz score. */
export interface SectionStanding {
	readonly section: string;
	/** 'done' once the quiz was passed; 'tried' when taken but not passed; 'not-started'. */
	readonly state: 'done' | 'tried' | 'not-started';
	readonly percent?: number;
	/** ISO time of the best attempt. */
	readonly at?: string;
}

/** Best score of a section (or 'final-exam') as the progress store knows it. */
export type BestLookup = (section: string) => { readonly percent: number; readonly passed: boolean; readonly at: string } | undefined;

/** The standing of every assigned item (sections, then the exam) and how many are done. */
export function summarizeAssignment(assignment: Assignment, best: BestLookup): { items: SectionStanding[]; done: number; total: number } {
	const ids = [...assignment.sections, ...(assignment.exam ? ['final-exam'] : [])];
	const items = ids.map((section): SectionStanding => {
		const b = best(section);
		if (!b) return { section, state: 'not-started' };
		return { section, state: b.passed ? 'done' : 'tried', percent: b.percent, at: b.at };
	});
	return { items, done: items.filter((i) => i.state === 'done').length, total: items.length };
}
