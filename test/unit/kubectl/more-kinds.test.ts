// Golden tests of the commands and kinds the lab gained for the namespaces-labels, config-secrets,
// jobs and storage sections. Each case cites the kubectl source or kubernetes.io page it matches.
import { describe, expect, it } from 'vitest';
import { createLab, runCommand, writeFile, type LabState, type RunResult } from '../../../src/kubectl/index';

async function run(state: LabState, ...lines: string[]): Promise<RunResult> {
	let r: RunResult = { state, output: '', exitCode: 0 };
	for (const line of lines) r = await runCommand(r.state, line);
	return r;
}
const header = (out: string): string => out.split('\n')[0]!.replace(/\s+/g, ' ');

describe('delete with a selector (kubernetes.io/docs/concepts/overview/working-with-objects/labels/)', () => {
	it('deletes every matching object, and says "No resources found" when none matches (kubectl delete.go)', async () => {
		const yaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: t1\n  labels:\n    app: test\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: t2\n  labels:\n    app: test\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n';
		const state = writeFile(createLab('empty'), 'test.yaml', yaml);
		const r = await run(state, 'kubectl apply -f test.yaml', 'kubectl delete pods -l app=test');
		expect(r.output).toBe('pod "t1" deleted\npod "t2" deleted');
		const again = await run(r.state, 'kubectl get pods', 'kubectl get pods', 'kubectl delete pods -l app=test');
		expect(again.output).toBe('No resources found');
		expect(again.exitCode).toBe(0);
	});
});
