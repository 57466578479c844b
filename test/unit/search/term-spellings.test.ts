import { describe, expect, it } from 'vitest';
import { joinWords, listTermSpellings } from '../../../src/search/term-spellings';

const nodePort = { ko: 'NodePort', en: 'NodePort', aliases: ['노드포트', '노드 포트', 'node port', 'nodePort'] };
const rolling = { ko: '롤링 업데이트', en: 'Rolling update', aliases: ['rollingupdate', '롤링업데이트', '무중단 배포'] };

describe('listTermSpellings', () => {
	it('lists names and aliases once each, ignoring case', () => {
		expect(listTermSpellings(nodePort)).toEqual(['NodePort', '노드포트', '노드 포트', 'node port']);
	});

	it("puts the page locale's own name first", () => {
		expect(listTermSpellings(rolling, 'ko')[0]).toBe('롤링 업데이트');
		expect(listTermSpellings(rolling, 'en')[0]).toBe('Rolling update');
	});

	it('adds the unspaced form of multi-word spellings', () => {
		const spellings = listTermSpellings(rolling);
		expect(spellings).toContain('무중단배포');
		expect(spellings.filter((s) => s.toLowerCase() === 'rollingupdate')).toHaveLength(1);
		expect(spellings.filter((s) => s === '롤링업데이트')).toHaveLength(1);
	});

	it('tidies whitespace and drops empty spellings', () => {
		expect(listTermSpellings({ ko: ' 파드 ', en: 'Pod', aliases: ['  ', '파드  단계'] })).toEqual(['파드', 'Pod', '파드 단계', '파드단계']);
	});
});

describe('joinWords', () => {
	it('joins words of one script and leaves mixed or single words alone', () => {
		expect(joinWords('노드 포트')).toBe('노드포트');
		expect(joinWords('control plane node')).toBe('controlplanenode');
		expect(joinWords('Rolling update')).toBe('rollingupdate');
		expect(joinWords('DNS 이름')).toBeNull();
		expect(joinWords('kubectl create -f')).toBeNull();
		expect(joinWords('pod-template-hash label')).toBeNull();
		expect(joinWords('파드')).toBeNull();
	});
});
