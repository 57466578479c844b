/**
 * Field paths of manifest lines, without the YAML parser (so widgets can use them in
 * their first render): point a field error at its line, and turn a concrete path into
 * the key its explanation is stored under.
 */

/** The field a line starts, e.g. line 8 -> `spec.replicas`. */
export interface FieldLine {
	/** 1-based line number. */
	readonly line: number;
	/** Field path like the API server writes it: `spec.template.spec.containers[0].image`. */
	readonly path: string;
}

/**
 * The line of a field error's path, or of its closest written parent (a missing
 * `spec.selector` points at `spec`); undefined when nothing matches (e.g. `<root>`).
 */
export function findFieldLine(paths: readonly FieldLine[], fieldPath: string): number | undefined {
	let path = fieldPath;
	while (path !== '') {
		const hit = paths.find((f) => f.path === path);
		if (hit) return hit.line;
		const parent = path.replace(/(\[[^\]]*\]|\.[^.[]*)$/, '');
		if (parent === path) break;
		path = parent;
	}
	return undefined;
}

const LABEL_MAPS =
	/^(metadata\.labels|metadata\.annotations|spec\.selector\.matchLabels|spec\.template\.metadata\.labels|spec\.template\.metadata\.annotations)\..+$/;

/**
 * The explanation key of a field path: list indexes become `[]` and any key inside
 * a label or annotation map becomes `*` (`spec.template.metadata.labels.*`).
 */
export function getFieldHelpKey(path: string): string {
	return path.replace(/\[[0-9]+\]/g, '[]').replace(LABEL_MAPS, '$1.*');
}

/** The field that starts on a line (first one if several), if any. */
export function getLineField(fields: readonly FieldLine[], line: number): string | undefined {
	return fields.find((f) => f.line === line)?.path;
}
