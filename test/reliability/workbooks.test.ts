/**
 * Messy workbooks, built as real .xlsx files with exceljs (as a user's Excel, LibreOffice or
 * another tool would leave them), run through the CLI: dates in every form, Excel error values,
 * merged cells, blank and duplicated headers, a plan table renamed and moved, renamed sheets, a
 * user's own "Tổng hợp", a second plan table. Each gives a clear outcome and loses nothing. Bad
 * workbooks give exit 2, a message naming the file and what to do, and are left byte for byte.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { FIXTURE, cli, removeTempDirs, sha, tempDir } from "./support";

const AS_OF = ["--as-of", "2021-07-15"];
const TASK_HEADERS = ["TT", "Quý", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái", "Ngày hoàn thành"];
type Row = ExcelJS.CellValue[];

interface Issue {
  code: string;
  severity: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  taskId: string | null;
  unit: string | null;
  params: Record<string, unknown>;
  message: string;
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(removeTempDirs);

let n = 0;
/** A workbook file written by exceljs, as another tool would write it. */
async function book(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const file = path.join(dir, `book-${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A table as a user makes one: headers, rows, anywhere. */
function table(ws: ExcelJS.Worksheet, name: string, ref: string, headers: string[], rows: Row[]): void {
  ws.addTable({ name, ref, headerRow: true, columns: headers.map((h) => ({ name: h, filterButton: true })), rows });
}

const task = (id: ExcelJS.CellValue, content: ExcelJS.CellValue, deadline: ExcelJS.CellValue, more: Partial<Record<"quarter" | "lead" | "status" | "done", ExcelJS.CellValue>> = {}): Row => [
  id,
  more.quarter ?? null,
  content,
  more.lead ?? "LĐLĐ tỉnh",
  deadline,
  more.status ?? "Đang thực hiện",
  more.done ?? null,
];

async function validate(file: string): Promise<{ code: number; issues: Issue[] }> {
  const r = await cli("validate", file, ...AS_OF, "--json", "--lang", "en");
  expect(r.err).toBe("");
  return { code: r.code, issues: JSON.parse(r.out).issues };
}

/** Every cell of every sheet: value (formulas as formula and result), style and note, by sheet!address. */
async function cells(file: string, except: (sheet: string) => boolean = () => false): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (except(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        out.set(`${ws.name}!${c.address}`, JSON.stringify([c.value, c.style, c.note ?? null]));
      }),
    );
  }
  return out;
}

/** The cells of `before` whose value, style or note changed or vanished in `after`. */
function changed(before: Map<string, string>, after: Map<string, string>, only: (key: string) => boolean = () => true): string[] {
  return [...before].filter(([k, v]) => only(k) && after.get(k) !== v).map(([k, v]) => `${k}: ${v} → ${after.get(k)}`);
}

describe("dates in every form a deadline cell can hold", () => {
  // 15/05/2021 is 61 days before the as-of date 15/07/2021, however it is written.
  const MAY_15 = 44331;
  const rows: [string, ExcelJS.CellValue, string | null][] = [
    ["serial number", MAY_15, null],
    ["date", new Date(Date.UTC(2021, 4, 15)), null],
    ["text dd/mm/yyyy", "15/05/2021", null],
    ["ISO text", "2021-05-15", null],
    ["serial with a time (18:00)", MAY_15 + 0.75, null],
    ["date with a time", new Date(Date.UTC(2021, 4, 15, 8, 30)), null],
    ["text with a time", "15/05/2021 08:30", null],
    ["serial typed as text", "44331", null],
    ["serial 60: Excel's 29/02/1900", 60, "29/02/1900"],
    ["negative serial", -5, "-5"],
    ["serial past 9999", 3_000_000, "3000000"],
    ["TRUE", true, "TRUE"],
    ["31/02", "31/02/2021", "31/02/2021"],
  ];
  let file: string;
  let issues: Issue[];
  beforeAll(async () => {
    file = await book((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      table(ws, "PT_Tasks", "A1", TASK_HEADERS, rows.map(([what, value], i) => task(i + 1, what, value, { done: i === 0 ? 60 : null })));
      for (let r = 2; r <= rows.length + 1; r++) ws.getCell(`E${r}`).numFmt = "dd/mm/yyyy hh:mm";
    });
    const v = await validate(file);
    expect(v.code).toBe(1); // the invalid deadlines are errors
    issues = v.issues;
  });

  it.each(rows.map(([what, , invalid], i) => [what, i + 1, invalid] as const))("%s (task %d)", (_what, id, invalid) => {
    const mine = issues.filter((i) => i.taskId === String(id));
    if (invalid === null) {
      expect(mine.filter((i) => i.code === "task-overdue").map((i) => i.params.days)).toEqual([61]);
      expect(mine.map((i) => i.code)).not.toContain("deadline-invalid");
    } else {
      const bad = mine.find((i) => i.code === "deadline-invalid");
      expect(bad).toMatchObject({ sheet: "Kế hoạch", row: id + 1, column: "Hạn hoàn thành", params: { text: invalid } });
      expect(bad?.message).toContain(`"${invalid}"`);
      expect(mine.map((i) => i.code)).not.toContain("task-overdue");
    }
  });

  it("a completion date of serial 60 is an invalid date, named as Excel shows it", () => {
    expect(issues.find((i) => i.code === "done-date-invalid")).toMatchObject({ taskId: "1", row: 2, column: "Ngày hoàn thành", params: { text: "29/02/1900" } });
  });

  it("validate --write and summary keep every date cell exactly as it was", async () => {
    const before = await cells(file);
    expect((await cli("validate", file, ...AS_OF, "--write")).code).toBe(1);
    expect((await cli("summary", file, ...AS_OF)).code).toBe(0);
    expect(changed(before, await cells(file), (k) => /^Kế hoạch!(?!H)/.test(k))).toEqual([]);
  });
});

describe("Excel error values in plan cells", () => {
  const err = (error: string, formula = "VLOOKUP(A1,Z:Z,2,0)") => ({ formula, result: { error } }) as unknown as ExcelJS.CellValue;
  let file: string;
  let issues: Issue[];
  beforeAll(async () => {
    file = await book((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      table(ws, "PT_Tasks", "A1", TASK_HEADERS, [
        task(1, "Lập kế hoạch", 44331, { lead: err("#N/A") }),
        task(2, err("#REF!", "Sheet9!B2"), 44331),
        task(err("#VALUE!", "A1+1"), "Tổng kết", err("#DIV/0!", "1/0"), { status: err("#NAME?", "FOO()") }),
      ]);
    });
    issues = (await validate(file)).issues;
  });

  it("each is a cell-error naming the error, the row and the column", () => {
    const found = issues.filter((i) => i.code === "cell-error").map((i) => [i.row, i.column, i.params.text]);
    expect(found).toEqual([
      [2, "Đơn vị chủ trì", "#N/A"],
      [3, "Nội dung", "#REF!"],
      [4, "TT", "#VALUE!"],
      [4, "Hạn hoàn thành", "#DIV/0!"],
      [4, "Trạng thái", "#NAME?"],
    ]);
    expect(issues.find((i) => i.code === "cell-error")?.message).toContain("#N/A");
  });

  it("no unit \"N\" or \"A\", no task numbered #VALUE!, no second issue on the same cell", () => {
    expect(issues.filter((i) => i.code === "unit-unknown")).toEqual([]);
    expect(issues.map((i) => i.taskId)).not.toContain("#VALUE!");
    const codes = issues.map((i) => i.code);
    for (const code of ["task-id-missing", "task-content-missing", "unit-missing", "status-unknown", "deadline-invalid"]) expect(codes).not.toContain(code);
  });

  it("the formulas survive validate --write, summary and import", async () => {
    const before = await cells(file);
    expect((await cli("validate", file, ...AS_OF, "--write")).code).toBe(1);
    expect((await cli("summary", file, ...AS_OF)).code).toBe(0);
    expect((await cli("import", FIXTURE, "-o", file, ...AS_OF)).code).toBe(0);
    const after = await cells(file);
    for (const at of ["D2", "C3", "A4", "E4", "F4"]) expect(after.get(`Kế hoạch!${at}`)).toContain('"formula"');
    expect(changed(before, after, (k) => /^Kế hoạch!/.test(k))).toEqual([]);
  });
});

describe("merged cells", () => {
  it("a title merged across the top of the plan sheet is kept, and the plan is read under it", async () => {
    const file = await book((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      ws.getCell("A1").value = "KẾ HOẠCH THI ĐUA, KHEN THƯỞNG NĂM 2021";
      ws.mergeCells("A1:G2");
      ws.getCell("A3").value = "(kèm theo Kế hoạch số 217/KH-LĐLĐ)";
      ws.mergeCells("A3:G3");
      table(ws, "PT_Tasks", "A5", TASK_HEADERS, [task(1, "Lập kế hoạch", 44331, { quarter: 2 }), task(2, "Tổng kết", "Quý IV")]);
    });
    const before = await cells(file);
    expect((await validate(file)).issues.filter((i) => i.severity === "error")).toEqual([]);
    for (const args of [["validate", file, "--write"], ["summary", file, "--quarters"], ["import", FIXTURE, "-o", file]]) {
      const r = await cli(...args, ...AS_OF);
      expect([args[0], r.code, r.err]).toEqual([args[0], 0, ""]);
    }
    expect(changed(before, await cells(file), (k) => /^Kế hoạch!([A-G][1-3]|[A-G]([5-7]))$/.test(k) && !/!F[67]$/.test(k))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet("Kế hoạch")?.getCell("A1").isMerged).toBe(true);
  });
});

describe("headers", () => {
  it("a blank header and a duplicated one: a warning names the duplicate, only the first is read, the other column is kept", async () => {
    const headers = ["TT", "Nội dung", "(trống)", "Nội dung công việc", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái"];
    const file = await book((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      table(ws, "PT_Tasks", "B3", headers, [
        [1, "Việc thật", "ghi chép 1", "bản nháp 1", "LĐLĐ tỉnh", 44331, "Hoàn thành"],
        [2, "Việc thật 2", null, "bản nháp 2", "LĐLĐ tỉnh", 44500, null],
      ]);
      // exceljs wants a name for every column; a file from elsewhere may leave a header blank.
      ws.getCell("D3").value = null;
    });
    const before = await cells(file);
    const { issues } = await validate(file);
    expect(issues.filter((i) => i.code === "header-duplicate").map((i) => [i.sheet, i.row, i.column])).toEqual([["Kế hoạch", 3, "Nội dung công việc"]]);
    expect(issues.filter((i) => i.code === "task-content-missing")).toEqual([]);
    for (const args of [["validate", file, "--write"], ["summary", file], ["import", FIXTURE, "-o", file]]) {
      const r = await cli(...args, ...AS_OF);
      expect([args[0], r.code < 2, r.err]).toEqual([args[0], true, ""]);
    }
    // The user's columns (the blank-headed one and the duplicate) are untouched.
    expect(changed(before, await cells(file), (k) => /^Kế hoạch![DE]\d+$/.test(k))).toEqual([]);
  });

  it("a plan table without a Nội dung column: header-missing, exit 1, and the summary still builds", async () => {
    const file = await book((wb) => {
      table(wb.addWorksheet("Kế hoạch"), "PT_Tasks", "A1", ["TT", "Công việc chính", "Hạn hoàn thành"], [[1, "x", 44331]]);
    });
    const v = await validate(file);
    expect(v.code).toBe(1);
    expect(v.issues.filter((i) => i.code === "header-missing").map((i) => i.params.header)).toEqual(["Nội dung"]);
  });
});

describe("tables and sheets renamed or moved", () => {
  it("the plan table renamed and moved to another sheet at D20: found by its headers, warnings written beside it only", async () => {
    const file = await book((wb) => {
      const ws = wb.addWorksheet("Theo dõi 2021");
      ws.getCell("A1").value = "Bảng theo dõi của tôi";
      ws.getCell("J5").value = "ghi chú bên phải";
      table(ws, "KeHoach2021", "D20", TASK_HEADERS, [task(1, "Việc 1", 44331), task(2, "Việc 2", "Quý IV", { lead: "Ban Tổ chức" })]);
    });
    const before = await cells(file);
    const { issues } = await validate(file);
    expect(issues.filter((i) => i.code === "task-overdue").map((i) => [i.sheet, i.row, i.taskId])).toEqual([["Theo dõi 2021", 21, "1"]]);
    expect(issues.filter((i) => i.code === "unit-unknown").map((i) => [i.row, i.unit])).toEqual([[22, "Ban Tổ chức"]]);
    expect((await cli("validate", file, ...AS_OF, "--write")).code).toBe(0);
    const after = await cells(file);
    expect(changed(before, after)).toEqual([]);
    const added = [...after.keys()].filter((k) => !before.has(k));
    // The Cảnh báo column, right of the table (D..J → K), rows 20 to 22.
    expect(added.every((k) => /^Theo dõi 2021!K(20|21|22)$/.test(k))).toBe(true);
    expect(after.get("Theo dõi 2021!K21")).toContain("Quá hạn 61 ngày");
    expect((await cli("summary", file, ...AS_OF)).code).toBe(0);
  });

  it("every sheet renamed: commands find their tables by name, add no sheet, rebuild the renamed summary in place", async () => {
    const file = path.join(dir, "renamed.xlsx");
    expect((await cli("import", FIXTURE, "-o", file, ...AS_OF)).code).toBe(0);
    expect((await cli("summary", file, ...AS_OF)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names: Record<string, string> = { "Kế hoạch": "KH 2021", "Đơn vị": "DS đơn vị", "Nộp báo cáo": "Báo cáo", "Tổng hợp": "TH quý" };
    for (const ws of wb.worksheets) ws.name = names[ws.name] ?? ws.name;
    await wb.xlsx.writeFile(file);
    for (const args of [["validate", file, "--write"], ["summary", file], ["import", FIXTURE, "-o", file]]) {
      const r = await cli(...args, ...AS_OF);
      expect([args[0], r.code, r.err]).toEqual([args[0], 0, ""]);
    }
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(file);
    expect(again.worksheets.map((w) => w.name).sort()).toEqual(Object.values(names).sort());
  });

  it("a user's own sheet called Tổng hợp is left as it was; the summary goes to Tổng hợp (2), and stays there", async () => {
    const file = path.join(dir, "own-summary.xlsx");
    expect((await cli("import", FIXTURE, "-o", file, ...AS_OF)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const mine = wb.addWorksheet("Tổng hợp");
    mine.getCell("A1").value = "Tổng hợp của phòng";
    mine.getCell("B2").value = { formula: "SUM(1,2)", result: 3 } as ExcelJS.CellValue;
    mine.getCell("B2").font = { bold: true };
    mine.getCell("A3").note = "ghi chú";
    table(mine, "MyTable", "A5", ["TT", "Nội dung", "Ghi chú"], [[1, "việc riêng của tôi", "x"]]);
    await wb.xlsx.writeFile(file);
    const before = await cells(file);
    for (let i = 0; i < 2; i++) {
      const r = await cli("summary", file, ...AS_OF, "--json");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).sheet).toBe("Tổng hợp (2)");
    }
    const after = await cells(file);
    expect(changed(before, after, (k) => k.startsWith("Tổng hợp!"))).toEqual([]);
    expect([...after.keys()].filter((k) => k.startsWith("Tổng hợp!")).length).toBe([...before.keys()].filter((k) => k.startsWith("Tổng hợp!")).length);
    // The user's table looks like a plan: it is not used, and validate says which one is.
    const { issues } = await validate(file);
    expect(issues.find((i) => i.code === "plan-table-ambiguous")).toMatchObject({ severity: "info", params: { table: "PT_Tasks", others: "MyTable (Tổng hợp)" } });
  });
});

describe("a second table that looks like a plan", () => {
  it("next to PT_Tasks: PT_Tasks is used, the other is named and never written", async () => {
    const file = path.join(dir, "second.xlsx");
    expect((await cli("import", FIXTURE, "-o", file, ...AS_OF)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    table(wb.addWorksheet("KH 2020"), "KeHoach2020", "A1", TASK_HEADERS, [task(1, "Việc năm ngoái", "#N/A"), task(99, "Việc 99", 43900, { lead: "Đơn vị lạ" })]);
    await wb.xlsx.writeFile(file);
    const before = await cells(file);
    const { issues } = await validate(file);
    expect(issues.find((i) => i.code === "plan-table-ambiguous")).toMatchObject({ sheet: "Kế hoạch", params: { table: "PT_Tasks", others: "KeHoach2020 (KH 2020)" } });
    expect(issues.filter((i) => i.sheet === "KH 2020")).toEqual([]);
    expect(issues.filter((i) => i.taskId === "99")).toEqual([]);
    for (const args of [["validate", file, "--write"], ["summary", file, "--quarters"], ["import", FIXTURE, "-o", file]]) {
      expect((await cli(...args, ...AS_OF)).code).toBe(0);
    }
    expect(changed(before, await cells(file), (k) => k.startsWith("KH 2020!"))).toEqual([]);
    expect([...(await cells(file)).keys()].filter((k) => k.startsWith("KH 2020!")).length).toBe([...before.keys()].filter((k) => k.startsWith("KH 2020!")).length);
  });

  it("two user tables, neither named PT_Tasks: the fuller one is used, the warning names both", async () => {
    const file = await book((wb) => {
      table(wb.addWorksheet("Nháp"), "Table1", "A1", ["STT", "Nhiệm vụ"], [[1, "nháp"]]);
      table(wb.addWorksheet("Kế hoạch"), "KH", "A1", TASK_HEADERS, [task(1, "Việc thật", 44331)]);
    });
    const before = await cells(file);
    const { issues } = await validate(file);
    expect(issues.find((i) => i.code === "plan-table-ambiguous")).toMatchObject({ severity: "warning", sheet: "Kế hoạch", params: { table: "KH", others: "Table1 (Nháp)" } });
    expect(issues.filter((i) => i.code === "task-overdue").map((i) => i.sheet)).toEqual(["Kế hoạch"]);
    expect((await cli("validate", file, ...AS_OF, "--write")).code).toBe(0);
    expect(changed(before, await cells(file), (k) => k.startsWith("Nháp!"))).toEqual([]);
  });

  it("a renamed plan table on a sheet after the quarter sheets is still the plan (never the add-in's PT_Q1)", async () => {
    const file = path.join(dir, "quarters.xlsx");
    expect((await cli("import", FIXTURE, "-o", file, ...AS_OF)).code).toBe(0);
    expect((await cli("summary", file, ...AS_OF, "--quarters")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const plan = wb.getWorksheet("Kế hoạch") as ExcelJS.Worksheet;
    (plan as unknown as { orderNo: number }).orderNo = 99; // the plan sheet last
    const t = plan.getTable("PT_Tasks") as unknown as { table: { name: string; displayName?: string } };
    t.table.name = "KeHoach";
    t.table.displayName = "KeHoach";
    await wb.xlsx.writeFile(file);
    const { issues } = await validate(file);
    expect(issues.filter((i) => i.code === "task-overdue")).toHaveLength(14);
    expect(new Set(issues.filter((i) => i.row !== null).map((i) => i.sheet))).toEqual(new Set(["Kế hoạch", "Nộp báo cáo"]));
    expect((await cli("summary", file, ...AS_OF, "--quarters")).code).toBe(0);
  });
});

describe("bad workbooks: exit 2, a message naming the file and what to do, the file byte for byte", () => {
  const cases: [string, () => Promise<string>, string[], string[]][] = [
    ["a text file named .xlsx", async () => write("text.xlsx", "TT\tNội dung\n1\tx\n"), ["validate"], ["not an Excel workbook"]],
    ["an old .xls (or password-protected) file", async () => write("old.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), ["summary"], [".xls", "password"]],
    ["a Word file renamed .xlsx", async () => write("word.xlsx", await zipWith({ "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" })), ["validate"], ["not an Excel workbook"]],
    ["a truncated .xlsx", async () => {
      const good = path.join(dir, "good-for-truncation.xlsx");
      await cli("import", FIXTURE, "-o", good, ...AS_OF);
      const bytes = fs.readFileSync(good);
      return write("truncated.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    }, ["summary"], ["damaged"]],
    ["a workbook with no plan table", () => book((wb) => void (wb.addWorksheet("Sheet1").getCell("A1").value = "Không có bảng")), ["validate", "summary"], ["no plan table", "Import a plan first"]],
    ["Cảnh báo column blocked by the user's data", () => book((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      table(ws, "PT_Tasks", "A1", TASK_HEADERS, [task(1, "Việc", 44331)]);
      ws.getCell("H2").value = "dữ liệu của tôi sát bên phải bảng";
    }), ["summary", "validate --write"], ["H2", "Nothing was changed"]],
    ["no room below the plan table for the imported tasks", () => book((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      table(ws, "PT_Tasks", "A1", [...TASK_HEADERS, "Ghi chú", "Đơn vị phối hợp", "Cảnh báo"], [[...task(1, "Việc", 44331), null, null, null]]);
      ws.getCell("B4").value = "tổng cộng của tôi";
    }), ["import"], ["B4", "below the table", "Nothing was changed"]],
    ["a workbook with macros", async () => {
      const file = path.join(dir, "macro-source.xlsx");
      await cli("import", FIXTURE, "-o", file, ...AS_OF);
      const JSZip = (await import("jszip")).default;
      const zip = await JSZip.loadAsync(fs.readFileSync(file));
      zip.file("xl/vbaProject.bin", Buffer.from("not really vba"));
      return write("macros.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    }, ["summary", "validate --write", "import"], ["macros (VBA)", "nothing was written"]],
  ];

  async function zipWith(files: Record<string, string>): Promise<Buffer> {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    return zip.generateAsync({ type: "nodebuffer" });
  }
  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  }
  const argsFor = (command: string, file: string): string[] =>
    command === "import" ? ["import", FIXTURE, "-o", file] : command === "validate --write" ? ["validate", file, "--write"] : [command, file];

  it.each(cases)("%s", async (_name, make, commands, fragments) => {
    const file = await make();
    const before = sha(file);
    for (const command of commands) {
      const r = await cli(...argsFor(command, file), ...AS_OF);
      expect([command, r.code]).toEqual([command, 2]);
      expect(r.err).toMatch(/^Lỗi: .+\nError: .+\n$/s);
      expect(r.err).toContain(path.basename(file));
      for (const fragment of fragments) expect(r.err).toContain(fragment);
      expect(sha(file)).toBe(before);
    }
    if (commands.includes("summary")) {
      // summary -o: the output file is not created either.
      const out = path.join(dir, `out-${path.basename(file)}`);
      expect((await cli("summary", file, "-o", out, ...AS_OF)).code).toBe(2);
      expect(fs.existsSync(out)).toBe(false);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a folder given as the workbook", async () => {
    const r = await cli("summary", dir, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Error:");
  });
});
