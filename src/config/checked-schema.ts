/**
 * Frontmatter `checked`: which Kubernetes minor version a concept page was checked
 * against, and on what day. Shown under the page title and in result summaries, so a
 * reader knows how current the page is ("v1.37, 2026-12-04") instead of "the latest".
 *
 *   checked:
 *     kubernetes: '1.37'
 *     date: '2026-12-04'
 */
import { z } from 'astro/zod';

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, in quotes')
	.refine((s) => {
		const day = new Date(`${s}T00:00:00Z`);
		return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
	}, 'not a real calendar date');

export const checkedSchema = z
	.object({
		/** Kubernetes minor version, e.g. '1.37' (quoted, so YAML keeps it a string). */
		kubernetes: z.string().regex(/^1\.\d{1,3}$/, "write the minor version as '1.37'"),
		/** The day the page was checked against that version. */
		date: isoDate,
	})
	.strict();

export type Checked = z.infer<typeof checkedSchema>;
