// Jest reporter: when EXO_CBA_RESULTS_FILE is set, writes {passed, failed, skipped} there, so .ci/run can
// print its closing line from exactly the `npm test` the README gives.
import { writeFileSync } from 'node:fs';

export default class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.EXO_CBA_RESULTS_FILE;
    if (!file) return;
    // a suite that fails to load has no failing test of its own: count it as one failure
    const brokenSuites = results.testResults.filter(
      (r) => r.testExecError || (r.failureMessage && r.numFailingTests === 0),
    ).length;
    writeFileSync(
      file,
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + brokenSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}
