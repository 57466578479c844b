import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KOREAN_PARTICLES, listShortStems, stripKoreanParticles, stripParticle } from '../../../src/search/korean-particles';

describe('stripParticle', () => {
	it('strips the particles learners attach to terms', () => {
		expect(stripParticle('파드를')).toBe('파드');
		expect(stripParticle('서비스의')).toBe('서비스');
		expect(stripParticle('디플로이먼트를')).toBe('디플로이먼트');
		expect(stripParticle('스케줄러가')).toBe('스케줄러');
		expect(stripParticle('인그레스로')).toBe('인그레스');
		expect(stripParticle('헬름으로')).toBe('헬름');
		expect(stripParticle('쿠버네티스란')).toBe('쿠버네티스');
	});

	it('takes the longest particle cluster, not just its last syllable', () => {
		expect(stripParticle('노드에서')).toBe('노드');
		expect(stripParticle('노드에서는')).toBe('노드');
		expect(stripParticle('컨트롤러로부터')).toBe('컨트롤러');
		expect(stripParticle('파드에는')).toBe('파드');
	});

	it('strips a Korean particle from a Latin term', () => {
		expect(stripParticle('Pod를')).toBe('Pod');
		expect(stripParticle('kube-proxy가')).toBe('kube-proxy');
		expect(stripParticle('HPA는')).toBe('HPA');
	});

	it('keeps words whose last syllable only looks like a particle when one syllable would remain', () => {
		expect(stripParticle('추가')).toBe('추가');
		expect(stripParticle('정도')).toBe('정도');
		expect(stripParticle('미만')).toBe('미만');
	});

	it('strips down to one syllable only for known one-syllable terms', () => {
		const shortStems = new Set(['롤', '잡']);
		expect(stripParticle('롤을', { shortStems })).toBe('롤');
		expect(stripParticle('잡이', { shortStems })).toBe('잡');
		expect(stripParticle('롤을')).toBe('롤을');
		expect(stripParticle('추가', { shortStems })).toBe('추가');
	});

	it('leaves words without a particle, particles alone and punctuation stems alone', () => {
		expect(stripParticle('파드')).toBe('파드');
		expect(stripParticle('NodePort')).toBe('NodePort');
		expect(stripParticle('를')).toBe('를');
		expect(stripParticle('(를')).toBe('(를');
		expect(stripParticle('')).toBe('');
	});

	it('always returns a prefix of the word, so Pagefind still finds the whole word', () => {
		const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
		const word = fc.oneof(
			fc.array(syllable, { minLength: 1, maxLength: 6 }).map((s) => s.join('')),
			fc.tuple(fc.array(syllable, { minLength: 1, maxLength: 4 }), fc.constantFrom(...KOREAN_PARTICLES)).map(([s, p]) => s.join('') + p),
			fc.string(),
		);
		fc.assert(
			fc.property(word, (w) => {
				const stem = stripParticle(w, { shortStems: new Set(['롤']) });
				expect(w.startsWith(stem)).toBe(true);
				expect(stem.length > 0 || w === '').toBe(true);
			}),
		);
	});
});

describe('stripKoreanParticles', () => {
	it('strips every word of a query and keeps the spacing', () => {
		expect(stripKoreanParticles('컨트롤 플레인이')).toBe('컨트롤 플레인');
		expect(stripKoreanParticles('파드를  서비스로')).toBe('파드  서비스');
		expect(stripKoreanParticles(' rolling update ')).toBe(' rolling update ');
		expect(stripKoreanParticles('')).toBe('');
	});
});

describe('listShortStems', () => {
	it('lists the one-syllable Korean words of the spellings, once each', () => {
		expect(listShortStems(['롤', 'Role', '잡', '크론 잡', '값', '파드', 'rs'])).toEqual(['값', '롤', '잡']);
	});
});
