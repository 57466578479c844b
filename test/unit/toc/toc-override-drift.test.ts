// src/components/toc overrides Starlight's TableOfContents and MobileTableOfContents: their
// markup, styles and the list component are copied, the element's script is a port of
// Starlight's StarlightTOC (site-toc.ts, toc-targets.ts). A Starlight upgrade that changes any
// of them must be noticed: this test pins the files the copies were taken from and checks the
// copies still match them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const STARLIGHT = 'node_modules/@astrojs/starlight/dist/';
const OURS = 'src/components/toc/';

/** sha256 of Starlight 0.42.4's files that the overrides follow. */
const ADAPTED_FROM = {
	'components/TableOfContents.astro': '8cf6717dfbd8fe76ff1d315e7eb7987f1171c62ae558118593540a5ce4dadef6',
	'components/MobileTableOfContents.astro': 'c6c4309db5991c7d7f370752b0621d168fb250c38c1e0bca3864845bb244ed3d',
	'components-internals/TableOfContents/TableOfContentsList.astro': '92b5994792259c365668f0cfd1501c4c51af80b2d4dd9d4922960a04bc0a7d02',
	'components-internals/TableOfContents/starlight-toc.js': 'b19e5cc03883e57611f9c3a83f8536818e253e542e67dc8c6f7434a70845ff1b',
};

/** A component's text after its frontmatter, up to its first <script> (markup and styles). */
function body(source: string): string {
	const afterFrontmatter = source.slice(source.indexOf('---', 3) + 3);
	const script = afterFrontmatter.indexOf('<script');
	return (script < 0 ? afterFrontmatter : afterFrontmatter.slice(0, script)).trim();
}

const read = (path: string) => readFileSync(path, 'utf8');

describe("the table-of-contents overrides follow Starlight's components", () => {
	it.each(Object.entries(ADAPTED_FROM))('%s is the version the overrides were adapted from (carry its changes over, then update the hash)', (file, sha) => {
		const hash = createHash('sha256')
			.update(readFileSync(STARLIGHT + file))
			.digest('hex');
		expect(hash, `${STARLIGHT}${file} changed: carry its changes into ${OURS}`).toBe(sha);
	});

	it.each([
		['components/TableOfContents.astro', 'TableOfContents.astro'],
		['components/MobileTableOfContents.astro', 'MobileTableOfContents.astro'],
		['components-internals/TableOfContents/TableOfContentsList.astro', 'TableOfContentsList.astro'],
	])("%s: markup and styles are Starlight's, unchanged", (theirs, ours) => {
		const expected = body(read(STARLIGHT + theirs));
		expect(expected.length).toBeGreaterThan(200);
		expect(body(read(OURS + ours))).toBe(expected);
	});

	it("the mobile dropdown's script is Starlight's over the site's element", () => {
		const script = (source: string) => source.slice(source.indexOf('<script>'));
		const theirs = script(read(STARLIGHT + 'components/MobileTableOfContents.astro'))
			.replace("import { StarlightTOC } from '../components-internals/TableOfContents/starlight-toc';", "import { SiteTOC } from './site-toc';")
			.replace('extends StarlightTOC', 'extends SiteTOC');
		expect(script(read(OURS + 'MobileTableOfContents.astro'))).toBe(theirs);
	});
});
