#!/usr/bin/env node
/**
 * Draws the add-in's icons into assets/ as PNG files, with no image library: shapes are rasterised
 * with 4×4 supersampling and written by a small PNG encoder (zlib + CRC-32). The output is
 * deterministic, so re-running it changes no committed file unless the drawing changes.
 *
 *   node scripts/make-icons.js          writes assets/*.png
 *   node scripts/make-icons.js --check  exits 1 when a committed icon differs from what it draws
 *
 * icon-*     the add-in (green table with a header row): store, Office's add-in list, Open panel
 * summary-*  Generate summary (bar chart)
 * validate-* Validate (check mark in a circle)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ASSETS = path.join(__dirname, "..", "assets");

// Excel's own greens, so the buttons sit well in the Home tab.
const GREEN = [0x21, 0x73, 0x46, 1];
const DARK_GREEN = [0x18, 0x5c, 0x37, 1];
const LIGHT_GREEN = [0x33, 0xc4, 0x81, 1];
const WHITE = [255, 255, 255, 1];
const GREY = [0x60, 0x60, 0x60, 1];

// ---------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits per channel, no interlace)

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes, straight (not premultiplied) alpha. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Rasterising: a shape is a predicate inside(x, y) in pixel coordinates (0..size).

const SS = 4; // supersamples per axis

class Canvas {
  constructor(size) {
    this.size = size;
    this.px = new Float64Array(size * size * 4); // r, g, b in 0..255, a in 0..1
  }

  /** Paints colour over the canvas where inside() holds, anti-aliased by coverage. */
  fill(color, inside) {
    const s = this.size;
    for (let y = 0; y < s; y++) {
      for (let x = 0; x < s; x++) {
        let hits = 0;
        for (let j = 0; j < SS; j++) {
          for (let i = 0; i < SS; i++) {
            if (inside(x + (i + 0.5) / SS, y + (j + 0.5) / SS)) hits++;
          }
        }
        if (hits === 0) continue;
        const a = color[3] * (hits / (SS * SS));
        const o = (y * s + x) * 4;
        const da = this.px[o + 3];
        const outA = a + da * (1 - a);
        for (let c = 0; c < 3; c++) {
          this.px[o + c] = (color[c] * a + this.px[o + c] * da * (1 - a)) / outA;
        }
        this.px[o + 3] = outA;
      }
    }
    return this;
  }

  toPng() {
    const bytes = new Uint8Array(this.px.length);
    for (let i = 0; i < this.px.length; i += 4) {
      const a = this.px[i + 3];
      for (let c = 0; c < 3; c++) bytes[i + c] = a === 0 ? 0 : Math.round(this.px[i + c]);
      bytes[i + 3] = Math.round(a * 255);
    }
    return encodePng(this.size, this.size, bytes);
  }
}

const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A polyline of the given stroke width with round joins and caps. */
function stroke(points, width) {
  const half = width / 2;
  return (x, y) => {
    for (let k = 0; k + 1 < points.length; k++) {
      const [ax, ay] = points[k];
      const [bx, by] = points[k + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

// ---------------------------------------------------------------------------------------------
// The icons. Lines of the table snap to whole pixels so the 16 px icon stays crisp.

function tableIcon(s) {
  const c = new Canvas(s);
  const m = Math.max(1, Math.round(s / 16)); // outer margin
  const line = Math.max(1, Math.round(s / 16)); // grid line width
  const header = Math.round(s * 0.3);
  c.fill(GREEN, roundRect(m, m, s - m, s - m, Math.max(1.5, s / 10)));
  // White body below the green header band, then green grid lines over it.
  const left = m + line;
  const right = s - m - line;
  const top = header;
  const bottom = s - m - line;
  c.fill(WHITE, rect(left, top, right, bottom));
  const midX = Math.round((left + right) / 2 - line / 2);
  c.fill(GREEN, rect(midX, top, midX + line, bottom));
  const rows = 3;
  for (let r = 1; r < rows; r++) {
    const yy = Math.round(top + ((bottom - top) * r) / rows - line / 2);
    c.fill(GREEN, rect(left, yy, right, yy + line));
  }
  // A lighter stripe in the header hints at the title cell.
  const stripe = Math.max(1, Math.round(s / 16));
  const hy = Math.round((m + header) / 2 - stripe / 2);
  c.fill(LIGHT_GREEN, rect(left + line, hy, Math.round(s * 0.62), hy + stripe));
  return c;
}

function summaryIcon(s) {
  const c = new Canvas(s);
  const m = Math.max(1, Math.round(s / 16));
  const axis = Math.max(1, Math.round(s / 16));
  const base = s - m - axis;
  c.fill(GREY, rect(m, base, s - m, base + axis));
  c.fill(GREY, rect(m, m, m + axis, base));
  const gap = Math.max(1, Math.round(s / 16));
  const left = m + axis + gap;
  const barW = Math.floor((s - m - left - 2 * gap) / 3);
  const heights = [0.4, 0.65, 0.9];
  const colors = [LIGHT_GREEN, GREEN, DARK_GREEN];
  heights.forEach((h, i) => {
    const x0 = left + i * (barW + gap);
    const y0 = Math.round(base - (base - m) * h);
    c.fill(colors[i], rect(x0, y0, x0 + barW, base));
  });
  return c;
}

function validateIcon(s) {
  const c = new Canvas(s);
  const r = s / 2 - Math.max(0.5, s / 32);
  c.fill(GREEN, circle(s / 2, s / 2, r));
  const w = Math.max(1.6, s * 0.12);
  c.fill(
    WHITE,
    stroke(
      [
        [s * 0.28, s * 0.52],
        [s * 0.44, s * 0.68],
        [s * 0.73, s * 0.35],
      ],
      w,
    ),
  );
  return c;
}

const ICONS = [
  ...[16, 32, 64, 80].map((s) => ({ file: `icon-${s}.png`, draw: () => tableIcon(s) })),
  ...[16, 32, 80].map((s) => ({ file: `summary-${s}.png`, draw: () => summaryIcon(s) })),
  ...[16, 32, 80].map((s) => ({ file: `validate-${s}.png`, draw: () => validateIcon(s) })),
];

function main() {
  const check = process.argv.includes("--check");
  fs.mkdirSync(ASSETS, { recursive: true });
  let stale = 0;
  for (const { file, draw } of ICONS) {
    const png = draw().toPng();
    const target = path.join(ASSETS, file);
    if (check) {
      const same = fs.existsSync(target) && fs.readFileSync(target).equals(png);
      if (!same) {
        stale++;
        console.error(`stale: assets/${file}`);
      }
    } else {
      fs.writeFileSync(target, png);
      console.log(`wrote assets/${file} (${png.length} bytes)`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (require.main === module) main();

module.exports = { encodePng, crc32 };
