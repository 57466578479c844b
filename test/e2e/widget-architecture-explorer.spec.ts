// The architecture explorer on the cluster page: picking a component shows its role, the
// kubectl apply walkthrough highlights kube-apiserver first, kube-scheduler at the binding
// step and kube-proxy last, "previous" goes back, everything works from the keyboard, it
// fits a 390 px phone, and axe finds nothing inside it in either theme.
import { test, expect, type Page } from '@playwright/test';
import { findAxeViolationsInThemes, useTheme } from './site';

const WIDGET = '#architecture-explorer';

/** Opens a page at the widget and waits until the island has hydrated. */
async function openExplorer(page: Page, path = '/cluster/') {
	await page.goto(`${path}${WIDGET}`);
	await expect(page.locator(`${WIDGET} .ae`)).toHaveAttribute('data-ready', 'true');
	return page.locator(WIDGET);
}

test.describe('architecture explorer', () => {
	test('etcd shows its role; the apply walkthrough highlights apiserver, scheduler, kube-proxy; previous goes back', async ({ page }) => {
		const w = await openExplorer(page);
		const status = w.getByRole('status');
		// Server-rendered start: kube-apiserver selected, walkthrough not started, nothing highlighted.
		await expect(w.locator('[data-details="kube-apiserver"]')).toBeVisible();
		await expect(w.locator('[data-involved]')).toHaveCount(0);

		await w.locator('[data-component="etcd"]').click();
		await expect(w.locator('[data-component="etcd"]')).toHaveAttribute('aria-pressed', 'true');
		await expect(w.locator('[data-details="etcd"]')).toBeVisible();
		await expect(w.locator('[data-details="etcd"]')).toContainText('키-값 저장소');
		await expect(w.locator('[data-details="kube-apiserver"]')).toBeHidden();
		await expect(status).toContainText('etcd');

		const next = w.locator('[data-action="next"]');
		await next.click();
		await expect(w.getByTestId('ae-counter')).toHaveText('10단계 중 1단계');
		await expect(w.locator('[data-component="kubectl"]')).toHaveAttribute('data-involved', 'actor');
		await expect(w.locator('[data-component="kube-apiserver"]')).toHaveAttribute('data-involved', 'peer');
		await expect(w.locator('[data-links="kubectl--kube-apiserver"]')).toHaveAttribute('data-active', 'true');
		await expect(w.locator('[data-links="kube-apiserver--etcd"]')).not.toHaveAttribute('data-active', 'true');
		await expect(status).toContainText('10단계 중 1단계');

		// On to the scheduler's binding (step 6): it writes through the API server, which stores in etcd.
		for (let i = 2; i <= 6; i++) await next.click();
		await expect(w.locator('[data-component="kube-scheduler"]')).toHaveAttribute('data-involved', 'actor');
		await expect(w.locator('[data-component="kube-apiserver"]')).toHaveAttribute('data-involved', 'peer');
		await expect(w.locator('[data-component="etcd"]')).toHaveAttribute('data-involved', 'peer');
		await expect(w.locator('[data-links="kube-apiserver--kube-scheduler"]')).toHaveAttribute('data-active', 'true');
		await expect(w.locator('[data-links="kube-apiserver--etcd"]')).toHaveAttribute('data-active', 'true');
		await expect(w.locator('[data-step="bind-pods"]')).toBeVisible();
		await expect(w.locator('[data-step="bind-pods"]')).toContainText('kube-scheduler → kube-apiserver → etcd');

		for (let i = 7; i <= 10; i++) await next.click();
		await expect(w.getByTestId('ae-counter')).toHaveText('10단계 중 10단계');
		await expect(w.locator('[data-component="kube-proxy"]')).toHaveAttribute('data-involved', 'actor');
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		// aria-disabled (not disabled) keeps focus on the button; a click there does nothing.
		await next.click({ force: true });
		await expect(w.getByTestId('ae-counter')).toHaveText('10단계 중 10단계');

		await w.locator('[data-action="previous"]').click();
		await expect(w.getByTestId('ae-counter')).toHaveText('10단계 중 9단계');
		await expect(w.locator('[data-component="kube-controller-manager"]')).toHaveAttribute('data-involved', 'actor');
		await expect(w.locator('[data-component="kube-proxy"]')).not.toHaveAttribute('data-involved', /.+/);
		await expect(w.locator('[data-step="update-endpointslices"]')).toContainText('엔드포인트슬라이스 컨트롤러');
		await expect(status).toContainText('10단계 중 9단계');

		await w.locator('[data-action="restart"]').click();
		await expect(w.locator('[data-involved]')).toHaveCount(0);
	});

	test('works with the keyboard alone', async ({ page }) => {
		const w = await openExplorer(page, '/en/cluster/');
		await w.locator('[data-component="kubectl"]').focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(w.locator('[data-component="etcd"]')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(w.locator('[data-details="etcd"]')).toBeVisible();
		await expect(w.locator('[data-details="etcd"]')).toContainText('key value store');

		// Tab on to "Next step" and walk to the scheduler with Enter and Space.
		const next = w.locator('[data-action="next"]');
		for (let i = 0; i < 12 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(next).toBeFocused();
		for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
		for (let i = 0; i < 3; i++) await page.keyboard.press('Space');
		await expect(w.getByTestId('ae-counter')).toHaveText('Step 6 of 10');
		await expect(w.locator('[data-component="kube-scheduler"]')).toHaveAttribute('data-involved', 'actor');
		await page.keyboard.press('Shift+Tab');
		await expect(w.locator('[data-action="previous"]')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(w.getByTestId('ae-counter')).toHaveText('Step 5 of 10');
		await expect(w.getByRole('status')).toContainText('Step 5 of 10, kube-controller-manager (ReplicaSet controller)');
	});

	test('fits a 390 px phone without overflowing the page', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const w = await openExplorer(page);
		const box = await w.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const buttons = w.locator('.ae-component');
		for (let i = 0; i < (await buttons.count()); i++) {
			const b = await buttons.nth(i).boundingBox();
			expect(b && b.x >= 0 && b.x + b.width <= 390, `component ${i} inside the screen`).toBe(true);
		}
	});

	test(`axe finds no violations in the widget after stepping (light and dark)`, async ({ page }) => {
		test.setTimeout(180_000);
		await useTheme(page, 'light');
		const w = await openExplorer(page);
		await w.locator('[data-component="etcd"]').click();
		for (let i = 0; i < 6; i++) await w.locator('[data-action="next"]').click();
		await expect(w.locator('[data-component="kube-scheduler"]')).toHaveAttribute('data-involved', 'actor');
		expect(await findAxeViolationsInThemes(page, WIDGET)).toEqual([]);
	});
});
