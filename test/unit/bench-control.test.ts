import { describe, expect, it } from 'vitest';
import { stripToText } from '../../scripts/bench-control.mjs';

describe('bench control pages', () => {
	it('keep frontmatter, prose, asides and code, and drop MDX imports and components', () => {
		const page = [
			'---',
			'title: 서비스',
			'---',
			'',
			"import Quiz from '../../src/components/Quiz.astro';",
			"import ServiceTypePicker from '../../src/components/ServiceTypePicker.astro';",
			'',
			'**서비스**는 고정된 주소를 줍니다.',
			'',
			'<ServiceTypePicker />',
			'',
			':::caution[흔한 오해]',
			'서비스는 파드가 아닙니다.',
			':::',
			'',
			'```yaml',
			'kind: Service',
			'```',
			'',
			'<Quiz',
			'  id="services"',
			'/>',
			'',
		].join('\n');
		const out = stripToText(page);
		expect(out).toContain('title: 서비스');
		expect(out).toContain('**서비스**는 고정된 주소를 줍니다.');
		expect(out).toContain(':::caution[흔한 오해]');
		expect(out).toContain('kind: Service');
		expect(out).not.toMatch(/import |<ServiceTypePicker|<Quiz|id="services"/);
	});
});
