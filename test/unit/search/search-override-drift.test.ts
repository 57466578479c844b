// src/components/search/Search.astro (+ site-search.ts) is Starlight's Search component
// with the site's additions (Korean particles, the partial-match fallback, prose-only
// excerpts). Its markup, script and styles are copied, so a Starlight upgrade that changes
// its component must be noticed: this test pins the component the copy was taken from,
// and checks that every line of Starlight's styles is still in the copy, in order.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const STARLIGHT = 'node_modules/@astrojs/starlight/dist/components/Search.astro';
const OURS = 'src/components/search/Search.astro';
/** sha256 of Starlight 0.42.4's components/Search.astro, the version the override follows. */
const ADAPTED_FROM = '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062';

/** The trimmed, non-empty lines of a component's <style> blocks. */
function styleLines(source: string): string[] {
	return [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].flatMap((m) =>
		(m[1] ?? '')
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean),
	);
}

describe("the Search override follows Starlight's Search component", () => {
	it('was adapted from the Starlight component installed now (update the override, then this hash, on upgrade)', () => {
		const hash = createHash('sha256').update(readFileSync(STARLIGHT)).digest('hex');
		expect(hash, `${STARLIGHT} changed: carry its changes into ${OURS} and site-search.ts`).toBe(ADAPTED_FROM);
	});

	it("keeps every line of Starlight's styles, in order", () => {
		const theirs = styleLines(readFileSync(STARLIGHT, 'utf8'));
		const ours = styleLines(readFileSync(OURS, 'utf8'));
		expect(theirs.length).toBeGreaterThan(100);
		let at = 0;
		const missing: string[] = [];
		for (const line of theirs) {
			const found = ours.indexOf(line, at);
			if (found < 0) missing.push(line);
			else at = found + 1;
		}
		expect(missing).toEqual([]);
	});
});
