// The rolling-update simulator on the Deployments page, driven like a reader: the bounds
// for 3 and 10 replicas (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, kubernetes/kubernetes pkg/controller/deployment/rolling.go), both-zero rejected by the API server (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), an update to
// nginx:1.16.1 played to completion within the bounds, the typo image stalling until
// ProgressDeadlineExceeded with no automatic rollback (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), undo giving revision 4 after
// 1, 2, 3 (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/); a keyboard-only run; stable height and no overflow; axe in both themes;
// the English page. The engine (model.ts and the sim reducer) loads on the first press, not at
// hydration (budgets-static.spec.ts keeps it out of the page's static JavaScript); a failed
// load is shown and retried.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { strings } from '../../src/i18n/rollout-simulator';
import { ko as widgetKo } from '../../src/i18n/widget.ko';
import { expectNoOverflow, findAxeViolationsInThemes, useTheme, watchPage } from './site';

const ko = strings.ko;
const en = strings.en;

/** Opens the page at the widget and waits until the island has hydrated. */
async function openWidget(page: Page, path = '/deployments/'): Promise<Locator> {
	await page.goto(path);
	const widget = page.locator('#rollout-simulator');
	await widget.scrollIntoViewIfNeeded();
	await expect(widget.locator('.ros')).toHaveAttribute('data-hydrated', 'true');
	return widget;
}

/** Statuses of the Pods in one lane. */
function podStatuses(widget: Locator, lane: 'old' | 'new'): Promise<string[]> {
	return widget
		.getByTestId(`ros-lane-${lane}`)
		.locator('.ros-pod')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-status') ?? ''));
}

/** The REVISION column of `kubectl rollout history`. */
async function historyRevisions(widget: Locator, label = ko.historyLabel): Promise<number[]> {
	const text = (await widget.getByLabel(label).textContent()) ?? '';
	return [...text.matchAll(/^(\d+) {2,}/gm)].map((m) => Number(m[1]));
}

/** Rows of the per-tick table as numbers: [time, new, old, total, available]. */
async function logRows(widget: Locator): Promise<number[][]> {
	return widget.locator('.ros-log tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent))));
}

async function playToCompletion(widget: Locator, t = ko) {
	await widget.getByRole('button', { name: t.play }).click();
	await expect(widget.getByTestId('ros-phase')).toHaveClass(/is-complete/, { timeout: 20_000 });
	await expect(widget.getByRole('button', { name: t.play })).toBeVisible();
}

/** User Timing entries of the simulator's engine load (src/widgets/RolloutSimulator/use-rollout-simulator.ts). */
function engineLoads(page: Page): Promise<number> {
	return page.evaluate(() => performance.getEntriesByName('rollout-simulator:engine').length);
}

test('the engine loads when the learner reaches for the simulator, not when the island hydrates', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	// Hydrated on the build-time first frame: the reducer has not been downloaded or run.
	expect(await engineLoads(page)).toBe(0);
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.14.2', 1));
	expect(await podStatuses(widget, 'new')).toEqual(['Running', 'Running', 'Running']);
	await expect(widget.getByLabel(ko.historyLabel)).toContainText(ko.firstDeploy);
	// Typing in the form needs no engine: the bounds come from a light helper.
	await widget.getByLabel(ko.replicasLabel, { exact: true }).selectOption('10');
	await expect(widget.getByTestId('ros-bounds')).toContainText(ko.boundsSummary(13, 8));
	await widget.getByLabel(ko.replicasLabel, { exact: true }).selectOption('3');
	await widget.getByRole('button', { name: ko.setImage }).click();
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('deployment.apps/nginx-deployment image updated');
	expect(await engineLoads(page)).toBe(1);
	await widget.getByRole('button', { name: ko.fastForward }).click();
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.16.1', 2));
	expect(await engineLoads(page)).toBe(1);
	expect(problems).toEqual([]);
});

