// Link previews (Open Graph / Twitter cards) and public URLs, read from the built HTML:
// every page has its own 1200x630 card, and no page names a localhost address.
// dist/ is built without SITE_URL; dist-sub/ with SITE_URL=https://team.example.org and
// SITE_BASE=/k8s-basics/ (scripts/test.mjs).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { listBuiltPages } from './site';

const html = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const meta = (page: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page)?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
	const b = readFileSync(file);
	expect(b.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('every page has its own 1200x630 card image', () => {
	// A 404 page is never the link someone shares: it has no card.
	const pages = listBuiltPages().filter((path) => !path.endsWith('/404/'));
	expect(pages.length).toBeGreaterThan(20);
	const hashes = new Map<string, string>();
	for (const path of pages) {
		const image = meta(html('dist', path), 'og:image');
		expect(image, `${path} has og:image`).toBeTruthy();
		expect(meta(html('dist', path), 'twitter:image')).toBe(image);
		const file = join('dist', image!);
		expect(existsSync(file), `${path}: ${image} exists`).toBe(true);
		expect(pngSize(file), `${path}: ${image} size`).toEqual({ width: 1200, height: 630 });
		hashes.set(path, createHash('sha1').update(readFileSync(file)).digest('hex'));
	}
	// Cards differ from page to page (title and description are drawn into each).
	expect(new Set(hashes.values()).size).toBe(hashes.size);
});

test('without SITE_URL no page names localhost, and there is no canonical or og:url', () => {
	for (const path of listBuiltPages()) {
		const page = html('dist', path);
		// Page text may mention localhost (Grafana's address, port-forward examples); the
		// head, where unfurlers and search engines read URLs, must not.
		const head = page.slice(0, page.indexOf('</head>'));
		expect(head, path).not.toMatch(/localhost|127\.0\.0\.1/);
		expect(page, path).not.toContain('rel="canonical"');
		expect(meta(page, 'og:url'), path).toBeUndefined();
	}
	expect(existsSync('dist/sitemap-index.xml')).toBe(false);
});

test('with SITE_URL, canonical, og:url, og:image and the sitemap use the public address', () => {
	const page = html('dist-sub', 'services');
	expect(page).toContain('<link rel="canonical" href="https://team.example.org/k8s-basics/services/"');
	expect(meta(page, 'og:url')).toBe('https://team.example.org/k8s-basics/services/');
	expect(meta(page, 'og:image')).toBe('https://team.example.org/k8s-basics/og/services.png');
	expect(existsSync('dist-sub/og/services.png')).toBe(true);
	const sitemap = readFileSync('dist-sub/sitemap-0.xml', 'utf8');
	expect(sitemap).toContain('<loc>https://team.example.org/k8s-basics/services/</loc>');
	expect(sitemap).not.toMatch(/localhost/);
});

test('a concept page says under its title which Kubernetes version it was checked against', async ({ page }) => {
	await page.goto('/services/');
	const stamp = page.locator('h1 + .page-checked');
	await expect(stamp).toHaveText(/^쿠버네티스 v1\.\d+ 기준으로 \d{4}-\d{2}-\d{2}에 확인했습니다$/);
	await expect(stamp.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	await page.goto('/en/services/');
	await expect(page.locator('h1 + .page-checked')).toHaveText(/^Checked against Kubernetes v1\.\d+ on \d{4}-\d{2}-\d{2}$/);
	// Pages that teach no version (the start page) have no stamp.
	await page.goto('/');
	await expect(page.locator('.page-checked')).toHaveCount(0);
});
