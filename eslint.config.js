// ESLint flat config. `npm run lint` runs it with --max-warnings=0, then `prettier --check`.
// Formatting is Prettier's job (eslint-config-prettier turns off the stylistic rules, last).
// The boundary blocks below are the import direction of shared/DESIGN.md as rules:
// content -> components -> widgets -> sim | quiz | i18n (and the other pure folders).
// test/unit/lint/boundaries.test.ts lints snippets against this file so a boundary rule
// cannot silently stop firing.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Folders of pure TypeScript: no Preact, Astro runtime, DOM, Node APIs, clock or storage.
 * src/glossary and src/cheatsheet hold build-time zod schemas (astro/zod); src/search imports
 * the glossary's types, so they stay as pure as their importers.
 */
export const PURE_FOLDERS = ['src/sim', 'src/quiz', 'src/search', 'src/i18n', 'src/kubectl', 'src/onboarding', 'src/glossary', 'src/cheatsheet'];

/**
 * Globals a pure module may use besides the language's own: encoding and URL helpers that
 * Node and browsers share (onboarding codecs use them). Deliberately not `window`,
 * `document`, `localStorage`, `navigator`, timers, `fetch` or `crypto`: storage, clock and
 * randomness come in as arguments (DESIGN.md), so these modules stay deterministic.
 */
const PURE_GLOBALS = Object.fromEntries(
	['atob', 'btoa', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'structuredClone'].map((name) => [name, 'readonly']),
);

/** Imports no module of a pure folder may make. */
const PURE_RESTRICTED = {
	paths: [
		{ name: 'astro', message: 'Pure modules import nothing from Astro (shared/DESIGN.md, import direction).' },
		{ name: 'preact', message: 'Pure modules import nothing from Preact (shared/DESIGN.md, import direction).' },
	],
	patterns: [
		{ group: ['preact/*', '@preact/*'], message: 'Pure modules import nothing from Preact (shared/DESIGN.md, import direction).' },
		// astro/zod is the one exception: build-time schemas (quiz, lab) are content collection schemas.
		{
			group: ['astro/*', '!astro/zod', '@astrojs/*', 'astro:*', 'virtual:*'],
			message: 'Pure modules import nothing from Astro but astro/zod for schemas (shared/DESIGN.md).',
		},
		{ group: ['node:*'], message: 'Pure modules run in the browser too: no Node APIs.' },
		{
			group: ['**/widgets/**', '**/components/**', '**/pages/**'],
			message: 'Import direction is components -> widgets -> pure modules, never back (shared/DESIGN.md).',
		},
	],
};

/** A sim layer imports only its own and lower layers (src/sim/README.md): core <- policy <- views. */
const SIM_LAYERS = {
	core: ['policy', 'views'],
	policy: ['views'],
	views: [],
};

/** The pure folders' restrictions plus, for one sim layer, no higher layer and no public index. */
function simLayerRestricted(layer, higher) {
	const folders = higher.join('|');
	return {
		paths: PURE_RESTRICTED.paths,
		patterns: [
			...PURE_RESTRICTED.patterns,
			...(higher.length === 0
				? []
				: [
						{
							regex: `^(\\.\\./(${folders})/|(.*/)?sim/(${folders})/)`,
							message: `src/sim/${layer} must not import ${higher.map((h) => `sim/${h}`).join(' or ')}: layers import downwards only (src/sim/README.md).`,
						},
					]),
			{
				// index.ts re-exports every layer, so importing it from inside would be a cycle.
				regex: '^\\.\\./index(\\.ts)?$',
				message: 'Modules inside src/sim import each other directly, never the public index.ts (it re-exports every layer).',
			},
		],
	};
}

/** A run-time import of a string table (src/i18n/<feature>.ts, .ko.ts, .en.ts); types are fine. */
const STRING_TABLE_IMPORT = {
	regex: '(^|/)i18n/(?!index(\\.ts)?$)[^/]+$',
	allowTypeImports: true,
	message:
		"Only an island's entries (ko.tsx, en.tsx) import string tables; take the strings as a prop (t) so each page ships one language (src/i18n/README.md).",
};

/** Widgets that load their model.ts (their engine) on the learner's first reach (src/widgets/README.md). */
export const ENGINE_WIDGETS = ['ControllerComparison', 'ManifestExplorer', 'ReplicaSlider', 'RolloutSimulator', 'ServiceTypePicker'];

/** A run-time import of a widget's own model.ts; types are fine. */
const ENGINE_IMPORT = {
	regex: '^\\./model(\\.ts)?$',
	allowTypeImports: true,
	message:
		"This widget's model.ts is its engine, loaded on the learner's first reach: import it only as types and load it with shared/engine.ts (src/widgets/README.md).",
};

