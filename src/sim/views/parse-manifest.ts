/**
 * Reading a manifest someone typed: YAML text -> a plain object for `apply`, the
 * field path of every line (so a field error can point at its line and a line can
 * be explained), or the first syntax error with its line and column. Uses the `yaml`
 * package; never parses YAML by hand. Loaded lazily by widgets (see
 * `loadManifestParser` in index.ts) so pages without an editor do not ship it.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { FieldLine } from './field-paths.ts';

/** A YAML syntax error at a 1-based line and column. */
export interface YamlSyntaxError {
	readonly line: number;
	readonly column: number;
	readonly message: string;
}

/** Outcome of parsing manifest text. */
export type ManifestParseResult =
	| {
			readonly ok: true;
			readonly value: unknown;
			/** One entry per line that starts a field: the first field on it (for explaining lines). */
			readonly fields: readonly FieldLine[];
			/** Every field and list item with its line, in document order (for pointing errors at lines). */
			readonly paths: readonly FieldLine[];
	  }
	| { readonly ok: false; readonly error: YamlSyntaxError };

/** Position-carrying YAML nodes, typed loosely because the walk only needs ranges and children. */
interface RangedNode {
	readonly range?: readonly [number, number, number] | null;
}

function keyText(key: unknown): string {
	if (isScalar(key)) return String(key.value);
	return String(key);
}

/** Walk maps and sequences, recording the line each field and list item starts on. */
function collectFields(node: unknown, path: string, lines: LineCounter, out: FieldLine[]): void {
	const record = (ranged: unknown, fieldPath: string) => {
		const range = (ranged as RangedNode | null)?.range;
		if (range) out.push({ line: lines.linePos(range[0]).line, path: fieldPath });
	};
	if (isMap(node)) {
		for (const pair of node.items) {
			const fieldPath = path ? `${path}.${keyText(pair.key)}` : keyText(pair.key);
			record(pair.key, fieldPath);
			collectFields(pair.value, fieldPath, lines, out);
		}
	} else if (isSeq(node)) {
		node.items.forEach((item, i) => {
			const itemPath = `${path}[${i}]`;
			// A map item's first key sits on the "- " line, so walk it before recording the item itself.
			collectFields(item, itemPath, lines, out);
			record(item, itemPath);
		});
	}
}

/** Parse manifest text: the object and each line's field, or the first syntax error with its line. */
export function parseManifestText(text: string): ManifestParseResult {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const first = doc.errors[0];
	if (first) {
		const { line, col } = lines.linePos(first.pos[0]);
		return { ok: false, error: { line, column: col, message: first.message } };
	}
	const paths: FieldLine[] = [];
	collectFields(doc.contents, '', lines, paths);
	const firstOnLine = new Map<number, FieldLine>();
	for (const f of paths) if (!firstOnLine.has(f.line)) firstOnLine.set(f.line, f);
	const fields = [...firstOnLine.values()].sort((a, b) => a.line - b.line);
	return { ok: true, value: doc.toJS(), fields, paths };
}

/** kubectl's message for a file it cannot parse (the detail comes from the `yaml` package). */
export function formatYamlError(fileName: string, error: YamlSyntaxError): string {
	return `error: error parsing ${fileName}: error converting YAML to JSON: yaml: line ${error.line}: ${error.message}`;
}
