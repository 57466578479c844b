import { defineConfig } from 'vitest/config';

// Unit tests (pure src/sim and src/quiz) and content checks (content/*).
// E2E tests live in test/e2e and run with Playwright, not here.
export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
		environment: 'node',
		coverage: {
			provider: 'v8',
			include: ['src/sim/**/*.ts', 'src/quiz/**/*.ts', 'src/widgets/**/*.ts', 'src/search/**/*.ts', 'src/markdown/**/*.ts', 'src/og/card.ts', 'src/og/font-subsets.ts'],
			// Files the browser runs only through Preact are covered by the e2e tests.
			exclude: ['src/widgets/**/use-*.ts'],
			thresholds: { lines: 90 },
			reporter: ['text-summary'],
		},
	},
});
