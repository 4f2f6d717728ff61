#!/usr/bin/env node
/**
 * Where a CPU profile spends its time: self time by function and by file.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ts-node/register/transpile-only <script.ts>
 *   node bench/profile-summary.js /tmp/prof/<file>.cpuprofile [top N]
 *
 * (Profiles of ts-node runs give line numbers of the transpiled code; for exact lines, compile
 * first: npx tsc -p tsconfig.json --noEmit false --noCheck --outDir /tmp/js --rootDir .)
 */
const fs = require("fs");

const [file, top = "30"] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node bench/profile-summary.js <file.cpuprofile> [top N]\n");
  process.exit(2);
}
const { nodes, samples, timeDeltas } = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(nodes.map((n) => [n.id, n]));
const self = new Map();
samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (timeDeltas[i] ?? 0)));
const byFunction = new Map();
const byFile = new Map();
let total = 0;
for (const [id, micros] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = url.replace(/^.*?\/(src|bench|test|node_modules)\//, "$1/");
  const fn = `${functionName || "(anonymous)"} ${where}${where ? `:${lineNumber + 1}` : ""}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  byFile.set(where || functionName, (byFile.get(where || functionName) ?? 0) + micros);
  total += micros;
}
const show = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(top))
    .forEach(([k, micros]) => console.log(`${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${k}`));
console.log(`total ${(total / 1000).toFixed(0)} ms\n-- by function (self time)`);
show(byFunction);
console.log("-- by file");
show(byFile);
