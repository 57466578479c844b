// The ResourceScheduler widget on the resource-management page, driven like a reader:
// requests too big for every node leave a Pod Pending with the scheduler's reason, QoS
// follows requests and limits (limits only is Guaranteed), memory over the limit is
// OOMKilled while CPU over the limit is throttled, invalid quantities get the API server's
// message, a keyboard-only path, and axe in both themes (https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/, https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/).
import { test, expect, type Page } from '@playwright/test';
import { findAxeViolationsInThemes, useTheme, watchPage } from './site';

const FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** Opens a page at the widget and waits until its island has hydrated. */
async function openWidget(page: Page, path = '/resource-management/') {
	await page.goto(`${path}#resource-scheduler`);
	const island = page.locator('#resource-scheduler astro-island');
	await expect(island).toHaveCount(1);
	await expect(island).not.toHaveAttribute('ssr', /.*/);
	return page.locator('#resource-scheduler');
}

/** Types a new value into one field of a Pod and commits it like a reader leaving the field. */
async function setField(page: Page, pod: string, field: string, value: string) {
	const input = page.locator(`[id="rs-${pod}-${field}"]`);
	await input.fill(value);
	await input.press('Tab');
}

/** Runs the usage simulation for a Pod. */
async function runUsage(page: Page, pod: string, cpu: string, memory: string) {
	await page.locator('#rs-usage-pod').selectOption(pod);
	await page.locator('#rs-usage-cpu').fill(cpu);
	await page.locator('#rs-usage-memory').fill(memory);
	await page.locator('#resource-scheduler .rs-run').click();
}

