import { defineConfig } from '@playwright/test';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';

// End-to-end tests against the built site (npm test builds dist/ and dist-sub/ first).
// "site" serves dist/ at /, "subpath" serves dist-sub/ built with SITE_BASE=/k8s-basics/.
export const SUBPATH = '/k8s-basics/';
// E2E_PORT lets a second checkout run its tests while another preview server is up.
const port = Number(process.env.E2E_PORT || 4321);
const subPort = port + 1;

export default defineConfig({
	testDir: 'test/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		launchOptions: { executablePath: findChrome({ headlessShell: true }), args: chromeArgs },
		trace: 'off',
		// The offline spec allows the service worker; elsewhere its precaching would add
		// megabytes of background requests to every page a test opens.
		serviceWorkers: 'block',
	},
	projects: [
		{ name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${port}` } },
		{ name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${subPort}${SUBPATH}` } },
	],
	webServer: [
		{
			command: `astro preview --port ${port} --ignore-lock`,
			url: `http://localhost:${port}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
		{
			command: `astro preview --port ${subPort} --ignore-lock`,
			url: `http://localhost:${subPort}${SUBPATH}`,
			env: { SITE_BASE: SUBPATH, SITE_OUT: './dist-sub' },
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
	],
});
