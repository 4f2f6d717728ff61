const path = require("path");

const ROOT = path.resolve(__dirname, "../../..");

module.exports = {
  ROOT,
  /** The build under test: PLAN_TRACKER_DIST (relative to the repo) or dist/. */
  distDir: () => path.resolve(ROOT, process.env.PLAN_TRACKER_DIST || "dist"),
  FAKE_BUNDLE: path.join(ROOT, "test-output/e2e/fakeExcel.js"),
  SCREENSHOTS: path.join(ROOT, "test-output/e2e"),
  AXE: require.resolve("axe-core/axe.min.js"),
};
