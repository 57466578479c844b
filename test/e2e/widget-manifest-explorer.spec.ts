// The manifest explorer on the Nginx example page, driven like a reader: reading what a line
// means (hover, click, arrows), replicas 5 applied -> five Running Pods under one ReplicaSet,
// a template label that no longer matches the selector rejected on its line with nothing
// applied (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), negative replicas, a YAML syntax error with its line; a keyboard-only run;
// stable height and no overflow; axe in both themes; the English page; the engine (model.ts
// and the sim reducer) loading only when the learner reaches for the widget.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { fieldHelp, strings } from '../../src/i18n/manifest-explorer';
import { expectNoOverflow, findAxeViolationsInThemes, useTheme, watchPage } from './site';

const ko = strings.ko;
const en = strings.en;

/** Opens the page at the widget and waits until the island has hydrated. */
async function openWidget(page: Page, path = '/nginx-example/'): Promise<Locator> {
	await page.goto(path);
	const widget = page.locator('#manifest-explorer');
	await widget.scrollIntoViewIfNeeded();
	await expect(widget.locator('.mex')).toHaveAttribute('data-hydrated', 'true');
	return widget;
}

/** An explanation as the page shows it (inline `code` and **strong** marks dropped). */
function shown(text: string): string {
	return text.replace(/`|\*\*/g, '');
}

/** Replace text in the editor (opening it first if needed). */
async function editYaml(widget: Locator, change: (yaml: string) => string) {
	const editor = widget.getByTestId('mex-editor');
	if (!(await editor.isVisible())) await widget.getByRole('button', { name: ko.edit }).click();
	const before = await editor.inputValue();
	const after = change(before);
	expect(after).not.toBe(before);
	await editor.fill(after);
}

function podsIn(widget: Locator): Locator {
	return widget.getByTestId('mex-tree').locator('.mex-pod');
}

test('hovering, clicking or arrowing to a line explains its field', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	const explanation = widget.getByTestId('mex-explanation');
	await expect(explanation).toHaveText(shown(fieldHelp.ko.apiVersion));
	await widget.locator('#mex-line-8').hover();
	await expect(widget.getByTestId('mex-path')).toHaveText('spec.replicas');
	await expect(explanation).toHaveText(shown(fieldHelp.ko['spec.replicas']));
	await widget.locator('#mex-line-19').click();
	await expect(widget.getByTestId('mex-path')).toHaveText('spec.template.spec.containers[0].image');
	await expect(explanation).toContainText('nginx:1.161');
	const list = widget.getByRole('listbox');
	await expect(list).toBeFocused();
	await page.keyboard.press('Home');
	for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
	await expect(list).toHaveAttribute('aria-activedescendant', 'mex-line-8');
	await expect(widget.getByRole('option', { name: `${ko.lineNumber(8)}: replicas: 3` })).toHaveAttribute('aria-selected', 'true');
	await expect(explanation).toHaveText(shown(fieldHelp.ko['spec.replicas']));
	await page.keyboard.press('End');
	await expect(widget.getByTestId('mex-path')).toHaveText('spec.template.spec.containers[0].ports[0].containerPort');
	await widget.locator('#mex-line-11').hover();
	await expect(explanation).toHaveText(shown(fieldHelp.ko['spec.selector.matchLabels.*']));
	await widget.locator('#mex-line-15').hover();
	await expect(explanation).toHaveText(shown(fieldHelp.ko['spec.template.metadata.labels.*']));
	expect(problems).toEqual([]);
});

test('the engine loads on the first press, not at hydration; lines are explained without it', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	const engineLoads = () => page.evaluate(() => performance.getEntriesByName('manifest-explorer:engine').length);
	// The build-time first frame: nothing applied, the empty `kubectl get`, the clock at 0.
	await expect(widget.getByTestId('mex-tree')).toContainText(ko.nothingApplied);
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('No resources found in default namespace.');
	await expect(widget.getByTestId('mex-clock')).toHaveText(ko.clock(0));
	await widget.locator('#mex-line-8').hover();
	await expect(widget.getByTestId('mex-explanation')).toHaveText(shown(fieldHelp.ko['spec.replicas']));
	expect(await engineLoads()).toBe(0);
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('deployment.apps/nginx-deployment created');
	expect(await engineLoads()).toBe(1);
	await expect(podsIn(widget)).toHaveCount(3);
	await expect(widget.getByTestId('engine-failed')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('replicas 5 applied: five Running Pods under one ReplicaSet, and kubectl get deploy,rs,pods', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	await expect(widget.getByTestId('mex-tree')).toContainText(ko.nothingApplied);
	const terminal = widget.getByLabel(ko.terminalLabel);
	await expect(terminal).toContainText('No resources found in default namespace.');
	await editYaml(widget, (y) => y.replace('replicas: 3', 'replicas: 5'));
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(terminal).toContainText('deployment.apps/nginx-deployment created');
	await expect(podsIn(widget).filter({ has: page.getByText('Running', { exact: true }) })).toHaveCount(5, { timeout: 15_000 });
	await expect(podsIn(widget)).toHaveCount(5);
	const replicaSets = widget.getByTestId('mex-tree').locator('[data-rs]');
	await expect(replicaSets).toHaveCount(1);
	const rsName = (await replicaSets.getAttribute('data-rs')) ?? '';
	expect(rsName).toMatch(/^nginx-deployment-[a-z0-9]{6,10}$/);
	for (const name of await podsIn(widget).locator('code').allTextContents()) expect(name).toMatch(new RegExp(`^${rsName}-[a-z0-9]{5}$`));
	await expect(terminal).toContainText(/deployment\.apps\/nginx-deployment +5\/5 +5 +5/);
	await expect(terminal).toContainText(new RegExp(`replicaset\\.apps/${rsName} +5 +5 +5`));
	await expect(widget.getByTestId('mex-live')).toContainText(ko.announceTick(5, 5));
	// The same file again is unchanged; no new ReplicaSet.
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(terminal).toContainText('deployment.apps/nginx-deployment unchanged');
	await expect(replicaSets).toHaveCount(1);
	expect(problems).toEqual([]);
});

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
test('a template label that no longer matches the selector is rejected on its line and nothing is applied', async ({ page }) => {
	const widget = await openWidget(page);
	await editYaml(widget, (y) => y.replace('      labels:\n        app: nginx', '      labels:\n        app: web'));
	await widget.getByRole('button', { name: ko.apply }).click();
	const problem = widget.getByTestId('mex-problem');
	await expect(problem).toHaveAttribute('role', 'alert');
	await expect(problem).toContainText(ko.invalidTitle);
	await expect(problem).toContainText(ko.fieldErrorAt(14));
	await expect(problem).toContainText('spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`');
	await expect(widget.locator('.mex-gutter .is-error')).toHaveText(['14']);
	await expect(widget.getByTestId('mex-editor')).toHaveAttribute('aria-invalid', 'true');
	await expect(widget.getByTestId('mex-editor')).toHaveAttribute('aria-describedby', 'mex-problem');
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('The Deployment "nginx-deployment" is invalid: spec.template.metadata.labels');
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('No resources found in default namespace.');
	await page.waitForTimeout(1000);
	await expect(widget.getByTestId('mex-tree')).toContainText(ko.nothingApplied);
	// The explanation follows to the offending line.
	await expect(widget.getByTestId('mex-explanation')).toHaveText(shown(fieldHelp.ko['spec.template.metadata.labels']));
	// Back in the line view the line stays marked.
	await widget.getByRole('button', { name: ko.edit }).click();
	await expect(widget.locator('#mex-line-14')).toHaveClass(/is-error/);
});

