/**
 * Writes plain data as block YAML the way kubectl prints objects (two-space indent,
 * list dashes at the parent key's indent). Only for showing model objects in widgets:
 * a few lines here keep the `yaml` package out of the browser bundles. Reading YAML
 * is still the `yaml` package's job.
 */
import type { FieldLine } from './field-paths.ts';

/** Plain data `formatYamlText` can write; `undefined` members are left out. */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

// A plain scalar that YAML would read as something else (number, bool, null) or that
// starts or contains YAML syntax must be quoted; double quotes accept JSON escapes.
const NUMBER_LIKE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^0[xo][0-9a-f]+$|^[-+]?\.(inf|nan)$/i;
const KEYWORD_LIKE = /^(true|false|yes|no|on|off|y|n|null|~)$/i;
const SYNTAX_LIKE = /^[-?:,[\]{}#&*!|>'"%@`\s]|\s$|: |:$| #|[\n\r\t]/;

function formatString(text: string): string {
	return text === '' || NUMBER_LIKE.test(text) || KEYWORD_LIKE.test(text) || SYNTAX_LIKE.test(text) ? JSON.stringify(text) : text;
}

function formatScalar(value: string | number | boolean | null): string {
	if (value === null) return 'null';
	if (typeof value === 'string') return formatString(value);
	return String(value);
}

function isMapping(value: YamlValue): value is { readonly [key: string]: YamlValue | undefined } {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function entriesOf(map: { readonly [key: string]: YamlValue | undefined }): [string, YamlValue][] {
	return Object.entries(map).filter((e): e is [string, YamlValue] => e[1] !== undefined);
}

/** An empty collection or a scalar fits on its key's line. */
function formatInline(value: YamlValue): string | undefined {
	if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
	if (isMapping(value)) return entriesOf(value).length === 0 ? '{}' : undefined;
	return formatScalar(value as string | number | boolean | null);
}

/** Lines written so far, each with the field path it starts (API-server style, `spec.ports[0].nodePort`). */
interface Out {
	readonly lines: string[];
	readonly paths: string[];
}

function childPath(parent: string, key: string): string {
	return parent === '' ? key : `${parent}.${key}`;
}

function writeMapping(map: { readonly [key: string]: YamlValue | undefined }, indent: number, path: string, out: Out): void {
	const pad = ' '.repeat(indent);
	for (const [key, value] of entriesOf(map)) {
		const inline = formatInline(value);
		const here = childPath(path, key);
		if (inline !== undefined) {
			out.lines.push(`${pad}${formatString(key)}: ${inline}`);
			out.paths.push(here);
		} else if (Array.isArray(value)) {
			out.lines.push(`${pad}${formatString(key)}:`);
			out.paths.push(here);
			writeSequence(value, indent, here, out);
		} else {
			out.lines.push(`${pad}${formatString(key)}:`);
			out.paths.push(here);
			writeMapping(value as { readonly [key: string]: YamlValue | undefined }, indent + 2, here, out);
		}
	}
}

function writeSequence(items: readonly YamlValue[], indent: number, path: string, out: Out): void {
	const pad = ' '.repeat(indent);
	items.forEach((item, index) => {
		const here = `${path}[${index}]`;
		const inline = formatInline(item);
		if (inline !== undefined) {
			out.lines.push(`${pad}- ${inline}`);
			out.paths.push(here);
			return;
		}
		// The item's block is written two columns in, then its first line takes the dash
		// (and keeps the path of the field it starts: the dash line is `ports[0].name`).
		const block: Out = { lines: [], paths: [] };
		if (Array.isArray(item)) writeSequence(item, indent + 2, here, block);
		else writeMapping(item as { readonly [key: string]: YamlValue | undefined }, indent + 2, here, block);
		block.lines[0] = `${pad}- ${block.lines[0]!.slice(indent + 2)}`;
		out.lines.push(...block.lines);
		out.paths.push(...block.paths);
	});
}

/** Block YAML text of a mapping and the field each line starts (1-based lines, for `findFieldLine`). */
export function formatYamlLines(value: { readonly [key: string]: YamlValue | undefined }): { readonly text: string; readonly fields: readonly FieldLine[] } {
	const out: Out = { lines: [], paths: [] };
	writeMapping(value, 0, '', out);
	return { text: `${out.lines.join('\n')}\n`, fields: out.paths.map((path, i) => ({ line: i + 1, path })) };
}

/** Block YAML text of a mapping, ending with a newline. */
export function formatYamlText(value: { readonly [key: string]: YamlValue | undefined }): string {
	return formatYamlLines(value).text;
}
