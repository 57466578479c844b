import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { quizSchema } from './quiz/schema';
import { glossaryEntrySchema } from './glossary/schema';
import { labFileSchema } from './kubectl/lab-schema';

// Content lives at the top level (content/), not in src/content, so Starlight's
// docsLoader() cannot be used; the glob loader reads the same files.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
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
