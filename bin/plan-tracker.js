#!/usr/bin/env node
// Runs the compiled CLI (npm ci compiles it through the "prepare" script).
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("plan-tracker: the CLI is not built yet. Run `npm ci` (or `npm run build:cli`) in " + path.join(__dirname, "..") + " first.\n");
  process.exit(2);
}
require(main).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
