/**
 * kubectl's flag syntax (spf13/pflag): `--name=value`, `--name value`, `-n value`,
 * `-nvalue` / `-n=value`, grouped boolean shorthands (`-wA`), `--` ends flags. Error
 * texts are pflag's, followed by kubectl's "See 'kubectl <cmd> --help' for usage."
 */

/** A flag a command accepts. */
export interface FlagSpec {
	readonly name: string;
	readonly short?: string;
	/** `strings` splits at commas (pflag StringSlice); `stringArray` keeps each value whole (StringArray, e.g. --from-literal). */
	readonly type: 'bool' | 'string' | 'int' | 'strings' | 'stringArray';
}

/** Parsed flags (by long name) and the positional arguments. */
export interface ParsedArgs {
	readonly flags: Readonly<Record<string, string | boolean | number | readonly string[]>>;
	readonly args: readonly string[];
}

/** Flags every kubectl command accepts (the ones the lab models). */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
	{ name: 'namespace', short: 'n', type: 'string' },
	{ name: 'help', short: 'h', type: 'bool' },
	{ name: 'as', type: 'string' },
	{ name: 'as-group', type: 'strings' },
];

function setValue(out: Record<string, string | boolean | number | readonly string[]>, spec: FlagSpec, raw: string, shown: string): string | undefined {
	if (spec.type === 'bool') {
		if (raw === 'true' || raw === '1' || raw === 't' || raw === 'T' || raw === 'TRUE' || raw === 'True') out[spec.name] = true;
		else if (raw === 'false' || raw === '0' || raw === 'f' || raw === 'F' || raw === 'FALSE' || raw === 'False') out[spec.name] = false;
		else return `invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`;
	} else if (spec.type === 'int') {
		if (!/^[-+]?\d+$/.test(raw)) return `invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`;
		out[spec.name] = Number.parseInt(raw, 10);
	} else if (spec.type === 'stringArray') {
		const prev = out[spec.name];
		out[spec.name] = [...(Array.isArray(prev) ? prev : []), raw];
	} else if (spec.type === 'strings') {
		const prev = out[spec.name];
		out[spec.name] = [...(Array.isArray(prev) ? prev : []), ...raw.split(',')];
	} else out[spec.name] = raw;
	return undefined;
}

/** Parse `words` (after the command names) against `specs`; an error is pflag's message. */
export function parseFlags(
	words: readonly string[],
	specs: readonly FlagSpec[],
): { readonly ok: true; readonly parsed: ParsedArgs } | { readonly ok: false; readonly error: string } {
	const all = [...specs, ...GLOBAL_FLAGS];
	const flags: Record<string, string | boolean | number | readonly string[]> = {};
	const args: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		if (word === '--') {
			args.push(...words.slice(i + 1));
			break;
		}
		if (word.startsWith('--')) {
			const eq = word.indexOf('=');
			const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
			const spec = all.find((s) => s.name === name);
			if (!spec) return { ok: false, error: `unknown flag: --${name}` };
			if (eq >= 0) {
				const err = setValue(flags, spec, word.slice(eq + 1), `--${name}`);
				if (err) return { ok: false, error: err };
			} else if (spec.type === 'bool') flags[spec.name] = true;
			else {
				if (i + 1 >= words.length) return { ok: false, error: `flag needs an argument: --${name}` };
				const err = setValue(flags, spec, words[++i]!, `--${name}`);
				if (err) return { ok: false, error: err };
			}
			continue;
		}
		if (word.startsWith('-') && word.length > 1) {
			// A group of shorthands: booleans may be combined; a value flag takes the rest or the next word.
			for (let j = 1; j < word.length; j++) {
				const c = word[j]!;
				const spec = all.find((s) => s.short === c);
				if (!spec) return { ok: false, error: `unknown shorthand flag: '${c}' in ${word}` };
				const rest = word.slice(j + 1);
				if (spec.type === 'bool') {
					if (rest.startsWith('=')) {
						const err = setValue(flags, spec, rest.slice(1), `-${c}, --${spec.name}`);
						if (err) return { ok: false, error: err };
						break;
					}
					flags[spec.name] = true;
					continue;
				}
				const shown = `-${c}, --${spec.name}`;
				if (rest !== '') {
					const err = setValue(flags, spec, rest.startsWith('=') ? rest.slice(1) : rest, shown);
					if (err) return { ok: false, error: err };
				} else {
					if (i + 1 >= words.length) return { ok: false, error: `flag needs an argument: '${c}' in -${c}` };
					const err = setValue(flags, spec, words[++i]!, shown);
					if (err) return { ok: false, error: err };
				}
				break;
			}
			continue;
		}
		args.push(word);
	}
	return { ok: true, parsed: { flags, args } };
}