test('negative replicas are rejected on the replicas line', async ({ page }) => {
	const widget = await openWidget(page);
	await editYaml(widget, (y) => y.replace('replicas: 3', 'replicas: -1'));
	await widget.getByRole('button', { name: ko.apply }).click();
	const problem = widget.getByTestId('mex-problem');
	await expect(problem).toContainText(ko.fieldErrorAt(8));
	await expect(problem).toContainText('spec.replicas: Invalid value: -1: must be greater than or equal to 0');
	await expect(widget.locator('.mex-gutter .is-error')).toHaveText(['8']);
	await expect(widget.getByTestId('mex-tree')).toContainText(ko.nothingApplied);
});

test('replicas: abc then 21: the old error leaves the terminal; the widget limit is its own message', async ({ page }) => {
	const widget = await openWidget(page);
	await editYaml(widget, (y) => y.replace('replicas: 3', 'replicas: abc'));
	await widget.getByRole('button', { name: ko.apply }).click();
	const terminal = widget.locator('.mex-terminal');
	await expect(terminal).toContainText('spec.replicas');
	await editYaml(widget, (y) => y.replace('replicas: abc', 'replicas: 21'));
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(widget.getByTestId('mex-problem')).toContainText(ko.limitError(20));
	await expect(terminal).not.toContainText('spec.replicas');
	await expect(terminal).not.toContainText('kubectl apply');
});