test('an engine that cannot load is reported with the state unchanged, and the next press loads it', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	const aborted: string[] = [];
	await page.route('**/_astro/*.js', (route) => {
		aborted.push(route.request().url());
		return route.abort();
	});
	await widget.getByRole('button', { name: ko.setImage }).click();
	await expect(widget.getByTestId('engine-failed')).toBeVisible();
	await expect(widget.getByTestId('engine-failed')).toContainText(widgetKo.engineFailed('').split('(')[0]!);
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.14.2', 1));
	await expect(widget.getByLabel(ko.terminalLabel)).not.toContainText('image updated');
	expect(await engineLoads(page)).toBe(0);
	expect(aborted.length).toBeGreaterThan(0);

	await page.unroute('**/_astro/*.js');
	await widget.getByRole('button', { name: ko.setImage }).click();
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('deployment.apps/nginx-deployment image updated');
	await expect(widget.getByTestId('engine-failed')).toHaveCount(0);
	expect(await engineLoads(page)).toBe(1);
	// The only problems are the requests this test aborted (and the browser's note of each).
	expect(problems.filter((p) => !aborted.some((url) => p.includes(url)) && !/^console error: Failed to load resource/.test(p))).toEqual([]);
});

test('bounds: 3 replicas give at most 4 and at least 3; 10 replicas give 13 and 8 once applied', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	const bounds = widget.getByTestId('ros-bounds');
	await expect(bounds).toContainText(ko.boundsSummary(4, 3));
	await expect(bounds).toContainText('maxSurge 25% × 3 = 0.75 → 올림 → 파드 1개 더');
	await expect(bounds).toContainText('maxUnavailable 25% × 3 = 0.75 → 내림 → 파드 0개까지');
	await expect(widget.getByTestId('ros-stat-total')).toContainText(`3 / ${ko.statMax(4)}`);
	await expect(widget.getByTestId('ros-stat-available')).toContainText(`3 / ${ko.statMin(3)}`);
	expect(await podStatuses(widget, 'new')).toEqual(['Running', 'Running', 'Running']);

	await widget.getByLabel(ko.replicasLabel, { exact: true }).selectOption('10');
	await expect(bounds).toContainText(ko.boundsSummary(13, 8));
	await expect(bounds).toContainText('10 = 2.5 → 올림 → 파드 3개 더');
	await expect(bounds).toContainText('10 = 2.5 → 내림 → 파드 2개까지');
	await expect(widget.getByText(ko.pendingChanges)).toBeVisible();
	// Not applied yet: the Deployment still has its old bounds.
	await expect(widget.getByTestId('ros-stat-total')).toContainText(ko.statMax(4));

	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('deployment.apps/nginx-deployment configured');
	await expect(widget.getByTestId('ros-stat-total')).toContainText(ko.statMax(13));
	await expect(widget.getByTestId('ros-stat-available')).toContainText(ko.statMin(8));
	await playToCompletion(widget);
	expect(await podStatuses(widget, 'new')).toEqual(Array(10).fill('Running'));
	// Scaling is not a template change: still revision 1, no old ReplicaSet (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/).
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.14.2', 1));
	await expect(widget.getByTestId('ros-lane-old')).toContainText(ko.noOldReplicaSet);
	expect(await historyRevisions(widget)).toEqual([1]);
	expect(problems).toEqual([]);
});

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
test('maxSurge 0 and maxUnavailable 0 are rejected with the API server message', async ({ page }) => {
	const widget = await openWidget(page);
	await widget.getByLabel(ko.maxSurgeLabel, { exact: true }).fill('0');
	await widget.getByLabel(ko.maxUnavailableLabel, { exact: true }).fill('25%');
	// 25% of 3 rounds down to 0 as well, so the controller raises it to 1.
	await expect(widget.getByTestId('ros-bounds')).toContainText(ko.forcedToOne);
	await expect(widget.getByTestId('ros-bounds')).toContainText(ko.boundsSummary(3, 2));
	await widget.getByLabel(ko.maxUnavailableLabel, { exact: true }).fill('0');
	const message = 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0';
	await expect(widget.getByTestId('ros-bounds')).toContainText(ko.rejected);
	await expect(widget.getByTestId('ros-bounds')).toContainText(message);
	await expect(widget.getByLabel(ko.maxUnavailableLabel, { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await widget.getByRole('button', { name: ko.apply }).click();
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText(`The Deployment "nginx-deployment" is invalid: ${message}`);
	await expect(widget.getByTestId('ros-live')).toContainText(ko.announceRejected(''));
	// Nothing changed: the Deployment keeps its bounds.
	await expect(widget.getByTestId('ros-stat-total')).toContainText(ko.statMax(4));
	await widget.getByLabel(ko.maxSurgeLabel, { exact: true }).fill('abc');
	await expect(widget.getByTestId('ros-bounds')).toContainText('spec.strategy.rollingUpdate.maxSurge: Invalid value: "abc"');
});

// Source: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
test('update, stuck rollout, deadline exceeded without rollback, then undo to revision 4', async ({ page }) => {
	test.setTimeout(45_000);
	const problems = watchPage(page);
	const widget = await openWidget(page);
	const terminal = widget.getByLabel(ko.terminalLabel);

	// Revision 2: nginx:1.16.1, played to completion.
	await widget.getByLabel(ko.imageLabel).selectOption('nginx:1.16.1');
	await widget.getByRole('button', { name: ko.setImage }).click();
	await expect(terminal).toContainText('deployment.apps/nginx-deployment image updated');
	await expect(terminal).toContainText('kubernetes.io/change-cause="nginx:1.16.1로 업데이트"');
	await playToCompletion(widget);
	expect(await podStatuses(widget, 'new')).toEqual(['Running', 'Running', 'Running']);
	expect(await podStatuses(widget, 'old')).toEqual([]);
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.16.1', 2));
	await expect(widget.getByTestId('ros-lane-new')).toContainText(ko.replicaSetMeta(2, 'nginx:1.16.1', 3));
	await expect(widget.getByTestId('ros-lane-old')).toContainText(ko.noPods);
	await expect(terminal).toContainText('deployment "nginx-deployment" successfully rolled out');
	// Every tick stayed within at most 4 Pods and at least 3 available, and went 1/3 -> 3/0.
	const rows = await logRows(widget);
	expect(rows.length).toBeGreaterThanOrEqual(6);
	for (const [, , , total, available] of rows) {
		expect(total).toBeLessThanOrEqual(4);
		expect(available).toBeGreaterThanOrEqual(3);
	}
	expect(rows.at(-1)?.slice(1, 3)).toEqual([3, 0]);
	await expect(widget.getByTestId('ros-live')).toContainText(ko.counts(3, 0, 3, 3, 4));
	expect(await historyRevisions(widget)).toEqual([1, 2]);

	// Revision 3: the typo image. One new Pod cannot pull; the old three keep serving.
	await widget.getByLabel(ko.imageLabel).selectOption('nginx:1.161');
	await widget.getByRole('button', { name: ko.setImage }).click();
	for (let i = 0; i < 4; i++) await widget.getByRole('button', { name: ko.step }).click();
	await expect(widget.getByTestId('ros-lane-new').locator('.ros-pod')).toHaveAttribute('data-status', /^(ErrImagePull|ImagePullBackOff)$/);
	expect(await podStatuses(widget, 'old')).toEqual(['Running', 'Running', 'Running']);
	await expect(widget.getByTestId('ros-stat-total')).toContainText(`4 / ${ko.statMax(4)}`);
	await expect(widget.getByTestId('ros-phase')).toContainText('진행 기한 600초');
	await widget.getByRole('button', { name: ko.fastForward }).click();
	await expect(widget.getByTestId('ros-conditions')).toContainText('Progressing=False, ProgressDeadlineExceeded');
	await expect(widget.getByTestId('ros-conditions')).toContainText('Available=True, MinimumReplicasAvailable');
	await expect(widget.getByTestId('ros-phase')).toHaveText(ko.phaseStalled);
	await expect(terminal).toContainText('error: deployment "nginx-deployment" exceeded its progress deadline');
	expect(Number((await widget.getByTestId('ros-clock').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(600);
	// No automatic rollback: still the bad template, old Pods still available.
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.161', 3));
	expect(await podStatuses(widget, 'old')).toEqual(['Running', 'Running', 'Running']);
	await expect(widget.getByTestId('ros-stat-available')).toContainText(`3 / ${ko.statMin(3)}`);
	await expect(widget.getByTestId('ros-live')).toContainText('ProgressDeadlineExceeded');
	expect(await historyRevisions(widget)).toEqual([1, 2, 3]);

	// Undo: revision 2's ReplicaSet comes back as revision 4; history lists 1, 3, 4.
	await widget.getByRole('button', { name: ko.undo }).click();
	await expect(terminal).toContainText('deployment.apps/nginx-deployment rolled back');
	await playToCompletion(widget);
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.16.1', 4));
	expect(await podStatuses(widget, 'new')).toEqual(['Running', 'Running', 'Running']);
	expect(await historyRevisions(widget)).toEqual([1, 3, 4]);
	await expect(widget.getByLabel(ko.historyLabel)).toContainText(/4 +nginx:1\.16\.1로 업데이트/);
	expect(problems).toEqual([]);
});

test('keyboard only: settings, set image, play and undo', async ({ page }) => {
	const widget = await openWidget(page);
	const replicas = widget.getByLabel(ko.replicasLabel, { exact: true });
	await replicas.focus();
	await page.keyboard.press('ArrowDown');
	await expect(replicas).toHaveValue('4');
	await page.keyboard.press('Tab');
	await expect(widget.getByLabel(ko.maxSurgeLabel, { exact: true })).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('1');
	await page.keyboard.press('Tab');
	await expect(widget.getByLabel(ko.maxUnavailableLabel, { exact: true })).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('0');
	await expect(widget.getByTestId('ros-bounds')).toContainText(ko.boundsSummary(5, 4));
	// Enter in a field submits the form (kubectl apply).
	await page.keyboard.press('Enter');
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('deployment.apps/nginx-deployment configured');
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: ko.apply })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(widget.getByLabel(ko.imageLabel)).toBeFocused();
	await expect(widget.getByLabel(ko.imageLabel)).toHaveValue('nginx:1.16.1');
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: ko.setImage })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('image updated');
	// Pressed again, it only says the image is already current (and keeps focus).
	await expect(widget.getByRole('button', { name: ko.setImage })).toHaveAttribute('aria-disabled', 'true');
	await expect(widget.getByRole('button', { name: ko.setImage })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(widget.getByTestId('ros-live')).toContainText(ko.sameImage('nginx:1.16.1'));
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: ko.undo })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: ko.play })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(widget.getByTestId('ros-phase')).toHaveClass(/is-complete/, { timeout: 20_000 });
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.16.1', 2));
	expect(await podStatuses(widget, 'new')).toEqual(Array(4).fill('Running'));
	await expect(widget.getByTestId('ros-live')).toContainText(ko.counts(4, 0, 4, 4, 5));
	// Back to the undo button and roll back with Enter.
	await page.keyboard.press('Shift+Tab');
	await expect(widget.getByRole('button', { name: ko.undo })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(widget.getByLabel(ko.terminalLabel)).toContainText('rolled back');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: ko.fastForward })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(widget.getByTestId('ros-current')).toContainText(ko.currentImage('nginx:1.14.2', 3));
	await expect(widget.getByTestId('ros-phase')).toHaveClass(/is-complete/);
});

