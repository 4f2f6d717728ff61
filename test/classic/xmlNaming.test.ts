/**
 * The ES5 build's stand-in for xml-naming (src/taskpane-classic/xmlNaming.ts, see webpack.config.js)
 * says what xml-naming says about XML 1.0 names. xml-naming is an ES module: it is asked in a child
 * Node process.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import * as naming from "../../src/taskpane-classic/xmlNaming";

const ROOT = path.resolve(__dirname, "../..");
const CASES = [
  "w:p", "w:tbl", "w:document", "a", "_x", "1a", "-a", ".a", "a:b:c", ":a", "a:", "xml:space", "Kế", "a-b.c", "a b", "",
  "\u{10000}a", "a\u{EFFFF}", "a\uD800", "\uDC00", "·a", "a·", "a\u0300", "\u0300a", "a\u203F", "\u00D7", "a\u00D7", "\uFFFE", "ab12", "A_B-9.z",
];
const FUNCTIONS = ["name", "ncName", "qName", "nmToken"] as const;

test("name, ncName, qName and nmToken agree with xml-naming on XML 1.0 names", () => {
  const script = `import * as x from "xml-naming"; const cases = JSON.parse(process.argv[1]);
    console.log(JSON.stringify(${JSON.stringify(FUNCTIONS)}.map((f) => cases.map((c) => x[f](c)))));`;
  const theirs = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(CASES)], { cwd: ROOT, encoding: "utf8" }));
  const ours = FUNCTIONS.map((f) => CASES.map((c) => naming[f](c)));
  const differ = FUNCTIONS.flatMap((f, i) => CASES.filter((_, k) => ours[i][k] !== theirs[i][k]).map((c) => `${f}(${JSON.stringify(c)})`));
  expect(differ).toEqual([]);
  expect(ours[2][0]).toBe(true); // qName("w:p")
});

test("the stand-in builds no pattern Internet Explorer 11 refuses (no u, s or y flag)", () => {
  const file = require("fs").readFileSync(path.join(ROOT, "src/taskpane-classic/xmlNaming.ts"), "utf8") as string;
  const source = file.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  expect(source).toMatch(/new RegExp\(/);
  expect(source).not.toMatch(/new RegExp\([^)]*,\s*["'`][^"'`]*[suy]/);
  expect(source).not.toMatch(/\\u\{/);
});
