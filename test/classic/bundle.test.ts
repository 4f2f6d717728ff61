/** @jest-environment node */
/**
 * The classic pane as built (dist/taskpane-classic.js and .css), checked for Internet Explorer 11:
 *  - es-check: the bundle's syntax is ES5;
 *  - the CSS shipped is the checked one (ie11Source.test.ts);
 *  - the bundle runs in a jsdom window shaped like IE 11: the ES2015 built-ins removed (Promise,
 *    Symbol, Map, Set, Array.from, Object.assign, String.prototype.normalize, …), the DOM methods
 *    IE 11 lacks removed (append, remove(), closest, NodeList.forEach, …), a RegExp constructor that
 *    refuses what IE 11 cannot parse — with office.js's Office and the strict Excel fake as
 *    volume-licensed Office 2016 (ExcelApi 1.1): it draws its first view, and the core work (paste,
 *    import, jump to task 20's cell, summary as of 15/07/2021) goes through without an error.
 * What this cannot prove: jsdom with built-ins removed is not Internet Explorer 11's engine or
 * layout; no IE 11 runs on this machine.
 *
 * Builds only the ES5 half of the webpack config into a temporary folder, unless
 * PLAN_TRACKER_DIST names a build already made (scripts/test-all.sh).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { JSDOM } from "jsdom";
import type { FakeExcel } from "../excel/fakeExcel";

const ROOT = path.resolve(__dirname, "..", "..");
const BUILD_TIMEOUT_MS = 240_000;
const PREBUILT = process.env.PLAN_TRACKER_DIST;
const FIXTURE = fs.readFileSync(path.join(ROOT, "test/fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
let out = "";
/** The strict Excel fake bundled for a browser window (as the e2e tests bundle it). */
let fakeDir = "";
let FAKE_BUNDLE = "";

