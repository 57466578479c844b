// Checks every internal link and #fragment of the built site (dist/ by default) and
// fails naming the page and the link. External links are not fetched (no network in CI).
import { LinkChecker } from 'linkinator';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

const root = process.argv[2] || 'dist';

async function listHtml(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await listHtml(p)));
		else if (entry.name.endsWith('.html')) out.push(p);
	}
	return out;
}

const pages = (await listHtml(root)).filter((p) => !p.endsWith('404.html'));
const port = 4399;
const checker = new LinkChecker();
const result = await checker.check({
	path: pages.map((p) => relative(root, p)),
	serverRoot: root,
	recurse: false,
	checkFragments: true,
	concurrency: 20,
	port,
	// Absolute URLs are external pages or canonical/hreflang links built from SITE_URL.
	linksToSkip: async (link) => /^(https?:)?\/\//.test(link) && !link.startsWith(`http://127.0.0.1:${port}/`),
});

const broken = result.links.filter((l) => l.state === 'BROKEN');
for (const l of broken) {
	const why =
		l.failureDetails
			?.map((d) => d?.message ?? d?.status ?? '')
			.filter(Boolean)
			.join('; ') || `HTTP ${l.status}`;
	console.error(`broken link on ${l.parent ?? '(start)'}: ${l.url} (${why})`);
}
const checked = result.links.filter((l) => l.state !== 'SKIPPED').length;
console.log(`links: ${checked} checked on ${pages.length} pages, ${broken.length} broken`);
process.exit(broken.length ? 1 : 0);
