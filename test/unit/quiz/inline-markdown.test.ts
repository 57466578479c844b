import { describe, expect, it } from 'vitest';
import { escapeHtml, renderInlineMarkdown, stripInlineMarkdown } from '../../../src/quiz/inline-markdown';

describe('renderInlineMarkdown', () => {
	it('renders code, bold and emphasis', () => {
		expect(renderInlineMarkdown('Set `replicas: 3` and **wait** a *moment*')).toBe(
			'Set <code>replicas: 3</code> and <strong>wait</strong> a <em>moment</em>',
		);
	});

	it('escapes HTML in text and inside code', () => {
		expect(renderInlineMarkdown('<script>alert("x")</script> & `<b>`')).toBe(
			'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <code>&lt;b&gt;</code>',
		);
	});

	it('keeps Markdown markers inside code literal', () => {
		expect(renderInlineMarkdown('`**not bold**` **bold**')).toBe('<code>**not bold**</code> <strong>bold</strong>');
	});

	it('renders safe links and drops unsafe ones to text', () => {
		expect(renderInlineMarkdown('see [the docs](https://kubernetes.io/ko/?a=1&b=2)')).toBe(
			'see <a href="https://kubernetes.io/ko/?a=1&amp;b=2">the docs</a>',
		);
		expect(renderInlineMarkdown('[here](#구성-요소) and [**up**](../pods/)')).toBe(
			'<a href="#구성-요소">here</a> and <a href="../pods/"><strong>up</strong></a>',
		);
		expect(renderInlineMarkdown('[click](javascript:alert(1))')).not.toContain('href');
		expect(renderInlineMarkdown('[click](javascript:void)')).toBe('click');
	});

	it('prefixes the site base to root-relative links only', () => {
		const md = '[pods](/pods/) [top](#a) [ext](https://x.io/) [already](/k8s-basics/pods/)';
		expect(renderInlineMarkdown(md, { base: '/k8s-basics/' })).toBe(
			'<a href="/k8s-basics/pods/">pods</a> <a href="#a">top</a> <a href="https://x.io/">ext</a> <a href="/k8s-basics/pods/">already</a>',
		);
		expect(renderInlineMarkdown('[pods](/pods/)', { base: '/' })).toBe('<a href="/pods/">pods</a>');
	});

	it('leaves an unclosed backtick or lone asterisk as text', () => {
		expect(renderInlineMarkdown('a ` b')).toBe('a ` b');
		expect(renderInlineMarkdown('2 * 3 = 6')).toBe('2 * 3 = 6');
	});
});

describe('stripInlineMarkdown', () => {
	it('removes markers but keeps the words', () => {
		expect(stripInlineMarkdown('Run `kubectl get` on **all** [nodes](/n/) *now*')).toBe('Run kubectl get on all nodes now');
	});
});

describe('escapeHtml', () => {
	it('escapes the five special characters', () => {
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});
});
