import { defineConfig } from 'vitest/config';

// Unit tests (pure src/sim and src/quiz) and content checks (content/*).
// E2E tests live in test/e2e and run with Playwright, not here.
export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
		environment: 'node',
		coverage: {
			provider: 'v8',
			include: [
				'src/sim/**/*.ts',
				'src/quiz/**/*.ts',
				'src/widgets/**/*.ts',
				'src/search/**/*.ts',
				'src/markdown/**/*.ts',
				'src/og/card.ts',
				'src/og/font-subsets.ts',
			],
			// Models and hooks each hold 90 % lines: hooks are tested in happy-dom (test/unit/widgets/hooks).
			thresholds: {
				lines: 90,
				'src/widgets/**/model.ts': { lines: 90 },
				'src/widgets/**/frame.ts': { lines: 90 },
				'src/widgets/**/use-*.ts': { lines: 90 },
			},
			reporter: ['text-summary'],
		},
	},
});
