// The TrafficCheck (NetworkPolicy) widget on the security page, driven like a reader: no
// policy allows everything, default-deny-ingress closes shop, allow-frontend-to-backend
// opens one hop, the order of policies does not matter, a keyboard-only path, and axe in
// both themes (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
import { test, expect, type Page } from '@playwright/test';
import { findAxeViolationsInThemes, useTheme, watchPage } from './site';

/** Opens a page at the widget and waits until its island has hydrated. */
async function openWidget(page: Page, path = '/security/') {
	await page.goto(`${path}#traffic-check`);
	const island = page.locator('#traffic-check astro-island');
	await expect(island).toHaveCount(1);
	await expect(island).not.toHaveAttribute('ssr', /.*/);
	return page.locator('#traffic-check');
}

/** The matrix as "from>to=state" lines, the same whatever the page language. */
async function readMatrix(page: Page): Promise<string[]> {
	return page
		.locator('#traffic-check td[data-state]')
		.evaluateAll((tds) => tds.map((td) => `${td.getAttribute('data-from')}>${td.getAttribute('data-to')}=${td.getAttribute('data-state')}`));
}

const policy = (page: Page, name: string) => page.locator(`#traffic-check input[type="checkbox"][value="${name}"]`);
const cell = (page: Page, from: string, to: string) => page.locator(`#traffic-check td[data-from="${from}"][data-to="${to}"]`);

