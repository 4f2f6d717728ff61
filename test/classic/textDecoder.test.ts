/**
 * The classic pane's TextDecoder (src/taskpane-classic/textDecoder.ts), which the Word reader uses
 * in Internet Explorer 11: it decodes UTF-8 exactly as the platform's TextDecoder does, valid or not.
 */
import fc from "fast-check";
import { TextDecoder as NodeTextDecoder } from "util";
import { decodeUtf8, installTextDecoder, Utf8TextDecoder } from "../../src/taskpane-classic/textDecoder";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const platform = new NodeTextDecoder("utf-8");

test("any text, encoded as UTF-8 (with or without a BOM), decodes to itself", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.boolean(), (text, bom) => {
      const bytes = Buffer.from((bom ? "\uFEFF" : "") + text, "utf8");
      expect(decodeUtf8(new Uint8Array(bytes))).toBe(text);
    }),
    { numRuns: RUNS },
  );
});

test("any bytes decode as the platform's TextDecoder decodes them (bad bytes as U+FFFD)", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(decodeUtf8(bytes)).toBe(platform.decode(bytes));
    }),
    { numRuns: RUNS * 5 },
  );
  for (const hex of ["e08080", "eda080", "f4908080", "c0af", "e282", "f09f98", "ff", "efbbbfefbbbf41", "f09f9880"]) {
    const bytes = Uint8Array.from(Buffer.from(hex, "hex"));
    expect({ hex, text: decodeUtf8(bytes) }).toEqual({ hex, text: platform.decode(bytes) });
  }
});

test("Vietnamese over many chunks; ArrayBuffer and views accepted; only UTF-8 offered; installed only where missing", () => {
  const text = "Kế hoạch số 217/KH-LĐLĐ — công tác thi đua, khen thưởng năm 2021. ".repeat(2000);
  const bytes = new Uint8Array(Buffer.from(text, "utf8"));
  expect(new Utf8TextDecoder("utf-8").decode(bytes)).toBe(text);
  expect(new Utf8TextDecoder().decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).toBe(text);
  // "K" and the first byte of "ế": a cut sequence.
  expect(new Utf8TextDecoder("UTF-8").decode(new DataView(bytes.buffer, bytes.byteOffset, 2))).toBe("K\uFFFD");
  expect(() => new Utf8TextDecoder("windows-1258")).toThrow(RangeError);
  const bare: { TextDecoder?: unknown } = {};
  installTextDecoder(bare);
  expect(bare.TextDecoder).toBe(Utf8TextDecoder);
  const native = { TextDecoder: NodeTextDecoder };
  installTextDecoder(native);
  expect(native.TextDecoder).toBe(NodeTextDecoder);
});
