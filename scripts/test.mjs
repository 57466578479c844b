// `npm test`: every check of the project, in order, stopping at the first failure:
// a type check, unit + content tests (vitest, with coverage), the production build, a link check of
// the built HTML, a sub-path build, then end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const steps = [
	// ESLint (import boundaries included) and Prettier, zero warnings: `npm run lint`.
	['lint', 'npm', ['run', '--silent', 'lint']],
	// astro sync writes .astro/types.d.ts (astro:content and friends) that tsc needs.
	['content types', 'astro', ['sync']],
	['type check', 'tsc', ['--noEmit', '-p', '.']],
	['unit and content tests', 'vitest', ['run', '--coverage', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']],
	['build', 'astro', ['build']],
	['link check', 'node', ['scripts/check-links.mjs', 'dist']],
	// The sub-path build is also the published-site build: SITE_URL set, so canonical links,
	// og:url, og:image and the sitemap carry the public address.
	['sub-path build', 'astro', ['build'], { SITE_URL: 'https://team.example.org', SITE_BASE: '/k8s-basics/', SITE_OUT: './dist-sub' }],
	['end-to-end tests (Chromium)', 'playwright', ['test']],
];

// Test reports live outside test-results/, which Playwright empties when it starts.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
// Find (or install) Chromium before spending minutes on the other steps.
const chrome = findChrome({ headlessShell: true });
console.log(`Chromium: ${chrome}`);

const started = Date.now();
for (const [name, cmd, args, env] of steps) {
	console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
	const t = Date.now();
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) {
		console.error(`\n${name} failed (exit ${r.status ?? r.signal}).`);
		process.exit(r.status || 1);
	}
	console.log(`=== ${name}: ok in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);
const unit = readJson('reports/unit.json');
const e2e = readJson('reports/e2e.json');
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit?.numFailedTests ?? 0;
const e2ePassed = e2e?.stats?.expected ?? 0;
const e2eFailed = (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
console.log(`\nunit+content: ${unitPassed} passed; end-to-end: ${e2ePassed} passed; total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed} failed`);
if (unitPassed === 0 || e2ePassed === 0) {
	console.error('No tests ran in one of the suites: that is a failure, not a pass.');
	process.exit(1);
}
