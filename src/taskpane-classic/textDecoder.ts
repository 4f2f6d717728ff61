/**
 * TextDecoder for UTF-8, where the webview has none (Internet Explorer 11). The Word reader
 * (src/readers/docx.ts) decodes a .docx's XML parts with `new TextDecoder("utf-8")`; core-js does
 * not polyfill it. Installed by index.ts before anything runs; where TextDecoder exists it is left
 * alone. UTF-8 only, as the Encoding Standard decodes it: a leading BOM dropped, bad bytes read as
 * U+FFFD.
 */

const REPLACEMENT = 0xfffd;

export function decodeUtf8(input?: ArrayBuffer | ArrayBufferView): string {
  const bytes =
    input === undefined
      ? new Uint8Array(0)
      : input instanceof Uint8Array
        ? input
        : ArrayBuffer.isView(input)
          ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
          : new Uint8Array(input);
  const parts: string[] = [];
  let units: number[] = [];
  const push = (code: number): void => {
    if (code > 0xffff) {
      code -= 0x10000;
      units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else units.push(code);
    if (units.length >= 8192) {
      parts.push(String.fromCharCode.apply(null, units));
      units = [];
    }
  };
  // The Encoding Standard's UTF-8 decoder, step by step (so a bad byte gives what browsers give).
  let needed = 0;
  let seen = 0;
  let code = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7f) push(b);
      else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        code = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        code = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        code = b & 0x07;
      } else push(REPLACEMENT);
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence is cut: one replacement for it, and this byte read again on its own.
      needed = seen = code = 0;
      lower = 0x80;
      upper = 0xbf;
      push(REPLACEMENT);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    code = (code << 6) | (b & 0x3f);
    if (++seen === needed) {
      push(code);
      needed = seen = code = 0;
    }
  }
  if (needed !== 0) push(REPLACEMENT);
  if (units.length > 0) parts.push(String.fromCharCode.apply(null, units));
  return parts.join("");
}

/** The part of TextDecoder the Word reader uses: UTF-8, decode(bytes). */
export class Utf8TextDecoder {
  readonly encoding = "utf-8";
  constructor(label?: string) {
    const name = (label === undefined ? "utf-8" : String(label)).toLowerCase();
    if (name !== "utf-8" && name !== "utf8" && name !== "unicode-1-1-utf-8") {
      throw new RangeError(`TextDecoder: only UTF-8 is available here, not ${label}`);
    }
  }
  decode(input?: ArrayBuffer | ArrayBufferView): string {
    return decodeUtf8(input);
  }
}

export function installTextDecoder(global: { TextDecoder?: unknown }): void {
  if (typeof global.TextDecoder === "undefined") global.TextDecoder = Utf8TextDecoder;
}
