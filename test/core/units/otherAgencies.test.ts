import fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { defaultUnits, othersUnits } from "../../../src/core/units/defaults";
import { COMMUNE_COMMITTEES, PROVINCIAL_AGENCIES, RELATED_BODIES } from "../../../src/core/units/lexicon";
import { UnitRegistry, unknownUnit } from "../../../src/core/units/registry";
import { familyUnitNames, seedUnits } from "../../../src/core/units/seed";
import { recurringCells, refersToDocument, splitUnits, type UnitRef } from "../../../src/core/units/split";

const numRuns = Number(process.env.FUZZ_RUNS ?? "") || 200;
const registry = new UnitRegistry(defaultUnits());
const seedOnly = new UnitRegistry(seedUnits());
const refs = (cell: string, reg = registry): [string, boolean][] => splitUnits(cell, reg).map((r) => [r.name, r.known]);

describe("cells of other agencies' plans (issue #11)", () => {
  const cases: [string, string, [string, boolean][]][] = [
    ["communes after 2025", "UBND các xã, phường, đặc khu", [[COMMUNE_COMMITTEES, true]]],
    ["a department with và", "Sở Khoa học và Công nghệ", [["Sở Khoa học và Công nghệ", true]]],
    ["the agencies group", "Các sở, ban, ngành", [[PROVINCIAL_AGENCIES, true]]],
    ["a centre with commas and và", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", [["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", true]]],
    ["a district office of two councils", "Văn phòng HĐND và UBND huyện", [["Văn phòng HĐND và UBND huyện", true]]],
    ["a district office with và", "Phòng Văn hóa và Thông tin", [["Phòng Văn hóa và Thông tin", true]]],
    ["communes and towns before 2025", "UBND các xã, thị trấn", [["UBND các xã, thị trấn", true]]],
    ["commas, hyphen and và", "Sở Lao động - Thương binh và Xã hội", [["Sở Lao động - Thương binh và Xã hội", true]]],
    ["the culture department", "Sở Văn hóa, Thể thao và Du lịch; Sở Y tế", [["Sở Văn hóa, Thể thao và Du lịch", true], ["Sở Y tế", true]]],
    ["abbreviations", "Sở GD&ĐT, Sở VH-TT&DL, UBMTTQ tỉnh", [["Sở Giáo dục và Đào tạo", true], ["Sở Văn hóa, Thể thao và Du lịch", true], ["Ủy ban MTTQ Việt Nam tỉnh", true]]],
    ["và between departments", "Sở Nội vụ và Sở Tài chính", [["Sở Nội vụ", true], ["Sở Tài chính", true]]],
    ["a department, then a group", "Sở Nội vụ, các sở, ban, ngành", [["Sở Nội vụ", true], [PROVINCIAL_AGENCIES, true]]],
    ["a comma is not a province", "Sở Nội vụ, Tỉnh ủy", [["Sở Nội vụ", true], ["Tỉnh ủy", true]]],
    ["related bodies", "Sở Tư pháp; các cơ quan, đơn vị có liên quan", [["Sở Tư pháp", true], [RELATED_BODIES, true]]],
    ["the province's name after a provincial body", "Sở Y tế tỉnh Lai Châu, Công an tỉnh Lai Châu", [["Sở Y tế", true], ["Công an tỉnh", true]]],
    ["the province's People's Committee by its name", "UBND tỉnh Nghệ An; UBND TỈNH AN GIANG", [["UBND tỉnh", true]]],
    ["the Party and the Front", "Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể", [["Ban Tuyên giáo và Dân vận Tỉnh ủy", true], ["Ủy ban MTTQ Việt Nam tỉnh", true], ["Các đoàn thể", true]]],
    ["a school", "Ban Giám hiệu, GVCN, Các tổ chuyên môn", [["Ban Giám hiệu", true], ["Giáo viên chủ nhiệm", true], ["Các tổ chuyên môn", true]]],
    ["a commune", "Công an xã, BCHQS xã, Trạm Y tế xã", [["Công an xã", true], ["Ban Chỉ huy Quân sự xã", true], ["Trạm Y tế xã", true]]],
    // Fields sharing the head word of a known unit, or of "Các sở:" before them.
    ["departments sharing 'Sở'", "Sở Nội vụ, Tài chính, Tư pháp", [["Sở Nội vụ", true], ["Sở Tài chính", true], ["Sở Tư pháp", true]]],
    ["the last one after và", "Sở Nội vụ, Tài chính và Tư pháp", [["Sở Nội vụ", true], ["Sở Tài chính", true], ["Sở Tư pháp", true]]],
    ["a list after 'Các Sở:'", "Các Sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư", [["Sở Nội vụ", true], ["Sở Tài chính", true], ["Sở Kế hoạch và Đầu tư", true]]],
    ["'Các phòng:' naming nothing known", "Các phòng: Hành chính, Quản trị", [["Các phòng", false], ["Hành chính, Quản trị", false]]],
    ["never after an unknown name", "Sở Giao thông và Xây dựng, Sở Y tế", [["Sở Giao thông và Xây dựng", false], ["Sở Y tế", true]]],
    // Rule 2: head word + proper name or field = one unit, unknown but whole.
    ["a named commune", "UBND xã Tân Phong", [["UBND xã Tân Phong", false]]],
    ["a named school", "Trường THCS Nguyễn Du", [["Trường THCS Nguyễn Du", false]]],
    ["two named schools", "Trường THCS Nguyễn Du và Trường Tiểu học Kim Đồng", [["Trường THCS Nguyễn Du", false], ["Trường Tiểu học Kim Đồng", false]]],
    ["a new office, commas inside", "Phòng Tài nguyên, Khoáng sản và Nước, UBND tỉnh", [["Phòng Tài nguyên, Khoáng sản và Nước", false], ["UBND tỉnh", true]]],
    ["an unknown department with và", "Sở Giao thông và Xây dựng", [["Sở Giao thông và Xây dựng", false]]],
    ["unknown centre, known department", "Trung tâm Dịch vụ nông nghiệp, Sở Nông nghiệp và Môi trường", [["Trung tâm Dịch vụ nông nghiệp", false], ["Sở Nông nghiệp và Môi trường", true]]],
    ["a company", "Công ty Điện lực tỉnh và UBND các xã", [["Công ty Điện lực tỉnh", false], ["UBND các xã", true]]],
    ["words that name no unit stay with the unit before", "Sở Công Thương, dịch vụ và thương mại điện tử", [["Sở Công Thương, dịch vụ và thương mại điện tử", false]]],
    ["units, then a reference", "Các cơ quan, đơn vị theo chức năng, nhiệm vụ được giao", [["Các cơ quan, đơn vị", true], ["theo chức năng, nhiệm vụ được giao", false]]],
    // A line always separates: one Word paragraph per unit.
    ["paragraphs", "Sở Nội vụ\nTrung tâm Phục vụ hành chính công tỉnh\nUBND các xã, phường, đặc khu", [["Sở Nội vụ", true], ["Trung tâm Phục vụ hành chính công tỉnh", true], [COMMUNE_COMMITTEES, true]]],
    ["a commune's units, one per paragraph", "UBMTTQ Việt Nam phường\nCác tổ dân phố", [["Ủy ban MTTQ Việt Nam phường", true], ["Các tổ dân phố", true]]],
    ["mass organisations abbreviated", "ĐTN xã\nHLHPN xã\nHội CCB xã\nHội Nông dân xã", [["Đoàn Thanh niên xã", true], ["Hội Liên hiệp Phụ nữ xã", true], ["Hội Cựu chiến binh xã", true], ["Hội Nông dân xã", true]]],
    ["a company, then a commune body", "Công ty TNHH Môi trường Xanh Hòa Khánh\nĐoàn Thanh niên phường", [["Công ty TNHH Môi trường Xanh Hòa Khánh", false], ["Đoàn Thanh niên phường", true]]],
    ["schools of a department, then a department", "Các trường trung học phổ thông trực thuộc, Sở Khoa học và Công nghệ", [["Các trường trung học phổ thông trực thuộc", false], ["Sở Khoa học và Công nghệ", true]]],
    ["a paragraph that is not a unit still stands alone", "Sở Nội vụ\nphường", [["Sở Nội vụ", true], ["phường", false]]],
  ];
  it.each(cases)("%s: %j", (_, cell, expected) => {
    expect(refs(cell)).toEqual(expected);
  });

  it("without the lexicon, the shape of a name keeps it whole", () => {
    expect(refs("Sở Khoa học và Công nghệ", seedOnly)).toEqual([["Sở Khoa học và Công nghệ", false]]);
    expect(refs("UBND các xã, phường, đặc khu", seedOnly)).toEqual([["UBND các xã, phường, đặc khu", false]]);
    expect(refs("Các sở, ban, ngành", seedOnly)).toEqual([["Các sở, ban, ngành", false]]);
    expect(refs("Phòng Văn hóa và Thông tin", seedOnly)).toEqual([["Phòng Văn hóa và Thông tin", false]]);
    expect(refs("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", seedOnly)).toEqual([["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", false]]);
    expect(refs("UBND các xã, thị trấn", seedOnly)).toEqual([["UBND các xã, thị trấn", false]]);
    expect(refs("sở khoa học và công nghệ", seedOnly)).toEqual([["sở khoa học và công nghệ", false]]);
  });

  it("roles still work with other agencies", () => {
    const roles = (cell: string) => splitUnits(cell, registry).map((r) => [r.name, r.role]);
    expect(roles("Sở Nội vụ chủ trì, các sở, ban, ngành phối hợp")).toEqual([["Sở Nội vụ", "lead"], [PROVINCIAL_AGENCIES, "partner"]]);
    expect(roles("Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính")).toEqual([["Sở Khoa học và Công nghệ", "lead"], ["Sở Tài chính", "partner"]]);
    expect(roles("Phòng Tài nguyên, Khoáng sản và Nước chủ trì phối hợp với UBND các xã")).toEqual([["Phòng Tài nguyên, Khoáng sản và Nước", "lead"], ["UBND các xã", "partner"]]);
    expect(roles("Đơn vị chủ trì: Sở Nội vụ; Cơ quan phối hợp: Sở Tài chính, Sở Tư pháp")).toEqual([["Sở Nội vụ", "lead"], ["Sở Tài chính", "partner"], ["Sở Tư pháp", "partner"]]);
  });
});

describe("a cell that refers to a document", () => {
  const cases: string[] = [
    "Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của UBND tỉnh, các sở, ban, ngành và UBND các xã, phường",
    "Theo Kế hoạch số 12/KH-UBND",
    "Theo chức năng, nhiệm vụ",
    "Căn cứ Quyết định số 5/QĐ-UBND",
  ];
  it.each(cases.map((c) => [c]))("%s: one ref, marked as a reference, kept as written", (cell) => {
    const out = splitUnits(cell, registry);
    expect(out).toEqual([{ name: cell, known: false, text: cell, reference: true }]);
    expect(refersToDocument(cell)).toBe(true);
  });

  it("after units, on its own line or in brackets", () => {
    expect(splitUnits("Sở Nội vụ\nTheo Quyết định số 5/QĐ-UBND.", registry).map((r) => [r.name, r.reference ?? false])).toEqual([
      ["Sở Nội vụ", false],
      ["Theo Quyết định số 5/QĐ-UBND", true],
    ]);
    expect(splitUnits("Các sở, ban, ngành (theo phân công tại Phụ lục II), UBND tỉnh", registry).map((r) => [r.name, r.reference ?? false])).toEqual([
      [PROVINCIAL_AGENCIES, false],
      ["theo phân công tại Phụ lục II", true],
      ["UBND tỉnh", false],
    ]);
  });

  it("names of units are not references", () => {
    for (const name of ["Sở Nội vụ", "Ban Theo dõi thi đua", "Thanh tra tỉnh", "Theo"]) expect([name, refersToDocument(name)]).toEqual([name, false]);
  });
});

describe("cells that recur whole in a document", () => {
  it("recurringCells: the keys of cells written twice or more, spelling aside", () => {
    const cells = ["Ban Nữ công, Ban Tuyên giáo", "ban nữ công, ban tuyên giáo", "Sở Y tế", "", "Sở Nội vụ"];
    expect([...recurringCells(cells)]).toEqual(["ban nu cong ban tuyen giao"]);
  });

  it("a recurring cell of unknown units is one unit; the same cell once is two", () => {
    const cell = "Ban Nữ công, Ban Tuyên giáo";
    const recurring = recurringCells([cell, cell]);
    expect(refs(cell)).toEqual([["Ban Nữ công", false], ["Ban Tuyên giáo", false]]);
    expect(splitUnits(cell, registry, { recurring }).map((r) => [r.name, r.known])).toEqual([[cell, false]]);
    // The cache keeps the two answers apart.
    expect(refs(cell)).toEqual([["Ban Nữ công", false], ["Ban Tuyên giáo", false]]);
  });

  it("still splits into units the registry knows, or where the cell says who leads", () => {
    const known = "Sở Nội vụ, Sở Tài chính";
    const roles = "Ban Nữ công chủ trì, Ban Tuyên giáo phối hợp";
    const recurring = recurringCells([known, known, roles, roles]);
    expect(splitUnits(known, registry, { recurring }).map((r) => r.name)).toEqual(["Sở Nội vụ", "Sở Tài chính"]);
    expect(splitUnits(roles, registry, { recurring }).map((r) => [r.name, r.role])).toEqual([["Ban Nữ công", "lead"], ["Ban Tuyên giáo", "partner"]]);
  });

  it("a line still separates: each recurring paragraph is judged alone", () => {
    const cell = "Ban Nữ công, Ban Tuyên giáo\nSở Y tế";
    const recurring = recurringCells(["Ban Nữ công, Ban Tuyên giáo", "Ban Nữ công, Ban Tuyên giáo", cell]);
    expect(splitUnits(cell, registry, { recurring }).map((r) => r.name)).toEqual(["Ban Nữ công, Ban Tuyên giáo", "Sở Y tế"]);
  });

  it("a recurring name the registry holds for review is found by it", () => {
    const withReview = registry.with([unknownUnit("Ban Nữ công, Ban Tuyên giáo")]);
    expect(splitUnits("Ban Nữ công, Ban Tuyên giáo", withReview).map((r) => [r.name, r.known])).toEqual([["Ban Nữ công, Ban Tuyên giáo", false]]);
  });
});

describe("splitting never loses text", () => {
  const ROLE_WORDS = new Set(["chu", "tri", "phoi", "hop", "voi", "thuc", "hien", "tham", "gia", "muu"]);
  const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  const words = (s: string): string[] => fold(s).match(/[a-z0-9]+/g) ?? [];
  // One piece per unit at most (a unit named twice is listed once, by design).
  const UNITS = ["Sở Khoa học và Công nghệ", "Sở GD&ĐT", "UBND các xã, phường, đặc khu", "Các sở, ban, ngành", "LĐLĐ tỉnh", "CĐN", "Tỉnh ủy", "Sở Lao động - Thương binh và Xã hội"];
  const UNKNOWN = ["Ban Nữ công", "Trường THCS Nguyễn Du", "UBND xã Tân Phong", "Phòng Tài nguyên, Khoáng sản và Nước", "Công ty Điện lực tỉnh"];
  const LOOSE = ["phường", "đặc khu", "thương mại", "Công nghệ", "liên quan", "tỉnh Lai Châu"];
  const SEPARATORS = [", ", "; ", " và ", "\n", " - ", "/", " + ", " "];
  const ROLES = [" chủ trì", " phối hợp", "Phối hợp: ", " tham gia"];
  const cell = fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...UNITS, ...UNKNOWN, ...LOOSE), { minLength: 1, maxLength: 6 }),
      fc.array(fc.constantFrom(...SEPARATORS, ...ROLES), { minLength: 6, maxLength: 6 }),
    )
    .map(([pieces, joins]) => pieces.map((p, i) => (i === 0 ? p : `${joins[i]}${p}`)).join(""));

  it("every word of the cell but separators and role words is in some ref's text", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const out: UnitRef[] = splitUnits(text, registry);
        const kept = new Set(out.flatMap((r) => words(r.text)));
        const lost = words(text).filter((w) => w !== "va" && !ROLE_WORDS.has(w) && !kept.has(w));
        expect([text, lost]).toEqual([text, []]);
        for (const r of out) expect(text.replace(/\s+/g, " ")).toContain(r.text);
      }),
      { numRuns },
    );
  });

  it("any text: never throws, no empty name, known names are registry names", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 60 }), cell), (text) => {
        for (const r of splitUnits(text, registry)) {
          expect(r.name).not.toBe("");
          expect(r.text).not.toBe("");
          if (r.known) expect(registry.isKnown(r.name)).toBe(true);
        }
      }),
      { numRuns },
    );
  });
});

