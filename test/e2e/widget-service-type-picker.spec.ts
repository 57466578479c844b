// The Service type widget on the services page, driven like a reader: NodePort opens a port
// in 30000-32767 on every node, LoadBalancer stays <pending> without a provider and gets an
// external IP a tick after one is switched on, ClusterIP is reachable from inside only; a
// keyboard-only run; the widget keeps its height in every state (desktop and 390 px); axe in
// both themes; the English page; the engine (model + sim reducer) loads only on the first reach.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectNoOverflow, findAxeViolationsInThemes, useTheme, watchPage } from './site';

const KO = {
	path: '/services/',
	switch: '클라우드 로드 밸런서 있음',
	yaml: '서비스 YAML',
	terminal: 'kubectl get svc 출력',
	originPod: '클러스터 안의 파드에서',
	originNode: '클러스터 밖에서 노드 IP:nodePort로',
	originLb: '외부 로드 밸런서로',
	entryNode: '요청을 받는 노드',
};

/** Opens the page at the widget and waits until the island has hydrated. */
async function openWidget(page: Page, path = KO.path): Promise<Locator> {
	await page.goto(path);
	const widget = page.locator('#service-type-picker');
	await widget.scrollIntoViewIfNeeded();
	await expect(widget.locator('.stp')).toHaveAttribute('data-hydrated', 'true');
	return widget;
}

/** The nodePort the YAML shows, checked against the kubectl line. */
async function readNodePort(widget: Locator, yamlLabel = KO.yaml, terminalLabel = KO.terminal): Promise<number> {
	const yaml = (await widget.getByLabel(yamlLabel).textContent()) ?? '';
	const match = /\n {4}nodePort: (\d+)\n/.exec(yaml);
	expect(match, `nodePort in the YAML:\n${yaml}`).not.toBeNull();
	const port = Number(match![1]);
	await expect(widget.getByLabel(terminalLabel)).toContainText(`80:${port}/TCP`);
	return port;
}

function originRow(widget: Locator, origin: 'pod' | 'outside-node' | 'outside-lb'): Locator {
	return widget.locator(`[data-origin="${origin}"]`);
}

