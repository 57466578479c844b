import { expect, it } from 'vitest';
import { localizeHeadingLabels } from '../../../src/markdown/heading-labels';

const html = '<span class="sr-only" data-pagefind-ignore>섹션 제목: “Pods and containers”</span>';

it('gives English pages the English heading anchor label', () => {
	expect(localizeHeadingLabels(html, 'en')).toBe('<span class="sr-only" data-pagefind-ignore>Section titled “Pods and containers”</span>');
});

it('leaves Korean pages as they are', () => {
	expect(localizeHeadingLabels(html, 'ko')).toBe(html);
});
