import { defineConfig } from '@playwright/test';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';

// End-to-end tests against the built site (npm test builds dist/ and dist-sub/ first).
// "site" serves dist/ at /, "subpath" serves dist-sub/ built with SITE_BASE=/k8s-basics/.
export const SUBPATH = '/k8s-basics/';

export default defineConfig({
	testDir: 'test/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		launchOptions: { executablePath: findChrome(), args: chromeArgs },
		trace: 'off',
	},
	projects: [
		{ name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: 'http://localhost:4321' } },
		{ name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:4322${SUBPATH}` } },
	],
	webServer: [
		{
			command: 'astro preview --port 4321 --ignore-lock',
			url: 'http://localhost:4321/',
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
		{
			command: 'astro preview --port 4322 --ignore-lock',
			url: `http://localhost:4322${SUBPATH}`,
			env: { SITE_BASE: SUBPATH, SITE_OUT: './dist-sub' },
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
	],
});
