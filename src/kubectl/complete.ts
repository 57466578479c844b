/** Tab completion: command names, subcommands, resource types, object names and flags. */
import { COMMANDS } from './commands.ts';
import { listObjects } from './objects.ts';
import { findResourceType, RESOURCE_TYPES } from './resources.ts';
import type { LabState } from './state.ts';
import { lastWord, tokenize } from './tokenize.ts';

/** Candidates for the word under the cursor (the end of `line`); replace `line.slice(from)` with one. */
export function completeCommand(state: LabState, line: string): { readonly from: number; readonly candidates: readonly string[] } {
	const { from, word } = lastWord(line);
	const before = tokenize(line.slice(0, from));
	const words = before.ok ? [...before.words] : [];
	const pick = (options: readonly string[]): { from: number; candidates: string[] } => ({
		from,
		candidates: [...new Set(options)].filter((o) => o.startsWith(word)).sort(),
	});
	if (words.length === 0) return pick(['kubectl', 'clear']);
	if (words[0] !== 'kubectl') return { from, candidates: [] };
	const positional = words
		.slice(1)
		.filter(
			(w, i, all) =>
				!w.startsWith('-') && !['-n', '--namespace', '-o', '--output', '-l', '--selector', '-f', '--filename', '-c'].includes(all[i - 1] ?? ''),
		);
	if (word.startsWith('-')) {
		// The deepest command the words name (create secret generic has two levels).
		let cmd = COMMANDS.find((c) => c.name === positional[0]);
		for (const w of positional.slice(1)) cmd = cmd?.subcommands?.find((s) => s.name === w) ?? cmd;
		const flags = cmd?.flags ?? [];
		return pick([...flags.map((f) => `--${f.name}`), '--namespace', '--help']);
	}
	const prev = words[words.length - 1];
	if (prev === '-n' || prev === '--namespace') return pick(state.namespaces.map((n) => n.name));
	if (prev === '-o' || prev === '--output') return pick(['json', 'yaml', 'name', 'wide']);
	if (prev === '-f' || prev === '--filename' || prev === '--from-file') return pick(Object.keys(state.files));
	if (word.startsWith('--from-file=')) return pick(Object.keys(state.files).map((f) => `--from-file=${f}`));
	if (positional.length === 0) return pick(COMMANDS.map((c) => c.name));
	const def = COMMANDS.find((c) => c.name === positional[0]);
	if (!def) return { from, candidates: [] };
	let rest = positional.slice(1);
	let group: typeof def | undefined = def;
	while (group?.subcommands) {
		if (rest.length === 0) return pick(group.subcommands.map((s) => s.name));
		group = group.subcommands.find((s) => s.name === rest[0]);
		rest = rest.slice(1);
	}
	if (['cordon', 'uncordon', 'drain'].includes(def.name)) return rest.length === 0 ? pick(state.cluster.nodes.map((n) => n.name)) : { from, candidates: [] };
	if (def.name === 'logs') return rest.length === 0 ? pick(state.cluster.pods.map((p) => p.name)) : { from, candidates: [] };
	if (!['get', 'describe', 'delete', 'scale', 'label', 'expose', 'set', 'rollout', 'explain'].includes(def.name)) return { from, candidates: [] };
	if (rest.length === 0) {
		const slash = word.indexOf('/');
		if (slash >= 0) {
			const type = findResourceType(word.slice(0, slash));
			if (!type) return { from, candidates: [] };
			return pick(listObjects(state, type, state.namespace).map((o) => `${word.slice(0, slash)}/${o.name}`));
		}
		const types =
			def.name === 'rollout'
				? ['deployment', 'daemonset', 'statefulset']
				: def.name === 'scale'
					? ['deployment', 'replicaset', 'statefulset']
					: [...RESOURCE_TYPES.map((t) => t.name), ...(def.name === 'get' ? ['all'] : [])];
		return pick(types);
	}
	const type = findResourceType(rest[0]!);
	if (!type) return { from, candidates: [] };
	return pick(listObjects(state, type, state.namespace).map((o) => o.name));
}