/** Every Pod chip lies inside its lane, and no lane scrolls (all Pods the model has are visible). */
async function expectEveryPodVisible(widget: Locator) {
	const hidden = await widget.locator('.ros-lane-body').evaluateAll((bodies) =>
		bodies.flatMap((body) => {
			const box = body.getBoundingClientRect();
			const out = [...body.querySelectorAll('.ros-pod')].filter((pod) => {
				const r = pod.getBoundingClientRect();
				return r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5 || r.left < box.left - 0.5 || r.right > box.right + 0.5;
			});
			return [...(body.scrollHeight > body.clientHeight + 1 ? ['scrolls'] : []), ...out.map((p) => p.textContent ?? '')];
		}),
	);
	expect(hidden).toEqual([]);
}

test('10 replicas: all ten new Pods are visible in the lane, none clipped', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const widget = await openWidget(page);
	await widget.getByLabel(ko.replicasLabel, { exact: true }).selectOption('10');
	await widget.getByLabel(ko.maxSurgeLabel, { exact: true }).fill('200%');
	await widget.getByRole('button', { name: ko.apply }).click();
	await widget.getByRole('button', { name: ko.fastForward }).click();
	await widget.getByRole('button', { name: ko.setImage }).click();
	await widget.getByRole('button', { name: ko.step }).click();
	await expectEveryPodVisible(widget);
	await widget.getByRole('button', { name: ko.fastForward }).click();
	await expect(widget.getByTestId('ros-lane-new').locator('.ros-pod')).toHaveCount(10);
	await expectEveryPodVisible(widget);
});

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 390, height: 844 },
]) {
	test(`keeps its height through a rollout and fits at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const widget = await openWidget(page);
		const height = () => widget.evaluate((el) => el.getBoundingClientRect().height);
		// The lanes are sized for the applied bounds (so every Pod shows): the height may change
		// when settings are applied, and holds from then on through the rollout.
		await widget.getByLabel(ko.replicasLabel, { exact: true }).selectOption('10');
		await widget.getByRole('button', { name: ko.apply }).click();
		await widget.getByRole('button', { name: ko.fastForward }).click();
		// The first press loads the engine: measure once the ten Pods of the applied settings show.
		await expect(widget.locator('.ros-pod')).toHaveCount(10);
		const start = await height();
		const heights: string[] = [];
		const record = async (label: string) => heights.push(`${label}: ${(await height()).toFixed(1)}`);
		await widget.getByRole('button', { name: ko.setImage }).click();
		for (let i = 0; i < 3; i++) {
			await widget.getByRole('button', { name: ko.step }).click();
			await expectEveryPodVisible(widget);
			await record(`mid-rollout ${i + 1}`);
		}
		await widget.getByLabel(ko.imageLabel).selectOption('nginx:1.161');
		await widget.getByRole('button', { name: ko.setImage }).click();
		await widget.getByRole('button', { name: ko.fastForward }).click();
		await expect(widget.getByTestId('ros-phase')).toHaveClass(/is-stalled/);
		await expectEveryPodVisible(widget);
		await record('stalled');
		await widget.getByLabel(ko.maxSurgeLabel, { exact: true }).fill('0');
		await widget.getByLabel(ko.maxUnavailableLabel, { exact: true }).fill('0');
		await record('rejected settings');
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
	await widget.getByLabel(ko.imageLabel).selectOption('nginx:1.161');
	await widget.getByRole('button', { name: ko.setImage }).click();
	for (let i = 0; i < 4; i++) await widget.getByRole('button', { name: ko.step }).click();
	await widget.getByLabel(ko.maxSurgeLabel, { exact: true }).fill('0');
	await widget.getByLabel(ko.maxUnavailableLabel, { exact: true }).fill('0');
	await expect(widget.getByTestId('ros-bounds')).toContainText(ko.rejected);
	expect(await findAxeViolationsInThemes(page, '#rollout-simulator')).toEqual([]);
	await widget.getByRole('button', { name: ko.fastForward }).click();
	await expect(widget.getByTestId('ros-phase')).toHaveClass(/is-stalled/);
	expect(await findAxeViolationsInThemes(page, '#rollout-simulator')).toEqual([]);
});

test('English page: English labels and the same rollout', async ({ page }) => {
	const widget = await openWidget(page, '/en/deployments/');
	await expect(widget.getByTestId('ros-bounds')).toContainText(en.boundsSummary(4, 3));
	await expect(widget.getByTestId('ros-bounds')).toContainText('maxSurge 25% × 3 = 0.75 → round up → 1 extra Pod');
	await widget.getByRole('button', { name: en.setImage }).click();
	await widget.getByRole('button', { name: en.fastForward }).click();
	await expect(widget.getByTestId('ros-phase')).toHaveText(en.phaseComplete(2));
	await expect(widget.getByLabel(en.historyLabel)).toContainText(/2 +update to nginx:1\.16\.1/);
	await expect(widget.getByLabel(en.historyLabel)).toContainText(/1 +first deploy of nginx 1\.14\.2/);
});
