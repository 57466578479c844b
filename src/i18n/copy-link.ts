/**
 * Strings of "copy link" on headings and quiz questions: Starlight's heading anchor label
 * (its `heading.anchorLabel` key, so the anchor Starlight renders is the copy-link button)
 * and the status the copy-link script shows.
 */
import { defineStrings } from './index';

/** Starlight UI strings for heading anchors, injected by astro.config.mjs. */
export const headingStrings = defineStrings({
	// Keeps Starlight's "섹션 제목" wording, so the label still names the section it links to.
	ko: { 'heading.anchorLabel': '섹션 제목 “{{title}}”의 링크 복사' },
	en: { 'heading.anchorLabel': 'Copy link to section “{{title}}”' },
});

/** What the copy-link script says after a click. */
export const strings = defineStrings({
	ko: {
		copied: '링크를 복사했습니다.',
		failed: '링크를 복사하지 못했습니다. 아래 링크를 선택해 복사하세요.',
		linkLabel: '이 부분으로 가는 링크',
	},
	en: {
		copied: 'Link copied.',
		failed: 'Could not copy the link. Select the link below and copy it.',
		linkLabel: 'Link to this part',
	},
});
