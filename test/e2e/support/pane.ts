/**
 * The pane in a real Chromium: dist/ served over http on 127.0.0.1, office.js answered with a stub
 * Office whose Excel.run is the strict fake's, and every other request outside the server blocked
 * and recorded (a test fails if the page tried one).
 *
 * Deterministic on any machine, idle or busy:
 * - the browser asks for reduced motion (the pane's transitions then last 0.01 ms) and settle()
 *   waits until no transition or finite animation runs before a screenshot or an accessibility
 *   check, so axe never reads a colour halfway through a transition;
 * - "today" is fixed (TODAY, in Vietnam's time zone): the pane's default as-of date and the warnings
 *   it shows are the same whatever day the tests run.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const paths = require("./paths") as { distDir: () => string; FAKE_BUNDLE: string; SCREENSHOTS: string; AXE: string };

/** Where the pages load office.js from (Microsoft's CDN); the tests answer it with their stub. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface Server {
  readonly base: string;
  /** Paths requested, in order. */
  readonly requested: string[];
  close(): Promise<void>;
}

/** A static server for dist/ on a free port of 127.0.0.1. */
export async function serveDist(dir = paths.distDir()): Promise<Server> {
  const root = path.resolve(dir);
  const requested: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requested.push(pathname);
    const file = path.resolve(root, "." + pathname);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(pathname === "/favicon.ico" ? 204 : 404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}/`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The pane's "today": after plan 217's year, so every open task of it is overdue. */
export const TODAY = "2022-03-15T09:00:00+07:00";
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export interface PaneOptions {
  /** Office.context.displayLanguage. */
  readonly displayLanguage: string;
  /** The page's clock starts here and runs on (default TODAY). */
  readonly today?: string;
  /** The fake host's highest ExcelApi 1.x (default 1.20). */
  readonly apiVersion?: string;
  /** Runs in the page before any of its scripts. */
  readonly initScript?: () => void;
}

export interface Pane {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests the page tried outside the server (all blocked). */
  readonly blocked: string[];
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** office.js for the tests: the fake bundle, then an Office whose Excel is a fresh fake workbook. */
function officeStub(opts: PaneOptions): string {
  const fake = fs.readFileSync(paths.FAKE_BUNDLE, "utf8");
  return `${fake}
;(function () {
  var fake = new window.PlanTrackerFake.FakeExcel({ apiVersion: ${JSON.stringify(opts.apiVersion ?? "1.20")} });
  window.__fake = fake;
  window.Excel = { run: fake.run };
  var info = { host: "Excel", platform: "PC" };
  window.Office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: ${JSON.stringify(opts.displayLanguage)},
      requirements: { isSetSupported: fake.isSetSupported },
    },
    onReady: function (callback) {
      return Promise.resolve(info).then(function (i) {
        if (callback) callback(i);
        return i;
      });
    },
  };
})();`;
}

/** Chromium with a fresh profile, the pane loaded from the server. */
export async function openPane(server: Server, opts: PaneOptions): Promise<Pane> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 380, height: 900 },
    locale: opts.displayLanguage,
    timezoneId: TIME_ZONE,
    reducedMotion: "reduce",
  });
  // Date, timers and animation frames start at `today` and run at their normal pace.
  await context.clock.install({ time: new Date(opts.today ?? TODAY) });
  const blocked: string[] = [];
  const errors: string[] = [];
  const stub = officeStub(opts);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stub });
    } else if (url.startsWith(server.base)) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${server.base}taskpane.html`);
  return {
    page,
    context,
    blocked,
    errors,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the page is still: web fonts loaded, no CSS transition or finite animation running
 * (an endless one, such as a busy indicator, is let be), then one more painted frame. Polls at each
 * animation frame, so it takes as long as the machine needs and no longer.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => {
        if (a.playState !== "running") return true;
        const end = a.effect?.getComputedTiming().endTime;
        return typeof end === "number" && !Number.isFinite(end);
      }),
    undefined,
    { polling: "raf" },
  );
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Serious and critical accessibility violations of what is on screen (axe-core), once it has settled. */
export async function axeViolations(page: Page): Promise<string[]> {
  await settle(page);
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ content: fs.readFileSync(paths.AXE, "utf8") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [["html"]] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")})`);
  });
}

/** A full-page screenshot in test-output/e2e, once the page has settled. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await settle(page);
  fs.mkdirSync(paths.SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(paths.SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Column letters of a 1-based column (1 → A). */
export function letters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B7" → { row: 7, column: 2 }. */
export function parseCell(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}
