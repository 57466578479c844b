// Every lab file parses against labFileSchema, each English lab matches its Korean twin
// (same scenario, task ids, solutions and checks), and every task's solution, run through
// the engine from the lab's scenario, makes its check pass (and the check fails before).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkTask, createLab, runCommand, tickLab, writeFile, type LabState } from '../../src/kubectl/index';
import { labFileSchema, type LabFile } from '../../src/kubectl/lab-schema';

const SECTIONS = ['pods', 'services', 'deployments', 'controllers', 'resource-management', 'security', 'nginx-example', 'namespaces-labels', 'config-secrets', 'storage', 'jobs'];
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
		// The states the learner passes through: the scenario, then after each task's solution.
		const reached: LabState[] = [state];
		for (const [i, task] of lab.tasks.entries()) {
			// A check that already holds on the scenario or after any earlier task's solution would pass
			// before the learner does anything (the uncordon task once did: the node starts schedulable).
			reached.forEach((earlier, j) => expect(checkTask(earlier, task.check), `${section}/${task.id} already passes ${j === 0 ? 'on the scenario' : `after ${lab.tasks[j - 1]!.id}`}`).toBe(false));
			for (const [name, text] of Object.entries(task.files ?? {})) state = writeFile(state, name, text);
			for (const line of task.solution) {
				const r = await runCommand(state, line);
				expect(r.exitCode, `${section}/${task.id}: ${line}\n${r.output}`).toBe(0);
				state = r.state;
			}
			// Let the controllers finish (the learner keeps typing; a few ticks pass).
			state = tickLab(state, 12);
			expect(checkTask(state, task.check), `${section}/${task.id} passes after its solution`).toBe(true);
			expect(i).toBe(reached.length - 1);
			reached.push(state);
		}
	});

	it('the early-pass rule catches a task whose check holds from the start (the old uncordon check)', () => {
		const state = createLab('controllers');
		expect(checkTask(state, { kind: 'nodeSchedulable', name: 'worker-1', schedulable: true })).toBe(true);
		expect(checkTask(state, { kind: 'nodeSchedulable', name: 'worker-1', schedulable: true, reopened: true })).toBe(false);
	});

	it('uncordon passes only after the node was cordoned and uncordoned again', async () => {
		let state = createLab('controllers');
		const reopened = { kind: 'nodeSchedulable', name: 'worker-1', schedulable: true, reopened: true } as const;
		for (const line of ['kubectl drain worker-1 --ignore-daemonsets', 'kubectl get nodes']) state = (await runCommand(state, line)).state;
		expect(checkTask(state, reopened)).toBe(false);
		state = (await runCommand(state, 'kubectl uncordon worker-1')).state;
		expect(checkTask(state, reopened)).toBe(true);
		state = (await runCommand(state, 'kubectl cordon worker-1')).state;
		expect(checkTask(state, reopened)).toBe(false);
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

	it('names the task whose check is broken', () => {
		const lab = parse(readFileSync('content/labs/en/pods.yaml', 'utf8')) as { tasks: { check: unknown }[] };
		lab.tasks[1]!.check = { kind: 'hasLabel', resource: 'pods' };
		const result = labFileSchema.safeParse(lab);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(/^task label-pod: /);
		expect(result.error?.issues[0]?.path.slice(0, 3)).toEqual(['tasks', 1, 'check']);
	});

	it('rejects fewer than 3 tasks', () => {
		const lab = parse(readFileSync('content/labs/en/pods.yaml', 'utf8')) as { tasks: unknown[] };
		expect(labFileSchema.safeParse({ ...lab, tasks: lab.tasks.slice(0, 2) }).success).toBe(false);
	});
});
