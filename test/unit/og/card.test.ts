import { describe, expect, it } from 'vitest';
import { buildCard, CARD_HEIGHT, CARD_WIDTH, truncate, type CardNode } from '../../../src/og/card';
import { parseFontSubsets, pickFontFiles } from '../../../src/og/font-subsets';

const texts = (n: CardNode | string): string[] => (typeof n === 'string' ? [n] : ([] as (CardNode | string)[]).concat(n.props.children ?? []).flatMap(texts));

describe('link-preview card', () => {
	const card = buildCard({
		siteName: '쿠버네티스 기초',
		section: '핵심 개념',
		title: '서비스',
		description: '서비스는 계속 바뀌는 파드들 앞에 고정된 IP와 DNS 이름을 둡니다.',
		footer: '쿠버네티스 v1.37 기준 · 2026-12-04 확인',
	});

	it('is 1200x630 and says the site, section, title, description and version', () => {
		expect(card.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(CARD_WIDTH / CARD_HEIGHT).toBeCloseTo(1.905, 2);
		expect(texts(card)).toEqual([
			'쿠버네티스 기초',
			'/ 핵심 개념',
			'서비스',
			'서비스는 계속 바뀌는 파드들 앞에 고정된 IP와 DNS 이름을 둡니다.',
			'쿠버네티스 v1.37 기준 · 2026-12-04 확인',
		]);
	});

	it('leaves the section out when a page has none', () => {
		const bare = buildCard({ siteName: 'K', section: '', title: 'T', description: 'D', footer: '' });
		expect(texts(bare)).toEqual(['K', 'T', 'D', '']);
	});

	it('cuts long text at a word boundary with an ellipsis', () => {
		expect(truncate('short text', 40)).toBe('short text');
		const long = truncate('레이블과 셀렉터, port와 targetPort, ClusterIP·NodePort·LoadBalancer 타입, 서비스 DNS', 30);
		expect([...long].length).toBeLessThanOrEqual(30);
		expect(long.endsWith('…')).toBe(true);
		expect(long).toBe('레이블과 셀렉터, port와 targetPort…');
		// A single long word is cut inside it rather than dropped.
		expect(truncate('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
	});
});

describe('font subsets', () => {
	const css = `
/* a */
@font-face {
  font-family: 'Noto Sans KR';
  src: url(./files/kr-0-700-normal.woff2) format('woff2'), url(./files/kr-0-700-normal.woff) format('woff');
  unicode-range: U+ac00-ac10,U+b9e4;
}
@font-face {
  src: url(./files/kr-1-700-normal.woff2) format('woff2'), url(./files/kr-1-700-normal.woff) format('woff');
  unicode-range: U+0000-00ff;
}
@font-face {
  src: url(./files/broken.woff2) format('woff2');
  unicode-range: U+0000-00ff;
}`;

	it('reads each face’s WOFF file and ranges, skipping faces without a WOFF', () => {
		expect(parseFontSubsets(css)).toEqual([
			{
				file: 'kr-0-700-normal.woff',
				ranges: [
					[0xac00, 0xac10],
					[0xb9e4, 0xb9e4],
				],
			},
			{ file: 'kr-1-700-normal.woff', ranges: [[0, 0xff]] },
		]);
	});

	it('picks only the files that hold the text’s characters', () => {
		const subsets = parseFontSubsets(css);
		expect(pickFontFiles(subsets, 'abc')).toEqual(['kr-1-700-normal.woff']);
		expect(pickFontFiles(subsets, '가')).toEqual(['kr-0-700-normal.woff']);
		expect(pickFontFiles(subsets, '매 a')).toEqual(['kr-0-700-normal.woff', 'kr-1-700-normal.woff']);
		expect(pickFontFiles(subsets, '😀')).toEqual([]);
	});
});

describe('card paths', () => {
	it('publish each page’s card under og/ by its entry id, the root page as index', async () => {
		const { cardPath } = await import('../../../src/og/card');
		expect(cardPath('overview')).toBe('og/overview.png');
		expect(cardPath('en/overview')).toBe('og/en/overview.png');
		expect(cardPath('en')).toBe('og/en.png');
		expect(cardPath('')).toBe('og/index.png');
	});
});
