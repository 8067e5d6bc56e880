// A web-test-runner reporter that writes pass/fail counts per browser to a JSON file, so that
// `npm test` can add them to its one closing summary line.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push([...here, test.name].join(' › '));
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, here);
}

export function countReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = (byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0, failures: [] });
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test has no failing test to show for it.
        if (!session.passed && counts.failed === before) {
          counts.failed += 1;
          counts.failures.push(`${session.testFile} (did not run: ${session.errors?.[0]?.message ?? 'error'})`);
        }
      }
      if (file) writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}