test('an empty file and a kind typo print what kubectl prints', async ({ page }) => {
	const widget = await openWidget(page);
	await editYaml(widget, () => '');
	await widget.getByRole('button', { name: ko.apply }).click();
	const terminal = widget.locator('.mex-terminal');
	await expect(terminal).toContainText('error: no objects passed to apply');
	await expect(widget.getByTestId('mex-problem')).toContainText(ko.kubectlTitle);
	await widget.getByRole('button', { name: ko.reset }).click();
	await editYaml(widget, (y) => y.replace('kind: Deployment', 'kind: Deploymnet'));
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(terminal).toContainText(
		'error: resource mapping not found for name: "nginx-deployment" namespace: "" from "nginx-deployment.yaml": no matches for kind "Deploymnet" in version "apps/v1"',
	);
	await expect(widget.locator('.mex-gutter .is-error')).toHaveText(['2']);
});

test('a YAML syntax error is reported with its line', async ({ page }) => {
	const widget = await openWidget(page);
	await editYaml(widget, (y) => y.replace('  replicas: 3', '  replicas: 3: 4'));
	await widget.getByRole('button', { name: ko.apply }).click();
	const problem = widget.getByTestId('mex-problem');
	await expect(problem).toContainText(ko.syntaxTitle);
	await expect(problem).toContainText(ko.syntaxError(8, 13, ''));
	await expect(widget.locator('.mex-gutter .is-error')).toHaveText(['8']);
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('error: error parsing nginx-deployment.yaml: error converting YAML to JSON: yaml: line 8:');
	await expect(widget.getByTestId('mex-tree')).toContainText(ko.nothingApplied);
	// Fixing the line and applying again works.
	await editYaml(widget, (y) => y.replace('  replicas: 3: 4', '  replicas: 2'));
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(widget.getByTestId('mex-problem')).toHaveCount(0);
	await expect(podsIn(widget).filter({ has: page.getByText('Running', { exact: true }) })).toHaveCount(2, { timeout: 15_000 });
});

