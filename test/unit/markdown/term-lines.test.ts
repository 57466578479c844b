// The term-lines hast plugin, run through Sätteri as the build runs it: heading ids first
// (the plugin Starlight and Astro use), then a heading wrapper like Starlight's, then the
// term lines. Pages and glossary are real files in a temporary content folder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { docsPageOf, readGlossary, readOutline, termLinesPlugin } from '../../../src/markdown/term-lines.mjs';

const glossary = `
- id: service
  ko: 서비스
  en: Service
  definition: { ko: 서비스 설명, en: About Services }
  page: services
- id: service-type
  ko: 서비스 타입
  en: Service type
  definition: { ko: 타입 설명, en: About types }
  page: services
  anchor: 서비스-타입
- id: node-port
  ko: 노드포트
  en: NodePort
  aliases: [노드 포트]
  definition: { ko: 노드포트 설명, en: About NodePort }
  page: services
  anchor: 바깥에서-접속하기
- id: pod
  ko: 파드
  en: Pod
  definition: { ko: 파드 설명, en: About Pods }
  page: pods
  anchor: 파드란
`;

const korean = `---
title: 서비스
---

서론입니다.

## 서비스 타입

타입은 넷입니다.

## 바깥에서 접속하기

노드포트는 ...

## 정리

끝.
`;

// Same outline, its own words: no English heading names NodePort, so only the Korean
// outline can put the NodePort line under the second heading.
const english = `---
title: Services
---

Intro.

## Kinds of Service

There are four.

## Reaching it from outside

A node port ...

## Summary

Done.
`;

const noTerms = `---
title: 정리
---

## 첫째

## 둘째
`;

/** Wraps each heading with an id like Starlight's anchor-link plugin does. */
const headingWrapper = {
	name: 'test-heading-wrapper',
	element: {
		filter: ['h2', 'h3'],
		visit(node: { tagName: string; properties?: { id?: unknown } }) {
			const id = node.properties?.id;
			if (typeof id !== 'string') return;
			return {
				type: 'element' as const,
				tagName: 'div',
				properties: { className: ['sl-heading-wrapper'] },
				children: [node as never, { type: 'element' as const, tagName: 'a', properties: { href: `#${id}` }, children: [] }],
			};
		},
	},
};

let dir = '';
let contentDir = '';
let glossaryFile = '';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'term-lines-'));
	contentDir = join(dir, 'content', 'docs');
	mkdirSync(join(contentDir, 'en'), { recursive: true });
	glossaryFile = join(dir, 'content', 'glossary.yaml');
	writeFileSync(glossaryFile, glossary);
	writeFileSync(join(contentDir, 'services.md'), korean);
	writeFileSync(join(contentDir, 'en', 'services.md'), english);
	writeFileSync(join(contentDir, 'summary.md'), noTerms);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Compiles a page of the temporary content folder with the plugin (or without it). */
