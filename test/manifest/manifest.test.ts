/**
 * Checks manifest.xml offline for what Office's online validator (office-addin-manifest validate)
 * and Office itself would reject: element order, resource references, lengths, https, icons.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

// ---------------------------------------------------------------------------------------------
// A small element tree over fast-xml-parser's ordered output.

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
  readonly text: string;
}

type Ordered = Record<string, unknown>;

function toNodes(items: readonly Ordered[]): Node[] {
  const nodes: Node[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "?xml" || name === "#comment") continue;
    const content = (item[name] as Ordered[]) ?? [];
    const text = content
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("")
      .trim();
    nodes.push({ name, attrs: (item[":@"] as Record<string, string>) ?? {}, children: toNodes(content), text });
  }
  return nodes;
}

function parse(xml: string): Node {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    commentPropName: "#comment",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const roots = toNodes(parser.parse(xml) as Ordered[]);
  expect(roots).toHaveLength(1);
  return roots[0];
}

function child(node: Node, name: string): Node {
  const found = node.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`${node.name} has ${found.length} <${name}>, expected 1`);
  return found[0];
}

function childrenNamed(node: Node, name: string): Node[] {
  return node.children.filter((c) => c.name === name);
}

function* walk(node: Node, ancestors: Node[] = []): Generator<{ node: Node; ancestors: Node[] }> {
  yield { node, ancestors };
  for (const c of node.children) yield* walk(c, [...ancestors, node]);
}

const root = parse(MANIFEST);
const versionOverrides = child(root, "VersionOverrides");
const resources = child(versionOverrides, "Resources");

// ---------------------------------------------------------------------------------------------
// Resources by kind

type Kind = "image" | "url" | "short" | "long";

interface Resource {
  readonly kind: Kind;
  readonly id: string;
  readonly value: string;
  readonly overrides: Readonly<Record<string, string>>;
}

function resourcesOf(group: string, element: string, kind: Kind): Resource[] {
  return childrenNamed(child(resources, group), element).map((n) => ({
    kind,
    id: n.attrs.id,
    value: n.attrs.DefaultValue,
    overrides: Object.fromEntries(childrenNamed(n, "bt:Override").map((o) => [o.attrs.Locale, o.attrs.Value])),
  }));
}

const RESOURCES: Resource[] = [
  ...resourcesOf("bt:Images", "bt:Image", "image"),
  ...resourcesOf("bt:Urls", "bt:Url", "url"),
  ...resourcesOf("bt:ShortStrings", "bt:String", "short"),
  ...resourcesOf("bt:LongStrings", "bt:String", "long"),
];
const byId = new Map(RESOURCES.map((r) => [r.id, r]));

/** Which kind of resource a resid must name, from the element that holds it. */
function expectedKind(node: Node, parent: Node | undefined): Kind {
  switch (node.name) {
    case "bt:Image":
      return "image";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "url";
    case "Label":
    case "Title":
      return "short";
    case "Description":
      return "long";
    default:
      throw new Error(`resid on unexpected element <${node.name}> under <${parent?.name}>`);
  }
}

const RESID_USES = [...walk(versionOverrides)]
  .filter(({ node, ancestors }) => "resid" in node.attrs && !ancestors.some((a) => a.name === "Resources"))
  .map(({ node, ancestors }) => ({ node, parent: ancestors[ancestors.length - 1] }));

// ---------------------------------------------------------------------------------------------
// PNG reading (signature, chunk CRCs, IHDR, and that the pixel data inflates to its full size)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function readPng(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  let bytesPerPixel = 0;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("latin1", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    expect(buf.readUInt32BE(offset + 8 + length)).toBe(crc32(buf.subarray(offset + 4, offset + 8 + length)));
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const channels: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
      expect(data[8]).toBe(8); // bit depth
      bytesPerPixel = channels[data[9]];
      expect(data[12]).toBe(0); // not interlaced
    } else if (type === "IDAT") {
      idat.push(data);
    } else if (type === "IEND") {
      ended = true;
    }
    offset += 12 + length;
  }
  expect(ended).toBe(true);
  expect(bytesPerPixel).toBeGreaterThan(0);
  expect(zlib.inflateSync(Buffer.concat(idat)).length).toBe(height * (width * bytesPerPixel + 1));
  return { width, height };
}

/** The repository file an add-in URL serves (the dev server and dist/ mirror the repo's assets/). */
function assetFile(url: string): string {
  const { pathname } = new URL(url);
  return path.join(ROOT, decodeURIComponent(pathname));
}

