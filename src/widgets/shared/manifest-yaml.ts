/**
 * Build-time YAML for manifests the Astro components hand to islands (RBAC objects,
 * NetworkPolicies): kubectl-like block style, but lists of plain values written inline
 * (`verbs: ["get", "list"]`) the way the Kubernetes docs write them. Uses the `yaml`
 * package, so call it only from .astro frontmatter: islands receive the finished text.
 */
import { Document, isScalar, visit } from 'yaml';

/** Formats one manifest as YAML text ending in a newline. */
export function formatManifestYaml(manifest: Record<string, unknown>): string {
	const doc = new Document(manifest);
	visit(doc, {
		Seq(_key, node) {
			if (node.items.every((item) => isScalar(item))) node.flow = true;
		},
		Scalar(_key, node) {
			// Strings inside inline lists get quotes, so [""] reads as the core API group.
			if (typeof node.value === 'string') node.type = 'QUOTE_DOUBLE';
		},
	});
	// Only values inside inline lists keep their quotes; keys and block values stay plain.
	visit(doc, {
		Pair(_key, pair) {
			if (isScalar(pair.key)) pair.key.type = 'PLAIN';
			if (isScalar(pair.value)) pair.value.type = 'PLAIN';
		},
	});
	return doc.toString({ flowCollectionPadding: false, lineWidth: 0 });
}
