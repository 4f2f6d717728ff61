import { matchKey } from "../../../src/core/text/normalize";
import { defaultUnits, lexiconUnits } from "../../../src/core/units/defaults";
import { ALL_BODIES, COMMUNE_COMMITTEES, COMMUNES, LEXICON, PROVINCIAL_AGENCIES, PROVINCIAL_AGENCIES_TINH, RELATED_BODIES, RELATED_UNITS, SUBJECT_GROUPS } from "../../../src/core/units/lexicon";
import { UnitRegistry } from "../../../src/core/units/registry";
import { EVERYONE, seedUnits } from "../../../src/core/units/seed";
import { splitUnits } from "../../../src/core/units/split";

const lexicon = new UnitRegistry(lexiconUnits());
const defaults = new UnitRegistry(defaultUnits());

describe("the lexicon, line by line", () => {
  const lines = LEXICON.map((line) => [line[0], line] as const);

  it.each(lines)("%s: its name and every alias find it", (name, [, , aliases]) => {
    for (const alias of [name, ...aliases]) expect([alias, lexicon.find(alias)?.name]).toEqual([alias, name]);
  });

  it.each(lines)("%s: a cell holding only its name or an alias is that one unit, known", (name, [, , aliases]) => {
    for (const written of [name, ...aliases]) {
      expect([written, splitUnits(written, lexicon).map((r) => [r.name, r.known])]).toEqual([written, [[name, true]]]);
    }
  });

  it.each(lines)("%s: stays whole among other units, with any separator", (name) => {
    for (const cell of [`${name}; Sở Nội vụ`, `Sở Nội vụ, ${name}`, `Bộ Công an\n${name}`, `${name} chủ trì`]) {
      const names = splitUnits(cell, lexicon).map((r) => r.name);
      expect([cell, names.includes(name)]).toEqual([cell, true]);
    }
  });

  it("canonical names are written once, spelt Ủy (never Uỷ), and not padded", () => {
    const names = LEXICON.map(([name]) => name);
    expect(new Set(names.map(matchKey)).size).toBe(names.length);
    for (const name of names) {
      expect(name).not.toMatch(/Uỷ|uỷ/);
      expect(name).toBe(name.trim());
      expect(name).not.toMatch(/\s{2}/);
    }
  });

  it("no alias belongs to two bodies", () => {
    const owner = new Map<string, string>();
    for (const [name, , aliases] of LEXICON) {
      for (const alias of [name, ...aliases]) {
        const key = matchKey(alias);
        expect([alias, owner.get(key) ?? name]).toEqual([alias, name]);
        owner.set(key, name);
      }
    }
  });

  it("Ủy and Uỷ, case and spacing of abbreviations find the same body", () => {
    const cases: [string, string][] = [
      ["Uỷ ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"],
      ["UỶ BAN NHÂN DÂN TỈNH", "UBND tỉnh"],
      ["Sở GD-ĐT", "Sở Giáo dục và Đào tạo"],
      ["Sở GD & ĐT", "Sở Giáo dục và Đào tạo"],
      ["sở vh-tt&dl", "Sở Văn hóa, Thể thao và Du lịch"],
      ["Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"],
      ["Sở NN&MT", "Sở Nông nghiệp và Môi trường"],
      ["Sở KH&CN", "Sở Khoa học và Công nghệ"],
      ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
      ["Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"],
      ["UBMTTQ tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"],
      ["BCHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
      ["BCHQS xã", "Ban Chỉ huy Quân sự xã"],
      ["ĐTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
      ["HLHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"],
      ["Hội CCB", "Hội Cựu chiến binh"],
      ["BCH", "Ban Chấp hành"],
      ["Hội đồng TĐKT", "Hội đồng Thi đua - Khen thưởng"],
      ["Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo"],
      ["Đoàn TNCS Hồ Chí Minh tỉnh", "Tỉnh Đoàn"],
    ];
    for (const [written, name] of cases) expect([written, lexicon.find(written)?.name]).toEqual([written, name]);
  });

  it("group names are groups, and stay whole", () => {
    for (const group of [PROVINCIAL_AGENCIES, PROVINCIAL_AGENCIES_TINH, ALL_BODIES, COMMUNE_COMMITTEES, RELATED_BODIES, RELATED_UNITS, SUBJECT_GROUPS, COMMUNES]) {
      expect([group, lexicon.find(group)?.kind]).toEqual([group, "group"]);
      expect(splitUnits(group, lexicon).map((r) => r.name)).toEqual([group]);
    }
  });

  it("a group with members answers for its members; one without answers for itself", () => {
    const agencies = lexicon.expand(PROVINCIAL_AGENCIES).map((u) => u.name);
    expect(agencies).toEqual(expect.arrayContaining(["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Thanh tra tỉnh"]));
    // A department merged away in 2025 owes nothing any more.
    expect(agencies).not.toContain("Sở Kế hoạch và Đầu tư");
    expect(lexicon.expand(COMMUNE_COMMITTEES).map((u) => u.name)).toEqual([COMMUNE_COMMITTEES]);
  });

  it("bodies gone in the 2025 reorganisation say so in their note", () => {
    for (const name of ["Sở Kế hoạch và Đầu tư", "UBND huyện", "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn", "Phòng Văn hóa và Thông tin"]) {
      expect([name, lexicon.get(name)?.note]).toEqual([name, expect.stringMatching(/2025/)]);
    }
  });
});

describe("defaultUnits: the labour federation's seed, then the lexicon", () => {
  const units = defaultUnits();

  it("starts with the seed, unchanged but for aliases the lexicon adds", () => {
    const seed = seedUnits();
    expect(units.slice(0, seed.length).map((u) => u.name)).toEqual(seed.map((u) => u.name));
    for (const [i, u] of seed.entries()) expect(units[i].aliases.slice(0, u.aliases.length)).toEqual(u.aliases);
    expect(seedUnits()).toEqual(seed);
  });

  it("claims no name or alias the seed (or another body) already claims", () => {
    const duplicates = (list: readonly { name: string; aliases: readonly string[] }[]): number => {
      const keys = list.flatMap((u) => [u.name, ...u.aliases].map(matchKey));
      return keys.length - new Set(keys).size;
    };
    // The seed spells a few of its names twice ("Ủy"/"Uỷ"); the lexicon adds no duplicate.
    expect(duplicates(units)).toBe(duplicates(seedUnits()));
  });

  it("holds every lexicon body: by its own line, or through the seed's unit of that name", () => {
    for (const [name, , aliases] of LEXICON) {
      const found = defaults.find(name);
      expect([name, found === null]).toEqual([name, false]);
      for (const alias of aliases) expect([alias, defaults.find(alias)?.name]).toEqual([alias, found?.name]);
    }
    expect(defaults.find("Thường trực UBND tỉnh")?.name).toBe("UBND tỉnh");
  });

  it("the labour federation's everyone (Các cấp công đoàn) does not take in the lexicon's bodies", () => {
    const everyone = defaults.expand(EVERYONE).map((u) => u.name);
    expect(everyone).toEqual(new UnitRegistry(seedUnits()).expand(EVERYONE).map((u) => u.name));
  });

  it("seed names keep working in the model plan's cells", () => {
    expect(splitUnits("LĐLD tỉnh, LĐLD các huyện, TP, CĐN, CĐCS trực thuộc", defaults).map((r) => r.name)).toEqual([
      "LĐLĐ tỉnh",
      "LĐLĐ các huyện, thành phố",
      "Các công đoàn ngành",
      "CĐCS trực thuộc",
    ]);
  });
});
