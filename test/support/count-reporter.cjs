// Jest reporter: when EXO_CBA_RESULTS_FILE is set, writes {passed, failed, skipped} there, so .ci/run can
// print its closing line from exactly the `npm test` the README gives.
const { writeFileSync } = require('node:fs');

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.EXO_CBA_RESULTS_FILE;
    if (!file) return;
    const failedSuites = results.numFailedTestSuites - results.testResults.filter((r) => r.numFailingTests > 0).length;
    writeFileSync(
      file,
      JSON.stringify({
        passed: results.numPassedTests,
        // a suite that fails to load has no failing test of its own: count it as one failure
        failed: results.numFailedTests + Math.max(0, failedSuites),
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}
module.exports = CountReporter;
