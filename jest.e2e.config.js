/**
 * The task pane in a real Chromium (test/e2e): the production build in dist/ served on 127.0.0.1,
 * office.js replaced by a stub Office whose Excel is the strict fake (test/excel/fakeExcel.ts).
 * globalSetup builds dist/ when it is missing or older than the sources (unless PLAN_TRACKER_DIST
 * names a build already made, as scripts/test-all.sh does) and bundles the fake for the browser.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.js",
  // One browser at a time: the machine has two cores and the flows are long.
  maxWorkers: 1,
  testTimeout: 240_000,
};
