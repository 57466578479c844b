// The AccessCheck (RBAC) widget on the security page, driven like a reader: jane reads Pods
// in dev but not in prod, dave reads Secrets in dev through a RoleBinding to a ClusterRole
// but not in prod, the default ServiceAccount may do nothing, the kubectl auth can-i line
// matches, a keyboard-only path, and axe in both themes (https://kubernetes.io/docs/reference/access-authn-authz/rbac/, https://kubernetes.io/docs/reference/access-authn-authz/authorization/).
import { test, expect, type Page } from '@playwright/test';
import { findAxeViolationsInThemes, useTheme, watchPage } from './site';

/** Opens a page at the widget and waits until its island has hydrated. */
async function openWidget(page: Page, path = '/security/') {
	await page.goto(`${path}#access-check`);
	const island = page.locator('#access-check astro-island');
	await expect(island).toHaveCount(1);
	await expect(island).not.toHaveAttribute('ssr', /.*/);
	return page.locator('#access-check');
}

/** Picks a question in the four selects. */
async function ask(page: Page, requester: string, verb: string, resource: string, namespace: string) {
	await page.locator('#ac-subject').selectOption(requester);
	await page.locator('#ac-verb').selectOption(verb);
	await page.locator('#ac-resource').selectOption(resource);
	await page.locator('#ac-namespace').selectOption(namespace);
}