test.describe('ResourceScheduler widget', () => {
	test('first frame: ml-train Pending, nodes show requested / allocatable as text', async ({ page }) => {
		const problems = watchPage(page);
		const widget = await openWidget(page);
		await expect(widget.locator('[data-pod="ml-train"] .rs-status')).toHaveText('Pending');
		await expect(widget.locator('[data-pod="ml-train"] .rs-event')).toContainText('0/3 nodes are available: 1 Insufficient memory, 3 Insufficient cpu.');
		await expect(widget.locator('[data-node="node-3"] [data-resource="cpu"]')).toHaveText('CPU 요청 1750m / 4 (44%)');
		await expect(widget.locator('[data-node="node-1"] [data-resource="cpu"]')).toHaveText('CPU 요청 2 / 2 (100%)');
		await expect(widget.locator('[data-pod="report"] .rs-effective')).toContainText('CPU 2, 메모리 1Gi');
		expect(problems).toEqual([]);
	});

	test('a CPU request above every node\'s free CPU leaves the Pod Pending with "Insufficient cpu"', async ({ page }) => {
		const widget = await openWidget(page);
		const batch = widget.locator('[data-pod="batch"]');
		await expect(batch.locator('.rs-status')).toHaveText('node-3에 배치됨');
		await setField(page, 'batch', 'cpuRequest', '5');
		await expect(batch.locator('.rs-status')).toHaveText('Pending');
		await expect(batch.locator('.rs-event')).toHaveText('Warning  FailedScheduling  default-scheduler  0/3 nodes are available: 3 Insufficient cpu.');
		await expect(widget.locator('[data-node="pending"]')).toContainText('batch');
		await expect(widget.locator('[role="status"]')).toContainText('batch: node-3 → Pending');
		// Back to a request that fits: it is scheduled again.
		await setField(page, 'batch', 'cpuRequest', '100m');
		await expect(batch.locator('.rs-status')).toHaveText(/에 배치됨$/);
	});

	test('QoS follows requests and limits: equal is Guaranteed, none is BestEffort, only limits is Guaranteed', async ({ page }) => {
		const widget = await openWidget(page);
		const web = widget.locator('[data-pod="web"]');
		await expect(web).toHaveAttribute('data-qos', 'Burstable');
		await expect(web.locator('.rs-qos')).toContainText('cpu 요청과 제한이 다릅니다.');

		await setField(page, 'web', 'cpuRequest', '500m');
		await setField(page, 'web', 'memoryRequest', '128Mi');
		await expect(web).toHaveAttribute('data-qos', 'Guaranteed');
		await expect(web.getByTestId('qos')).toHaveText('QoS: Guaranteed');

		for (const field of ['cpuRequest', 'cpuLimit', 'memoryRequest', 'memoryLimit']) await setField(page, 'web', field, '');
		await expect(web).toHaveAttribute('data-qos', 'BestEffort');
		await expect(web.locator('.rs-qos')).toContainText('요청과 제한이 하나도 없습니다');

		await setField(page, 'web', 'cpuLimit', '500m');
		await setField(page, 'web', 'memoryLimit', '128Mi');
		await expect(web).toHaveAttribute('data-qos', 'Guaranteed');
		await expect(web.locator('.rs-qos')).toContainText('cpu, memory 제한 값이 요청으로 복사되었습니다');
		await expect(web.locator('.rs-effective')).toContainText('CPU 500m, 메모리 128Mi');
	});

	test('memory over the limit is OOMKilled, CPU over the limit is only throttled', async ({ page }) => {
		const widget = await openWidget(page);
		const result = widget.getByTestId('usage-result');
		await runUsage(page, 'web', '100m', '200Mi');
		await expect(result).toHaveAttribute('data-outcome', 'oomkilled');
		await expect(result).toContainText('web: OOMKilled. 메모리 200Mi는 제한 128Mi보다 많아');
		await expect(result.locator('pre')).toContainText('Reason:       OOMKilled');
		await expect(result.locator('pre')).toContainText('Exit Code:    137');
		await expect(widget.locator('[role="status"]')).toContainText('OOMKilled');

		await runUsage(page, 'web', '2', '100Mi');
		await expect(result).toHaveAttribute('data-outcome', 'throttled');
		await expect(result).toContainText('스로틀링됨');
		await expect(result).toContainText('종료되지 않고');
		await expect(result).not.toContainText('OOMKilled');
		await expect(result.locator('pre')).toHaveText('State:          Running');

		await runUsage(page, 'batch', '3', '256Mi');
		await expect(result).toHaveAttribute('data-outcome', 'ok');
		await expect(result).toContainText('제한이 없어 노드에 남는 자원을 씁니다');
	});

	test('memory beyond the node is evicted and a Pending Pod never runs', async ({ page }) => {
		const widget = await openWidget(page);
		const result = widget.getByTestId('usage-result');
		await runUsage(page, 'batch', '100m', '100Gi');
		await expect(result).toHaveAttribute('data-outcome', 'evicted');
		await expect(result).toContainText('batch: Evicted.');
		await expect(result).not.toContainText('Running');
		await expect(result.locator('pre')).toContainText('Reason:         Evicted');

		await runUsage(page, 'ml-train', '100m', '10Mi');
		await expect(result).toHaveAttribute('data-outcome', 'pod-pending');
		await expect(result).toContainText('ml-train: Pending.');
		await expect(result).not.toContainText('Running');
		await expect(result.locator('pre')).toHaveCount(0);
	});

	test("an invalid quantity gets the API server's message and the Pod is not created", async ({ page }) => {
		const widget = await openWidget(page);
		const web = widget.locator('[data-pod="web"]');
		await setField(page, 'web', 'cpuRequest', '1.5.2');
		await expect(web.getByTestId('api-error')).toHaveText(`Pod in version "v1" cannot be handled as a Pod: ${FORMAT_ERROR}`);
		await expect(page.locator('#rs-web-cpuRequest')).toHaveAttribute('aria-invalid', 'true');
		await expect(web.locator('.rs-status')).toHaveText('거부됨: 파드가 만들어지지 않았습니다.');
		await expect(widget.locator('[role="status"]')).toContainText('web: node-3 → 거부됨');

		await setField(page, 'web', 'cpuRequest', '1');
		await expect(web.getByTestId('api-error')).toContainText('must be less than or equal to cpu limit of 500m');

		await runUsage(page, 'web', '1', '1Mi');
		await expect(widget.getByTestId('usage-result')).toHaveAttribute('data-outcome', 'pod-rejected');
	});

	test('keyboard only: add a Pod, make it Pending, remove it, run a usage', async ({ page }) => {
		const widget = await openWidget(page);
		await page.locator('body').click({ position: { x: 1, y: 1 } });
		const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
		/** Presses Tab until the element with this id has focus (a reader tabbing through the page). */
		const tabTo = async (id: string) => {
			for (let i = 0; i < 400 && (await focusedId()) !== id; i++) await page.keyboard.press('Tab');
			await expect.poll(focusedId).toBe(id);
		};
		await tabTo('rs-add');
		await page.keyboard.press('Enter');
		await expect(widget.locator('[data-pod="pod-1"]')).toHaveCount(1);
		await expect.poll(focusedId).toBe('rs-pod-1-cpuRequest');
		await expect(widget.locator('[data-pod="pod-1"]')).toHaveAttribute('data-qos', 'BestEffort');
		await page.keyboard.type('5');
		await page.keyboard.press('Tab');
		await expect(widget.locator('[data-pod="pod-1"] .rs-event')).toContainText('0/3 nodes are available: 3 Insufficient cpu.');
		await expect(widget.locator('[role="status"]')).toContainText('pod-1: node-3 → Pending');

		await tabTo('rs-pod-1-remove');
		await page.keyboard.press('Space');
		await expect(widget.locator('[data-pod="pod-1"]')).toHaveCount(0);
		await expect.poll(focusedId).toBe('rs-ml-train-remove');
		await expect(widget.locator('[role="status"]')).toContainText('pod-1 삭제됨');

		await tabTo('rs-usage-memory');
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('1Gi');
		await page.keyboard.press('Enter');
		await expect(widget.getByTestId('usage-result')).toHaveAttribute('data-outcome', 'oomkilled');
	});

	test('English page: same widget, English labels', async ({ page }) => {
		const widget = await openWidget(page, '/en/resource-management/');
		await setField(page, 'batch', 'cpuRequest', '5');
		await expect(widget.locator('[data-pod="batch"] .rs-event')).toContainText('0/3 nodes are available: 3 Insufficient cpu.');
		await expect(widget.locator('[role="status"]')).toContainText('batch: node-3 → Pending. 4 scheduled, 2 Pending.');
		await expect(page.getByLabel('batch CPU request')).toHaveValue('5');
	});

	test(`axe finds nothing in the widget after interaction (light and dark)`, async ({ page }) => {
		test.setTimeout(180_000);
		await useTheme(page, 'light');
		const widget = await openWidget(page);
		await setField(page, 'batch', 'cpuRequest', '5');
		await setField(page, 'web', 'memoryLimit', '1.5.2');
		await runUsage(page, 'api', '1', '1Gi');
		await expect(widget.getByTestId('usage-result')).toHaveAttribute('data-outcome', 'oomkilled');
		expect(await findAxeViolationsInThemes(page, '#resource-scheduler')).toEqual([]);
	});
});
