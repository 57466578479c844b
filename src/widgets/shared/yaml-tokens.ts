/**
 * Splits one line of YAML that a widget generated into coloured tokens. Only for display
 * of YAML the widgets write themselves (from the model), never for parsing: parsing is
 * the `yaml` package's job. Keeps widgets free of a runtime highlighter.
 */

/** Kind of a token, mapped to a CSS class `yt-<kind>`. */
export type YamlTokenKind = 'key' | 'string' | 'number' | 'bool' | 'comment' | 'punct' | 'plain';

/** A run of text with one kind. */
export interface YamlToken {
	kind: YamlTokenKind;
	text: string;
}

function classifyScalar(text: string): YamlTokenKind {
	const t = text.trim();
	if (/^(true|false|null|~)$/.test(t)) return 'bool';
	if (/^-?\d+(\.\d+)?$/.test(t)) return 'number';
	if (/^["']/.test(t)) return 'string';
	return t ? 'string' : 'plain';
}

/** Tokens of one YAML line: indentation, list dash, key, colon, value, comment. */
export function tokenizeYamlLine(line: string): YamlToken[] {
	const out: YamlToken[] = [];
	const m = /^(\s*)(- )?(.*)$/.exec(line);
	const [, indent = '', dash = '', rest0 = ''] = m ?? [];
	if (indent) out.push({ kind: 'plain', text: indent });
	if (dash) out.push({ kind: 'punct', text: dash });
	let rest = rest0;
	let comment = '';
	const hash = rest.search(/(^|\s)#/);
	if (hash >= 0) {
		comment = rest.slice(hash);
		rest = rest.slice(0, hash);
	}
	const kv = /^([A-Za-z0-9_./-]+)(:)(\s*)(.*)$/.exec(rest);
	if (kv) {
		const [, key = '', colon = '', space = '', value = ''] = kv;
		out.push({ kind: 'key', text: key }, { kind: 'punct', text: colon });
		if (space) out.push({ kind: 'plain', text: space });
		if (value) out.push({ kind: classifyScalar(value), text: value });
	} else if (rest) {
		out.push({ kind: classifyScalar(rest), text: rest });
	}
	if (comment) out.push({ kind: 'comment', text: comment });
	return out;
}
