/**
 * Writes plain data as block YAML the way kubectl prints objects (two-space indent,
 * list dashes at the parent key's indent). Only for showing model objects in widgets:
 * a few lines here keep the `yaml` package out of the browser bundles. Reading YAML
 * is still the `yaml` package's job.
 */

/** Plain data `formatYamlText` can write; `undefined` members are left out. */
export type YamlValue =
	| string
	| number
	| boolean
	| null
	| readonly YamlValue[]
	| { readonly [key: string]: YamlValue | undefined };

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

function writeMapping(map: { readonly [key: string]: YamlValue | undefined }, indent: number, out: string[]): void {
	const pad = ' '.repeat(indent);
	for (const [key, value] of entriesOf(map)) {
		const inline = formatInline(value);
		if (inline !== undefined) {
			out.push(`${pad}${formatString(key)}: ${inline}`);
		} else if (Array.isArray(value)) {
			out.push(`${pad}${formatString(key)}:`);
			writeSequence(value, indent, out);
		} else {
			out.push(`${pad}${formatString(key)}:`);
			writeMapping(value as { readonly [key: string]: YamlValue | undefined }, indent + 2, out);
		}
	}
}

function writeSequence(items: readonly YamlValue[], indent: number, out: string[]): void {
	const pad = ' '.repeat(indent);
	for (const item of items) {
		const inline = formatInline(item);
		if (inline !== undefined) {
			out.push(`${pad}- ${inline}`);
			continue;
		}
		// The item's block is written two columns in, then its first line takes the dash.
		const block: string[] = [];
		if (Array.isArray(item)) writeSequence(item, indent + 2, block);
		else writeMapping(item as { readonly [key: string]: YamlValue | undefined }, indent + 2, block);
		block[0] = `${pad}- ${block[0]!.slice(indent + 2)}`;
		out.push(...block);
	}
}

/** Block YAML text of a mapping, ending with a newline. */
export function formatYamlText(value: { readonly [key: string]: YamlValue | undefined }): string {
	const out: string[] = [];
	writeMapping(value, 0, out);
	return `${out.join('\n')}\n`;
}
