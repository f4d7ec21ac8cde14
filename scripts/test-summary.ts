// Prints the one line CI reads, "N passed, N failed", over every runner's result file.
// Vitest's JSON report is read as such; the others hold {passed, failed}. A missing file is a
// runner that did not finish, and counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { status: string; assertionResults: { status: string }[] }[];
}
interface Counts {
  passed: number;
  failed: number;
}

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`${file}: missing (runner did not finish)`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as VitestReport & Counts;
  if (r.testResults) {
    passed += r.numPassedTests;
    // A file that failed to load has no failed assertions of its own: count it once.
    const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'));
    failed += r.numFailedTests + brokenFiles.length;
  } else {
    passed += Number(r.passed);
    failed += Number(r.failed);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
