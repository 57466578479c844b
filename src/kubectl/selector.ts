/**
 * Label selectors as `kubectl -l` reads them (k8s.io/apimachinery/pkg/labels/selector.go):
 * `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x,y)`, `a` (exists), `!a` (does not exist),
 * comma-separated, all must hold.
 */
import type { Labels } from '../sim/index.ts';

/** One requirement of a selector. */
export type Requirement =
	{ readonly op: 'in' | 'notin'; readonly key: string; readonly values: readonly string[] } | { readonly op: 'exists' | '!'; readonly key: string };

const KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;
const VALUE = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?)?$/;

function splitTopLevel(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (const ch of text) {
		if (ch === '(') depth++;
		if (ch === ')') depth--;
		if (ch === ',' && depth === 0) {
			parts.push(current);
			current = '';
		} else current += ch;
	}
	parts.push(current);
	return parts;
}

/** Parse a selector; an error is the text kubectl prints after `error: `. */
export function parseSelector(
	text: string,
): { readonly ok: true; readonly requirements: readonly Requirement[] } | { readonly ok: false; readonly error: string } {
	const requirements: Requirement[] = [];
	if (text.trim() === '') return { ok: true, requirements };
	for (const raw of splitTopLevel(text)) {
		const part = raw.trim();
		let m: RegExpExecArray | null;
		let req: Requirement | undefined;
		if ((m = /^(\S+?)\s*(==|!=|=)\s*(\S*)$/.exec(part))) {
			const [, key, op, value] = m as unknown as [string, string, string, string];
			if (!VALUE.test(value))
				return {
					ok: false,
					error: `unable to parse requirement: values[0][${key}]: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
				};
			req = { op: op === '!=' ? 'notin' : 'in', key, values: [value] };
		} else if ((m = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part))) {
			const values = m[3]!.split(',').map((v) => v.trim());
			req = { op: m[2] as 'in' | 'notin', key: m[1]!, values };
		} else if ((m = /^!\s*(\S+)$/.exec(part))) req = { op: '!', key: m[1]! };
		else if (KEY.test(part)) req = { op: 'exists', key: part };
		if (!req) return { ok: false, error: `unable to parse requirement: found '${part}', expected: ',', '!=', '==', '=', 'in', 'notin'` };
		if (!KEY.test(req.key))
			return {
				ok: false,
				error: `unable to parse requirement: key: Invalid value: "${req.key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
			};
		requirements.push(req);
	}
	return { ok: true, requirements };
}

/** Whether labels satisfy every requirement. */
export function matchesRequirements(requirements: readonly Requirement[], labels: Labels): boolean {
	return requirements.every((r) => {
		const has = Object.hasOwn(labels, r.key);
		switch (r.op) {
			case 'exists':
				return has;
			case '!':
				return !has;
			case 'in':
				return has && r.values.includes(labels[r.key]!);
			case 'notin':
				return !has || !r.values.includes(labels[r.key]!);
		}
	});
}