async function compile(rel: string, source: string, withTerms = true): Promise<string> {
	const plugins = [satteriHeadingIdsPlugin(), headingWrapper];
	const { html } = await markdownToHtml(source, {
		hastPlugins: withTerms ? [...plugins, termLinesPlugin({ contentDir, glossaryFile })] : plugins,
		fileURL: pathToFileURL(join(contentDir, rel)),
		data: { astro: { headings: [], frontmatter: {}, localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
	});
	return html;
}

/** The term lines of some HTML with the id of the heading before each ('top' if none). */
function linesByHeading(html: string): [string, string][] {
	const out: [string, string][] = [];
	let heading = 'top';
	for (const m of html.matchAll(/<h[1-6] id="([^"]+)"|<span hidden id="search-terms-\d+" class="search-terms" data-pagefind-weight="10">([^<]*)<\/span>/g)) {
		if (m[1] !== undefined) heading = m[1];
		else out.push([heading, m[2] ?? '']);
	}
	return out;
}

describe('termLinesPlugin', () => {
	it('puts a Korean page’s lines right after their headings, inside the wrapper, and unanchored terms at the top', async () => {
		const html = await compile('services.md', korean);
		expect(html).toContain(
			'<h2 id="바깥에서-접속하기">바깥에서 접속하기</h2><span hidden id="search-terms-1" class="search-terms" data-pagefind-weight="10">노드포트, NodePort, 노드 포트</span><a href="#바깥에서-접속하기">',
		);
		// Numbered in glossary id order (node-port, service, service-type), as the collection lists them.
		expect(html.startsWith('<span hidden id="search-terms-2" class="search-terms" data-pagefind-weight="10">서비스, Service</span>')).toBe(true);
		expect(linesByHeading(html)).toEqual([
			['top', '서비스, Service'],
			['서비스-타입', '서비스 타입, 서비스타입, Service type, servicetype'],
			['바깥에서-접속하기', '노드포트, NodePort, 노드 포트'],
		]);
	});

	it('places an English page by its Korean twin’s outline, with English spellings first', async () => {
		const html = await compile('en/services.md', english);
		expect(linesByHeading(html)).toEqual([
			['top', 'Service, 서비스'],
			['kinds-of-service', 'Service type, servicetype, 서비스 타입, 서비스타입'],
			['reaching-it-from-outside', 'NodePort, 노드포트, 노드 포트'],
		]);
	});

	it('leaves a page that teaches no term as it was', async () => {
		expect(await compile('summary.md', noTerms)).toBe(await compile('summary.md', noTerms, false));
	});

	it('leaves Markdown outside the docs folder alone', async () => {
		const outside = termLinesPlugin({ contentDir, glossaryFile })({
			fileURL: pathToFileURL(join(dir, 'README.md')),
			sourceFormat: 'markdown',
			source: '',
			data: {},
		});
		expect(outside).toBeUndefined();
	});

	it('stops the build when a Korean page’s compiled headings differ from the outline its twin is placed by', async () => {
		// A plugin that changes an id after the heading-id plugin: the file-read outline no
		// longer matches, so English lines would go under the wrong headings.
		const renameFirst = {
			name: 'test-rename-heading',
			element: {
				filter: ['h2'],
				visit: (node: { properties?: { id?: unknown } }, ctx: { setProperty(n: unknown, k: string, v: unknown): void }) =>
					void (node.properties?.id === '서비스-타입' && ctx.setProperty(node, 'id', 'types')),
			},
		};
		await expect(
			markdownToHtml(korean, {
				hastPlugins: [satteriHeadingIdsPlugin(), renameFirst, termLinesPlugin({ contentDir, glossaryFile })],
				fileURL: pathToFileURL(join(contentDir, 'services.md')),
			}),
		).rejects.toThrow(/heading outline read from .*services\.md .* differs from its compiled headings/);
	});

	it('escapes spellings as text', async () => {
		const file = join(dir, 'content', 'escaping.yaml');
		writeFileSync(file, glossary.replace('aliases: [노드 포트]', 'aliases: ["a<b & c"]'));
		const { html } = await markdownToHtml(korean, {
			hastPlugins: [satteriHeadingIdsPlugin(), termLinesPlugin({ contentDir, glossaryFile: file })],
			fileURL: pathToFileURL(join(contentDir, 'services.md')),
		});
		expect(html).toContain('노드포트, NodePort, a&lt;b &amp; c</span>');
	});
});

describe('readOutline', () => {
	it('reads an MDX page’s heading ids as the build assigns them, imports and components included', async () => {
		const file = join(contentDir, 'mdx-page.mdx');
		writeFileSync(
			file,
			`---\ntitle: x\n---\nimport Box from '../Box.astro';\n\n## 첫 파드 만들기\n\n<Box>안</Box>\n\n### kubectl STATUS와 단계\n\n## 첫 파드 만들기\n`,
		);
		expect(await readOutline(file)).toEqual([
			{ depth: 2, slug: '첫-파드-만들기', text: '첫 파드 만들기' },
			{ depth: 3, slug: 'kubectl-status와-단계', text: 'kubectl STATUS와 단계' },
			{ depth: 2, slug: '첫-파드-만들기-1', text: '첫 파드 만들기' },
		]);
	});
});

describe('readGlossary', () => {
	it('names the file and the entry when the glossary is invalid', () => {
		const file = join(dir, 'bad.yaml');
		writeFileSync(file, '- id: Not Kebab\n  ko: x\n  en: x\n  definition: { ko: x, en: x }\n  page: x\n');
		expect(() => readGlossary(file)).toThrow(/bad\.yaml is not a valid glossary at 0\.id/);
		writeFileSync(file, '- id: [unclosed');
		expect(() => readGlossary(file)).toThrow(/cannot read the glossary .*bad\.yaml/);
	});
});

describe('docsPageOf', () => {
	it('gives the slug, locale and Korean twin of a docs file', () => {
		expect(docsPageOf('/s/content/docs/services.mdx', '/s/content/docs')).toEqual({
			slug: 'services',
			locale: 'ko',
			koreanFile: '/s/content/docs/services.mdx',
		});
		expect(docsPageOf('/s/content/docs/en/services.mdx', '/s/content/docs')).toEqual({
			slug: 'services',
			locale: 'en',
			koreanFile: '/s/content/docs/services.mdx',
		});
		expect(docsPageOf('/s/content/docs/en/index.mdx', '/s/content/docs')?.slug).toBe('index');
		expect(docsPageOf('/s/content/docs-old/services.mdx', '/s/content/docs')).toBeNull();
		expect(docsPageOf('/s/content/docs/notes.txt', '/s/content/docs')).toBeNull();
	});
});
