// Widget settings in the page URL, as a lead shares them: the rollout simulator opened at
// 10 replicas, maxSurge 30%, maxUnavailable 0 shows that setup; a value it cannot use is
// named in a visible note and never breaks the widget; changing a setting rewrites the query
// in place (no reload, no history entry) and leaves the heading fragment alone. The Service
// type picker follows the same scheme.
import { test, expect, type Page } from '@playwright/test';
import { strings } from '../../src/i18n/rollout-simulator';
import { strings as widgetStrings } from '../../src/i18n/widget';
import { findAxeViolations, watchPage } from './site';

const t = strings.en;

async function openRollout(page: Page, query: string) {
	await page.goto(`/en/deployments/${query}`);
	const widget = page.locator('#rollout-simulator');
	await widget.scrollIntoViewIfNeeded();
	await expect(widget.locator('.ros')).toHaveAttribute('data-hydrated', 'true');
	return widget;
}

test('rollout simulator: a shared link sets it up, a bad value gets a note, changes go back into the URL', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openRollout(page, '?rollout.replicas=10&rollout.maxSurge=30%25&rollout.maxUnavailable=0');
	await expect(widget.getByLabel(t.replicasLabel, { exact: true })).toHaveValue('10');
	await expect(widget.getByLabel(t.maxSurgeLabel, { exact: true })).toHaveValue('30%');
	await expect(widget.getByLabel(t.maxUnavailableLabel, { exact: true })).toHaveValue('0');
	// Applied, not just typed: ceil(10 x 30%) = 3 extra, none unavailable, 10 Pods running.
	await expect(widget.getByTestId('ros-bounds')).toContainText(t.boundsSummary(13, 10));
	await expect(widget.getByTestId('ros-lane-new').locator('.ros-pod')).toHaveCount(10);
	await expect(widget.getByTestId('url-notes')).toHaveCount(0);
	expect(new URL(page.url()).search).toBe('?rollout.replicas=10&rollout.maxSurge=30%25&rollout.maxUnavailable=0');

	// Changing a setting rewrites the query in place: same document, no new history entry.
	const historyLength = await page.evaluate(() => history.length);
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
	await widget.getByLabel(t.replicasLabel, { exact: true }).selectOption('5');
	await widget.getByRole('button', { name: t.apply }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('rollout.replicas')).toBe('5');
	expect(new URL(page.url()).searchParams.get('rollout.maxSurge')).toBe('30%');
	expect(await page.evaluate(() => [history.length, (window as unknown as { marker?: number }).marker])).toEqual([historyLength, 1]);

	// A value out of range is clamped, one it cannot read is ignored: both named, the widget works.
	const bad = await openRollout(page, '?rollout.replicas=99&rollout.maxSurge=lots&other=kept#rolling-updates');
	const notes = bad.getByTestId('url-notes');
	await expect(notes).toContainText(widgetStrings.en.urlClamped('rollout.replicas', '99', '10'));
	await expect(notes).toContainText(widgetStrings.en.urlIgnored('rollout.maxSurge', 'lots'));
	await expect(bad.getByLabel(t.replicasLabel, { exact: true })).toHaveValue('10');
	await expect(bad.getByLabel(t.maxSurgeLabel, { exact: true })).toHaveValue('25%');
	expect(await findAxeViolations(page, '#rollout-simulator')).toEqual([]);
	await expect.poll(() => new URL(page.url()).search).toBe('?other=kept&rollout.replicas=10');
	expect(new URL(page.url()).hash).toBe('#rolling-updates');
	// The widget works on from there: 4 replicas at the default 25% / 25% give 5 and 3.
	await bad.getByLabel(t.replicasLabel, { exact: true }).selectOption('4');
	await bad.getByRole('button', { name: t.apply }).click();
	await expect(bad.getByTestId('ros-bounds')).toContainText(t.boundsSummary(5, 3));
	await expect.poll(() => new URL(page.url()).search).toBe('?other=kept&rollout.replicas=4');
	expect(problems).toEqual([]);
});

test('service type picker: service.type and service.provider from the link, and back into it', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto('/services/?service.type=LoadBalancer&service.provider=on');
	const widget = page.locator('#service-type-picker');
	await widget.scrollIntoViewIfNeeded();
	await expect(widget.locator('.stp')).toHaveAttribute('data-hydrated', 'true');
	await expect(widget.getByRole('button', { name: 'LoadBalancer' })).toHaveAttribute('aria-pressed', 'true');
	await expect(widget.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
	await expect(widget.getByLabel('kubectl get svc 출력')).not.toContainText('<pending>');
	await widget.getByRole('button', { name: 'NodePort' }).click();
	await expect.poll(() => new URL(page.url()).search).toBe('?service.type=NodePort&service.provider=on');
	await widget.getByRole('switch').click();
	await widget.getByRole('button', { name: 'ClusterIP' }).click();
	await expect.poll(() => new URL(page.url()).search).toBe('');
	expect(problems).toEqual([]);
});
