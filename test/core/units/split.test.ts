import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { UnitRegistry, unknownUnit } from "../../../src/core/units/registry";
import { DISTRICTS, EVERYONE, PROVINCE, SECTORS, seedUnits } from "../../../src/core/units/seed";
import { splitUnits } from "../../../src/core/units/split";

const numRuns = Number(process.env.FUZZ_RUNS ?? "") || 200;
const registry = new UnitRegistry(seedUnits());
const names = (cell: string): string[] => splitUnits(cell, registry).map((r) => r.name);
const refs = (cell: string): [string, boolean][] => splitUnits(cell, registry).map((r) => [r.name, r.known]);

const CDCS = "CĐCS trực thuộc";
const BLOCS = "Các khối thi đua";
const MTTQ = "Khối thi đua MTTQ và các đoàn thể tỉnh";

describe("every unit cell of plan 217/KH-LĐLD", () => {
  const cases: [string, string[]][] = [
    ["LĐLD tỉnh", [PROVINCE]],
    ["LĐLD tỉnh, Các đơn vị trong khối thi đua", [PROVINCE, BLOCS]],
    ["LĐLD tỉnh, LĐLD các huyện, TP, CĐN", [PROVINCE, DISTRICTS, SECTORS]],
    ["LĐLD tỉnh, LĐLD các huyện, TP, CĐN, CĐCS trực thuộc", [PROVINCE, DISTRICTS, SECTORS, CDCS]],
    ["LĐLD tỉnh, các cấp công đoàn", [PROVINCE, EVERYONE]],
    ["LĐLD tỉnh, các khối thi đua", [PROVINCE, BLOCS]],
    ["LĐLD tỉnh, các cấp CĐ", [PROVINCE, EVERYONE]],
    ["LĐLD tỉnh Các cấp công đoàn", [PROVINCE, EVERYONE]],
    ["", []],
    ["LĐLD tỉnh, Các cấp công đoàn", [PROVINCE, EVERYONE]],
    ["LĐLD tỉnh, các đơn vị", [PROVINCE, EVERYONE]],
  ];
  it.each(cases)("%j → %j", (cell, expected) => {
    expect(names(cell)).toEqual(expected);
    expect(splitUnits(cell, registry).every((r) => r.known)).toBe(true);
  });

  it("covers every distinct unit cell of the fixture", () => {
    const text = readFileSync(join(__dirname, "../../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
    const cells = new Set(text.split("\n").filter((l) => /^\d+\t/.test(l)).map((l) => l.split("\t")[2]));
    expect([...cells].sort()).toEqual(cases.map(([c]) => c).sort());
  });
});

describe("splitting", () => {
  const cases: [string, string, [string, boolean][]][] = [
    // groups whose names hold commas
    ["commas inside a group", "LĐLĐ các huyện, TP", [[DISTRICTS, true]]],
    ["thị xã spelled out", "LĐLĐ các huyện, thị xã, thành phố", [[DISTRICTS, true]]],
    ["TX abbreviated", "LĐLĐ các huyện, TX, CĐN", [[DISTRICTS, true], [SECTORS, true]]],
    ["TX, TP", "LĐLĐ tỉnh, LĐLĐ các huyện, TX, TP", [[PROVINCE, true], [DISTRICTS, true]]],
    ["slash in a group", "LĐLĐ các huyện/TP; CĐN", [[DISTRICTS, true], [SECTORS, true]]],
    // missing separators
    ["no separator", "LĐLD tỉnh Các cấp công đoàn", [[PROVINCE, true], [EVERYONE, true]]],
    ["no separator, three units", "LĐLĐ tỉnh CĐN Công đoàn Viên chức tỉnh", [[PROVINCE, true], [SECTORS, true], ["Công đoàn Viên chức tỉnh", true]]],
    // "và"
    ["và between units", "LĐLĐ tỉnh và các cấp công đoàn", [[PROVINCE, true], [EVERYONE, true]]],
    ["và inside a name", "Khối thi đua MTTQ và các đoàn thể tỉnh", [[MTTQ, true]]],
    ["và inside a name, then a unit", "Khối thi đua MTTQ và các đoàn thể tỉnh, LĐLĐ tỉnh", [[MTTQ, true], [PROVINCE, true]]],
    ["và between unknown units", "Ban Nữ công và Ban Tuyên giáo", [["Ban Nữ công", false], ["Ban Tuyên giáo", false]]],
    // dashes
    ["spaced dash", "LĐLĐ tỉnh - CĐN", [[PROVINCE, true], [SECTORS, true]]],
    ["en dash", "LĐLĐ tỉnh – Các cấp CĐ", [[PROVINCE, true], [EVERYONE, true]]],
    ["dash inside a name", "Hội đồng Thi đua - Khen thưởng tỉnh", [["Hội đồng Thi đua - Khen thưởng tỉnh", true]]],
    ["bullets", "- LĐLĐ tỉnh\n- CĐN", [[PROVINCE, true], [SECTORS, true]]],
    // newlines and other separators
    ["newlines", "LĐLĐ tỉnh\nLĐLĐ các huyện, TP\nCĐN", [[PROVINCE, true], [DISTRICTS, true], [SECTORS, true]]],
    ["semicolons and plus", "LĐLĐ tỉnh; CĐN + CĐCS", [[PROVINCE, true], [SECTORS, true], [CDCS, true]]],
    ["brackets", "LĐLĐ tỉnh (Ban Tổ chức)", [[PROVINCE, true], ["Ban Tổ chức", false]]],
    // duplicates
    ["duplicates by alias", "LĐLĐ tỉnh, Liên đoàn Lao động tỉnh, LĐLD tỉnh", [[PROVINCE, true]]],
    ["duplicate unknowns", "Ban Nữ công, Ban Nữ công", [["Ban Nữ công", false]]],
    // role words are not names
    ["role words", "LĐLĐ tỉnh chủ trì, các cấp CĐ phối hợp", [[PROVINCE, true], [EVERYONE, true]]],
    ["role label first", "Chủ trì: LĐLĐ tỉnh; Phối hợp: CĐN", [[PROVINCE, true], [SECTORS, true]]],
    ["role words after unknown text", "Ban Nữ công chủ trì", [["Ban Nữ công", false]]],
    // an optional "các"
    ["các before an abbreviation", "các CĐCS", [[CDCS, true]]],
    // unknown text is kept, never folded into a known name it starts with
    ["unknown", "Ban Nữ công", [["Ban Nữ công", false]]],
    ["unknown, then known", "Ban Nữ công, LĐLĐ tỉnh", [["Ban Nữ công", false], [PROVINCE, true]]],
    ["unknown ending in a known name", "Ban Nữ công LĐLĐ tỉnh", [["Ban Nữ công LĐLĐ tỉnh", false]]],
    ["known start, unknown end", "Công đoàn ngành Y tế", [["Công đoàn ngành Y tế", false]]],
    ["unknown district", "LĐLĐ huyện Điện Biên Đông", [["LĐLĐ huyện Điện Biên Đông", false]]],
    ["known district", "LĐLĐ huyện Mường Tè", [["LĐLĐ huyện Mường Tè", true]]],
    ["unknown keeps its spelling, LĐLD fixed", "LĐLD huyện Điện Biên", [["LĐLĐ huyện Điện Biên", false]]],
    ["unknown in capitals", "HỘI LHPN TỈNH", [["HỘI LHPN TỈNH", false]]],
    // messy text
    ["NFD and Icelandic Ð", "L\u00D0L\u00D0 ti\u0309nh, Ca\u0301c ca\u0302\u0301p CÐ", [[PROVINCE, true], [EVERYONE, true]]],
    ["non-breaking and zero-width spaces", "LĐLĐ\u00A0tỉnh,\u200B CĐN", [[PROVINCE, true], [SECTORS, true]]],
    ["only punctuation", " , ; - ", []],
    // an Excel error value copied with the table is one text, not the units "N" and "A"
    ["#N/A", "#N/A", [["#N/A", false]]],
    ["#REF! with spaces", "  #REF! ", [["#REF!", false]]],
    ["#DIV/0!", "#DIV/0!", [["#DIV/0!", false]]],
  ];
  it.each(cases)("%s: %j", (_, cell, expected) => {
    expect(refs(cell)).toEqual(expected);
  });

  it("a unit awaiting review is found by its name, and stays unknown", () => {
    const withReview = registry.with([unknownUnit("Ban Nữ công")]);
    expect(splitUnits("LĐLĐ tỉnh, ban nữ công", withReview).map((r) => [r.name, r.known])).toEqual([
      [PROVINCE, true],
      ["Ban Nữ công", false],
    ]);
  });
});

describe("roles said in the cell", () => {
  const roles = (cell: string): [string, string | undefined][] => splitUnits(cell, registry).map((r) => [r.name, r.role]);
  const cases: [string, string, [string, string | undefined][]][] = [
    ["after the units", "LĐLĐ tỉnh chủ trì, các cấp CĐ phối hợp", [[PROVINCE, "lead"], [EVERYONE, "partner"]]],
    ["labels before the units", "Chủ trì: LĐLĐ tỉnh; Phối hợp: CĐN, CĐCS", [[PROVINCE, "lead"], [SECTORS, "partner"], [CDCS, "partner"]]],
    ["phối hợp với", "LĐLĐ tỉnh chủ trì phối hợp với CĐN", [[PROVINCE, "lead"], [SECTORS, "partner"]]],
    ["tham gia after unknown text", "LĐLĐ tỉnh chủ trì; Ban Nữ công tham gia", [[PROVINCE, "lead"], ["Ban Nữ công", "partner"]]],
    ["a phrase that gives no role", "LĐLĐ tỉnh thực hiện", [[PROVINCE, undefined]]],
    ["no role words", "LĐLĐ tỉnh, CĐN", [[PROVINCE, undefined], [SECTORS, undefined]]],
  ];
  it.each(cases)("%s: %j", (_, cell, expected) => {
    expect(roles(cell)).toEqual(expected);
  });
});

describe("splitUnits properties", () => {
  const canonical = registry.units.map((u) => u.name);
  const PIECES = [
    ...canonical, ...registry.units.flatMap((u) => u.aliases), "LĐLD", "và", "chủ trì", "phối hợp", "các",
    "Ban Nữ công", ",", ";", "/", " - ", "\n", "(", ")", ":", " ", "\u00A0", "\u200B", "Ð", "\u0301", "\u0323",
  ];
  const anyCell = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 80 }),
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(" ")),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join("").normalize("NFD")),
  );

  it("never throws; every name is non-empty, trimmed NFC without LĐLD; no name twice", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const out = splitUnits(cell, registry);
        for (const r of out) {
          expect(r.name).not.toBe("");
          expect(r.name).toBe(r.name.trim());
          expect(r.name).toBe(r.name.normalize("NFC"));
          expect(r.name).not.toContain("LĐLD");
          expect(r.name).not.toMatch(/[\u00D0\u200B-\u200D\uFEFF]/);
          if (r.known) expect(registry.isKnown(r.name)).toBe(true);
        }
        expect(new Set(out.map((r) => r.name)).size).toBe(out.length);
      }),
      { numRuns },
    );
  });

  it("known canonical names joined with '; ' split back into the same names", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...canonical), { maxLength: 8 }), (units) => {
        expect(splitUnits(units.join("; "), registry)).toEqual(units.map((name) => ({ name, known: true, text: name })));
      }),
      { numRuns },
    );
  });

  it("every alias finds its own unit", () => {
    for (const unit of registry.units) {
      for (const alias of [unit.name, ...unit.aliases]) {
        const owner = registry.find(alias)!.name;
        expect([alias, names(alias)]).toEqual([alias, [owner]]);
      }
    }
  });
});
