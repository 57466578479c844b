// Build-time YAML of manifests: block style, inline quoted lists of plain values, and text
// the `yaml` package reads back to the same object.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toNetworkPolicyManifest, toRbacManifests } from '../../../src/sim/index.ts';
import { DEMO_RBAC_POLICY } from '../../../src/widgets/AccessCheck/model.ts';
import { DEMO_NETWORK_POLICIES } from '../../../src/widgets/TrafficCheck/model.ts';
import { formatManifestYaml } from '../../../src/widgets/shared/manifest-yaml.ts';

describe('formatManifestYaml', () => {
	it('writes lists of plain values inline and quoted, like the Kubernetes docs', () => {
		const role = toRbacManifests(DEMO_RBAC_POLICY).find((m) => m.name === 'pod-reader');
		expect(formatManifestYaml(role!.manifest)).toBe(
			[
				'apiVersion: rbac.authorization.k8s.io/v1',
				'kind: Role',
				'metadata:',
				'  name: pod-reader',
				'  namespace: dev',
				'rules:',
				'  - apiGroups: [""]',
				'    resources: ["pods"]',
				'    verbs: ["get", "watch", "list"]',
				'',
			].join('\n'),
		);
	});

	it('keeps an empty selector as {} and numbers as numbers', () => {
		const text = formatManifestYaml(toNetworkPolicyManifest(DEMO_NETWORK_POLICIES[0]!));
		expect(text).toContain('  podSelector: {}\n');
		expect(formatManifestYaml(toNetworkPolicyManifest(DEMO_NETWORK_POLICIES[1]!))).toContain('port: 8080\n');
	});

	it('round-trips: parsing the text gives the manifest back', () => {
		const all = [...toRbacManifests(DEMO_RBAC_POLICY).map((m) => m.manifest), ...DEMO_NETWORK_POLICIES.map(toNetworkPolicyManifest)];
		for (const manifest of all) expect(parse(formatManifestYaml(manifest))).toEqual(manifest);
	});
});