export default defineConfig(
	globalIgnores(['dist/', 'dist-*/', '.astro/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/', 'coverage/', 'public/']),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs['flat/recommended'],
	{
		// TypeScript checks undefined names better than no-undef (which cannot see types);
		// the pure folders below turn it back on as the DOM/Node boundary.
		files: ['**/*.ts', '**/*.tsx'],
		rules: { 'no-undef': 'off' },
	},
	{
		rules: {
			// `_`-prefixed names are deliberate: a parameter a signature needs but the body does not
			// use, or a key taken out of an object by rest destructuring (`{ [key]: _hash, ...rest }`).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		// Node: build scripts, config files, build-time code (link cards, Markdown plugins, config).
		files: ['scripts/**', '*.config.*', 'src/og/**', 'src/markdown/**', 'src/config/**'],
		languageOptions: { globals: { ...globals.node } },
	},
	{
		// Tests run in Node; e2e specs also pass functions to page.evaluate, which run in the page.
		files: ['test/**'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Playwright reads a test's fixtures from its first parameter's destructuring, so a
			// hook that needs only testInfo must write `async ({}, testInfo)`.
			'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
		},
	},
	{
		// Islands and the components' client scripts run in the browser; Astro frontmatter in Node.
		files: ['src/widgets/**', 'src/components/**', 'src/pages/**', 'src/styles/**'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		// Preact hooks follow React's rules; the plugin recognises hooks by their `use` name,
		// whatever module (preact/hooks) they come from.
		files: ['src/widgets/**/*.{ts,tsx}', 'src/components/**/*.tsx'],
		plugins: { 'react-hooks': reactHooks },
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'warn',
		},
	},
	{
		// A widget may use src/widgets/shared and another widget's entry (index), never its parts.
		files: ['src/widgets/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							// Stylesheets are exempt: QuizProgress reuses Quiz's score styles and
							// ResultView ResultShare's; moving them to shared/ is their owners' call.
							regex: '^\\.\\./(?!shared/)[^./][^/]*/(?!index(\\.tsx?)?$)(?![^/]+\\.css$)[^/]+',
							message: 'A widget imports another widget only through its entry (../Name/index) or src/widgets/shared, never its internals.',
						},
						{
							regex: '^(\\.\\./)+widgets/(?!shared/)[^/]+/(?!index(\\.tsx?)?$)(?![^/]+\\.css$)[^/]+',
							message: 'A widget imports another widget only through its entry (../Name/index) or src/widgets/shared, never its internals.',
						},
					],
				},
			],
		},
	},
	{
		// Issue #13 item 6: a page ships only its own language's strings. An island's entry per
		// locale (src/widgets/<Name>/ko.tsx, en.tsx) imports that language's table and passes it
		// down; any other widget module importing a table at run time would put both languages
		// (or the wrong one) in every page's chunk. Types are fine. src/i18n/README.md.
		files: ['src/widgets/**'],
		ignores: ['src/widgets/*/ko.tsx', 'src/widgets/*/en.tsx'],
		plugins: { '@typescript-eslint': tseslint.plugin },
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [STRING_TABLE_IMPORT] }] },
	},
	{
		// The widgets whose engine loads on the learner's first reach: their island code imports
		// model.ts (the engine, with src/sim's reducer under it) only as types; the hook loads it
		// with shared/engine.ts. src/widgets/README.md. (These blocks carry the table rule too: a
		// later block's options replace an earlier one's.)
		files: ENGINE_WIDGETS.map((name) => `src/widgets/${name}/**`),
		ignores: ENGINE_WIDGETS.flatMap((name) => [`src/widgets/${name}/model.ts`, `src/widgets/${name}/ko.tsx`, `src/widgets/${name}/en.tsx`]),
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [STRING_TABLE_IMPORT, ENGINE_IMPORT] }] },
	},
	{
		files: ENGINE_WIDGETS.flatMap((name) => [`src/widgets/${name}/ko.tsx`, `src/widgets/${name}/en.tsx`]),
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ENGINE_IMPORT] }] },
	},
	{
		files: PURE_FOLDERS.map((dir) => `${dir}/**`),
		languageOptions: {
			// Only the language's own globals and the few above: `window`, `document` or
			// `localStorage` in these folders is a no-undef error.
			globals: { ...globals.es2025, ...PURE_GLOBALS },
		},
		rules: {
			'no-undef': 'error',
			'no-restricted-imports': ['error', PURE_RESTRICTED],
		},
	},
	...Object.entries(SIM_LAYERS).map(([layer, higher]) => ({
		// After the pure block: a later no-restricted-imports replaces the earlier one, so these carry its rules too.
		files: [`src/sim/${layer}/**`],
		rules: { 'no-restricted-imports': ['error', simLayerRestricted(layer, higher)] },
	})),
	prettier,
);
