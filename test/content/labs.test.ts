// Every lab file parses against labFileSchema, each English lab matches its Korean twin
// (same scenario, task ids, solutions and checks), and every task's solution, run through
// the engine from the lab's scenario, makes its check pass (and the check fails before).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkTask, createLab, runCommand, tickLab, writeFile, type LabState } from '../../src/kubectl/index';
import { labFileSchema, type LabFile } from '../../src/kubectl/lab-schema';

const SECTIONS = ['pods', 'services', 'deployments', 'controllers', 'resource-management', 'security', 'nginx-example'];
const read = (locale: string, section: string): LabFile => labFileSchema.parse(parse(readFileSync(`content/labs/${locale}/${section}.yaml`, 'utf8')));

describe('lab files', () => {
	it('exist for every concept section in both languages', () => {
		for (const locale of ['ko', 'en']) {
			const files = readdirSync(`content/labs/${locale}`).map((f) => f.replace(/\.yaml$/, ''));
			expect(files.sort()).toEqual([...SECTIONS].sort());
			for (const s of SECTIONS) expect(existsSync(`content/docs/${locale === 'ko' ? '' : 'en/'}${s}.mdx`), `${s} has a page`).toBe(true);
		}
	});

	it.each(SECTIONS)('%s: English twin has the same scenario, ids, solutions and checks', (section) => {
		const ko = read('ko', section);
		const en = read('en', section);
		expect(en.scenario).toBe(ko.scenario);
		expect(en.tasks.map((t) => [t.id, t.solution, t.check, t.files])).toEqual(ko.tasks.map((t) => [t.id, t.solution, t.check, t.files]));
		for (const [a, b] of en.tasks.map((t, i) => [t, ko.tasks[i]!] as const)) expect(a.title, `${section}/${a.id} is translated`).not.toBe(b.title);
	});

	it.each(SECTIONS)('%s: every solution solves its task from the scenario, and no check passes before', async (section) => {
		const lab = read('ko', section);
		let state: LabState = createLab(lab.scenario);
		for (const task of lab.tasks) {
			expect(checkTask(state, task.check), `${section}/${task.id} passes before its solution`).toBe(false);
			for (const [name, text] of Object.entries(task.files ?? {})) state = writeFile(state, name, text);
			for (const line of task.solution) {
				const r = await runCommand(state, line);
				expect(r.exitCode, `${section}/${task.id}: ${line}\n${r.output}`).toBe(0);
				state = r.state;
			}
			// Let the controllers finish (the learner keeps typing; a few ticks pass).
			state = tickLab(state, 12);
			expect(checkTask(state, task.check), `${section}/${task.id} passes after its solution`).toBe(true);
		}
	});
});

describe('labFileSchema', () => {
	it('rejects a lab with a duplicate task id, naming the task', () => {
		const lab = parse(readFileSync('content/labs/ko/pods.yaml', 'utf8')) as { tasks: { id: string }[] };
		lab.tasks[1]!.id = lab.tasks[0]!.id;
		const result = labFileSchema.safeParse(lab);
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('task create-pod: duplicate task id');
	});

	it('rejects an unknown check kind and a non-kubectl solution', () => {
		const lab = parse(readFileSync('content/labs/en/pods.yaml', 'utf8')) as { tasks: { check: unknown; solution: string[] }[] };
		expect(labFileSchema.safeParse({ ...lab, tasks: lab.tasks.map((t) => ({ ...t, check: { kind: 'commandTyped' } })) }).success).toBe(false);
		expect(labFileSchema.safeParse({ ...lab, tasks: lab.tasks.map((t) => ({ ...t, solution: ['rm -rf /'] })) }).success).toBe(false);
	});

	it('rejects fewer than 3 tasks', () => {
		const lab = parse(readFileSync('content/labs/en/pods.yaml', 'utf8')) as { tasks: unknown[] };
		expect(labFileSchema.safeParse({ ...lab, tasks: lab.tasks.slice(0, 2) }).success).toBe(false);
	});
});