// ---------------------------------------------------------------------------------------------

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(MANIFEST)).toBe(true);
  });

  test("is a task-pane add-in with the schema namespaces Office expects", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.attrs["xmlns:bt"]).toBe("http://schemas.microsoft.com/office/officeappbasictypes/1.0");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(versionOverrides.attrs.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  test("keeps OfficeApp's children in the schema's order (Office rejects any other)", () => {
    const order = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
      "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
      "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides",
    ];
    const names = root.children.map((c) => c.name);
    for (const n of names) expect(order).toContain(n);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"]) {
      expect(names).toContain(required);
    }
  });

  test("keeps the form factor, group, control and resource children in the schema's order", () => {
    const host = child(child(versionOverrides, "Hosts"), "Host");
    const formFactor = child(host, "DesktopFormFactor");
    expect(formFactor.children.map((c) => c.name)).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(child(formFactor, "GetStarted").children.map((c) => c.name)).toEqual(["Title", "Description", "LearnMoreUrl"]);
    for (const { node } of walk(versionOverrides)) {
      if (node.name === "Group") {
        const names = node.children.map((c) => c.name);
        expect(names.slice(0, 2)).toEqual(["Label", "Icon"]);
        expect(new Set(names.slice(2))).toEqual(new Set(["Control"]));
      }
      if (node.name === "Control") {
        expect(node.children.map((c) => c.name)).toEqual(["Label", "Supertip", "Icon", "Action"]);
        expect(child(node, "Supertip").children.map((c) => c.name)).toEqual(["Title", "Description"]);
      }
    }
    expect(resources.children.map((c) => c.name)).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });

  test("has a fixed GUID as Id, a four-part version and Plan Tracker as provider", () => {
    expect(child(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, "Version").text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(child(root, "ProviderName").text).toBe("Plan Tracker");
  });

  test("is Vietnamese by default, with English names for en-US, within Office's lengths", () => {
    expect(child(root, "DefaultLocale").text).toBe("vi-VN");
    for (const [name, max] of [["DisplayName", 125], ["Description", 250]] as const) {
      const node = child(root, name);
      const values = [node.attrs.DefaultValue, ...childrenNamed(node, "Override").map((o) => o.attrs.Value)];
      for (const v of values) {
        expect(v.length).toBeGreaterThan(0);
        expect(v.length).toBeLessThanOrEqual(max);
      }
      expect(childrenNamed(node, "Override").map((o) => o.attrs.Locale)).toContain("en-US");
    }
  });

  test("runs in Excel workbooks from ExcelApi 1.1 and may read and write the document", () => {
    expect(childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const sets = child(child(root, "Requirements"), "Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    expect(childrenNamed(sets, "Set").map((s) => s.attrs)).toEqual([{ Name: "ExcelApi", MinVersion: "1.1" }]);
    expect(child(root, "Permissions").text).toBe("ReadWriteDocument");
    expect(child(child(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe("https://localhost:3000/taskpane.html");
  });

  test("uses https for every URL", () => {
    const urls: string[] = [];
    for (const { node } of walk(root)) {
      for (const [attr, value] of Object.entries(node.attrs)) {
        if (attr.startsWith("xmlns")) continue; // namespace names, never fetched
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push(value);
      }
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(node.text)) urls.push(node.text);
    }
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    // One origin: the function file, the pane and dialogs must share a domain.
    expect(new Set(urls.map((u) => new URL(u).origin))).toEqual(new Set(["https://localhost:3000"]));
  });

  test("declares each resource once, with ids of at most 32 characters", () => {
    expect(byId.size).toBe(RESOURCES.length);
    for (const r of RESOURCES) {
      expect(r.id.length).toBeGreaterThan(0);
      expect(r.id.length).toBeLessThanOrEqual(32);
    }
  });

  test("resolves every resid to a resource of the right kind", () => {
    expect(RESID_USES.length).toBeGreaterThan(20);
    for (const { node, parent } of RESID_USES) {
      const resource = byId.get(node.attrs.resid);
      expect({ resid: node.attrs.resid, found: resource !== undefined }).toEqual({ resid: node.attrs.resid, found: true });
      expect({ resid: node.attrs.resid, kind: resource!.kind }).toEqual({ resid: node.attrs.resid, kind: expectedKind(node, parent) });
    }
    // And nothing declared goes unused (a sign of a typo in a resid).
    const used = new Set(RESID_USES.map((u) => u.node.attrs.resid));
    for (const r of RESOURCES) expect({ unused: r.id, used: used.has(r.id) }).toEqual({ unused: r.id, used: true });
  });

  test("keeps short strings within 125 characters and long strings within 250, in every language", () => {
    for (const r of RESOURCES.filter((x) => x.kind === "short" || x.kind === "long")) {
      const max = r.kind === "short" ? 125 : 250;
      for (const v of [r.value, ...Object.values(r.overrides)]) {
        expect(v.length).toBeGreaterThan(0);
        expect({ id: r.id, fits: v.length <= max }).toEqual({ id: r.id, fits: true });
      }
    }
  });

  test("gives every label and tooltip an English (en-US) override", () => {
    const strings = RESOURCES.filter((r) => r.kind === "short" || r.kind === "long");
    expect(strings.length).toBeGreaterThanOrEqual(9);
    for (const r of strings) {
      expect({ id: r.id, en: typeof r.overrides["en-US"] }).toEqual({ id: r.id, en: "string" });
    }
  });

  test("keeps ribbon labels short enough for the ribbon (at most 32 characters)", () => {
    const labels = RESID_USES.filter(({ node }) => node.name === "Label").map(({ node }) => byId.get(node.attrs.resid)!);
    expect(labels.length).toBe(4); // the group and its three buttons
    for (const r of labels) for (const v of [r.value, ...Object.values(r.overrides)]) expect(v.length).toBeLessThanOrEqual(32);
  });

  test("has a Home-tab group with Generate summary, Validate and Open panel", () => {
    const host = child(child(versionOverrides, "Hosts"), "Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const point = child(child(host, "DesktopFormFactor"), "ExtensionPoint");
    expect(point.attrs["xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = child(point, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const controls = childrenNamed(child(tab, "Group"), "Control");
    const label = (n: Node) => byId.get(child(n, "Label").attrs.resid)!;
    expect(controls.map((c) => [label(c).value, label(c).overrides["en-US"], child(c, "Action").attrs["xsi:type"]])).toEqual([
      ["Tạo tổng hợp", "Generate summary", "ExecuteFunction"],
      ["Kiểm tra", "Validate", "ExecuteFunction"],
      ["Bảng điều khiển", "Open panel", "ShowTaskpane"],
    ]);
    expect(new Set(controls.map((c) => c.attrs.id)).size).toBe(3);
    const panel = child(controls[2], "Action");
    expect(child(panel, "TaskpaneId").text).toBe("ButtonId1");
    expect(byId.get(child(panel, "SourceLocation").attrs.resid)!.value).toBe("https://localhost:3000/taskpane.html");
    expect(byId.get(child(child(host, "DesktopFormFactor"), "FunctionFile").attrs.resid)!.value).toBe(
      "https://localhost:3000/commands.html",
    );
  });

  test("names exactly generateSummary and validatePlan as functions, and commands.ts registers both", () => {
    const names = [...walk(versionOverrides)].filter(({ node }) => node.name === "FunctionName").map(({ node }) => node.text);
    expect(names.sort()).toEqual(["generateSummary", "validatePlan"]);
    const source = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const registry = /export const COMMANDS = \{([^}]*)\}/.exec(source);
    expect(registry).not.toBeNull();
    for (const name of names) expect(registry![1]).toMatch(new RegExp(`\\b${name}\\s*:`));
    expect(source).toMatch(/actions\.associate\(/);
  });

  test("points every icon at a valid PNG in assets/ of the declared size", () => {
    const checked: string[] = [];
    const check = (url: string, size: number) => {
      const file = assetFile(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(readPng(file)).toEqual({ width: size, height: size });
      checked.push(url);
    };
    check(child(root, "IconUrl").attrs.DefaultValue, 32);
    check(child(root, "HighResolutionIconUrl").attrs.DefaultValue, 64);
    for (const { node } of walk(versionOverrides)) {
      if (node.name !== "Icon") continue;
      const sizes = node.children.map((c) => Number(c.attrs.size));
      expect(sizes).toEqual([16, 32, 80]);
      for (const image of node.children) check(byId.get(image.attrs.resid)!.value, Number(image.attrs.size));
    }
    expect(checked.length).toBe(2 + 4 * 3);
  });

  test("ships the four template icon sizes", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(readPng(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});