test('keyboard only: read a line, edit replicas, apply', async ({ page }) => {
	const widget = await openWidget(page);
	const editButton = widget.getByRole('button', { name: ko.edit });
	await editButton.focus();
	// The toolbar first, then the line list.
	for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
	const list = widget.getByRole('listbox');
	await expect(list).toBeFocused();
	for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
	await expect(widget.getByTestId('mex-path')).toHaveText('spec.replicas');
	await expect(widget.getByTestId('mex-explanation')).toHaveText(shown(fieldHelp.ko['spec.replicas']));
	for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
	await expect(editButton).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(editButton).toHaveAttribute('aria-pressed', 'true');
	for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
	const editor = widget.getByTestId('mex-editor');
	await expect(editor).toBeFocused();
	await page.keyboard.press('Control+Home');
	for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('End');
	await expect(widget.getByTestId('mex-path')).toHaveText('spec.replicas');
	await page.keyboard.press('Backspace');
	await page.keyboard.type('4');
	await expect(editor).toHaveValue(/\n {2}replicas: 4\n/);
	for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
	await expect(widget.getByRole('button', { name: ko.apply })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('deployment.apps/nginx-deployment created');
	await expect(podsIn(widget).filter({ has: page.getByText('Running', { exact: true }) })).toHaveCount(4, { timeout: 15_000 });
	await expect(widget.getByTestId('mex-live')).toContainText(ko.announceTick(4, 4));
});

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 390, height: 844 },
]) {
	test(`keeps its height through editing and applying and fits at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const widget = await openWidget(page);
		const height = () => widget.evaluate((el) => el.getBoundingClientRect().height);
		const start = await height();
		const heights: string[] = [];
		const record = async (label: string) => heights.push(`${label}: ${(await height()).toFixed(1)}`);
		await widget.locator('#mex-line-19').hover();
		await record('image line');
		await widget.getByRole('button', { name: ko.edit }).click();
		await record('editor');
		await editYaml(widget, (y) => y.replace('replicas: 3', 'replicas: 10'));
		await widget.getByRole('button', { name: ko.apply }).click();
		await expect(podsIn(widget).filter({ has: page.getByText('Running', { exact: true }) })).toHaveCount(10, { timeout: 15_000 });
		await record('10 Pods');
		await editYaml(widget, (y) => y.replace('app: nginx\n    spec:', 'app: web\n    spec:'));
		await widget.getByRole('button', { name: ko.apply }).click();
		await expect(widget.getByTestId('mex-problem')).toBeVisible();
		await record('rejected');
		expect(
			heights.filter((h) => Math.abs(Number(h.split(': ')[1]) - start) > 1),
			`start ${start}`,
		).toEqual([]);
		await expectNoOverflow(page, widget);
	});
}

test(`axe finds no violations after interaction (light and dark)`, async ({ page }) => {
	// axe itself needs several seconds on this long page when the machine is busy.
	test.setTimeout(180_000);
	await useTheme(page, 'light');
	const widget = await openWidget(page);
	await widget.locator('#mex-line-8').hover();
	await editYaml(widget, (y) => y.replace('replicas: 3', 'replicas: -2'));
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(widget.getByTestId('mex-problem')).toBeVisible();
	expect(await findAxeViolationsInThemes(page, '#manifest-explorer')).toEqual([]);
	await editYaml(widget, (y) => y.replace('replicas: -2', 'replicas: 2'));
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(podsIn(widget)).toHaveCount(2);
	await widget.getByRole('button', { name: ko.edit }).click();
	await widget.getByRole('listbox').focus();
	expect(await findAxeViolationsInThemes(page, '#manifest-explorer')).toEqual([]);
});

test('English page: English explanations and the same apply', async ({ page }) => {
	const widget = await openWidget(page, '/en/nginx-example/');
	await widget.locator('#mex-line-8').hover();
	await expect(widget.getByTestId('mex-explanation')).toHaveText(shown(fieldHelp.en['spec.replicas']));
	await widget.getByRole('button', { name: en.apply }).click();
	await expect(widget.getByLabel(en.terminalLabel)).toContainText('deployment.apps/nginx-deployment created');
	await expect(podsIn(widget).filter({ has: page.getByText('Running', { exact: true }) })).toHaveCount(3, { timeout: 15_000 });
	await expect(widget.getByTestId('mex-live')).toContainText(en.announceTick(3, 3));
});