test.describe('AccessCheck widget', () => {
	test('jane get pods in dev: yes, through RoleBinding read-pods and Role pod-reader', async ({ page }) => {
		const problems = watchPage(page);
		const widget = await openWidget(page);
		await ask(page, 'jane', 'get', 'pods', 'dev');
		const verdict = widget.getByTestId('verdict');
		await expect(verdict).toHaveAttribute('data-allowed', 'true');
		await expect(verdict).toContainText('허용');
		await expect(verdict.getByTestId('binding')).toContainText('RoleBinding read-pods');
		await expect(verdict.getByTestId('role')).toHaveText('Role pod-reader');
		await expect(verdict).toContainText('rules[0]: apiGroups: [""], resources: ["pods"], verbs: ["get", "watch", "list"]');
		await expect(widget.locator('.k8s-terminal')).toHaveText('$ kubectl auth can-i get pods -n dev --as=jane\nyes');
		// The YAML list marks the objects that decided.
		await widget.locator('.ac-objects summary').click();
		await expect(widget.locator('.ac-objects li.is-deciding')).toHaveCount(2);
		await expect(widget.locator('[data-key="RoleBinding/dev/read-pods"]')).toContainText('이 요청을 허용한 오브젝트');
		await expect(widget.locator('[data-key="Role/dev/pod-reader"] pre')).toContainText('verbs: ["get", "watch", "list"]');
		expect(problems).toEqual([]);
	});

	test('jane get pods in prod: no, her RoleBinding only works in dev', async ({ page }) => {
		const widget = await openWidget(page);
		await ask(page, 'jane', 'get', 'pods', 'prod');
		const verdict = widget.getByTestId('verdict');
		await expect(verdict).toHaveAttribute('data-allowed', 'false');
		await expect(verdict.getByTestId('hints')).toContainText('RoleBinding read-pods (Role pod-reader): 네임스페이스 dev에서만 이 요청을 허용합니다.');
		await expect(verdict.getByTestId('hints')).toContainText('기본값인 거부');
		await expect(verdict.locator('.ac-forbidden')).toHaveText(
			'Error from server (Forbidden): pods is forbidden: User "jane" cannot get resource "pods" in API group "" in the namespace "prod"',
		);
		await expect(widget.locator('.k8s-terminal')).toHaveText('$ kubectl auth can-i get pods -n prod --as=jane\nno');
		await expect(widget.locator('[role="status"]')).toContainText('no. kubectl auth can-i get pods -n prod --as=jane');
	});

	test('dave get secrets: yes in dev through a RoleBinding to ClusterRole secret-reader, no in prod', async ({ page }) => {
		const widget = await openWidget(page);
		const verdict = widget.getByTestId('verdict');
		await ask(page, 'dave', 'get', 'secrets', 'dev');
		await expect(verdict).toHaveAttribute('data-allowed', 'true');
		await expect(verdict.getByTestId('binding')).toContainText('RoleBinding read-secrets');
		await expect(verdict.getByTestId('role')).toHaveText('ClusterRole secret-reader');
		await expect(verdict).toContainText('롤바인딩의 네임스페이스 dev 안에서만');
		await expect(widget.locator('.k8s-terminal')).toContainText('yes');

		await page.locator('#ac-namespace').selectOption('prod');
		await expect(verdict).toHaveAttribute('data-allowed', 'false');
		await expect(verdict.getByTestId('hints')).toContainText('RoleBinding read-secrets (ClusterRole secret-reader): 네임스페이스 dev에서만');
		await expect(widget.locator('.k8s-terminal')).toHaveText('$ kubectl auth can-i get secrets -n prod --as=dave\nno');
	});

	test('the default ServiceAccount may do nothing at all', async ({ page }) => {
		const widget = await openWidget(page);
		const verdict = widget.getByTestId('verdict');
		await page.locator('#ac-subject').selectOption('default-sa');
		const verbs = await page.locator('#ac-verb option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		const resources = await page.locator('#ac-resource option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		const namespaces = await page.locator('#ac-namespace option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		expect(verbs.length * resources.length * namespaces.length).toBeGreaterThanOrEqual(28);
		for (const namespace of namespaces) {
			await page.locator('#ac-namespace').selectOption(namespace);
			for (const resource of resources) {
				await page.locator('#ac-resource').selectOption(resource);
				for (const verb of verbs) {
					await page.locator('#ac-verb').selectOption(verb);
					await expect(verdict, `${verb} ${resource} in "${namespace}"`).toHaveAttribute('data-allowed', 'false');
				}
			}
		}
		await expect(verdict.getByTestId('hints')).toContainText('system:serviceaccount:dev:default: 어떤 바인딩의 subjects에도 없어');
		await expect(verdict.getByTestId('hints')).toContainText('default 서비스어카운트에는');
		await expect(widget.locator('.k8s-terminal')).toContainText('--as=system:serviceaccount:dev:default');
	});

	test('nodes are cluster-scoped: erin (group ops) yes through a ClusterRoleBinding, jane no', async ({ page }) => {
		const widget = await openWidget(page);
		const verdict = widget.getByTestId('verdict');
		await ask(page, 'erin', 'list', 'nodes', '');
		await expect(verdict).toHaveAttribute('data-allowed', 'true');
		await expect(verdict.getByTestId('binding')).toContainText('ClusterRoleBinding view-nodes');
		await expect(widget.locator('.k8s-terminal')).toHaveText(
			"$ kubectl auth can-i list nodes --as=erin --as-group=ops\nWarning: resource 'nodes' is not namespace scoped\nyes",
		);
		await page.locator('#ac-subject').selectOption('jane');
		await expect(verdict).toHaveAttribute('data-allowed', 'false');
		await expect(verdict.getByTestId('hints')).toContainText('nodes: 클러스터 범위 리소스입니다');
	});

	test('keyboard only: change the namespace and the subject with the arrow keys', async ({ page }) => {
		const widget = await openWidget(page);
		await page.locator('body').click({ position: { x: 1, y: 1 } });
		const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
		/** Presses Tab until the element with this id has focus (a reader tabbing through the page). */
		const tabTo = async (id: string) => {
			for (let i = 0; i < 400 && (await focusedId()) !== id; i++) await page.keyboard.press('Tab');
			expect(await focusedId()).toBe(id);
		};
		const verdict = widget.getByTestId('verdict');
		await tabTo('ac-namespace');
		await page.keyboard.press('ArrowDown'); // dev -> prod
		await expect(page.locator('#ac-namespace')).toHaveValue('prod');
		await expect(verdict).toHaveAttribute('data-allowed', 'false');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		expect(await focusedId()).toBe('ac-subject');
		await page.keyboard.press('ArrowDown'); // jane -> dave
		await expect(page.locator('#ac-subject')).toHaveValue('dave');
		await expect(widget.locator('.k8s-terminal')).toContainText('--as=dave');
		// The YAML list opens from the keyboard too.
		for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(widget.locator('.ac-objects')).toHaveAttribute('open', '');
	});

	test('English page: same answers, English labels', async ({ page }) => {
		const widget = await openWidget(page, '/en/security/');
		await ask(page, 'dave', 'get', 'secrets', 'prod');
		await expect(widget.getByTestId('verdict')).toContainText('Denied');
		await expect(widget.getByTestId('hints')).toContainText(
			'RoleBinding read-secrets (ClusterRole secret-reader) allows this request only in namespace dev.',
		);
		await expect(page.getByLabel('Namespace', { exact: true })).toHaveValue('prod');
	});

	test(`axe finds nothing in the widget after interaction (light and dark)`, async ({ page }) => {
		test.setTimeout(180_000);
		await useTheme(page, 'light');
		const widget = await openWidget(page);
		await ask(page, 'jane', 'get', 'pods', 'prod');
		await expect(widget.getByTestId('verdict')).toHaveAttribute('data-allowed', 'false');
		await widget.locator('.ac-objects summary').click();
		expect(await findAxeViolationsInThemes(page, '#access-check')).toEqual([]);
		await ask(page, 'dave', 'get', 'secrets', 'dev');
		await expect(widget.getByTestId('verdict')).toHaveAttribute('data-allowed', 'true');
		expect(await findAxeViolationsInThemes(page, '#access-check')).toEqual([]);
	});
});
