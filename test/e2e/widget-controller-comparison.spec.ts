// The controller comparison on the controllers page, driven tick by tick with its own
// "advance one tick" button: StatefulSet ordered start (web-0 Running before web-1 exists),
// reverse scale-down (web-2 first), web-1 replaced with the same PVC www-web-1; DaemonSet
// one Pod per worker, the control-plane toleration, a new node getting a Pod; ReplicaSet
// names with random suffixes; the engine loaded only on the first reach; keyboard only; axe
// in both themes.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { findAxeViolationsInThemes, useTheme, watchPage } from './site';

const WIDGET = '#controller-comparison';

/** Opens a page at the widget, waits for hydration and pauses the clock so the test ticks it. */
async function openPaused(page: Page, path = '/controllers/'): Promise<Locator> {
	await page.goto(`${path}${WIDGET}`);
	const w = page.locator(WIDGET);
	await expect(w.locator('.cc')).toHaveAttribute('data-ready', 'true');
	await w.locator('[data-action="play-pause"]').click();
	return w;
}

/** Names of the Pods drawn on the nodes and in the unassigned row, with their STATUS. */
async function readPods(w: Locator): Promise<Record<string, string>> {
	return w
		.locator('.cc-pod')
		.evaluateAll((chips) =>
			Object.fromEntries(
				chips.map((c) => [
					`${c.getAttribute('data-pod')}${c.getAttribute('data-status') === 'Terminating' ? ' (old)' : ''}`,
					c.getAttribute('data-status') ?? '',
				]),
			),
		);
}

/** Ticks until `done` holds (at most `max` ticks), returning the Pods seen after every tick. */
async function tickUntil(w: Locator, done: (pods: Record<string, string>) => boolean, max = 20): Promise<Record<string, string>[]> {
	const seen: Record<string, string>[] = [];
	for (let i = 0; i < max; i++) {
		await w.locator('[data-action="step"]').click();
		seen.push(await readPods(w));
		if (done(seen[seen.length - 1] as Record<string, string>)) return seen;
	}
	throw new Error(`not reached after ${max} ticks: ${JSON.stringify(seen.at(-1))}`);
}

