/**
 * What Internet Explorer 11 lacks, kept out of the classic pane's source and stylesheet. es-check
 * (bundle.test.ts) proves the bundle's syntax is ES5 and core-js brings the ES2015 library, but
 * neither covers CSS or the DOM: IE 11 drops a whole rule over one property it does not know, and
 * throws on a DOM method it does not have. The bundle also runs in a window stripped of those
 * methods (bundle.test.ts); this names the line.
 */
import * as fs from "fs";
import * as path from "path";

const DIR = path.resolve(__dirname, "../../src/taskpane-classic");
const CSS = fs.readFileSync(path.join(DIR, "taskpane-classic.css"), "utf8");

/** CSS that Internet Explorer 11 does not support, by what a reader would search for. */
const CSS_IE11_LACKS: [string, RegExp][] = [
  ["custom properties: var(--…)", /var\(\s*--/],
  ["custom property declaration", /(^|[;{\s])--[\w-]+\s*:/],
  ["grid layout", /display\s*:\s*(inline-)?grid|grid-(template|area|column|row|gap|auto)/],
  ["gap (flex or grid)", /(^|[;{\s])(row-|column-)?gap\s*:/],
  ["position: sticky", /position\s*:\s*sticky/],
  [":focus-visible / :focus-within", /:focus-(visible|within)/],
  [":is() / :where() / :has()", /:(is|where|has)\(/],
  ["min() / max() / clamp()", /(^|[\s:,(])(min|max|clamp)\(/],
  ["env()", /env\(/],
  ["@supports", /@supports/],
  ["inset shorthand", /(^|[;{\s])inset\s*:/],
  ["aspect-ratio", /aspect-ratio/],
  ["object-fit", /object-fit/],
  ["display: contents / flow-root", /display\s*:\s*(contents|flow-root)/],
  ["fit-content / max-content / min-content", /(fit|max|min)-content/],
  ["8- or 4-digit hex colour (alpha)", /#([0-9a-f]{8}|[0-9a-f]{4})\b/i],
  ["rgb()/hsl() with spaces instead of commas", /(rgb|hsl)a?\(\s*[\d.]+%?\s+[\d.]/],
  ["logical properties (margin-inline, …)", /(margin|padding|border)-(inline|block)|inset-(inline|block)/],
  ["text-decoration-thickness / text-underline-offset", /text-decoration-thickness|text-underline-offset/],
  ["accent-color / scroll-behavior / overscroll", /accent-color|scroll-behavior|overscroll-behavior/],
];

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
}

test("the classic stylesheet uses nothing Internet Explorer 11 lacks", () => {
  const lines = withoutComments(CSS).split("\n");
  const found: string[] = [];
  lines.forEach((line, i) => {
    for (const [what, pattern] of CSS_IE11_LACKS) if (pattern.test(line)) found.push(`line ${i + 1}: ${what}: ${line.trim()}`);
  });
  expect(found).toEqual([]);
});

test("the stylesheet is well formed: every rule closes, every declaration ends", () => {
  const css = withoutComments(CSS);
  let depth = 0;
  for (const ch of css) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    expect(depth === 0 || depth === 1).toBe(true);
  }
  expect(depth).toBe(0);
  const bodies = [...css.matchAll(/\{([^}]*)\}/g)].map((m) => m[1].trim()).filter(Boolean);
  for (const body of bodies) expect({ body, ends: body.endsWith(";") }).toEqual({ body, ends: true });
});

test("the check finds what it looks for", () => {
  const bad = ".a { color: var(--x); } .b { display: grid; } .c { display: flex; gap: 8px; } .d { --brand: #0f6cbd; }";
  const hits = CSS_IE11_LACKS.filter(([, p]) => bad.split("}").some((rule) => p.test(rule))).map(([what]) => what);
  expect(hits).toEqual(expect.arrayContaining(["custom properties: var(--…)", "grid layout", "gap (flex or grid)", "custom property declaration"]));
});

/** DOM methods and events Internet Explorer 11 does not have. */
const DOM_IE11_LACKS: [string, RegExp][] = [
  ["ParentNode.append/prepend", /\.(append|prepend)\(/],
  ["replaceChildren / replaceWith", /\.(replaceChildren|replaceWith)\(/],
  // (recorder.after() is the pane's own: ChildNode.before/after always take a node.)
  ["ChildNode.before / after", /\.(before|after)\(\s*[^)\s]/],
  ["ChildNode.remove()", /\.remove\(\s*\)/],
  ["Element.closest / matches", /\.(closest|matches)\(/],
  ["toggleAttribute", /\.toggleAttribute\(/],
  ["classList.toggle with a second argument", /classList\.toggle\([^,)]+,/],
  ["NodeList.forEach", /(querySelectorAll|getElementsBy\w+|childNodes|children)\([^)]*\)\.forEach|childNodes\.forEach|children\.forEach/],
  ["new Event / CustomEvent constructor", /new (Event|CustomEvent|KeyboardEvent|MouseEvent)\(/],
  ["fetch", /\bfetch\(/],
  ["dynamic import()", /\bimport\(/],
  ["focus({ preventScroll })", /\.focus\(\s*\{/],
  ["scrollIntoView options", /scrollIntoView\(\s*\{/],
  ["Element.animate", /\.animate\(/],
  // (The Word reader's `new TextDecoder("utf-8")` gets the pane's own, textDecoder.ts.)
  ["new TextDecoder / TextEncoder", /new Text(De|En)coder\(/],
  ["File.text() / arrayBuffer()", /\.(text|arrayBuffer)\(\s*\)/],
  ["input type=date", /type:\s*"date"/],
  ["Element.hidden property (use the attribute)", /\.hidden\s*=/],
];

test("the classic pane's source calls no DOM method Internet Explorer 11 lacks", () => {
  const found: string[] = [];
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith(".ts"))) {
    const lines = fs.readFileSync(path.join(DIR, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "");
      for (const [what, pattern] of DOM_IE11_LACKS) if (pattern.test(code)) found.push(`${file}:${i + 1}: ${what}: ${line.trim()}`);
    });
  }
  expect(found).toEqual([]);
});

test("keys are read through keyOf(), which knows Internet Explorer's names for them", () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith(".ts") && f !== "dom.ts")) {
    const source = fs.readFileSync(path.join(DIR, file), "utf8");
    expect({ file, rawKey: /\.key\s*===?\s*"(Arrow|Space)/.test(source) }).toEqual({ file, rawKey: false });
  }
});
