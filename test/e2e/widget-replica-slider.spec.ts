// The ReplicaSet widget on the controllers page, driven like a reader: replicas 5 converges
// tick by tick (Pending -> ContainerCreating -> Running) to 5 5 5, replicas 0 terminates
// every Pod, a deleted Pod is replaced under a new name, the engine loaded only on the first
// reach, a keyboard-only run (arrow keys on the slider), a fixed size through all of it (desktop and 390 px), axe in both themes, and
// the English page.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { findAxeViolationsInThemes, useTheme, watchPage } from './site';

const KO = {
	path: '/controllers/',
	slider: 'replicas (원하는 파드 수)',
	rs: 'kubectl get rs 출력',
	pods: 'kubectl get pods 출력',
	yaml: '레플리카셋 YAML',
	pause: '일시 정지',
	play: '자동 진행',
	step: '한 틱 진행 (10초)',
	deletePod: (name: string) => `파드 ${name} 삭제`,
	counts: (d: number, c: number, r: number) => `원하는 수 ${d}, 현재 ${c}, 준비 ${r}.`,
};

/** Opens the page at the widget and waits until the island has hydrated. */
async function openWidget(page: Page, path = KO.path): Promise<Locator> {
	await page.goto(path);
	const widget = page.locator('#replica-slider');
	await widget.scrollIntoViewIfNeeded();
	await expect(widget.locator('.rsl')).toHaveAttribute('data-hydrated', 'true');
	return widget;
}

function chips(widget: Locator, status?: string): Locator {
	return widget.locator(status ? `.rsl-pod[data-status="${status}"]` : '.rsl-pod');
}

async function readPodNames(widget: Locator): Promise<string[]> {
	return chips(widget).evaluateAll((els) => els.map((el) => el.getAttribute('data-pod') ?? ''));
}

test('replicas 0 -> 10: every Pending chip is whole inside its lane, none clipped or scrolled away', async ({ page }) => {
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		const widget = await openWidget(page);
		await widget.getByRole('button', { name: KO.pause }).click();
		await widget.getByRole('slider', { name: KO.slider }).fill('0');
		for (let i = 0; i < 4; i++) await widget.getByRole('button', { name: KO.step }).click();
		await widget.getByRole('slider', { name: KO.slider }).fill('10');
		await widget.getByRole('button', { name: KO.step }).click();
		const lane = widget.locator('[data-lane="rsl-unscheduled"] .rsl-chips');
		expect(await widget.locator('[data-lane="rsl-unscheduled"] .rsl-pod').count()).toBeGreaterThan(0);
		const clipped = await lane.evaluate((ul) => {
			const box = ul.getBoundingClientRect();
			const out = [...ul.querySelectorAll('.rsl-pod')].filter((li) => {
				const r = li.getBoundingClientRect();
				return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
			});
			return [
				...(ul.scrollWidth > ul.clientWidth + 1 || ul.scrollHeight > ul.clientHeight + 1 ? ['scrolls'] : []),
				...out.map((li) => li.getAttribute('data-pod')),
			];
		});
		expect(clipped, `at ${width} px`).toEqual([]);
	}
});

test('loads its engine only when the learner reaches for it; until then the clock only ages the first frame', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	const loads = () => page.evaluate(() => performance.getEntriesByName('replica-slider:engine').length);
	const rs = widget.getByLabel(KO.rs);
	await expect(rs).toContainText(/nginx\s+3\s+3\s+3\s+\d+s/);
	const before = await rs.textContent();
	// The play clock runs from hydration: the ages move on, the Pods stay, no engine is fetched.
	await expect(rs).not.toHaveText(before!);
	await expect(chips(widget, 'Running')).toHaveCount(3);
	expect(await loads()).toBe(0);
	await widget.getByRole('button', { name: '레플리카 하나 늘리기' }).click();
	await expect.poll(loads).toBe(1);
	await expect(widget.getByTestId('rsl-replicas-value')).toHaveText('4');
	await expect(widget.getByLabel(KO.yaml)).toContainText('  replicas: 4\n');
	await expect(chips(widget, 'Running')).toHaveCount(4);
	await expect(rs).toContainText(/nginx\s+4\s+4\s+4\s/);
	expect(problems).toEqual([]);
});

