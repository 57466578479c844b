import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { quizSchema } from './quiz/schema';
import { glossaryEntrySchema } from './glossary/schema';
import { checkedSchema } from './config/checked-schema';
import { labFileSchema } from './kubectl/lab-schema';
import { z } from 'astro/zod';

// Content lives at the top level (content/), not in src/content, so Starlight's
// docsLoader() cannot be used; the glob loader reads the same files.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({
			extend: z.object({
				checked: checkedSchema.optional(),
				/**
				 * Weight of the page's text in the search index (Pagefind's 0-10 scale, 1 is
				 * normal): overview pages that mention every term (glossary, summary, exam)
				 * set it below 1 so the page that teaches a term ranks first.
				 */
				searchWeight: z.number().min(0).max(10).optional(),
			}),
		}),
	}),
	/** Section quizzes; id is "<locale>/<section>", e.g. "ko/overview". */
	quizzes: defineCollection({
		loader: glob({ base: './content/quizzes', pattern: '**/*.yaml' }),
		schema: quizSchema,
	}),
	/** kubectl practice labs; id is "<locale>/<section>", e.g. "ko/deployments". */
	labs: defineCollection({
		loader: glob({ base: './content/labs', pattern: '**/*.yaml' }),
		schema: labFileSchema,
	}),
	glossary: defineCollection({
		loader: file('./content/glossary.yaml'),
		schema: glossaryEntrySchema,
	}),
};
