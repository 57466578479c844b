import { describe, expect, it } from 'vitest';
import { TERM_LINE_WEIGHT, escapeHtml, findHeadingEnd, insertTermLines, renderTermLine } from '../../../src/search/index-markup';

// Starlight's heading markup, as the build writes it.
const heading = (level: number, id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only" data-pagefind-ignore>섹션 제목: ${text}</span></a></div>`;
const page = `<p>서론</p>${heading(2, '서비스-타입', '서비스 타입')}<p>타입은 넷입니다.</p>${heading(3, 'nodeport', 'NodePort')}<p>NodePort(노드포트)는 ...</p>`;

describe('renderTermLine', () => {
	it('renders a hidden, weighted, escaped line of spellings', () => {
		expect(renderTermLine({ anchor: null, termIds: ['x'], spellings: ['a<b', 'C & D'] }, 3)).toBe(
			`<span hidden id="search-terms-3" class="search-terms" data-pagefind-weight="${TERM_LINE_WEIGHT}">a&lt;b, C &amp; D</span>`,
		);
	});
});

describe('insertTermLines', () => {
	it("puts each line right after its heading, inside Starlight's heading wrapper", () => {
		const out = insertTermLines(page, [{ anchor: 'nodeport', termIds: ['node-port'], spellings: ['NodePort', '노드포트'] }]);
		expect(out).toContain(
			'<h3 id="nodeport">NodePort</h3><span hidden id="search-terms-1" class="search-terms" data-pagefind-weight="10">NodePort, 노드포트</span><a class="sl-anchor-link"',
		);
		expect(out.replace(/<span hidden id="search-terms-1" class="search-terms"[^>]*>[^<]*<\/span>/, '')).toBe(page);
	});

	it('puts lines without a heading, or whose heading is missing, at the top', () => {
		const out = insertTermLines(page, [
			{ anchor: null, termIds: ['service'], spellings: ['서비스'] },
			{ anchor: '없는-제목', termIds: ['x'], spellings: ['엑스'] },
		]);
		expect(
			out.startsWith(
				'<span hidden id="search-terms-1" class="search-terms" data-pagefind-weight="10">서비스</span><span hidden id="search-terms-2" class="search-terms" data-pagefind-weight="10">엑스</span><p>서론</p>',
			),
		).toBe(true);
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

describe('escapeHtml', () => {
	it('escapes markup characters', () => {
		expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});
});
