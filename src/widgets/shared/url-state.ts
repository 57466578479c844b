/**
 * Widget settings in the page URL, pure: each widget owns the query parameters under its
 * own prefix (`rollout.replicas`, `service.type`), so two widgets on one page never collide
 * and the `#heading` fragment is untouched. Models decode with a reader that clamps numbers
 * into range and ignores what it cannot read, each with a note the widget shows; nothing
 * here touches `location` or `history` (that is use-url-state.ts).
 */

/** What a reader needs of the query: URLSearchParams fits, so does a Map in tests. */
export interface UrlParamSource {
	get(name: string): string | null;
}

/** A URL value the widget did not use as written. */
export interface UrlNote {
	/** The full parameter name, `rollout.replicas`. */
	readonly key: string;
	/** The value as the URL had it (cut to MAX_SHOWN characters for display). */
	readonly value: string;
	/** Clamped into range (then `used` says what was used) or ignored. */
	readonly kind: 'clamped' | 'ignored';
	readonly used?: string;
}

/** Settings decoded from the URL: those present and readable, and the notes. */
export interface UrlRead<S> {
	readonly state: S;
	readonly notes: readonly UrlNote[];
}

/** Longer values are never meaningful for a setting and are ignored unread. */
export const MAX_VALUE_LENGTH = 64;
const MAX_SHOWN = 40;

function shown(value: string): string {
	return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/** Reads one widget's parameters, collecting a note for each value it clamps or ignores. */
export function createUrlReader(params: UrlParamSource, prefix: string) {
	const notes: UrlNote[] = [];
	const raw = (name: string): { key: string; value: string } | undefined => {
		const key = `${prefix}.${name}`;
		const value = params.get(key);
		if (value === null) return undefined;
		if (value.length > MAX_VALUE_LENGTH) {
			notes.push({ key, value: shown(value), kind: 'ignored' });
			return undefined;
		}
		return { key, value };
	};
	const ignore = (key: string, value: string): undefined => {
		notes.push({ key, value: shown(value), kind: 'ignored' });
		return undefined;
	};
	return {
		notes,
		/** A whole number, clamped into [min, max]; anything but optional-sign digits is ignored. */
		int(name: string, min: number, max: number): number | undefined {
			const got = raw(name);
			if (!got) return undefined;
			const text = got.value.trim();
			if (!/^[-+]?\d{1,9}$/.test(text)) return ignore(got.key, got.value);
			const n = Number(text);
			const clamped = Math.min(max, Math.max(min, n));
			if (clamped !== n) notes.push({ key: got.key, value: shown(got.value), kind: 'clamped', used: String(clamped) });
			return clamped;
		},
		/** One of the offered values, exactly as written; anything else is ignored. */
		choice<T extends string>(name: string, choices: readonly T[]): T | undefined {
			const got = raw(name);
			if (!got) return undefined;
			return choices.find((c) => c === got.value) ?? ignore(got.key, got.value);
		},
		/** A comma-separated set of offered values (order kept, duplicates dropped); unknown items are ignored one by one. */
		list<T extends string>(name: string, choices: readonly T[]): T[] | undefined {
			const got = raw(name);
			if (!got) return undefined;
			const out: T[] = [];
			for (const item of got.value.split(',')) {
				if (item === '') continue;
				const hit = choices.find((c) => c === item);
				if (hit === undefined) ignore(got.key, item);
				else if (!out.includes(hit)) out.push(hit);
			}
			return out;
		},
		/** Free text the model checks itself; `accept` says whether it may be used. */
		text(name: string, accept: (value: string) => boolean): string | undefined {
			const got = raw(name);
			if (!got) return undefined;
			return accept(got.value) ? got.value : ignore(got.key, got.value);
		},
		/** Records a value the model read but could not use (e.g. a combination the API server rejects). */
		ignore(name: string, value: string): void {
			ignore(`${prefix}.${name}`, value);
		},
	};
}

/** Parameters for a widget's settings: prefixed names, values as text; undefined (the default) is left out. */
export function writeParams(prefix: string, values: Readonly<Record<string, string | number | undefined>>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(values)) if (value !== undefined) out[`${prefix}.${name}`] = String(value);
	return out;
}

/**
 * The query string with one widget's parameters replaced: its old ones (any name under
 * `prefix.`) removed, the new ones appended; every other parameter keeps its place.
 */
export function mergeQuery(search: string, prefix: string, own: Readonly<Record<string, string>>): string {
	const kept = search
		.replace(/^\?/, '')
		.split('&')
		.filter((part) => part !== '' && !decodeName(part).startsWith(`${prefix}.`));
	const added = Object.entries(own).map(([k, v]) => `${encodeURIComponent(k).replaceAll('%2E', '.')}=${encodeURIComponent(v)}`);
	const all = [...kept, ...added];
	return all.length === 0 ? '' : `?${all.join('&')}`;
}

function decodeName(part: string): string {
	const name = part.split('=')[0] ?? '';
	try {
		return decodeURIComponent(name.replaceAll('+', ' '));
	} catch {
		return name;
	}
}
