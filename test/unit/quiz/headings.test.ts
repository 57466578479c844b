import { describe, expect, it } from 'vitest';
import { extractHeadings } from '../../../src/quiz/headings';

describe('extractHeadings', () => {
	it('reads ATX headings as plain text, skipping front matter and fenced code', () => {
		const source = [
			'---',
			'title: "# not a heading"',
			'---',
			'# Title',
			'## The `kubectl apply` flow ##',
			'~~~~',
			'## inside tildes',
			'```',
			'still inside the longer tilde fence',
			'~~~~',
			'### **Bold** and [link](/x/) <Badge text="new" />',
			'####### seven is not a heading',
			'#no space is not one either',
		].join('\n');
		expect(extractHeadings(source)).toEqual([
			{ depth: 1, text: 'Title' },
			{ depth: 2, text: 'The kubectl apply flow' },
			{ depth: 3, text: 'Bold and link' },
		]);
	});
});
