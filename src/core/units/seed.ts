import type { Unit, UnitKind } from "./registry";

const u = (name: string, kind: UnitKind, aliases: string[] = [], groups: string[] = []): Unit => ({
  name,
  kind,
  aliases,
  groups,
  review: false,
});

export const PROVINCE = "LĐLĐ tỉnh";
export const DISTRICTS = "LĐLĐ các huyện, thành phố";
export const SECTORS = "Các công đoàn ngành";
export const EVERYONE = "Các cấp công đoàn";

const DISTRICT_NAMES = ["Tam Đường", "Mường Tè", "Sìn Hồ", "Phong Thổ", "Than Uyên", "Tân Uyên", "Nậm Nhùn"];

/**
 * The units of a provincial labour federation, as in Lai Châu's plan 217/KH-LĐLĐ (2021). The
 * registry sheet is seeded from this and stays editable: structures change (the district tier of
 * unions was abolished from 1/7/2025).
 */
export function seedUnits(): Unit[] {
  return [
    u(PROVINCE, "province", [
      "LĐLĐ tỉnh Lai Châu",
      "Liên đoàn Lao động tỉnh",
      "Liên đoàn Lao động tỉnh Lai Châu",
      "Ban Thường vụ LĐLĐ tỉnh",
      "Thường trực LĐLĐ tỉnh",
      "Ban Chấp hành LĐLĐ tỉnh",
      "BCH LĐLĐ tỉnh",
    ]),
    u(DISTRICTS, "group", [
      "LĐLĐ các huyện, TP",
      "LĐLĐ các huyện, thành phố",
      "LĐLĐ huyện, thành phố",
      "LĐLĐ huyện, TP",
      "LĐLĐ các huyện, thị xã, thành phố",
      "LĐLĐ các huyện, TX, TP",
      "LĐLĐ các huyện, thị xã",
      "LĐLĐ các huyện, TX",
      "LĐLĐ huyện, thị xã",
      "LĐLĐ các huyện",
      "LĐLĐ huyện",
      "Liên đoàn Lao động các huyện, thành phố",
    ]),
    u(
      "LĐLĐ thành phố Lai Châu",
      "district",
      ["LĐLĐ TP Lai Châu", "LĐLĐ thành phố", "TP Lai Châu", "Liên đoàn Lao động thành phố Lai Châu"],
      [DISTRICTS],
    ),
    ...DISTRICT_NAMES.map((d) =>
      u(`LĐLĐ huyện ${d}`, "district", [`LĐLĐ ${d}`, `Huyện ${d}`, `Liên đoàn Lao động huyện ${d}`], [DISTRICTS]),
    ),
    u(SECTORS, "group", ["CĐN", "Công đoàn ngành", "CĐ ngành", "Các CĐN"]),
    u("Công đoàn ngành Giáo dục", "sector", ["CĐN Giáo dục", "Công đoàn Giáo dục", "CĐ ngành Giáo dục", "Công đoàn ngành giáo dục tỉnh", "Công đoàn Giáo dục tỉnh", "CĐ Giáo dục", "CĐ Giáo dục tỉnh"], [SECTORS]),
    u("Công đoàn Viên chức tỉnh", "sector", ["Công đoàn Viên chức", "CĐ Viên chức", "CĐ Viên chức tỉnh", "CĐVC tỉnh", "CĐVC", "Công đoàn Viên chức tỉnh Lai Châu"]),
    u("CĐCS trực thuộc", "group", ["CĐCS trực thuộc LĐLĐ tỉnh", "Công đoàn cơ sở trực thuộc", "CĐCS", "Công đoàn cơ sở", "Các công đoàn cơ sở"]),
    u(EVERYONE, "all", ["Các cấp CĐ", "Công đoàn các cấp", "Các cấp công đoàn trong tỉnh", "Các cấp công đoàn trong toàn tỉnh", "Các đơn vị", "Các đơn vị trực thuộc"]),
    u("Các khối thi đua", "group", ["Các đơn vị trong khối thi đua", "Khối thi đua", "Các khối thi đua thuộc LĐLĐ tỉnh"]),
    u("Khối thi đua LĐLĐ các huyện, thành phố", "bloc", ["Khối thi đua LĐLĐ huyện, thành phố"], ["Các khối thi đua"]),
    u("Khối thi đua các công đoàn ngành", "bloc", ["Khối thi đua CĐN", "Khối thi đua công đoàn ngành"], ["Các khối thi đua"]),
    u("Tổng Liên đoàn Lao động Việt Nam", "outside", ["TLĐ", "Tổng Liên đoàn", "TLĐLĐ VN", "Tổng LĐLĐ Việt Nam"]),
    u("UBND tỉnh", "outside", ["Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh", "UBND tỉnh Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu"]),
    u("Hội đồng Thi đua - Khen thưởng tỉnh", "outside", ["Hội đồng TĐKT tỉnh", "HĐTĐKT tỉnh", "HĐ TĐKT tỉnh"]),
    u("Ban Thi đua - Khen thưởng tỉnh", "outside", ["Ban TĐKT tỉnh", "TĐKT tỉnh", "Ban thi đua khen thưởng tỉnh"]),
    u("Cụm thi đua 7 tỉnh biên giới phía Bắc", "outside", ["Cụm thi đua 7 tỉnh biên giới", "Cụm 7 tỉnh biên giới"]),
    u("Khối thi đua MTTQ và các đoàn thể tỉnh", "outside", ["Khối thi đua đoàn thể tỉnh", "Khối đoàn thể tỉnh", "Khối thi đua đoàn thể"]),
  ];
}

/**
 * The seed's aliases that are the federation's way of saying something any organisation says: in
 * another organisation's plan "Các đơn vị trực thuộc" are its own units and "Công đoàn cơ sở" its
 * own union, not the federation's. They hold only in the federation's own plans.
 */
export const FAMILY_ONLY_ALIASES: readonly string[] = [
  "Các đơn vị",
  "Các đơn vị trực thuộc",
  "CĐCS",
  "Công đoàn cơ sở",
  "Các công đoàn cơ sở",
  "Công đoàn ngành",
  "CĐ ngành",
  "Khối thi đua",
  "Các đơn vị trong khối thi đua",
];

/** The seed without its family-only aliases: for reading another organisation's plan. */
export function seedUnitsForOthers(): Unit[] {
  const generic = new Set(FAMILY_ONLY_ALIASES);
  return seedUnits().map((unit) => ({ ...unit, aliases: unit.aliases.filter((a) => !generic.has(a)) }));
}

/** The units of the federation itself (not the outside bodies its plans also name). */
export const familyUnitNames = (): Set<string> => new Set(seedUnits().filter((u) => u.kind !== "outside").map((u) => u.name));