test.describe('controller comparison', () => {
	test('StatefulSet: reverse scale-down, ordered start, web-1 back with PVC www-web-1', async ({ page }) => {
		const w = await openPaused(page);
		await w.getByRole('tab', { name: '스테이트풀셋' }).click();
		await expect(w.getByRole('tab', { name: '스테이트풀셋' })).toHaveAttribute('aria-selected', 'true');
		expect(await readPods(w)).toEqual({ 'web-0': 'Running', 'web-1': 'Running', 'web-2': 'Running' });
		await expect(w.locator('.k8s-terminal')).toContainText('kubectl get pods -l app=web -o wide');

		// 3 -> 1: web-2 terminates first, then web-1; web-0 stays.
		await w.locator('[data-action="decrease"]').click();
		await w.locator('[data-action="decrease"]').click();
		await expect(w.getByTestId('cc-replicas')).toHaveText('1');
		const down = await tickUntil(w, (pods) => Object.keys(pods).length === 1);
		expect(down[0]).toEqual({ 'web-0': 'Running', 'web-1': 'Running', 'web-2 (old)': 'Terminating' });
		expect(down[1]).toEqual({ 'web-0': 'Running', 'web-1 (old)': 'Terminating' });
		expect(down.at(-1)).toEqual({ 'web-0': 'Running' });
		// Their PVCs stay.
		await expect(w.locator('[data-claim]')).toHaveCount(3);
		await expect(w.locator('[data-claim="www-web-2"]')).toContainText('사용하는 파드 없음');

		// 1 -> 0 -> 3: web-1 is created only once web-0 is Running, web-2 only once web-1 is.
		await w.locator('[data-action="decrease"]').click();
		await tickUntil(w, (pods) => Object.keys(pods).length === 0);
		await expect(w.locator('.k8s-terminal')).toContainText('No resources found in default namespace.');
		for (let i = 0; i < 3; i++) await w.locator('[data-action="increase"]').click();
		await expect(w.getByTestId('cc-replicas')).toHaveText('3');
		const up = await tickUntil(w, (pods) => Object.values(pods).filter((s) => s === 'Running').length === 3);
		expect(up[0]).toEqual({ 'web-0': 'Pending' });
		expect(up.some((pods) => 'web-0' in pods && pods['web-0'] !== 'Running' && !('web-1' in pods))).toBe(true);
		for (const pods of up) {
			if ('web-1' in pods) expect(pods['web-0']).toBe('Running');
			if ('web-2' in pods) expect(pods['web-1']).toBe('Running');
		}

		// Delete web-1: a new Pod with the same name comes back and mounts the same PVC.
		await w.getByRole('button', { name: '파드 web-1 삭제' }).click();
		await expect(w.locator('[data-pod="web-1"]')).toHaveAttribute('data-status', 'Terminating');
		const back = await tickUntil(w, (pods) => pods['web-1'] === 'Running');
		expect(back.some((pods) => !('web-1' in pods) || pods['web-1'] === 'Pending')).toBe(true);
		await expect(w.locator('[data-pod="web-1"]')).toContainText('www-web-1');
		await expect(w.locator('[data-claim="www-web-1"]')).toContainText('사용 중: web-1');
		await expect(w.locator('[data-claim]')).toHaveCount(3);
		await expect(w.getByRole('status')).toContainText('Running: web-1');
	});

	test('DaemonSet: one Pod per worker, none on the control plane until the toleration; a new node gets one', async ({ page }) => {
		const w = await openPaused(page);
		await w.getByRole('tab', { name: '데몬셋' }).click();
		for (const node of ['worker-1', 'worker-2', 'worker-3']) await expect(w.locator(`[data-node="${node}"] .cc-pod`)).toHaveCount(1);
		await expect(w.locator('[data-node="control-plane"] .cc-pod')).toHaveCount(0);
		await expect(w.locator('[data-node="control-plane"]')).toContainText('NoSchedule');
		await expect(w.getByTestId('cc-ready')).toHaveText('Ready 3/3');

		await w.getByLabel('컨트롤 플레인 톨러레이션').check();
		await expect(w.getByTestId('cc-ready')).toHaveText('Ready 3/4');
		await tickUntil(w, (pods) => Object.values(pods).filter((s) => s === 'Running').length === 4 && Object.keys(pods).length === 4, 30);
		await expect(w.locator('[data-node="control-plane"] .cc-pod')).toHaveCount(1);
		await expect(w.locator('[data-node="control-plane"] .cc-pod')).toHaveAttribute('data-status', 'Running');
		await expect(w.getByTestId('cc-ready')).toHaveText('Ready 4/4');

		await w.locator('[data-action="add-worker"]').click();
		await expect(w.locator('[data-node="worker-4"]')).toBeVisible();
		await tickUntil(w, () => true, 1);
		await expect(w.locator('[data-node="worker-4"] .cc-pod')).toHaveCount(1);
		await tickUntil(w, (pods) => Object.values(pods).filter((s) => s === 'Running').length === 5);
		await expect(w.locator('[data-node="worker-4"] .cc-pod')).toHaveAttribute('data-status', 'Running');

		// Without the toleration the control-plane Pod goes away again (rolled out, kubernetes/kubernetes pkg/apis/apps/v1/defaults.go).
		await w.getByLabel('컨트롤 플레인 톨러레이션').uncheck();
		await tickUntil(w, (pods) => Object.keys(pods).length === 4 && Object.values(pods).every((s) => s === 'Running'), 40);
		await expect(w.locator('[data-node="control-plane"] .cc-pod')).toHaveCount(0);
	});

	test('ReplicaSet: random name suffixes, a deleted Pod is replaced under a new name', async ({ page }) => {
		const w = await openPaused(page);
		await expect(w.getByRole('tab', { name: '레플리카셋' })).toHaveAttribute('aria-selected', 'true');
		const names = Object.keys(await readPods(w));
		expect(names).toHaveLength(3);
		for (const name of names) expect(name).toMatch(/^frontend-[a-z0-9]{5}$/);
		await expect(w.locator('[data-node="control-plane"] .cc-pod')).toHaveCount(0);
		await w.getByRole('button', { name: `파드 ${names[0]} 삭제` }).click();
		const after = (await tickUntil(w, (pods) => Object.keys(pods).length === 3 && Object.values(pods).every((s) => s === 'Running'))).at(-1)!;
		expect(Object.keys(after)).not.toContain(names[0]);
		for (const name of Object.keys(after)) expect(name).toMatch(/^frontend-[a-z0-9]{5}$/);
	});

	test('plays by itself: the clock ticks the control loops without a click on "advance"', async ({ page }) => {
		await page.goto(`/controllers/${WIDGET}`);
		const w = page.locator(WIDGET);
		await expect(w.locator('.cc')).toHaveAttribute('data-ready', 'true');
		await expect(w.locator('[data-action="play-pause"]')).toHaveText('일시 정지');
		await w.getByRole('tab', { name: '스테이트풀셋' }).click();
		await w.locator('[data-action="increase"]').click();
		await expect(w.locator('[data-pod="web-3"]')).toHaveAttribute('data-status', 'Running', { timeout: 15_000 });
		await expect(w.getByTestId('cc-ready')).toHaveText('Ready 4/4');
	});

	test('loads its engine only when the learner reaches for it; until then the clock only ages the first frame', async ({ page }) => {
		const problems = watchPage(page);
		await page.goto(`/controllers/${WIDGET}`);
		const w = page.locator(WIDGET);
		await expect(w.locator('.cc')).toHaveAttribute('data-ready', 'true');
		const loads = () => page.evaluate(() => performance.getEntriesByName('controller-comparison:engine').length);
		const clock = w.locator('.cc-clock');
		const before = await clock.textContent();
		// The clock runs while the widget is on screen: it moves on, the Pods stay, no engine is fetched.
		await expect(clock).not.toHaveText(before!);
		expect(Object.values(await readPods(w))).toEqual(['Running', 'Running', 'Running']);
		expect(await loads()).toBe(0);
		await w.getByRole('tab', { name: '스테이트풀셋' }).click();
		await expect.poll(loads).toBe(1);
		await expect(w.getByRole('tab', { name: '스테이트풀셋' })).toHaveAttribute('aria-selected', 'true');
		await expect(w.locator('.k8s-terminal')).toContainText('kubectl get pods -l app=web -o wide');
		expect(await readPods(w)).toEqual({ 'web-0': 'Running', 'web-1': 'Running', 'web-2': 'Running' });
		expect(problems).toEqual([]);
	});

	test('works with the keyboard alone', async ({ page }) => {
		await page.goto(`/en/controllers/${WIDGET}`);
		const w = page.locator(WIDGET);
		await expect(w.locator('.cc')).toHaveAttribute('data-ready', 'true');
		await w.getByRole('tab', { name: 'ReplicaSet' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(w.getByRole('tab', { name: 'StatefulSet' })).toBeFocused();
		await expect(w.getByRole('tab', { name: 'StatefulSet' })).toHaveAttribute('aria-selected', 'true');
		await expect(w.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'cc-tab-StatefulSet');

		// Tab into the panel: the replicas stepper comes first.
		await page.keyboard.press('Tab');
		await expect(w.getByRole('button', { name: 'One replica fewer' })).toBeFocused();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Space');
		await expect(w.getByTestId('cc-replicas')).toHaveText('1');
		const pause = w.locator('[data-action="play-pause"]');
		for (let i = 0; i < 6 && !(await pause.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(pause).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(pause).toHaveText('Play');
		await page.keyboard.press('Tab');
		await expect(w.locator('[data-action="step"]')).toBeFocused();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await expect(w.locator('.cc-pod')).toHaveCount(1);
		await expect(w.locator('[data-pod="web-0"]')).toHaveAttribute('data-status', 'Running');

		// End jumps to the DaemonSet tab; the toleration checkbox toggles with Space.
		await w.getByRole('tab', { name: 'StatefulSet' }).focus();
		await page.keyboard.press('End');
		await expect(w.getByRole('tab', { name: 'DaemonSet' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(w.getByLabel('Control-plane toleration')).toBeFocused();
		await page.keyboard.press('Space');
		await expect(w.getByLabel('Control-plane toleration')).toBeChecked();
		await expect(w.getByTestId('cc-ready')).toHaveText('Ready 3/4');
	});

	test('fits a 390 px phone without overflowing the page', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const w = await openPaused(page);
		await w.getByRole('tab', { name: '데몬셋' }).click();
		await w.locator('[data-action="add-worker"]').click();
		await w.locator('[data-action="add-worker"]').click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const box = await w.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
	});

	test(`axe finds no violations in the widget after interacting (light and dark)`, async ({ page }) => {
		test.setTimeout(180_000);
		await useTheme(page, 'light');
		const w = await openPaused(page);
		await w.getByRole('tab', { name: '스테이트풀셋' }).click();
		await w.locator('[data-action="increase"]').click();
		await tickUntil(w, (pods) => Object.keys(pods).length === 4);
		await w.getByRole('button', { name: '파드 web-1 삭제' }).click();
		expect(await findAxeViolationsInThemes(page, WIDGET)).toEqual([]);
		await w.getByRole('tab', { name: '데몬셋' }).click();
		await w.getByLabel('컨트롤 플레인 톨러레이션').check();
		await w.locator('[data-action="step"]').click();
		expect(await findAxeViolationsInThemes(page, WIDGET)).toEqual([]);
	});
});
