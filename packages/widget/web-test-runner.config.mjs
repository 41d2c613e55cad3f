// Component tests in a real Chromium, driven by playwright-core like every browser test here:
// Debian's package, found (or installed) by the testkit, because test tools' own browser
// downloads are not available here.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, ensureChromium } from '@psybook/testkit/chromium';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** Writes the totals scripts/test.mjs adds up, vitest-style, to $PSYBOOK_WTR_REPORT. */
function countsReporter(path) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.numPendingTests++;
          else if (test.passed) counts.numPassedTests++;
          else counts.numFailedTests++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results: count it as a failure, not as nothing.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          counts.numFailedTests++;
      }
      if (path) writeFileSync(path, JSON.stringify(counts));
    },
  };
}

export default {
  rootDir: root,
  files: [`${here}src/**/*.test.ts`],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: `${here}tsconfig.json`, target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: ensureChromium(),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: a background page gets no animation frames and throttled timers,
  // which turns waits into flaky timeouts.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countsReporter(process.env.PSYBOOK_WTR_REPORT)],
};
