/**
 * taskpane.html's own scripts decide which pane a webview gets: the React pane where modern
 * JavaScript runs, the classic ES5 pane (taskpane-classic.js and .css) in Internet Explorer 11
 * and the old Edge (EdgeHTML) that Office 2016 and 2019 use. Here the page's template is rendered
 * as html-webpack-plugin renders it, and its two inline scripts (head, end of body) run in a
 * context shaped like each webview: its user agent, document.documentMode, the built-ins it has,
 * and whether it parses ES2020 syntax. test/e2e runs the built page in Chromium both ways.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

const template = require("lodash/template") as (src: string, opts: object) => (data: object) => string;

const SOURCE = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const HTML = template(SOURCE, { interpolate: /<%=([\s\S]+?)%>/g })({
  htmlWebpackPlugin: { options: { inject: false }, files: { js: ["taskpane.js"], css: [] } },
});
const INLINE = [...HTML.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

interface Webview {
  readonly name: string;
  readonly userAgent: string;
  readonly documentMode?: number;
  /** ES2015 built-ins and fetch. */
  readonly builtIns: boolean;
  /** How `new Function("a?.b ?? 1")` fails: a SyntaxError (old syntax), an EvalError (a CSP forbids eval), or not at all. */
  readonly newFunction: "parses" | "SyntaxError" | "EvalError";
}

const WEBVIEWS: (Webview & { pane: "classic" | "modern" })[] = [
  {
    name: "Internet Explorer 11 (Office 2016 and 2019 on Windows)",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
    documentMode: 11,
    builtIns: false,
    newFunction: "SyntaxError",
    pane: "classic",
  },
  {
    name: "EdgeHTML 18 (Office 2019 on some Windows 10 builds)",
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763",
    builtIns: true,
    newFunction: "SyntaxError",
    pane: "classic",
  },
  {
    name: "EdgeHTML 18 where a content security policy forbids eval",
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763",
    builtIns: true,
    newFunction: "EvalError",
    pane: "classic",
  },
  {
    name: "an old Chromium that has ES2015 but not ES2020 syntax",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36",
    builtIns: true,
    newFunction: "SyntaxError",
    pane: "classic",
  },
  {
    name: "WebView2, Chromium Edge (Office 2021, 2024, Microsoft 365 on Windows)",
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    builtIns: true,
    newFunction: "parses",
    pane: "modern",
  },
  {
    name: "Chrome (Excel on the web)",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    builtIns: true,
    newFunction: "parses",
    pane: "modern",
  },
  {
    name: "WKWebView (Excel on a Mac)",
    userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    builtIns: true,
    newFunction: "parses",
    pane: "modern",
  },
  {
    name: "Chrome where a content security policy forbids eval",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    builtIns: true,
    newFunction: "EvalError",
    pane: "modern",
  },
];

interface FakeElement {
  tag: string;
  attrs: Record<string, string>;
  style: Record<string, string>;
  children: FakeElement[];
  [prop: string]: unknown;
}

function element(tag: string): FakeElement {
  const el: FakeElement = {
    tag,
    attrs: {},
    style: {},
    children: [],
    setAttribute: (n: string, v: string) => void (el.attrs[n] = String(v)),
    hasAttribute: (n: string) => n in el.attrs,
    appendChild: (c: FakeElement) => void el.children.push(c),
  };
  return el;
}

/** Runs the page's inline scripts as the webview would; returns what they did to the page. */
function loadPage(w: Webview) {
  const html = element("html");
  const head = element("head");
  const body = element("body");
  const byId: Record<string, FakeElement> = { container: element("main"), "needs-newer-office": element("div") };
  const document = {
    documentElement: html,
    head,
    body,
    createElement: element,
    getElementById: (id: string) => byId[id] ?? null,
    ...(w.documentMode ? { documentMode: w.documentMode } : {}),
  };
  const context = vm.createContext({ document, navigator: { userAgent: w.userAgent } });
  vm.runInContext("var window = this;", context);
  if (w.builtIns) vm.runInContext("window.fetch = function () {};", context);
  else vm.runInContext("delete this.Promise; delete this.Symbol; delete this.Map; delete this.Set; delete this.WeakMap;", context);
  if (w.newFunction !== "parses") {
    vm.runInContext(`Function = function () { throw new ${w.newFunction}("refused"); };`, context);
  }
  for (const script of INLINE) vm.runInContext(script, context);
  return { html, head, body, byId };
}

test("the page has its two inline scripts, and loads office.js from Microsoft's CDN between them", () => {
  expect(INLINE).toHaveLength(2);
  const cdn = HTML.indexOf('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  expect(cdn).toBeGreaterThan(HTML.indexOf(INLINE[0]));
  expect(cdn).toBeLessThan(HTML.indexOf(INLINE[1]));
});

describe.each(WEBVIEWS)("$name", (w) => {
  test(`gets the ${w.pane} pane`, () => {
    const { html, head, body, byId } = loadPage(w);
    const links = head.children.map((l) => `${l.rel}:${l.href}`);
    const scripts = body.children.map((s) => s.src);
    if (w.pane === "classic") {
      expect(html.attrs).toHaveProperty("data-classic-pane");
      expect(links).toEqual(["stylesheet:taskpane-classic.css"]);
      expect(scripts).toEqual(["taskpane-classic.js"]);
      // The message is shown only if the classic bundle cannot be loaded.
      expect(byId["needs-newer-office"].style.display).toBeUndefined();
      (body.children[0].onerror as () => void)();
      expect(byId["needs-newer-office"].style.display).toBe("block");
      expect(byId.container.style.display).toBe("none");
    } else {
      expect(html.attrs).not.toHaveProperty("data-classic-pane");
      // The React bundle's download starts in the head; it runs after office.js.
      expect(links).toEqual(["preload:taskpane.js"]);
      expect(scripts).toEqual(["taskpane.js"]);
      expect(body.children[0].async).toBe(false);
    }
  });
});
