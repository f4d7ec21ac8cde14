#!/usr/bin/env bash
# Runs every test: the type check, Vitest (unit and component), then the browser tests in
# Debian's Chromium against the built site. Ends with one plain line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh || { echo "0 passed, 1 failed"; exit 1; }
mkdir -p test-results && rm -f test-results/*.json

if npx svelte-check --tsconfig ./tsconfig.json --output human; then
  echo '{"passed":1,"failed":0}' > test-results/typecheck.json
else
  echo '{"passed":0,"failed":1}' > test-results/typecheck.json
fi

npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json

if npm run -s build; then
  npx tsx tests/browser/run.ts
else
  echo "build failed"
fi

npx tsx scripts/test-summary.ts test-results/vitest.json test-results/typecheck.json test-results/browser.json