test.describe('TrafficCheck widget', () => {
	test('no policies: every Pod pair is allowed on every port', async ({ page }) => {
		const problems = watchPage(page);
		const widget = await openWidget(page);
		await expect(widget.getByTestId('applied-order')).toContainText('적용한 정책 없음');
		for (const port of ['80', '5432', '8080', '9090']) {
			await page.locator('#tc-port').selectOption(port);
			const states = await readMatrix(page);
			expect(states.filter((s) => s.endsWith('=allowed'))).toHaveLength(20);
			expect(states.filter((s) => s.endsWith('=denied'))).toHaveLength(0);
			await expect(widget.getByTestId('matrix-count')).toHaveText('20쌍 중 20쌍 허용');
		}
		await expect(widget.getByTestId('verdict')).toHaveAttribute('data-allowed', 'true');
		await expect(widget.getByTestId('ingress')).toContainText('격리되지 않았습니다');
		await expect(cell(page, 'shop/db', 'shop/backend').locator('.k8s-sr-only')).toHaveText('허용');
		expect(problems).toEqual([]);
	});

	test('default-deny-ingress closes shop; allow-frontend-to-backend opens frontend -> backend only', async ({ page }) => {
		const widget = await openWidget(page);
		await policy(page, 'default-deny-ingress').check();
		const states = await readMatrix(page);
		for (const s of states) {
			const to = s.split('>')[1]!.split('=')[0]!;
			if (s.endsWith('=self')) continue;
			expect(s, 'into shop denied, into monitoring allowed').toMatch(to.startsWith('shop/') ? /=denied$/ : /=allowed$/);
		}
		await expect(widget.getByTestId('verdict')).toHaveAttribute('data-allowed', 'false');
		await expect(widget.getByTestId('ingress')).toHaveText('격리됨 (선택한 정책: default-deny-ingress). 이 연결을 허용하는 정책이 없습니다. 거부.');
		await expect(widget.getByTestId('egress')).toContainText('격리되지 않았습니다');

		await policy(page, 'allow-frontend-to-backend').check();
		await expect(cell(page, 'shop/frontend', 'shop/backend')).toHaveAttribute('data-state', 'allowed');
		await expect(cell(page, 'shop/frontend', 'shop/backend').locator('.k8s-sr-only')).toHaveText('허용');
		for (const from of ['shop/db', 'monitoring/prometheus', 'monitoring/debug']) {
			await expect(cell(page, from, 'shop/backend')).toHaveAttribute('data-state', 'denied');
		}
		await expect(widget.getByTestId('verdict')).toHaveAttribute('data-allowed', 'true');
		await expect(widget.getByTestId('ingress')).toContainText('이 연결을 허용한 정책: allow-frontend-to-backend');
		// The rule names port 8080 only.
		await page.locator('#tc-port').selectOption('80');
		await expect(cell(page, 'shop/frontend', 'shop/backend')).toHaveAttribute('data-state', 'denied');
		await expect(widget.locator('[role="status"]')).toContainText('shop/frontend → shop/backend:80 거부');
	});

	test('policies add up: the order they are switched on does not matter', async ({ page }) => {
		const widget = await openWidget(page);
		const names = ['default-deny-ingress', 'allow-frontend-to-backend', 'allow-backend-to-db', 'allow-monitoring-scrape', 'db-egress-dns-only'];
		const snapshot = async () => {
			const out: string[] = [];
			for (const port of ['5432', '8080', '9090']) {
				await page.locator('#tc-port').selectOption(port);
				out.push(...(await readMatrix(page)).map((s) => `${port}:${s}`));
			}
			return out;
		};
		for (const n of names) await policy(page, n).check();
		await expect(widget.getByTestId('applied-order')).toContainText(names.join(' → '));
		const forward = await snapshot();
		for (const n of names) await policy(page, n).uncheck();
		await expect(widget.getByTestId('applied-order')).toContainText('적용한 정책 없음');
		for (const n of [...names].reverse()) await policy(page, n).check();
		await expect(widget.getByTestId('applied-order')).toContainText([...names].reverse().join(' → '));
		expect(await snapshot()).toEqual(forward);
		// And the set really does something: prometheus may scrape metrics, debug may not.
		expect(forward).toContain('9090:monitoring/prometheus>shop/db=allowed');
		expect(forward).toContain('9090:monitoring/debug>shop/db=denied');
	});

	test('keyboard only: switch a policy with Space and change the connection with arrows', async ({ page }) => {
		const widget = await openWidget(page);
		await page.locator('body').click({ position: { x: 1, y: 1 } });
		const focused = () =>
			page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id || (document.activeElement as HTMLInputElement | null)?.value || '');
		/** Presses Tab until the element with this id or value has focus. */
		const tabTo = async (target: string) => {
			for (let i = 0; i < 400 && (await focused()) !== target; i++) await page.keyboard.press('Tab');
			expect(await focused()).toBe(target);
		};
		await tabTo('default-deny-ingress');
		await page.keyboard.press('Space');
		await expect(policy(page, 'default-deny-ingress')).toBeChecked();
		await expect(widget.getByTestId('verdict')).toHaveAttribute('data-allowed', 'false');
		await expect(widget.locator('[role="status"]')).toContainText('shop/frontend → shop/backend:8080 거부');
		await tabTo('tc-to');
		await page.keyboard.press('ArrowDown'); // shop/backend -> shop/db
		await expect(page.locator('#tc-to')).toHaveValue('shop/db');
		await page.keyboard.press('ArrowDown'); // -> monitoring/prometheus
		await expect(page.locator('#tc-to')).toHaveValue('monitoring/prometheus');
		await expect(widget.getByTestId('verdict')).toHaveAttribute('data-allowed', 'true');
		await expect(widget.getByTestId('ingress')).toContainText('격리되지 않았습니다');
	});

	test('English page: same verdicts, English labels', async ({ page }) => {
		const widget = await openWidget(page, '/en/security/');
		await policy(page, 'default-deny-ingress').check();
		await expect(widget.getByTestId('ingress')).toHaveText('Isolated (selected by default-deny-ingress). No policy allows this connection. Denied.');
		await expect(widget.getByTestId('matrix-count')).toHaveText('8 of 20 pairs allowed');
	});

	test(`axe finds nothing in the widget after interaction (light and dark)`, async ({ page }) => {
		test.setTimeout(180_000);
		await useTheme(page, 'light');
		const widget = await openWidget(page);
		await policy(page, 'default-deny-ingress').check();
		await policy(page, 'allow-frontend-to-backend').check();
		await widget.locator('.tc-yaml summary').first().click();
		await expect(cell(page, 'shop/db', 'shop/backend')).toHaveAttribute('data-state', 'denied');
		expect(await findAxeViolationsInThemes(page, '#traffic-check')).toEqual([]);
	});
});
