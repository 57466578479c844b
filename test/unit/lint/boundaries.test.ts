/**
 * The import boundaries of shared/DESIGN.md are ESLint rules (eslint.config.js). These tests
 * lint small snippets as if they were files of each folder, so a rule that stops firing (a
 * renamed folder, a glob typo, a plugin that changes its config shape) fails here instead of
 * letting the boundary go unchecked while `npm run lint` stays green.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_WIDGETS, PURE_FOLDERS } from '../../../eslint.config.js';

let eslint: ESLint;

beforeAll(async () => {
	eslint = new ESLint({ cwd: process.cwd() });
	// Load the config and parsers once, outside the tests' 5 s budget (slow on a busy machine).
	await eslint.lintText('export {};\n', { filePath: 'src/sim/warm-up.ts' });
}, 60_000);

/** Lints `code` as the file at `filePath` and returns "rule: message" lines. */
async function lintAs(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('pure folders import no Preact, Astro, Node or DOM', () => {
	it('covers the folders DESIGN.md and their READMEs call pure, and the schema folders they import', () => {
		expect(PURE_FOLDERS).toEqual(['src/sim', 'src/quiz', 'src/search', 'src/i18n', 'src/kubectl', 'src/onboarding', 'src/glossary', 'src/cheatsheet']);
	});

	for (const dir of PURE_FOLDERS) {
		it(`${dir}: preact, preact/hooks, astro:content, @astrojs/*, node:fs and widgets are errors`, async () => {
			const messages = await lintAs(
				`${dir}/boundary-probe.ts`,
				[
					"import { h } from 'preact';",
					"import { useState } from 'preact/hooks';",
					"import { getCollection } from 'astro:content';",
					"import starlight from '@astrojs/starlight';",
					"import { readFileSync } from 'node:fs';",
					"import Quiz from '../widgets/Quiz/index';",
					'export const all = [h, useState, getCollection, starlight, readFileSync, Quiz];',
					'',
				].join('\n'),
			);
			const restricted = messages.filter((m) => m.startsWith('no-restricted-imports:'));
			expect(restricted, messages.join('\n')).toHaveLength(6);
		});

		it(`${dir}: window, document and localStorage are undefined`, async () => {
			const messages = await lintAs(`${dir}/boundary-probe.ts`, 'export const all = [window.innerWidth, document.title, localStorage.getItem("k")];\n');
			expect(messages).toEqual([
				"no-undef: 'window' is not defined.",
				"no-undef: 'document' is not defined.",
				"no-undef: 'localStorage' is not defined.",
			]);
		});
	}

	it('astro/zod (build-time schemas) and the shared encoding helpers stay allowed', async () => {
		const messages = await lintAs(
			'src/quiz/boundary-probe.ts',
			"import { z } from 'astro/zod';\nexport const schema = z.string();\nexport const encoded = btoa(new TextDecoder().decode(new TextEncoder().encode(new URLSearchParams('a=1').toString())));\n",
		);
		expect(messages).toEqual([]);
	});

	it('the rest of astro is not: `astro` and astro/* other than zod are errors', async () => {
		const messages = await lintAs(
			'src/sim/boundary-probe.ts',
			"import type { AstroGlobal } from 'astro';\nimport { defineConfig } from 'astro/config';\nexport type A = AstroGlobal;\nexport const c = defineConfig;\n",
		);
		expect(messages.filter((m) => m.startsWith('no-restricted-imports:'))).toHaveLength(2);
	});
});

describe('widgets use each other only through an entry or shared/', () => {
	it("another widget's internals are errors, from a sibling or through ../../widgets", async () => {
		const messages = await lintAs(
			'src/widgets/Quiz/boundary-probe.tsx',
			"import { useKubectlLab } from '../KubectlLab/use-kubectl-lab';\nimport { Terminal } from '../../widgets/KubectlLab/terminal';\nexport const all = [useKubectlLab, Terminal];\n",
		);
		expect(messages.filter((m) => m.startsWith('no-restricted-imports:'))).toHaveLength(2);
	});

	it('an entry, shared/, the pure folders, stylesheets and browser globals are fine', async () => {
		const messages = await lintAs(
			'src/widgets/Assignment/boundary-probe.tsx',
			[
				"import '../Quiz/quiz.css';",
				"import ResultShare from '../ResultShare/index';",
				"import { fill } from '../shared/fill';",
				"import { step } from '../../sim/index';",
				"import type { QuizStrings } from '../../i18n/quiz';",
				"import { locales } from '../../i18n/index';",
				'export const all = [ResultShare, fill, step, locales, window.location.search, localStorage];',
				'export type T = QuizStrings;',
				'',
			].join('\n'),
		);
		expect(messages).toEqual([]);
	});
});

describe('only an island entry (ko.tsx, en.tsx) imports string tables at run time (issue #13 item 6)', () => {
	const probe = [
		"import { strings } from '../../i18n/quiz';",
		"import { ko } from '../../i18n/quiz.ko';",
		"import { en as widgetEn } from '../../i18n/widget.en';",
		"import type { QuizStrings } from '../../i18n/quiz';",
		"import { type ResultStrings } from '../../i18n/result';",
		"import { toLocale } from '../../i18n/index';",
		'export const all = [strings, ko, widgetEn, toLocale];',
		'export type T = QuizStrings | ResultStrings;',
		'',
	].join('\n');
	/** The lines (1-based) the string-table rule reports when `probe` is the file at `filePath`. */
	const tableImportLines = async (filePath: string): Promise<number[]> => {
		const [result] = await eslint.lintText(probe, { filePath });
		return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.line);
	};

	it('a hook, part or index importing a table (either language, or both) is an error; types and i18n/index are fine', async () => {
		expect(await tableImportLines('src/widgets/Quiz/use-quiz.ts')).toEqual([1, 2, 3]);
		expect(await tableImportLines('src/widgets/shared/UrlNotes.tsx')).toEqual([1, 2, 3]);
		expect(await tableImportLines('src/widgets/Quiz/index.tsx')).toEqual([1, 2, 3]);
	});

	it("the entries import their language's table", async () => {
		expect(await tableImportLines('src/widgets/Quiz/ko.tsx')).toEqual([]);
		expect(await tableImportLines('src/widgets/Quiz/en.tsx')).toEqual([]);
	});
});

