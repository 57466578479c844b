// The architecture explorer's prose (moved from src/sim/apply-flow-text.ts): complete for
// every component and step, current terms only, official Korean terms, the site's 합니다체.
import { describe, expect, it } from 'vitest';
import { flowText, strings } from '../../../src/i18n/architecture-explorer.ts';
import { ARCH_COMPONENTS, applyFlowSteps, type ApplyKind } from '../../../src/sim/index.ts';

const allSteps = [
	...(['Deployment', 'Pod', 'Service'] as ApplyKind[]).map((k) => applyFlowSteps(k)),
	applyFlowSteps('Deployment', { serviceSelectsPods: false }),
].flat();

// Source: https://kubernetes.io/docs/concepts/architecture/, https://kubernetes.io/docs/setup/production-environment/container-runtimes/, kubernetes/community wg-naming/recommendations/master-control-plane.md, kubernetes/enhancements keps/sig-cluster-lifecycle/kubeadm/2067-rename-master-label-taint/README.md, https://kubernetes.io/docs/reference/labels-annotations-taints/, https://kubernetes.io/ko/docs/contribute/localization_ko/
describe('architecture explorer prose', () => {
	it('Korean and English cover every component and step with the same keys', () => {
		for (const locale of ['ko', 'en'] as const) {
			const text = flowText[locale];
			for (const c of ARCH_COMPONENTS) {
				expect(text.componentRole[c.id].length).toBeGreaterThan(10);
				expect(text.componentName[c.id].length).toBeGreaterThan(3);
			}
			for (const step of allSteps) expect(text.step[step.id].length).toBeGreaterThan(10);
		}
		expect(Object.keys(flowText.en.step).sort()).toEqual(Object.keys(flowText.ko.step).sort());
		expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.ko).sort());
	});

	// Source: https://kubernetes.io/docs/concepts/architecture/, https://kubernetes.io/docs/setup/production-environment/container-runtimes/
	it('the container runtime is described through the CRI, with dockershim removed in 1.24', () => {
		expect(flowText.en.componentRole['container-runtime']).toMatch(/containerd, CRI-O .*CRI.*Dockershim was removed in 1\.24/);
		expect(flowText.ko.componentRole['container-runtime']).toMatch(/containerd, CRI-O.*CRI.*1\.24/);
	});

	// Source: kubernetes/community wg-naming/recommendations/master-control-plane.md
	it('says "control plane", and "master" only in the note about the old name', () => {
		for (const locale of ['ko', 'en'] as const) {
			const { masterNote, ...rest } = flowText[locale];
			expect(JSON.stringify(rest)).not.toMatch(/master|마스터/i);
			expect(masterNote).toMatch(/system:masters/);
			const labels = Object.values(strings[locale]).map((v) => (typeof v === 'string' ? v : ''));
			expect(labels.join(' ')).not.toMatch(/master|마스터/i);
		}
		expect(flowText.ko.place['control-plane']).toBe('컨트롤 플레인');
	});

	// Source: https://kubernetes.io/ko/docs/contribute/localization_ko/
	it('Korean uses the official terms', () => {
		const ko = JSON.stringify(flowText.ko);
		for (const term of ['파드', '디플로이먼트', '레플리카셋', '엔드포인트슬라이스', '컨트롤 플레인', 'kubelet', 'kube-proxy']) expect(ko).toContain(term);
		expect(ko).not.toMatch(/포드|팟|Kubelet/);
	});

	it("Korean sentences use the site's 합니다체 (CONTENT-GUIDE), like the page around the widget", () => {
		const sentences = [...Object.values(flowText.ko.step), ...Object.values(flowText.ko.componentRole), flowText.ko.masterNote];
		for (const text of sentences) {
			for (const sentence of text.split(/(?<=\.)\s+/)) expect(sentence).toMatch(/(니다|습니다)\.$/);
		}
	});
});
