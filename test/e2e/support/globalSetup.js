/**
 * Before the browser tests: a production build of the add-in (unless a fresh one exists) and the
 * Excel fake bundled for the browser. Paths are shared with the tests through paths.js.
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { ROOT, distDir, FAKE_BUNDLE } = require("./paths");

/** Newest modification time under a file or folder. */
function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

function ensureBuild() {
  const dist = distDir();
  if (process.env.PLAN_TRACKER_DIST) {
    if (!fs.existsSync(path.join(dist, "taskpane.html"))) throw new Error(`PLAN_TRACKER_DIST=${dist} has no taskpane.html`);
    return;
  }
  const built = fs.existsSync(path.join(dist, "taskpane.html")) ? newest(path.join(dist, "taskpane.js")) : 0;
  const sources = Math.max(
    newest(path.join(ROOT, "src")),
    newest(path.join(ROOT, "webpack.config.js")),
    newest(path.join(ROOT, "manifest.xml")),
    newest(path.join(ROOT, "package-lock.json")),
  );
  if (built > sources) return;
  console.log(built ? "dist/ is older than the sources: rebuilding (npm run build)…" : "No dist/: building (npm run build)…");
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
}

function bundleFake() {
  const webpack = require("webpack");
  const config = require("../webpack.fake.config.js")(path.dirname(FAKE_BUNDLE));
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

module.exports = async function globalSetup() {
  ensureBuild();
  await bundleFake();
};
