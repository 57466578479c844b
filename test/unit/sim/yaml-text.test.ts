import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatYamlText } from '../../../src/sim/index.ts';

describe('formatYamlText', () => {
	it('writes mappings, sequences of mappings and scalars like kubectl', () => {
		const text = formatYamlText({
			apiVersion: 'v1',
			kind: 'Service',
			metadata: { name: 'nginx-service' },
			spec: { clusterIP: '10.96.12.34', ports: [{ protocol: 'TCP', port: 80, nodePort: 31234 }], selector: { app: 'nginx' } },
			status: { loadBalancer: {} },
			skipped: undefined,
		});
		expect(text).toBe(
			[
				'apiVersion: v1',
				'kind: Service',
				'metadata:',
				'  name: nginx-service',
				'spec:',
				'  clusterIP: 10.96.12.34',
				'  ports:',
				'  - protocol: TCP',
				'    port: 80',
				'    nodePort: 31234',
				'  selector:',
				'    app: nginx',
				'status:',
				'  loadBalancer: {}',
				'',
			].join('\n'),
		);
	});

	it('quotes strings YAML would read as something else', () => {
		const text = formatYamlText({ a: '80', b: 'true', c: '', d: 'a: b', e: '- x', f: 'null', g: 'x #y', h: 'line\nbreak', i: null, j: [] });
		expect(text).toContain('a: "80"\n');
		expect(text).toContain('b: "true"\n');
		expect(text).toContain('c: ""\n');
		expect(text).toContain('i: null\n');
		expect(text).toContain('j: []\n');
		expect(parse(text)).toEqual({ a: '80', b: 'true', c: '', d: 'a: b', e: '- x', f: 'null', g: 'x #y', h: 'line\nbreak', i: null, j: [] });
	});

	it('writes nested sequences and scalar lists', () => {
		const value = { list: ['a', 1, false], nested: [[1, 2], [{ k: 'v', w: [3] }]] };
		expect(parse(formatYamlText(value))).toEqual(value);
	});

	it('round-trips through the yaml parser for any plain data', () => {
		const key = fc.string({ minLength: 1, maxLength: 8 });
		const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
		const { tree } = fc.letrec((tie) => ({
			tree: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('tree'), { maxLength: 3 }), fc.dictionary(key, tie('tree'), { maxKeys: 3 })),
		}));
		fc.assert(
			fc.property(fc.dictionary(key, tree, { maxKeys: 4 }), (value) => {
				expect(parse(formatYamlText(value as Record<string, never>)) ?? {}).toEqual(value);
			}),
			{ numRuns: 300 },
		);
	});
});