describe('a widget that loads its engine on reach imports model.ts only as types (src/widgets/README.md)', () => {
	const probe = [
		"import { reduceRollout } from './model';",
		"import type { SimState } from './model';",
		"import { type RolloutAction } from './model.ts';",
		"import { DEFAULT_FORM } from './frame';",
		"const engine = () => import('./model');",
		'export const all = [reduceRollout, DEFAULT_FORM, engine];',
		'export type T = SimState | RolloutAction;',
		'',
	].join('\n');
	const modelImportLines = async (filePath: string): Promise<number[]> => {
		const [result] = await eslint.lintText(probe, { filePath });
		return result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.line);
	};

	it('a hook, part, index or entry of such a widget importing model.ts at run time is an error; types, frame.ts and import() are fine', async () => {
		expect(ENGINE_WIDGETS.length).toBeGreaterThan(0);
		for (const name of ENGINE_WIDGETS) {
			expect(await modelImportLines(`src/widgets/${name}/use-probe.ts`), name).toEqual([1]);
			expect(await modelImportLines(`src/widgets/${name}/index.tsx`), name).toEqual([1]);
			expect(await modelImportLines(`src/widgets/${name}/ko.tsx`), name).toEqual([1]);
		}
	});

	it('model.ts itself, and widgets whose model is not an engine, are not checked; the table rule still holds there', async () => {
		expect(await modelImportLines('src/widgets/RolloutSimulator/model.ts')).toEqual([]);
		expect(await modelImportLines('src/widgets/AccessCheck/use-access-check.ts')).toEqual([]);
		expect(await lintAs('src/widgets/RolloutSimulator/use-probe.ts', "import { ko } from '../../i18n/quiz.ko';\nexport const k = ko;\n")).toEqual([
			expect.stringContaining("@typescript-eslint/no-restricted-imports: '../../i18n/quiz.ko' import is restricted"),
		]);
	});
});

describe('src/sim layers import downwards only: core <- policy <- views', () => {
	/** One import of each layer, the same layer through a longer path, and the public index. */
	const probe = [
		"import { step } from '../core/step.ts';",
		"import { checkAccess } from '../policy/rbac.ts';",
		"import type { Table } from '../views/kubectl.ts';",
		"import { formatYamlText } from '../../sim/views/yaml-text.ts';",
		"import { createCluster } from '../index.ts';",
		'export const all = [step, checkAccess, formatYamlText, createCluster];',
		'export type T = Table;',
		'',
	].join('\n');

	/** The import lines (1-based) each layer's probe reports as no-restricted-imports errors. */
	const restrictedLines = async (layer: string): Promise<number[]> => {
		const [result] = await eslint.lintText(probe, { filePath: `src/sim/${layer}/boundary-probe.ts` });
		return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
	};

	it('core imports neither policy nor views (type-only imports too), nor the public index', async () => {
		expect(await restrictedLines('core')).toEqual([2, 3, 4, 5]);
	});

	it('policy may import core but not views or the public index', async () => {
		expect(await restrictedLines('policy')).toEqual([3, 4, 5]);
	});

	it('views may import core and policy, never the public index', async () => {
		expect(await restrictedLines('views')).toEqual([5]);
	});

	for (const layer of ['core', 'policy', 'views']) {
		// The layer rule replaces the pure folders' no-restricted-imports for these files, so it must carry those rules on.
		it(`src/sim/${layer} keeps the pure folders' rules: preact, astro:content, node:fs and widgets are errors`, async () => {
			const messages = await lintAs(
				`src/sim/${layer}/boundary-probe.ts`,
				"import { h } from 'preact';\nimport { getCollection } from 'astro:content';\nimport { readFileSync } from 'node:fs';\nimport Quiz from '../../widgets/Quiz/index';\nexport const all = [h, getCollection, readFileSync, Quiz, window];\n",
			);
			expect(messages.filter((m) => m.startsWith('no-restricted-imports:'))).toHaveLength(4);
			expect(messages).toContain("no-undef: 'window' is not defined.");
		});
	}
});

describe('Preact hooks follow the rules of hooks', () => {
	it('a hook from preact/hooks called conditionally in a widget is an error', async () => {
		const messages = await lintAs(
			'src/widgets/Quiz/boundary-probe.tsx',
			"import { useState } from 'preact/hooks';\nexport function Probe({ on }: { on: boolean }) {\n\tif (on) useState(0);\n\treturn null;\n}\n",
		);
		expect(messages.filter((m) => m.startsWith('react-hooks/rules-of-hooks:'))).toHaveLength(1);
	});
});
