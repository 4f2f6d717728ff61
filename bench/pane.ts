/**
 * The task pane: the JavaScript dist/taskpane.html loads (gzip -9), and the time from navigation to
 * its first interactive control (an enabled button or tab) in headless Chromium, each run with a
 * fresh profile and nothing cached. office.js is answered with a stub Office whose onReady gives
 * {host: "Excel"} and whose Excel.run is the strict fake's (as test/e2e does), so what is measured
 * is our page: its HTML, its bundles and React's first render.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { gzipSync } from "zlib";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS, serveDist } from "../test/e2e/support/pane";
import { median } from "./timing";

const ROOT = path.resolve(__dirname, "..");

export interface PaneFigures {
  /** Every script the page fetched from our server but office.js, gzip -9, summed. */
  readonly taskpaneGzipBytes: number;
  /** Per script: raw and gzip -9 bytes; `initial` when taskpane.html names it. */
  readonly scripts: { file: string; bytes: number; gzipBytes: number; initial: boolean }[];
  readonly firstRenderMs: number;
  readonly firstRenderRuns: number[];
  /** The page's main-thread work up to the first control (median ms, read as soon as it is seen):
   *  every task, and the JavaScript in them, in thread time (Chromium's Performance.getMetrics
   *  with threadTicks: TaskDuration, ScriptDuration). Less sensitive than firstRenderMs to other
   *  work on the machine; includes the office.js stub (the Excel fake, about 57 KB of script), the
   *  same in every build. */
  readonly firstRenderCpu: { taskMs: number; scriptMs: number };
  /** What the first control was (its role and text), to show what was measured. */
  readonly firstControl: string;
  /** Where the time goes (medians, ms from navigation): each script's fetch start and end,
   *  DOMContentLoaded, the first control. */
  readonly timeline: Record<string, number>;
}

/** dist/ as built by `npm run build`, built now if missing. */
export function ensureDist(log: (s: string) => void): string {
  const dist = path.resolve(ROOT, process.env.PLAN_TRACKER_DIST || "dist");
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    log("  no dist/: npm run build (about a minute)");
    execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: ["ignore", process.stderr, process.stderr] });
  }
  return dist;
}

/** The strict fake bundled for the browser (window.PlanTrackerFake), as the e2e tests build it. */
async function fakeBundle(dir: string, log: (s: string) => void): Promise<string> {
  const shared = path.join(ROOT, "test-output/e2e/fakeExcel.js");
  const source = path.join(ROOT, "test/excel/fakeExcel.ts");
  if (fs.existsSync(shared) && fs.statSync(shared).mtimeMs > fs.statSync(source).mtimeMs) return fs.readFileSync(shared, "utf8");
  log("  bundling the Excel fake for the browser");
  const webpack = require("webpack");
  const config = require("../test/e2e/webpack.fake.config.js")(dir);
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: string): string }) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
  return fs.readFileSync(path.join(dir, "fakeExcel.js"), "utf8");
}

function officeStub(fake: string): string {
  return `${fake}
;(function () {
  var fake = new window.PlanTrackerFake.FakeExcel({ apiVersion: "1.20" });
  window.__fake = fake;
  window.Excel = { run: fake.run };
  var info = { host: "Excel", platform: "PC" };
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "vi-VN", requirements: { isSetSupported: fake.isSetSupported } },
    onReady: function (callback) {
      return Promise.resolve(info).then(function (i) { if (callback) callback(i); return i; });
    },
  };
})();`;
}

/** Runs in the page before its scripts: notes when the first enabled button or tab appears. */
function watchFirstControl(): void {
  const w = window as unknown as { __firstControl?: { at: number; what: string } };
  const SELECTOR = 'button:not([disabled]), [role="tab"]:not([aria-disabled="true"])';
  const check = (): boolean => {
    const el = document.querySelector(SELECTOR);
    if (!el || w.__firstControl) return Boolean(el);
    w.__firstControl = { at: performance.now(), what: `${el.getAttribute("role") ?? el.tagName.toLowerCase()} "${((el.querySelector("[data-tab-label]") ?? el).textContent ?? "").trim().slice(0, 40)}"` };
    return true;
  };
  new MutationObserver((_, observer) => {
    if (check()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

export async function measurePane(runs: number, tmp: string, log: (s: string) => void): Promise<PaneFigures> {
  const dist = ensureDist(log);
  const stub = officeStub(await fakeBundle(path.join(tmp, "fake"), log));
  const server = await serveDist(dist);
  const times: number[] = [];
  const marks = new Map<string, number[]>();
  const cpu = { taskMs: [] as number[], scriptMs: [] as number[] };
  const mark = (name: string, at: number): void => void marks.set(name, [...(marks.get(name) ?? []), at]);
  let firstControl = "";
  const fetched = new Set<string>();
  try {
    for (let i = 0; i < runs; i++) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-bench-chromium-"));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
        viewport: { width: 380, height: 900 },
        locale: "vi-VN",
      });
      try {
        await context.route("**/*", async (route) => {
          const url = route.request().url();
          if (url === "https://appsforoffice.microsoft.com/lib/1/hosted/office.js") await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stub });
          else if (url.startsWith(server.base)) {
            if (url.endsWith(".js") && !url.includes("/office-js/")) fetched.add(new URL(url).pathname);
            await route.continue();
          } else await route.abort("blockedbyclient");
        });
        await context.addInitScript(watchFirstControl);
        const page = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(page);
        await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
        await page.goto(`${server.base}taskpane.html`);
        await page.waitForFunction(() => (window as unknown as { __firstControl?: unknown }).__firstControl !== undefined, undefined, { timeout: 30_000 });
        const seen = (await page.evaluate(() => (window as unknown as { __firstControl: { at: number; what: string } }).__firstControl)) as { at: number; what: string };
        times.push(seen.at);
        firstControl = seen.what;
        const { metrics } = await cdp.send("Performance.getMetrics");
        const metric = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
        cpu.taskMs.push(metric("TaskDuration"));
        cpu.scriptMs.push(metric("ScriptDuration"));
        const entries = (await page.evaluate(() => [
          ...performance.getEntriesByType("resource").map((e) => {
            const r = e as PerformanceResourceTiming;
            return { name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd };
          }),
          { name: "DOMContentLoaded", start: 0, end: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventEnd },
        ])) as { name: string; start: number; end: number }[];
        for (const e of entries) {
          if (!e.name.endsWith(".js") && e.name !== "DOMContentLoaded") continue;
          if (e.name !== "DOMContentLoaded") mark(`${e.name.replace(/^\//, "")} requested`, e.start);
          mark(e.name === "DOMContentLoaded" ? e.name : `${e.name.replace(/^\//, "")} received`, e.end);
        }
        mark("first control", seen.at);
        // Let the chunks the pane fetches after its first render arrive, so that they are counted.
        await page.waitForLoadState("networkidle").catch(() => undefined);
      } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = [...fetched].sort().map((p) => {
    const bytes = fs.readFileSync(path.join(dist, p));
    return { file: p.replace(/^\//, ""), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, initial: html.includes(path.basename(p)) };
  });
  return {
    taskpaneGzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
    scripts,
    firstRenderMs: median(times),
    firstRenderRuns: times,
    firstRenderCpu: { taskMs: Math.round(median(cpu.taskMs)), scriptMs: Math.round(median(cpu.scriptMs)) },
    firstControl,
    timeline: Object.fromEntries([...marks].map(([k, v]) => [k, Math.round(median(v))] as [string, number]).sort((a, b) => a[1] - b[1])),
  };
}