test('replicas 5: new Pods go Pending -> ContainerCreating -> Running, one tick at a time, then 5 5 5', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	await expect(chips(widget, 'Running')).toHaveCount(3);
	await expect(widget.getByLabel(KO.rs)).toContainText(/nginx\s+3\s+3\s+3\s/);

	await widget.getByRole('button', { name: KO.pause }).click();
	await expect(widget.getByRole('button', { name: KO.play })).toBeVisible();
	await widget.getByRole('slider', { name: KO.slider }).fill('5');
	await expect(widget.getByTestId('rsl-replicas-value')).toHaveText('5');
	await expect(widget.getByLabel(KO.yaml)).toContainText('  replicas: 5\n');

	await widget.getByRole('button', { name: KO.step }).click();
	const unscheduled = widget.locator('[data-lane="rsl-unscheduled"] .rsl-pod');
	await expect(unscheduled).toHaveCount(2);
	await expect(unscheduled.first()).toHaveAttribute('data-status', 'Pending');
	await widget.getByRole('button', { name: KO.step }).click();
	await expect(unscheduled).toHaveCount(0);
	await expect(chips(widget, 'ContainerCreating')).toHaveCount(2);
	await expect(widget.getByLabel(KO.pods)).toContainText('ContainerCreating');
	await widget.getByRole('button', { name: KO.step }).click();
	await expect(chips(widget, 'Running')).toHaveCount(5);
	await expect(widget.getByLabel(KO.rs)).toContainText(/nginx\s+5\s+5\s+5\s/);
	await expect(widget.getByRole('status')).toHaveText(`${KO.counts(5, 5, 5)} 맞춰졌습니다.`);
	// Every Pod runs on a worker, none on the control plane.
	await expect(widget.locator('[data-lane^="rsl-node-worker-"] .rsl-pod')).toHaveCount(5);
	expect(problems).toEqual([]);
});

test('replicas 0: the Pods terminate and none are left', async ({ page }) => {
	const widget = await openWidget(page);
	await widget.getByRole('slider', { name: KO.slider }).fill('0');
	await expect(chips(widget, 'Terminating')).toHaveCount(3);
	await expect(chips(widget)).toHaveCount(0);
	await expect(widget.getByLabel(KO.pods)).toContainText('No resources found in default namespace.');
	await expect(widget.getByLabel(KO.rs)).toContainText(/nginx\s+0\s+0\s+0\s/);
	await expect(widget.getByRole('button', { name: '레플리카 하나 줄이기' })).toHaveAttribute('aria-disabled', 'true');
});

test('a deleted Pod is replaced by a Pod with another name', async ({ page }) => {
	const widget = await openWidget(page);
	await expect(chips(widget, 'Running')).toHaveCount(3);
	const before = await readPodNames(widget);
	const victim = before[0]!;
	// Auto-ticking: the chip shows Terminating until the next tick (checked step by step in the keyboard test).
	await widget.getByRole('button', { name: KO.deletePod(victim) }).click();
	await expect(widget.locator(`.rsl-pod[data-pod="${victim}"]`)).toHaveCount(0);
	await expect(chips(widget, 'Running')).toHaveCount(3);
	const after = await readPodNames(widget);
	expect(after).not.toContain(victim);
	expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
	expect(after.every((name) => /^nginx-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(name))).toBe(true);
	await expect(widget.getByLabel(KO.rs)).toContainText(/nginx\s+3\s+3\s+3\s/);
});