test('the engine loads on the first press, not at hydration; the page shows the build-time frame until then', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	const loads = () => page.evaluate(() => performance.getEntriesByName('service-type-picker:engine').length);
	expect(await loads()).toBe(0);
	await expect(widget.getByRole('button', { name: 'ClusterIP', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(widget.getByLabel(KO.terminal)).toContainText(/nginx-service\s+ClusterIP\s+10\.\d+\.\d+\.\d+\s+<none>\s+80\/TCP/);
	await expect(originRow(widget, 'pod')).toHaveAttribute('data-reachable', 'true');
	await expect(widget.getByTestId('stp-hops').locator('li')).toHaveCount(4);
	expect(await loads()).toBe(0);

	await widget.getByRole('button', { name: 'NodePort', exact: true }).click();
	await expect.poll(loads).toBe(1);
	await expect(widget.getByRole('button', { name: 'NodePort', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(originRow(widget, 'outside-node')).toHaveAttribute('data-reachable', 'true');
	expect(await readNodePort(widget)).toBeGreaterThanOrEqual(30000);
	expect(problems).toEqual([]);
});

test('NodePort: a port in 30000-32767 in the YAML and kubectl, reachable from outside through any node', async ({ page }) => {
	const problems = watchPage(page);
	const widget = await openWidget(page);
	await expect(widget.getByLabel(KO.terminal)).toContainText(/nginx-service\s+ClusterIP\s+10\.\d+\.\d+\.\d+\s+<none>\s+80\/TCP/);

	await widget.getByRole('button', { name: 'NodePort', exact: true }).click();
	await expect(widget.getByRole('button', { name: 'NodePort', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(widget.getByLabel(KO.terminal)).toContainText(/nginx-service\s+NodePort\s+10\.\d+\.\d+\.\d+\s+<none>\s+80:\d+\/TCP/);
	const port = await readNodePort(widget);
	expect(port).toBeGreaterThanOrEqual(30000);
	expect(port).toBeLessThanOrEqual(32767);
	await expect(widget.getByTestId('stp-node-port')).toHaveText(String(port));

	await expect(originRow(widget, 'outside-node')).toHaveAttribute('data-reachable', 'true');
	await expect(originRow(widget, 'outside-node')).toContainText(`192.168.49.3:${port}`);
	await expect(originRow(widget, 'outside-lb')).toHaveAttribute('data-reachable', 'false');
	await widget.getByRole('radio', { name: KO.originNode }).check();
	const hops = widget.getByTestId('stp-hops');
	await expect(hops).toHaveAttribute('data-reachable', 'true');
	await expect(hops.locator('[data-kind="node-port"]')).toContainText(`192.168.49.3:${port}`);

	// Entering on the control-plane node, which runs no nginx Pod, still reaches one.
	await widget.getByLabel(KO.entryNode).selectOption('control-plane');
	await expect(hops.locator('[data-kind="node-port"]')).toContainText(`192.168.49.2:${port}`);
	await expect(hops.locator('[data-kind="pod"]')).toContainText(/10\.244\.\d+\.\d+:80/);
	await expect(hops.locator('[data-kind="pod"]')).not.toContainText('control-plane');

	// Sending again lets kube-proxy pick another Pod.
	const first = await hops.locator('[data-kind="pod"]').textContent();
	await widget.getByRole('button', { name: '요청 다시 보내기' }).click();
	await expect(hops.locator('[data-kind="pod"]')).not.toHaveText(first ?? '');
	expect(problems).toEqual([]);
});

test('LoadBalancer: <pending> and unreachable without a provider; an external IP and reachable once one exists', async ({ page }) => {
	const widget = await openWidget(page);
	await widget.getByRole('button', { name: 'LoadBalancer', exact: true }).click();
	const terminal = widget.getByLabel(KO.terminal);
	await expect(terminal).toContainText(/nginx-service\s+LoadBalancer\s+\S+\s+<pending>\s+80:\d+\/TCP/);
	const port = await readNodePort(widget);
	expect(port).toBeGreaterThanOrEqual(30000);
	expect(port).toBeLessThanOrEqual(32767);
	// Ticks do not help without a load-balancer implementation.
	await page.waitForTimeout(1500);
	await expect(terminal).toContainText('<pending>');
	await expect(originRow(widget, 'outside-lb')).toHaveAttribute('data-reachable', 'false');
	await expect(originRow(widget, 'outside-lb')).toContainText('<pending>');
	await expect(originRow(widget, 'outside-node')).toHaveAttribute('data-reachable', 'true');
	await widget.getByRole('radio', { name: KO.originLb }).check();
	const hops = widget.getByTestId('stp-hops');
	await expect(hops).toHaveAttribute('data-reachable', 'false');
	await expect(hops.locator('[data-kind="stop"]')).toContainText('<pending>');
	await expect(widget.getByLabel(KO.yaml)).toContainText('loadBalancer: {}');

	const provider = widget.getByRole('switch', { name: KO.switch });
	await provider.click();
	await expect(provider).toHaveAttribute('aria-checked', 'true');
	await expect(terminal).toContainText(/LoadBalancer\s+\S+\s+203\.0\.113\.\d+\s+80:\d+\/TCP/);
	const ip = (await widget.getByTestId('stp-external-ip').textContent()) ?? '';
	expect(ip).toMatch(/^203\.0\.113\.\d+$/);
	await expect(widget.getByLabel(KO.yaml)).toContainText(`- ip: ${ip}`);
	await expect(originRow(widget, 'outside-lb')).toHaveAttribute('data-reachable', 'true');
	await expect(hops).toHaveAttribute('data-reachable', 'true');
	await expect(hops.locator('[data-kind="load-balancer"]')).toContainText(`${ip}:80`);
	await expect(hops.locator('[data-kind="node-port"]')).toContainText(`:${port}`);
	// The nodePort stays the same: LoadBalancer builds on it.
	expect(await readNodePort(widget)).toBe(port);

	await provider.click();
	await expect(terminal).toContainText('<pending>');
	await expect(originRow(widget, 'outside-lb')).toHaveAttribute('data-reachable', 'false');
});

test('ClusterIP: reachable from a Pod inside, not from outside; no nodePort', async ({ page }) => {
	const widget = await openWidget(page);
	await widget.getByRole('button', { name: 'NodePort', exact: true }).click();
	await expect(originRow(widget, 'outside-node')).toHaveAttribute('data-reachable', 'true');
	await widget.getByRole('button', { name: 'ClusterIP', exact: true }).click();
	await expect(originRow(widget, 'outside-node')).toHaveAttribute('data-reachable', 'false');
	await expect(originRow(widget, 'outside-lb')).toHaveAttribute('data-reachable', 'false');
	await expect(originRow(widget, 'pod')).toHaveAttribute('data-reachable', 'true');
	await expect(widget.getByLabel(KO.yaml)).not.toContainText('nodePort:');
	await expect(widget.getByLabel(KO.terminal)).toContainText(/ClusterIP\s+\S+\s+<none>\s+80\/TCP/);

	await widget.getByRole('radio', { name: KO.originNode }).check();
	await expect(widget.getByTestId('stp-hops')).toHaveAttribute('data-reachable', 'false');
	await widget.getByRole('radio', { name: KO.originPod }).check();
	const hops = widget.getByTestId('stp-hops');
	await expect(hops).toHaveAttribute('data-reachable', 'true');
	await expect(hops.locator('li')).toHaveCount(4);
	await expect(hops.locator('[data-kind="dns"]')).toContainText('nginx-service.default.svc.cluster.local');
	await expect(hops.locator('[data-kind="client"]')).toContainText('client');
	// The DNS name is one long word: it wraps between its labels inside the column, not past it.
	const dns = await hops.locator('[data-kind="dns"] .stp-mono').evaluate((el) => {
		const column = el.closest('.stp-hops')!.getBoundingClientRect();
		// Each label ("nginx-service.", "default.", ...) is its own text node: it must sit on one line.
		const split = [...el.childNodes]
			.filter((n) => n.nodeType === Node.TEXT_NODE)
			.filter((n) => {
				const range = document.createRange();
				range.selectNodeContents(n);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
			})
			.map((n) => n.textContent);
		return { overflow: el.getBoundingClientRect().right - column.right, split };
	});
	expect(dns.overflow).toBeLessThanOrEqual(0.5);
	expect(dns.split, 'labels broken inside').toEqual([]);
});

test('keyboard only: type buttons, the switch and the origin radios', async ({ page }) => {
	const widget = await openWidget(page);
	await widget.getByRole('button', { name: 'ClusterIP', exact: true }).focus();
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: 'NodePort', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(widget.getByRole('button', { name: 'NodePort', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(widget.getByRole('button', { name: 'LoadBalancer', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('switch', { name: KO.switch })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(widget.getByRole('switch', { name: KO.switch })).toHaveAttribute('aria-checked', 'true');
	// Tab moves into the radio group at the checked radio; arrows move the choice.
	await expect(widget.getByRole('radio', { name: KO.originPod })).toBeChecked();
	for (let i = 0; i < 10; i++) {
		if (await widget.getByRole('radio', { name: KO.originPod }).evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(widget.getByRole('radio', { name: KO.originPod })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(widget.getByRole('radio', { name: KO.originLb })).toBeChecked();
	await expect(widget.getByTestId('stp-hops')).toHaveAttribute('data-reachable', 'true');
	await expect(widget.getByTestId('stp-hops').locator('[data-kind="load-balancer"]')).toContainText(/203\.0\.113\.\d+:80/);
	await expect(widget.getByRole('status')).toContainText('LoadBalancer');
	await expect(widget.getByRole('status')).toContainText(/203\.0\.113\.\d+/);
});

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 390, height: 844 },
]) {
	test(`keeps its height in every state and fits at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const widget = await openWidget(page);
		const height = () => widget.evaluate((el) => el.getBoundingClientRect().height);
		const start = await height();
		const heights: string[] = [];
		const record = async (label: string) => heights.push(`${label}: ${(await height()).toFixed(1)}`);
		for (const origin of [KO.originPod, KO.originNode, KO.originLb]) {
			await widget.getByRole('radio', { name: origin }).check();
			for (const type of ['NodePort', 'LoadBalancer', 'ClusterIP']) {
				await widget.getByRole('button', { name: type, exact: true }).click();
				await record(`${origin} ${type}`);
			}
		}
		await widget.getByRole('button', { name: 'LoadBalancer', exact: true }).click();
		await widget.getByRole('switch', { name: KO.switch }).click();
		await expect(widget.getByTestId('stp-external-ip')).toHaveText(/203\.0\.113\./);
		await record('LoadBalancer with IP');
		expect(
			heights.filter((h) => Math.abs(Number(h.split(': ')[1]) - start) > 1),
			`start ${start}`,
		).toEqual([]);
		await expectNoOverflow(page, widget);
	});
}

test(`axe finds no violations in the widget after interaction (light and dark)`, async ({ page }) => {
	test.setTimeout(180_000);
	await useTheme(page, 'light');
	const widget = await openWidget(page);
	// Switch on, reachable and unreachable badges, and a path that stops: every colour axe checks.
	await widget.getByRole('switch', { name: KO.switch }).click();
	await widget.getByRole('button', { name: 'NodePort', exact: true }).click();
	await widget.getByRole('radio', { name: KO.originLb }).check();
	await expect(widget.getByTestId('stp-hops').locator('[data-kind="stop"]')).toBeVisible();
	await expect(originRow(widget, 'outside-node')).toHaveAttribute('data-reachable', 'true');
	expect(await findAxeViolationsInThemes(page, '#service-type-picker')).toEqual([]);
});

test('English page: labels in English, same model', async ({ page }) => {
	const widget = await openWidget(page, '/en/services/');
	await widget.getByRole('button', { name: 'NodePort', exact: true }).click();
	// The first press loads the engine; the YAML changes once it has.
	await expect(widget.getByRole('button', { name: 'NodePort', exact: true })).toHaveAttribute('aria-pressed', 'true');
	const port = await readNodePort(widget, 'Service YAML', 'kubectl get svc output');
	expect(port).toBeGreaterThanOrEqual(30000);
	await widget.getByRole('radio', { name: 'From outside via node IP:nodePort' }).check();
	await expect(widget.getByTestId('stp-hops')).toHaveAttribute('data-reachable', 'true');
	await expect(originRow(widget, 'outside-node')).toContainText('reachable');
	await expect(widget.getByRole('switch', { name: 'Cloud load balancer available' })).toHaveAttribute('aria-checked', 'false');
});
