import { describe, expect, it } from 'vitest';
import { tokenizeYamlLine } from '../../../src/widgets/shared/yaml-tokens';

const kinds = (line: string) => tokenizeYamlLine(line).map((t) => `${t.kind}:${t.text}`);

describe('tokenizeYamlLine', () => {
	it('splits key, colon and a string value, keeping indentation', () => {
		expect(kinds('  name: nginx')).toEqual(['plain:  ', 'key:name', 'punct::', 'plain: ', 'string:nginx']);
	});
	it('marks numbers and booleans', () => {
		expect(kinds('replicas: 3').at(-1)).toBe('number:3');
		expect(kinds('paused: false').at(-1)).toBe('bool:false');
	});
	it('handles list items and comments', () => {
		expect(kinds('- containerPort: 80 # the port')).toEqual(['punct:- ', 'key:containerPort', 'punct::', 'plain: ', 'number:80', 'comment: # the port']);
	});
	it('keeps a key with no value (a mapping follows)', () => {
		expect(kinds('spec:')).toEqual(['key:spec', 'punct::']);
	});
	it('always reproduces the line exactly', () => {
		for (const line of ['apiVersion: apps/v1', '      - name: nginx', '# only a comment', 'image: "nginx:1.16.1"', '']) {
			expect(
				tokenizeYamlLine(line)
					.map((t) => t.text)
					.join(''),
			).toBe(line);
		}
	});
});
