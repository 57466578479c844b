// Every widget with JavaScript off (issue #15 item 12): the note comes first in the frame,
// every control is natively disabled (none looks live and does nothing), and the cluster
// page's "follow a kubectl apply" steps are all readable as text.
import { test, expect } from '@playwright/test';
import { strings } from '../../src/i18n/widget';

const WIDGETS = [
	['/services/', 'service-type-picker'],
	['/controllers/', 'replica-slider'],
	['/controllers/', 'controller-comparison'],
	['/deployments/', 'rollout-simulator'],
	['/nginx-example/', 'manifest-explorer'],
	['/cluster/', 'architecture-explorer'],
	['/resource-management/', 'resource-scheduler'],
	['/security/', 'access-check'],
	['/security/', 'traffic-check'],
] as const;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const [path, id] of WIDGETS) {
		test(`${id}: note at the top and every control disabled`, async ({ page }) => {
			await page.goto(path);
			const frame = page.locator(`#${id}`);
			const note = frame.locator('.k8s-noscript');
			await expect(note).toHaveText(strings.ko.noScript);
			const controls = frame.locator('button, input, select, textarea');
			expect(await controls.count()).toBeGreaterThan(0);
			const enabled = await controls.evaluateAll((els) =>
				els.filter((el) => !(el as HTMLButtonElement).matches(':disabled')).map((el) => el.outerHTML.slice(0, 80)),
			);
			expect(enabled).toEqual([]);
			const [noteTop, bodyTop] = await Promise.all([
				note.evaluate((el) => el.getBoundingClientRect().top),
				frame.locator('.k8s-frame-controls').evaluate((el) => el.getBoundingClientRect().top),
			]);
			expect(noteTop).toBeLessThan(bodyTop);
		});
	}

	test('architecture explorer: every flow step is visible text', async ({ page }) => {
		await page.goto('/cluster/');
		const steps = page.locator('#architecture-explorer .ae-stack-item[data-step]');
		expect(await steps.count()).toBeGreaterThan(3);
		for (const step of await steps.all()) {
			await expect(step).toBeVisible();
			await expect(step).not.toHaveAttribute('aria-hidden', 'true');
		}
	});
});

test('with JavaScript the controls are enabled once the island runs', async ({ page }) => {
	await page.goto('/deployments/');
	const frame = page.locator('#rollout-simulator');
	await frame.scrollIntoViewIfNeeded();
	await expect(frame.locator('.ros')).toHaveAttribute('data-hydrated', 'true');
	await expect(frame.locator('.k8s-frame-controls')).not.toHaveAttribute('disabled', /.*/);
	await expect(frame.getByRole('button').first()).toBeEnabled();
	await expect(frame.locator('.k8s-noscript')).toHaveCount(0);
});