beforeAll(async () => {
  fakeDir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-classic-fake-"));
  FAKE_BUNDLE = path.join(fakeDir, "fakeExcel.js");
  const webpack = require("webpack");
  const config = require("../e2e/webpack.fake.config.js")(fakeDir);
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: string): string }) =>
      err ? reject(err) : stats.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve(),
    ),
  );
  if (PREBUILT) {
    out = path.resolve(ROOT, PREBUILT);
    return;
  }
  out = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-classic-"));
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const run = spawnSync(process.execPath, [webpackCli, "--mode", "production", "--config-name", "es5", "--env", `outDir=${out}`], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`webpack failed (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
}, BUILD_TIMEOUT_MS + 10_000);

afterAll(() => {
  if (out && !PREBUILT) fs.rmSync(out, { recursive: true, force: true });
  if (fakeDir) fs.rmSync(fakeDir, { recursive: true, force: true });
});

test("taskpane-classic.js is ES5 (es-check)", () => {
  const esCheck = path.join(ROOT, "node_modules", ".bin", "es-check");
  const run = spawnSync(esCheck, ["es5", path.join(out, "taskpane-classic.js")], { encoding: "utf8", timeout: 60_000 });
  expect({ status: run.status, output: run.status === 0 ? "" : `${run.stdout}\n${run.stderr}` }).toEqual({ status: 0, output: "" });
});

test("taskpane-classic.css is the stylesheet checked for Internet Explorer 11, as it is", () => {
  expect(fs.readFileSync(path.join(out, "taskpane-classic.css"), "utf8")).toBe(
    fs.readFileSync(path.join(ROOT, "src/taskpane-classic/taskpane-classic.css"), "utf8"),
  );
});

// Run inside the window before the bundle: what IE 11 does not have.
const STRIP_TO_IE11 = `
  delete window.Promise; delete window.Symbol; delete window.Map; delete window.Set; delete window.WeakMap;
  delete window.WeakSet; delete window.Reflect; delete window.Proxy; delete window.fetch; delete window.TextDecoder;
  delete Array.from; delete Array.of; delete Array.prototype.find; delete Array.prototype.findIndex;
  delete Array.prototype.includes; delete Array.prototype.fill; delete Array.prototype.flat; delete Array.prototype.flatMap;
  delete Object.assign; delete Object.entries; delete Object.values; delete Object.fromEntries;
  delete String.prototype.normalize; delete String.prototype.padStart; delete String.prototype.padEnd;
  delete String.prototype.startsWith; delete String.prototype.endsWith; delete String.prototype.includes;
  delete String.prototype.repeat; delete String.prototype.trimStart; delete String.prototype.trimEnd;
  delete String.prototype.matchAll; delete String.prototype.replaceAll; delete String.raw;
  delete Number.isInteger; delete Number.isFinite; delete Number.isNaN; delete Math.trunc; delete Math.sign;
  [Element, CharacterData, DocumentType, Document, DocumentFragment].forEach(function (type) {
    ["append", "prepend", "before", "after", "replaceWith", "replaceChildren", "remove", "closest", "matches", "toggleAttribute"].forEach(function (name) {
      delete type.prototype[name];
    });
  });
  delete NodeList.prototype.forEach;
  (function () {
    var Native = RegExp;
    function IE11RegExp(pattern, flags) {
      var source = pattern instanceof Native ? pattern.source : String(pattern);
      var f = flags === undefined ? (pattern instanceof Native ? pattern.flags : "") : String(flags);
      if (/\\(\\?<[=!a-zA-Z]|\\\\[pPk][{<]/.test(source) || /[suy]/.test(f)) {
        throw new SyntaxError("Internet Explorer 11 cannot parse /" + source + "/" + f);
      }
      return new Native(source, f);
    }
    IE11RegExp.prototype = Native.prototype;
    window.RegExp = IE11RegExp;
  })();
`;

/** The classic bundle in an IE 11-like window on Office 2016 (the fake at ExcelApi 1.1). */
async function ie11Pane(displayLanguage: string) {
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body><main id="container"></main></body></html>', {
    runScripts: "outside-only",
    url: "https://localhost:3000/taskpane.html",
  });
  const { window } = dom;
  const errors: string[] = [];
  window.addEventListener("error", (e) => errors.push(String(e.message)));
  // The fake lives in the window, as office.js does in IE 11: one realm, so the arrays it hands the
  // pane get the polyfilled iterators like any other. It is ES2020 code (for…of, spread), so it
  // keeps the window's own Map, Set and Promise, taken before they are removed.
  window.eval(`(function (Map, Set, WeakMap, Promise, Symbol) {\n${fs.readFileSync(FAKE_BUNDLE, "utf8")}\n})(Map, Set, WeakMap, Promise, Symbol);`);
  const fake = new (window as unknown as { PlanTrackerFake: { FakeExcel: typeof FakeExcel } }).PlanTrackerFake.FakeExcel({ apiVersion: "1.1" });
  let ready: ((info: { host: string }) => void) | undefined;
  Object.assign(window, {
    Excel: { run: fake.run },
    Office: {
      HostType: { Excel: "Excel" },
      context: { displayLanguage, requirements: { isSetSupported: fake.isSetSupported }, document: {} },
      onReady: (callback: (info: { host: string }) => void) => void (ready = callback),
    },
  });
  window.eval(STRIP_TO_IE11);
  // What IE 11 has and jsdom lacks: window.setImmediate (JSZip, in the Word reader, schedules with it).
  window.eval("window.setImmediate = function (fn) { var args = Array.prototype.slice.call(arguments, 1); return setTimeout(function () { fn.apply(null, args); }, 0); };");
  expect(window.eval("typeof Promise + typeof Map + typeof ''.normalize + typeof document.body.append")).toBe("undefinedundefinedundefinedundefined");
  try {
    window.eval(fs.readFileSync(path.join(out, "taskpane-classic.js"), "utf8"));
  } catch (err) {
    errors.push(String(err));
  }
  expect(errors).toEqual([]);
  expect(ready).toBeDefined();
  ready?.({ host: "Excel" });
  lastText = () => (window.document.body.textContent ?? "").slice(0, 2000);
  return { window, document: window.document, fake, errors };
}

/** What the pane last showed, for a failure's message. */
let lastText = (): string => "";

const until = async (what: string, check: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${lastText()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

test("in an Internet Explorer 11-like window, the bundle brings its polyfills and draws its first view", async () => {
  const { window, document, errors } = await ie11Pane("vi-VN");
  for (const name of ["Promise", "Symbol", "Map", "Set"]) expect(window.eval(`typeof ${name}`)).toBe("function");
  expect(window.eval('"Đe\\u0301 xua\\u0302\\u0301t".normalize("NFC")')).toBe("Đé xuất");
  const tabs = Array.from(document.querySelectorAll("[role=tab]")).map((t) => t.firstChild?.textContent);
  expect(tabs).toEqual(["Kế hoạch", "Cảnh báo", "Tổng hợp", "Cài đặt"]);
  expect(document.querySelector("label[for=pt-plan-text]")?.textContent).toBe("Văn bản kế hoạch");
  expect(errors).toEqual([]);
}, 60_000);

test("…and the core work goes through there on Office 2016: import, jump to task 20's cell, summary as of 15/07/2021", async () => {
  const { window, document, fake, errors } = await ie11Pane("en-US");
  const click = (el: Element | null | undefined) => {
    if (!el) throw new Error("nothing to click");
    el.dispatchEvent(new window.MouseEvent("click", { bubbles: true }));
  };
  const buttonNamed = (text: string) => Array.from(document.querySelectorAll("button")).find((b) => b.textContent === text);
  const textarea = document.getElementById("pt-plan-text") as HTMLTextAreaElement;
  textarea.value = FIXTURE;
  textarea.dispatchEvent(new window.Event("input", { bubbles: true }));
  click(buttonNamed("Preview"));
  await until("the preview", () => document.querySelector("[data-testid=import-preview]") !== null);
  click(buttonNamed("Import into workbook"));
  await until("the import", () => (document.body.textContent ?? "").includes("Plan imported: 24 tasks added (24 in total)."));
  expect(fake.tableRows("PT_Tasks")).toHaveLength(24);

  click(document.getElementById("tab-warnings"));
  const task20 = Array.from(document.querySelectorAll("button[data-cell]")).find(
    (b) => /^Task 20 ·/.test(b.textContent ?? "") && (b.textContent ?? "").includes("No responsible unit"),
  );
  click(task20);
  await until("the selection", () => fake.selection !== null);
  expect(`${fake.selection?.sheet}!${fake.selection?.address}`).toBe(task20?.getAttribute("data-cell"));

  click(document.getElementById("tab-summary"));
  const date = document.getElementById("pt-as-of") as HTMLInputElement;
  date.value = "15/07/2021";
  date.dispatchEvent(new window.Event("input", { bubbles: true }));
  click(buttonNamed("Generate summary"));
  await until("the summary", () => document.querySelector("[data-testid=summary-result]") !== null);
  const totals = Array.from(document.querySelectorAll("[data-testid=summary-result] tr[data-period^=q] td:first-of-type")).map((td) => td.textContent);
  expect(totals).toEqual(["7", "7", "3", "7"]);
  expect(fake.sheets.map((s) => s.name)).toContain("Summary");
  expect(document.querySelector("[role=alert]")).toBeNull();
  expect(errors).toEqual([]);
}, 60_000);

test("…and a Word file (.docx) picked there is read with the pane's own TextDecoder and previewed", async () => {
  const { window, document, errors } = await ie11Pane("en-US");
  expect(window.eval("typeof TextDecoder")).toBe("function"); // the pane's, installed at start
  const bytes = fs.readFileSync(path.join(ROOT, "test/fixtures/real-plans/model-plan-217/plan.docx"));
  const input = document.getElementById("pt-plan-file") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [new window.File([new window.Uint8Array(bytes)], "ke-hoach-217.docx")], configurable: true });
  input.dispatchEvent(new window.Event("change", { bubbles: true }));
  await until("the preview", () => document.querySelector("[data-testid=import-preview]") !== null);
  expect(document.body.textContent).toContain("Read file ke-hoach-217.docx.");
  expect(document.body.textContent).toContain("Total: 24 tasks");
  expect(document.querySelector("[role=alert]")).toBeNull();
  expect(errors).toEqual([]);
}, 60_000);
