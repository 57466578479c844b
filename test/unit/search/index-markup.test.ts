import { describe, expect, it } from 'vitest';
import { TERM_LINE_CLASS, TERM_LINE_WEIGHT, termLineElement } from '../../../src/search/index-markup';
import { TERM_LINE_ID_PREFIX } from '../../../src/search/excerpt';

describe('termLineElement', () => {
	it('is a hidden, weighted span numbered for the excerpts, with the spellings as one text node', () => {
		expect(termLineElement({ anchor: null, termIds: ['x'], spellings: ['a<b', 'C & D'] }, 3)).toEqual({
			type: 'element',
			tagName: 'span',
			properties: { hidden: true, id: `${TERM_LINE_ID_PREFIX}3`, className: [TERM_LINE_CLASS], dataPagefindWeight: String(TERM_LINE_WEIGHT) },
			children: [{ type: 'text', value: 'a<b, C & D' }],
		});
	});

	it('takes another weight when asked', () => {
		expect(termLineElement({ anchor: 'a', termIds: ['x'], spellings: ['x'] }, 1, 4).properties.dataPagefindWeight).toBe('4');
	});
});
