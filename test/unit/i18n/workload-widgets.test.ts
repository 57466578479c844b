// Labels of the ServiceTypePicker and ReplicaSlider widgets: the same keys in both
// languages, official Korean terms (https://kubernetes.io/ko/docs/contribute/localization_ko/, https://kubernetes.io/ko/docs/contribute/localization_ko/), Pod STATUS values kept in English, the
// site's 합니다체 in Korean sentences, and the accessible names the e2e tests rely on.
import { describe, expect, it } from 'vitest';
import { strings as replica } from '../../../src/i18n/replica-slider.ts';
import { strings as service } from '../../../src/i18n/service-type-picker.ts';

/** Every string of a table (except `skip` keys), functions called with sample values. */
function renderAll(table: Record<string, unknown>, skip: readonly string[] = []): string[] {
	return Object.entries(table)
		.filter(([key]) => !skip.includes(key))
		.map(([, v]) => (typeof v === 'function' ? String((v as (...a: unknown[]) => string)('nginx-abcde', 'worker-1', 3)) : String(v)));
}

describe('workload widget labels', () => {
	it('have the same keys and kinds (string or function) in Korean and English', () => {
		for (const table of [service, replica]) {
			expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.ko).sort());
			for (const key of Object.keys(table.ko) as (keyof typeof table.ko)[]) expect(typeof table.en[key]).toBe(typeof table.ko[key]);
		}
	});

	it('Korean uses the official terms and no English object names in prose', () => {
		const ko = [...renderAll(service.ko), ...renderAll(replica.ko)].join('\n');
		for (const term of ['파드', '노드', '서비스', '레플리카셋', '클러스터', '컨트롤 플레인']) expect(ko).toContain(term);
		expect(ko).not.toMatch(/포드|팟|레플리카 세트|\bPods?\b|\bNode\b/);
	});

	it('Korean sentences end in 합니다체', () => {
		// Status readouts ("원하는 수 5, 현재 5, 준비 5.") are data, not prose.
		const sentences = [...renderAll(service.ko, ['summary']), ...renderAll(replica.ko, ['counts'])]
			.flatMap((s) => s.split(/(?<=\.)\s+/))
			.filter((s) => s.endsWith('.'));
		expect(sentences.length).toBeGreaterThan(10);
		for (const s of sentences) expect(s).toMatch(/(니다|습니다)\.$/);
	});

	it('gives the delete buttons and the live region the names the brief asks for', () => {
		expect(replica.en.deletePod('nginx-x8pzk')).toBe('delete pod nginx-x8pzk');
		expect(replica.ko.deletePod('nginx-x8pzk')).toBe('파드 nginx-x8pzk 삭제');
		expect(replica.en.counts(5, 5, 5)).toBe('desired 5, current 5, ready 5.');
		expect(replica.ko.counts(5, 4, 3)).toBe('원하는 수 5, 현재 4, 준비 3.');
	});
});
