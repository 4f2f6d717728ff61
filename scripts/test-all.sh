#!/usr/bin/env bash
# The one test command: installs what is missing, type-checks, builds the add-in, runs every test
# (unit, adapters, CLI, LibreOffice, real Chromium), and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

mkdir -p test-output
status=0
step() { echo; echo "== $*"; }

step "type check"
if npx tsc --noEmit -p tsconfig.json; then tc_fail=0; else tc_fail=1; status=1; fi

step "lint (typescript-eslint + Office add-in rules)"
if npx eslint --no-error-on-unmatched-pattern src test bench; then lint_fail=0; else lint_fail=1; status=1; fi

step "production build (dist/)"
if npm run --silent build >test-output/build.log 2>&1; then build_fail=0; else build_fail=1; status=1; tail -30 test-output/build.log; fi

step "jest: core, adapters, CLI, LibreOffice"
# The build test checks the dist/ just built instead of building a second time.
[ "$build_fail" = 0 ] && export PLAN_TRACKER_DIST=dist
npx jest --ci --json --outputFile=test-output/jest-unit.json || status=1

if [ -f jest.e2e.config.js ]; then
  step "jest: task pane in Chromium"
  npx jest -c jest.e2e.config.js --ci --json --outputFile=test-output/jest-e2e.json || status=1
fi

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of ["test-output/jest-unit.json", "test-output/jest-e2e.json"]) {
  if (!fs.existsSync(f)) continue;
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
  // A suite that failed to run counts as a failure too.
  failed += r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
}
failed += Number(process.argv[1]) + Number(process.argv[2]) + Number(process.argv[3]);
console.log(`\n${passed} passed, ${failed} failed`);
' "$tc_fail" "$build_fail" "$lint_fail"
exit $status