describe("suggestions only for near misses", () => {
  const cases: [string, string | null][] = [
    ["Phòng Văn hóa", null],
    ["Phòng Văn hóa Thông tin", "Phòng Văn hóa và Thông tin"],
    ["Phòng Văn hóa, Thể thao", null],
    ["Sở Tài chánh", "Sở Tài chính"],
    ["Sở Nông nghiệp và Môi trườg", "Sở Nông nghiệp và Môi trường"],
    ["Cong doan Vien chuc tinhh", "Công đoàn Viên chức tỉnh"],
    ["Ban Nữ công", null],
    ["Trường THCS Nguyễn Du", null],
  ];
  it.each(cases)("%s → %s", (text, expected) => {
    expect(registry.closest(text)).toBe(expected);
  });

  it("a different commune is not a typo", () => {
    const communes = registry.with([{ name: "UBND xã Tân Phú", aliases: [], kind: "grassroots", groups: [], review: false }]);
    expect(communes.closest("UBND xã Tân Phong")).toBeNull();
    expect(communes.closest("UBND xã Tân Phu")).toBe("UBND xã Tân Phú");
  });
});

describe("the unit names of the real-plan fixtures (test/fixtures/real-plans/*/expected.json)", () => {
  const dir = join(__dirname, "../../fixtures/real-plans");
  // Each plan is read against its organisation's registry: the labour federation's own plans
  // against its seed first, every other plan against the lexicon first (as the importer does).
  const family = familyUnitNames();
  const others = new UnitRegistry(othersUnits());
  const names = new Map<string, UnitRegistry>();
  for (const plan of existsSync(dir) ? readdirSync(dir) : []) {
    const file = join(dir, plan, "expected.json");
    if (!existsSync(file)) continue;
    const expected = JSON.parse(readFileSync(file, "utf8")) as { tasks?: Record<string, unknown>[] };
    const planNames = (expected.tasks ?? []).flatMap((t) => ["leadUnits", "partnerUnits", "monitorUnits"].flatMap((field) => (t[field] as string[] | undefined) ?? []));
    const reg = planNames.some((n) => family.has(n)) ? registry : others;
    for (const n of planNames) names.set(`${n}${reg === others ? "" : " (the federation's plan)"}`, reg);
  }

  it("are there to check", () => {
    expect(names.size).toBeGreaterThan(40);
  });

  it.each([...names].map(([n, reg]) => [n, reg] as const))("%s: written alone, stays that one unit", (label, reg) => {
    const name = label.replace(/ \(the federation's plan\)$/, "");
    expect(splitUnits(name, reg).map((r) => r.name)).toEqual([name]);
  });
});

describe("properties over the whole default registry", () => {
  const canonical = registry.units.map((u) => u.name);

  it("known names joined with '; ', a new line, ', ' or ' và ' split back into the same names", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...canonical), { minLength: 1, maxLength: 6 }), fc.constantFrom("; ", "\n", ", ", " và "), (units, joiner) => {
        expect(splitUnits(units.join(joiner), registry).map((r) => r.name)).toEqual(units);
      }),
      { numRuns },
    );
  });

  it("recurringCells holds exactly the keys of cells written twice or more", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Sở Y tế", "sở y tế", "Ban Nữ công, Ban Tuyên giáo", "UBND xã Tân Phong", "", "  "), { maxLength: 8 }), (cells) => {
        const keys = recurringCells(cells);
        const counts = new Map<string, number>();
        for (const c of cells) {
          const key = c.trim() === "" ? "" : fold(c).replace(/[^a-z0-9]+/g, " ").trim();
          if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        expect([...keys].sort()).toEqual([...counts].filter(([, n]) => n >= 2).map(([k]) => k).sort());
      }),
      { numRuns },
    );
  });
});

const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
