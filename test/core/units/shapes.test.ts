import { FIELD_WORDS, HEAD_WORDS, LEVEL_WORDS, PLURAL_BODIES, REFERENCE_STARTS } from "../../../src/core/units/shapes";
import { UnitRegistry } from "../../../src/core/units/registry";
import { seedUnits } from "../../../src/core/units/seed";
import { refersToDocument, splitUnits } from "../../../src/core/units/split";

// Without the lexicon: what the shapes alone decide.
const registry = new UnitRegistry(seedUnits());
const names = (cell: string): string[] => splitUnits(cell, registry).map((r) => r.name);

describe("unit shapes, entry by entry (shapes.ts)", () => {
  it.each(HEAD_WORDS.map((h) => [h]))("head word %s: '<head> <proper name>' is one unit, and two such are two", (head) => {
    expect(names(`${head} Tân Phong`)).toEqual([`${head} Tân Phong`]);
    expect(names(`${head} Tân Phong và ${head} Kim Đồng`)).toEqual([`${head} Tân Phong`, `${head} Kim Đồng`]);
    expect(names(`${head} Tân Phong, ${head} Kim Đồng`)).toEqual([`${head} Tân Phong`, `${head} Kim Đồng`]);
    // A one-word head alone names no one: after a comma it stays with the unit before. (Longer
    // heads may hold a field and be a body by themselves: "Trạm Y tế", "Ủy ban Kiểm tra".)
    if (!head.includes(" ")) expect(names(`Ban Nữ công, ${head.toLowerCase()}`)).toEqual([`Ban Nữ công, ${head.toLowerCase()}`]);
  });

  it.each(FIELD_WORDS.map((f) => [f]))("field %s: 'Phòng <field>' is a unit, even in lower case", (field) => {
    expect(names(`Phòng ${field} và Ban Nữ công`)).toEqual([`Phòng ${field}`, "Ban Nữ công"]);
    // A field alone is not a unit: it continues the name before ("Sở Khoa học và Công nghệ").
    expect(names(`Ban Nữ công và ${field}`)).toEqual([`Ban Nữ công và ${field}`]);
  });

  it.each(LEVEL_WORDS.map((l) => [l]))("level %s: 'Công an <level>' and 'UBND các <level>' are units", (level) => {
    expect(names(`Công an ${level} và Ban Nữ công`)).toEqual([`Công an ${level}`, "Ban Nữ công"]);
    expect(names(`UBND các ${level}, Ban Nữ công`)).toEqual([`UBND các ${level}`, "Ban Nữ công"]);
  });

  it.each(PLURAL_BODIES.map((p) => [p]))("plural %s: 'Các <plural>' is a unit (a group)", (plural) => {
    expect(names(`Các ${plural} liên quan, Ban Nữ công`)).toEqual([`Các ${plural} liên quan`, "Ban Nữ công"]);
  });

  it.each(REFERENCE_STARTS.map((r) => [r]))("reference %s: a cell starting so refers to a document", (start) => {
    const cell = `${start[0].toUpperCase()}${start.slice(1)} số 12/KH-UBND, các sở, ngành`;
    expect(refersToDocument(cell)).toBe(true);
    expect(splitUnits(cell, registry)).toEqual([{ name: cell, known: false, text: cell, reference: true }]);
  });

  it("the tables hold no duplicates and no blank entries", () => {
    for (const table of [HEAD_WORDS, LEVEL_WORDS, FIELD_WORDS, PLURAL_BODIES, REFERENCE_STARTS]) {
      expect(table.every((e) => e.trim() === e && e !== "")).toBe(true);
      expect(new Set(table.map((e) => e.toLowerCase())).size).toBe(table.length);
    }
  });
});