test('keyboard only: arrow keys on the slider, pause, single ticks and deleting a Pod', async ({ page }) => {
	const widget = await openWidget(page);
	await widget.getByRole('button', { name: '레플리카 하나 줄이기' }).focus();
	await page.keyboard.press('Tab');
	const slider = widget.getByRole('slider', { name: KO.slider });
	await expect(slider).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('5');
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: '레플리카 하나 늘리기' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: KO.pause })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(widget.getByRole('button', { name: KO.play })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: KO.step })).toBeFocused();
	for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
	await expect(chips(widget, 'Running')).toHaveCount(5);
	await expect(widget.getByLabel(KO.rs)).toContainText(/nginx\s+5\s+5\s+5\s/);

	// Tab on to the first Pod's delete button and press it.
	let focusedPod: string | null = null;
	for (let i = 0; i < 15 && focusedPod === null; i++) {
		await page.keyboard.press('Tab');
		focusedPod = await page.evaluate(() => document.activeElement?.closest('.rsl-pod')?.getAttribute('data-pod') ?? null);
	}
	expect(focusedPod).not.toBeNull();
	await page.keyboard.press('Space');
	await expect(widget.locator(`.rsl-pod[data-pod="${focusedPod}"]`)).toHaveAttribute('data-status', 'Terminating');
	await widget.getByRole('button', { name: KO.step }).press('Enter');
	await expect(widget.locator(`.rsl-pod[data-pod="${focusedPod}"]`)).toHaveCount(0);
	for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: KO.step }).press('Enter');
	await expect(chips(widget, 'Running')).toHaveCount(5);
	await expect(widget.getByRole('status')).toHaveText(`${KO.counts(5, 5, 5)} 맞춰졌습니다.`);
});

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 390, height: 844 },
]) {
	test(`keeps its size while Pods come and go at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const widget = await openWidget(page);
		const height = () => widget.evaluate((el) => Math.round(el.getBoundingClientRect().height * 10) / 10);
		const start = await height();
		const seen: string[] = [];
		const slider = widget.getByRole('slider', { name: KO.slider });
		const step = widget.getByRole('button', { name: KO.step });
		const tickAndMeasure = async (label: string, ticks: number) => {
			for (let i = 0; i < ticks; i++) {
				await step.click();
				seen.push(`${label} tick ${i + 1}: ${await height()}`);
			}
		};
		await widget.getByRole('button', { name: KO.pause }).click();
		// 0 -> 10 while the old Pods are still terminating puts up to 13 Pods on screen.
		await slider.fill('0');
		await tickAndMeasure('0', 1);
		await slider.fill('10');
		await tickAndMeasure('10', 4);
		await expect(chips(widget, 'Running')).toHaveCount(10);
		await widget.getByRole('button', { name: KO.deletePod((await readPodNames(widget))[0]!) }).click();
		await slider.fill('1');
		await tickAndMeasure('1', 2);
		await slider.fill('7');
		await tickAndMeasure('7', 3);
		const moved = seen.filter((h) => Math.abs(Number(h.split(': ')[1]) - start) > 1);
		expect(moved, `start ${start}`).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
	});
}

test(`axe finds no violations in the widget after interaction (light and dark)`, async ({ page }) => {
	test.setTimeout(180_000);
	await useTheme(page, 'light');
	const widget = await openWidget(page);
	await widget.getByRole('button', { name: KO.pause }).click();
	const slider = widget.getByRole('slider', { name: KO.slider });
	const step = widget.getByRole('button', { name: KO.step });
	await slider.fill('6');
	await step.click();
	await slider.fill('8');
	await step.click();
	const running = (await chips(widget, 'Running').first().getAttribute('data-pod'))!;
	await widget.getByRole('button', { name: KO.deletePod(running) }).click();
	// Chips in all four states are on screen: the colours axe checks for contrast.
	await expect(chips(widget, 'Running')).toHaveCount(2);
	await expect(chips(widget, 'ContainerCreating')).toHaveCount(3);
	await expect(chips(widget, 'Pending')).toHaveCount(2);
	await expect(chips(widget, 'Terminating')).toHaveCount(1);
	expect(await findAxeViolationsInThemes(page, '#replica-slider')).toEqual([]);
});

test('English page: labels in English, same model', async ({ page }) => {
	const widget = await openWidget(page, '/en/controllers/');
	await widget.getByRole('button', { name: 'Pause' }).click();
	await widget.getByRole('slider', { name: 'replicas (desired Pods)' }).fill('4');
	for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: 'One tick (10 s)' }).click();
	await expect(chips(widget, 'Running')).toHaveCount(4);
	await expect(widget.getByRole('status')).toHaveText('desired 4, current 4, ready 4. In sync.');
	const name = (await readPodNames(widget))[0]!;
	await expect(widget.getByRole('button', { name: `delete pod ${name}` })).toBeVisible();
	await expect(widget.getByLabel('kubectl get rs output')).toContainText(/nginx\s+4\s+4\s+4\s/);
});
