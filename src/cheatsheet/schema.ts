/**
 * The shape of content/cheatsheet.yaml: the printable one-page kubectl and glossary
 * sheet. Commands are grouped by what the reader wants to do; terms are glossary ids, so
 * the sheet's definitions are the glossary's. Pure zod; the content collection and the
 * content tests both use it.
 */
import { z } from 'astro/zod';

const bilingual = z.strictObject({ ko: z.string().min(1), en: z.string().min(1) });

/** One command line and what it does. */
export const cheatCommandSchema = z.strictObject({
	/** The command exactly as typed on a real cluster (starts with kubectl). */
	command: z.string().regex(/^kubectl \S/, 'must be a kubectl command'),
	/** What it does, in each language (short: one line on A4). */
	does: bilingual,
});

export const cheatSheetSchema = z.strictObject({
	/** Command groups in reading order ("see what is there", "change it", ...). */
	groups: z.array(z.strictObject({ title: bilingual, commands: z.array(cheatCommandSchema).min(1) })).min(1),
	/** Glossary ids of the terms printed on the sheet, in order. */
	terms: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).min(1),
});

export type CheatSheet = z.infer<typeof cheatSheetSchema>;
