/**
 * Which section quizzes exist for a locale, in learning order, with page titles and
 * paths: the rows of the progress page and the sections of the final exam. Pure: the
 * Astro components pass in the collection ids and page data.
 */

/** The page data the catalog needs from the docs collection. */
export interface PageInfo {
	/** Collection id: "pods" (Korean) or "en/pods". */
	id: string;
	title: string;
	/** Sidebar order; pages without one sort last. */
	order: number | undefined;
}

/** One section that has a quiz, as seen from one locale. */
export interface QuizSection {
	/** Section id = quiz file name = page slug, e.g. "pods". */
	section: string;
	/** Locale of the quiz file used: the page's locale, or "ko" where no translation exists yet. */
	quizLocale: 'ko' | 'en';
	/** Progress key, "<quizLocale>/<section>" (a fallback page takes the Korean quiz). */
	quizKey: string;
	title: string;
	/** Path of the page without base or slashes: "pods" or "en/pods". */
	path: string;
}

/**
 * Lists the sections with a Korean quiz (ko is the complete edition) whose page exists,
 * sorted by sidebar order. For English, the English quiz and title are used where they
 * exist and the Korean ones otherwise, matching Starlight's fallback pages.
 */
export function listQuizSections(locale: 'ko' | 'en', quizIds: readonly string[], pages: readonly PageInfo[]): QuizSection[] {
	const quizzes = new Set(quizIds);
	const pageById = new Map(pages.map((p) => [p.id, p]));
	const prefix = locale === 'ko' ? '' : `${locale}/`;
	return quizIds
		.filter((id) => id.startsWith('ko/'))
		.map((id) => id.slice(3))
		.filter((section) => pageById.has(section))
		.map((section) => {
			const quizLocale: QuizSection['quizLocale'] = locale !== 'ko' && quizzes.has(`${locale}/${section}`) ? locale : 'ko';
			const page = pageById.get(prefix + section) ?? pageById.get(section);
			return {
				section,
				quizLocale,
				quizKey: `${quizLocale}/${section}`,
				title: page?.title ?? section,
				path: prefix + section,
				order: page?.order ?? Number.POSITIVE_INFINITY,
			};
		})
		.sort((a, b) => a.order - b.order || a.section.localeCompare(b.section))
		.map(({ order: _order, ...row }) => row);
}

/** A lab file as the catalog needs it: collection id ("ko/pods") and its task ids. */
export interface LabInfo {
	id: string;
	taskIds: readonly string[];
}

/**
 * The task ids of a section's kubectl lab as a page of `locale` shows it: the page
 * language's file, or the Korean one where no translation exists (a fallback page shows
 * the Korean lab); undefined when the section has no lab.
 */
export function findLabTasks(locale: 'ko' | 'en', section: string, labs: readonly LabInfo[]): string[] | undefined {
	const lab = labs.find((l) => l.id === `${locale}/${section}`) ?? labs.find((l) => l.id === `ko/${section}`);
	return lab ? [...lab.taskIds] : undefined;
}
