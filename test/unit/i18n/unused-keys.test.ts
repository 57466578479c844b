/**
 * Every UI string defined in src/i18n is used somewhere in src/: a string nobody renders
 * still costs a translation in two languages and ships in the islands that import its table.
 * A key counts as used when src/ reads it by name: `.key` anywhere, or the key as a quoted
 * literal outside src/i18n (a lookup such as `t['key']`). Keys that code builds at run time
 * (`t[`kind${k}`]`) and tables that a library consumes whole are listed below with the reason.
 * The test is lenient by design (a `.key` on an unrelated object also counts), never strict:
 * it can miss an unused key, but it never fails on a used one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const srcDir = join(root, 'src');
const i18nDir = join(srcDir, 'i18n');

/** Tables handed whole to a library, whose keys src/ never names: `module#export` -> why. */
const CONSUMED_WHOLE: Record<string, string> = {
	'search#pagefindStrings': "Starlight's pagefind.* UI strings, passed to Starlight by astro.config.mjs (siteStringsPlugin)",
	'search#codeBlockStrings': "Expressive Code's UI strings, passed to Starlight by astro.config.mjs (siteStringsPlugin)",
	'manifest-explorer#fieldHelp': 'keyed by manifest field path; the explorer looks up the path of the line the learner selects',
	'copy-link#headingStrings': "Starlight's heading.anchorLabel UI string, passed to Starlight by astro.config.mjs (siteStringsPlugin)",
	'result#words': 'the words of the result summary, passed whole to the summary builders of src/onboarding/result.ts by ResultShare and ResultView',
};

/** Keys that code reads by a name it builds at run time: `module#key` -> where. */
const USED_DYNAMICALLY: Record<string, string> = {
	'controller-comparison#kindReplicaSet': 'use-controller-comparison.ts reads t[`kind${k}`]',
	'controller-comparison#kindStatefulSet': 'use-controller-comparison.ts reads t[`kind${k}`]',
	'controller-comparison#kindDaemonSet': 'use-controller-comparison.ts reads t[`kind${k}`]',
	'controller-comparison#traitsReplicaSet': 'ControllerComparison/index.tsx reads t[`traits${k}`]',
	'controller-comparison#traitsStatefulSet': 'ControllerComparison/index.tsx reads t[`traits${k}`]',
	'controller-comparison#traitsDaemonSet': 'ControllerComparison/index.tsx reads t[`traits${k}`]',
};

/** Every file under `dir` whose name ends with one of `exts`. */
function listFiles(dir: string, exts: readonly string[]): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listFiles(path, exts);
		return exts.some((ext) => name.endsWith(ext)) ? [path] : [];
	});
}

/** A defineStrings-shaped table: an object with `ko` (and usually `en`) objects of strings. */
function isTable(value: unknown): value is { ko: Record<string, unknown> } {
	return typeof value === 'object' && value !== null && 'ko' in value && typeof (value as { ko: unknown }).ko === 'object';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The i18n tables: `module#export` -> their Korean keys (en has the same keys, checked by tsc). */
async function loadTables(): Promise<Map<string, string[]>> {
	const tables = new Map<string, string[]>();
	for (const file of listFiles(i18nDir, ['.ts'])) {
		const name = relative(i18nDir, file).replace(/\.ts$/, '');
		if (name === 'index') continue;
		const mod: Record<string, unknown> = await import(file);
		for (const [exportName, value] of Object.entries(mod)) {
			if (isTable(value)) tables.set(`${name}#${exportName}`, Object.keys(value.ko));
			else if (typeof value === 'object' && value !== null && 'en' in value && !('ko' in value))
				tables.set(`${name}#${exportName}`, Object.keys((value as { en: object }).en));
		}
	}
	return tables;
}

/** The source texts that may use a key: all of src/, split into i18n files and the rest. */
function loadSources(): { i18n: string; other: string } {
	const files = listFiles(srcDir, ['.ts', '.tsx', '.astro', '.mjs', '.js']);
	const read = (inI18n: boolean) =>
		files
			.filter((f) => f.startsWith(i18nDir + '/') === inI18n)
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
	return { i18n: read(true), other: read(false) };
}

/** Whether `key` is read by name: `.key` anywhere, or a quoted 'key' outside src/i18n (definitions there are quoted too). */
function isUsed(key: string, sources: { i18n: string; other: string }): boolean {
	const access = new RegExp(`\\.${escape(key)}(?![\\w$])`);
	const quoted = new RegExp(`['"\`]${escape(key)}['"\`]`);
	return access.test(sources.other) || access.test(sources.i18n) || quoted.test(sources.other);
}

describe('src/i18n has no unused strings', () => {
	let tables: Map<string, string[]>;
	// Importing every string module takes a few seconds on a busy machine.
	beforeAll(async () => {
		tables = await loadTables();
	}, 60_000);

	it('every key of every table is used somewhere in src/ (or listed above with the reason)', () => {
		const sources = loadSources();
		expect(tables.size).toBeGreaterThan(15);
		const unused: string[] = [];
		for (const [table, keys] of tables) {
			if (table in CONSUMED_WHOLE) continue;
			const module = table.split('#')[0];
			for (const key of keys) {
				if (`${module}#${key}` in USED_DYNAMICALLY) continue;
				if (!isUsed(key, sources)) unused.push(`${table}.${key}`);
			}
		}
		expect(unused, `unused i18n strings (remove them, or list them in USED_DYNAMICALLY with the reason):\n${unused.join('\n')}`).toEqual([]);
	});

	it('the exception lists name tables and keys that exist', () => {
		for (const table of Object.keys(CONSUMED_WHOLE)) expect(tables.has(table), table).toBe(true);
		for (const entry of Object.keys(USED_DYNAMICALLY)) {
			const [module, key] = entry.split('#');
			const keys = [...tables].filter(([name]) => name.startsWith(`${module}#`)).flatMap(([, k]) => k);
			expect(keys, entry).toContain(key);
		}
	});

	it('the check catches a key nobody reads', () => {
		const sources = { i18n: 'export const s = { ko: { neverReadKey: "x" } };', other: 'const t = strings[locale];\nrender(t.readKey);' };
		expect(isUsed('readKey', sources)).toBe(true);
		expect(isUsed('neverReadKey', sources)).toBe(false);
		expect(isUsed('read', sources)).toBe(false);
	});
});
