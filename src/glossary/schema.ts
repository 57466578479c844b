/**
 * The shape of content/glossary.yaml: one entry per Kubernetes term the site uses.
 * Pure zod; the content collection and the content tests both use it.
 */
import { z } from 'astro/zod';

/** One glossary term, in both languages, pointing at the page that teaches it. */
export const glossaryEntrySchema = z.strictObject({
	/** Stable kebab-case id; also the term's anchor on the glossary page. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
	/** Official Korean term (kubernetes.io/ko localization), e.g. 파드. */
	ko: z.string().min(1),
	/** English term as kubernetes.io writes it, e.g. Pod. */
	en: z.string().min(1),
	/** Other spellings people type: 노드 포트, nodeport, 마스터 ... (used by search). */
	aliases: z.array(z.string().min(1)).default([]),
	/** One-line definition in each language. */
	definition: z.strictObject({ ko: z.string().min(1), en: z.string().min(1) }),
	/** Slug of the page that teaches the term (no locale prefix), e.g. "services". */
	page: z.string().regex(/^[a-z0-9-]+$/, 'must be a page slug without locale or slashes'),
	/** Heading anchor on that page (Korean page), without '#'; omit to link the page top. */
	anchor: z.string().min(1).optional(),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
