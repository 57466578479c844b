// content/cheatsheet.yaml: valid, every term a glossary term, no command twice.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cheatSheetSchema } from '../../src/cheatsheet/schema';

const raw = parse(readFileSync('content/cheatsheet.yaml', 'utf8'));
const glossaryIds = new Set((parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string }[]).map((e) => e.id));

describe('cheat sheet', () => {
	const sheet = cheatSheetSchema.parse(raw);

	it('names only glossary terms, each once', () => {
		expect(sheet.terms.filter((id) => !glossaryIds.has(id))).toEqual([]);
		expect(new Set(sheet.terms).size).toBe(sheet.terms.length);
	});

	it('lists each command once', () => {
		const commands = sheet.groups.flatMap((g) => g.commands.map((c) => c.command));
		expect(new Set(commands).size).toBe(commands.length);
	});

	it('rejects what the sheet cannot print', () => {
		expect(cheatSheetSchema.safeParse({ groups: [], terms: ['pod'] }).success).toBe(false);
		const notKubectl = { groups: [{ title: { ko: '가', en: 'a' }, commands: [{ command: 'helm list', does: { ko: '가', en: 'a' } }] }], terms: ['pod'] };
		expect(cheatSheetSchema.safeParse(notKubectl).success).toBe(false);
		const oneLanguage = { groups: [{ title: { ko: '가', en: 'a' }, commands: [{ command: 'kubectl get pods', does: { ko: '가' } }] }], terms: ['pod'] };
		expect(cheatSheetSchema.safeParse(oneLanguage).success).toBe(false);
	});
});
