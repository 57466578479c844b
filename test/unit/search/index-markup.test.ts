import { describe, expect, it } from 'vitest';
import { TERM_LINE_WEIGHT, escapeHtml, findHeadingEnd, ignoreCodeBlocks, ignoreIslands, insertTermLines, readIslandName, renderTermLine } from '../../../src/search/index-markup';

// Starlight's heading markup, as the build writes it.
const heading = (level: number, id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only" data-pagefind-ignore>섹션 제목: ${text}</span></a></div>`;
const page = `<p>서론</p>${heading(2, '서비스-타입', '서비스 타입')}<p>타입은 넷입니다.</p>${heading(3, 'nodeport', 'NodePort')}<p>NodePort(노드포트)는 ...</p>`;

describe('renderTermLine', () => {
	it('renders a hidden, weighted, escaped line of spellings', () => {
		expect(renderTermLine({ anchor: null, termIds: ['x'], spellings: ['a<b', 'C & D'] })).toBe(
			`<span hidden class="search-terms" data-pagefind-weight="${TERM_LINE_WEIGHT}">a&lt;b, C &amp; D</span>`,
		);
	});
});

describe('insertTermLines', () => {
	it('puts each line right after its heading, inside Starlight\'s heading wrapper', () => {
		const out = insertTermLines(page, [{ anchor: 'nodeport', termIds: ['node-port'], spellings: ['NodePort', '노드포트'] }]);
		expect(out).toContain('<h3 id="nodeport">NodePort</h3><span hidden class="search-terms" data-pagefind-weight="10">NodePort, 노드포트</span><a class="sl-anchor-link"');
		expect(out.replace(/<span hidden class="search-terms"[^>]*>[^<]*<\/span>/, '')).toBe(page);
	});

	it('puts lines without a heading, or whose heading is missing, at the top', () => {
		const out = insertTermLines(page, [
			{ anchor: null, termIds: ['service'], spellings: ['서비스'] },
			{ anchor: '없는-제목', termIds: ['x'], spellings: ['엑스'] },
		]);
		expect(out.startsWith('<span hidden class="search-terms" data-pagefind-weight="10">서비스</span><span hidden class="search-terms" data-pagefind-weight="10">엑스</span><p>서론</p>')).toBe(true);
	});

	it('leaves the content alone when there are no lines', () => {
		expect(insertTermLines(page, [])).toBe(page);
	});
});

describe('findHeadingEnd', () => {
	it('finds the end of the heading with exactly this id', () => {
		const end = findHeadingEnd(page, '서비스-타입');
		expect(page.slice(0, end).endsWith('<h2 id="서비스-타입">서비스 타입</h2>')).toBe(true);
		expect(findHeadingEnd(page, '서비스')).toBe(-1);
		expect(findHeadingEnd('<p id="nodeport">x</p>', 'nodeport')).toBe(-1);
		expect(findHeadingEnd('<h2 id="a.b">x</h2><p>', 'a.b')).toBe('<h2 id="a.b">x</h2>'.length);
		expect(findHeadingEnd('<h2 id="axb">x</h2>', 'a.b')).toBe(-1);
	});
});

describe('ignoreCodeBlocks', () => {
	it('marks every Expressive Code block as ignored, once', () => {
		const html = '<div class="expressive-code"><figure>kubectl get pods</figure></div><p>text</p><div class="expressive-code"><pre>x</pre></div>';
		const out = ignoreCodeBlocks(html);
		expect(out.match(/<div class="expressive-code" data-pagefind-ignore>/g)).toHaveLength(2);
		expect(ignoreCodeBlocks(out)).toBe(out);
		expect(ignoreCodeBlocks('<p>no code</p>')).toBe('<p>no code</p>');
	});
});

describe('escapeHtml', () => {
	it('escapes markup characters', () => {
		expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});
});

describe('ignoreIslands', () => {
	const island = (name: string, extra = '') =>
		`<astro-island uid="a1" component-url="/_astro/x.js"${extra} props="{&quot;t&quot;:[0,&quot;a &amp; b&quot;]}" ssr client="visible" opts="{&quot;name&quot;:&quot;${name}&quot;,&quot;value&quot;:true}" await-children><button>−</button></astro-island>`;

	it('reads the component name Astro writes into opts', () => {
		expect(readIslandName(island('ReplicaSliderIsland').slice('<astro-island'.length))).toBe('ReplicaSliderIsland');
		expect(readIslandName(' opts="not json"')).toBeNull();
		expect(readIslandName(' uid="x"')).toBeNull();
	});

	it('leaves widgets out of the index and keeps the listed islands', () => {
		const html = `<p>글</p>${island('ReplicaSliderIsland')}${island('QuizIsland')}${island('Island')}`;
		const out = ignoreIslands(html, ['QuizIsland']);
		expect(out.match(/<astro-island data-pagefind-ignore /g)).toHaveLength(2);
		expect(out).toContain(island('QuizIsland'));
		expect(ignoreIslands(out, ['QuizIsland'])).toBe(out);
	});

	it('keeps an island that already decides for itself, and ignores one without a name', () => {
		const marked = island('Island', ' data-pagefind-ignore');
		expect(ignoreIslands(marked, [])).toBe(marked);
		expect(ignoreIslands('<astro-island uid="b">x</astro-island>', [])).toBe('<astro-island data-pagefind-ignore uid="b">x</astro-island>');
	});
});
