// The manifest explorer's field help covers every line of the outline's nginx-deployment.yaml
// in both languages, with the facts the page teaches (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
import { describe, expect, it } from 'vitest';
import { fieldHelp, strings } from '../../../src/i18n/manifest-explorer.ts';
import { strings as rollout } from '../../../src/i18n/rollout-simulator.ts';
import { NGINX_DEPLOYMENT_YAML, getFieldHelpKey } from '../../../src/sim/index.ts';
import { parseManifestText } from '../../../src/sim/views/parse-manifest.ts';

const parsed = parseManifestText(NGINX_DEPLOYMENT_YAML);
if (!parsed.ok) throw new Error(parsed.error.message);

describe('manifest explorer field help', () => {
	it('explains every field path of the outline manifest in Korean and English', () => {
		const keys = parsed.paths.map((f) => getFieldHelpKey(f.path));
		expect(keys.length).toBeGreaterThanOrEqual(21);
		for (const key of keys) {
			expect(Object.hasOwn(fieldHelp.ko, key), `ko ${key}`).toBe(true);
			expect(Object.hasOwn(fieldHelp.en, key), `en ${key}`).toBe(true);
		}
	});

	it('has the same keys in both languages, none empty', () => {
		expect(Object.keys(fieldHelp.en).sort()).toEqual(Object.keys(fieldHelp.ko).sort());
		expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.ko).sort());
		expect(Object.keys(rollout.en).sort()).toEqual(Object.keys(rollout.ko).sort());
		for (const text of [...Object.values(fieldHelp.ko), ...Object.values(fieldHelp.en)]) expect(text.length).toBeGreaterThan(10);
	});

	it('states the facts the pages teach', () => {
		const en = fieldHelp.en;
		expect(en['spec.replicas']).toMatch(/Omitted, it is 1/);
		expect(en['spec.replicas']).toMatch(/no new revision/);
		expect(en['spec.selector']).toMatch(/required.*no default.*match the template labels.*cannot be changed/s);
		expect(en['spec.template.metadata.labels']).toMatch(/pod-template-hash/);
		expect(en['spec.template.spec.containers[].image']).toMatch(/nginx:1\.161/);
		expect(en['spec.template.spec']).toMatch(/Always/);
		expect(fieldHelp.ko['spec.replicas']).toMatch(/생략하면 1/);
		expect(fieldHelp.ko['spec.selector']).toMatch(/바꿀 수 없습니다/);
		expect(fieldHelp.ko['spec.template.metadata.labels']).toMatch(/pod-template-hash/);
	});

	it('only uses the inline marks the widget renders (`code` and **strong**), balanced', () => {
		for (const text of [...Object.values(fieldHelp.ko), ...Object.values(fieldHelp.en)]) {
			expect((text.match(/`/g) ?? []).length % 2, text).toBe(0);
			expect((text.match(/\*\*/g) ?? []).length % 2, text).toBe(0);
		}
	});
});

describe('rollout simulator strings', () => {
	// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
	it('words the bounds with the rounding direction', () => {
		expect(rollout.en.surgeLine('25%', 10, 2.5, 3, 'up')).toBe('maxSurge 25% × 10 = 2.5 → round up → 3 extra Pods');
		expect(rollout.en.unavailableLine('25%', 10, 2.5, 2, 'down')).toBe('maxUnavailable 25% × 10 = 2.5 → round down → up to 2 Pods short');
		expect(rollout.ko.surgeLine('25%', 3, 0.75, 1, 'up')).toBe('maxSurge 25% × 3 = 0.75 → 올림 → 파드 1개 더');
		expect(rollout.en.surgeLine('1', 3, 1, 1, 'none')).toBe('maxSurge 1 → 1 extra Pod');
		expect(rollout.ko.counts(2, 2, 3, 3, 4)).toBe('새 2, 옛 2, 사용 가능 3 (최소 3, 최대 4)');
		expect(rollout.en.counts(2, 2, 3, 3, 4)).toBe('new 2, old 2, available 3 (min 3, max 4)');
	});
});
