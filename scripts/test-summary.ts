// Prints the one line CI reads, "N passed, N failed", over every runner's result file.
// Vitest's JSON report is read as such; the others hold {passed, failed}. A missing file is a
// runner that did not finish, and counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`${file}: missing (runner did not finish)`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number | boolean>;
  if ('numPassedTests' in r) {
    passed += Number(r.numPassedTests);
    failed += Number(r.numFailedTests) + Number(r.numFailedTestSuites);
  } else {
    passed += Number(r.passed);
    failed += Number(r.failed);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
