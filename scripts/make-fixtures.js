#!/usr/bin/env node
/*
 * Rebuilds the Word fixtures from their committed sources.
 *
 *   node scripts/make-fixtures.js [name ...] [--png] [--look] [--bad]
 *
 * test/fixtures/real-plans/<name>/ holds one source:
 *   plan.html  converted by LibreOffice Writer (HTML (StarWriter) filter → MS Word 2007 XML), which
 *              keeps colspan as w:gridSpan, rowspan as w:vMerge, <thead> rows as repeated header
 *              rows and each <p> of a cell as its own paragraph;
 *   plan.js    a module exporting build(docx) → docx.Document, written with the `docx` library
 *              (real Word numbering, vMerge, repeated header rows, footers).
 * Output: plan.docx beside it; with --png also page1.png (docx → PDF with soffice → pdftoppm), to look at.
 * --look writes EVERY page as an image into a temporary folder (printed, never committed): an appendix
 * table on page 3 is looked at too, not only page 1.
 * --bad also rebuilds test/fixtures/bad-docx/ (corrupt, encrypted, no table, macro-enabled), from the
 * built real-plan fixtures; the zip bomb and the 50 MB file are made by the test itself, never committed.
 *
 * Needs LibreOffice Writer (soffice) for plan.html and --png, poppler-utils (pdftoppm) for --png.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PLANS = path.join(ROOT, "test/fixtures/real-plans");
const BAD = path.join(ROOT, "test/fixtures/bad-docx");

const args = process.argv.slice(2);
const wantPng = args.includes("--png");
const wantLook = args.includes("--look");
const wantBad = args.includes("--bad");
const only = args.filter((a) => !a.startsWith("--"));

function freshProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-fixtures-lo-"));
  return { dir, arg: "-env:UserInstallation=file://" + dir };
}

/** soffice --convert-to into a temporary folder; returns the converted file's path. */
function soffice(input, target, extra) {
  const profile = freshProfile();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "pt-fixtures-out-"));
  try {
    execFileSync("soffice", [profile.arg, "--headless", ...(extra || []), "--convert-to", target, "--outdir", out, input], {
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 120000,
    });
    const made = fs.readdirSync(out);
    if (made.length !== 1) throw new Error("soffice made " + made.length + " files from " + input);
    return path.join(out, made[0]);
  } finally {
    fs.rmSync(profile.dir, { recursive: true, force: true });
  }
}

async function buildOne(dir) {
  const html = path.join(dir, "plan.html");
  const js = path.join(dir, "plan.js");
  const docxPath = path.join(dir, "plan.docx");
  if (fs.existsSync(js)) {
    const docx = require("docx");
    const doc = require(js).build(docx);
    fs.writeFileSync(docxPath, await docx.Packer.toBuffer(doc));
  } else if (fs.existsSync(html)) {
    const made = soffice(html, "docx:MS Word 2007 XML", ['--infilter=HTML (StarWriter)']);
    fs.copyFileSync(made, docxPath);
    fs.rmSync(path.dirname(made), { recursive: true, force: true });
  } else {
    throw new Error("no plan.html or plan.js in " + dir);
  }
  if (wantPng) {
    const pdf = soffice(docxPath, "pdf");
    const prefix = path.join(path.dirname(pdf), "page");
    execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", "70", "-png", "-singlefile", pdf, prefix]);
    fs.copyFileSync(prefix + ".png", path.join(dir, "page1.png"));
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
  }
  if (wantLook) {
    const pdf = soffice(docxPath, "pdf");
    const look = path.join(os.tmpdir(), "pt-fixtures-look", path.basename(dir));
    fs.rmSync(look, { recursive: true, force: true });
    fs.mkdirSync(look, { recursive: true });
    execFileSync("pdftoppm", ["-r", "60", "-png", pdf, path.join(look, "page")]);
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
    process.stdout.write("pages of " + path.basename(dir) + ": " + look + "\n");
  }
  process.stdout.write("built " + path.relative(ROOT, docxPath) + (wantPng ? " + page1.png" : "") + "\n");
}

// ---- bad Word files -------------------------------------------------------------------------------

/**
 * A minimal OLE compound file (CFB v3, 512-byte sectors) holding the given streams, all small enough
 * for the mini stream (< 4096 bytes) or not, as the format requires. This is the container Word writes
 * for a password-protected document: streams EncryptionInfo and EncryptedPackage.
 */
function compoundFile(streams) {
  const SECTOR = 512;
  const MINI = 64;
  const FREESECT = 0xffffffff;
  const ENDOFCHAIN = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const NOSTREAM = 0xffffffff;
  const sectors = []; // Buffers of 512 bytes, the file's sectors after the header
  const fat = [];
  const alloc = (buf) => {
    const n = Math.max(1, Math.ceil(buf.length / SECTOR));
    const first = sectors.length;
    for (let i = 0; i < n; i++) {
      const s = Buffer.alloc(SECTOR);
      buf.copy(s, 0, i * SECTOR, Math.min(buf.length, (i + 1) * SECTOR));
      sectors.push(s);
      fat.push(i === n - 1 ? ENDOFCHAIN : first + i + 1);
    }
    return first;
  };
  // Mini stream: small streams packed in 64-byte mini sectors.
  const miniParts = [];
  const miniFat = [];
  const entries = streams.map(({ name, data }) => {
    if (data.length >= 4096) return { name, data, start: alloc(data) };
    const n = Math.max(1, Math.ceil(data.length / MINI));
    const first = miniFat.length;
    for (let i = 0; i < n; i++) {
      const m = Buffer.alloc(MINI);
      data.copy(m, 0, i * MINI, Math.min(data.length, (i + 1) * MINI));
      miniParts.push(m);
      miniFat.push(i === n - 1 ? ENDOFCHAIN : first + i + 1);
    }
    return { name, data, start: first };
  });
  const miniStream = Buffer.concat(miniParts);
  const miniStart = miniParts.length ? alloc(miniStream) : ENDOFCHAIN;
  const miniFatBuf = Buffer.alloc(Math.max(1, Math.ceil((miniFat.length * 4) / SECTOR)) * SECTOR, 0xff);
  miniFat.forEach((v, i) => miniFatBuf.writeUInt32LE(v, i * 4));
  const miniFatStart = miniFat.length ? alloc(miniFatBuf) : ENDOFCHAIN;
  // Directory: root, then the streams as a simple right-leaning chain (names sorted as CFB compares them).
  const sorted = entries.slice().sort((a, b) => a.name.length - b.name.length || a.name.toUpperCase().localeCompare(b.name.toUpperCase()));
  const dirEntry = (name, type, left, right, child, start, size) => {
    const e = Buffer.alloc(128);
    const utf16 = Buffer.from(name + "\0", "utf16le");
    utf16.copy(e, 0);
    e.writeUInt16LE(utf16.length, 64);
    e.writeUInt8(type, 66); // 1 storage, 2 stream, 5 root
    e.writeUInt8(1, 67); // black
    e.writeUInt32LE(left, 68);
    e.writeUInt32LE(right, 72);
    e.writeUInt32LE(child, 76);
    e.writeUInt32LE(start, 116);
    e.writeUInt32LE(size, 120);
    return e;
  };
  const dirs = [dirEntry("Root Entry", 5, NOSTREAM, NOSTREAM, sorted.length ? 1 : NOSTREAM, miniStart, miniStream.length)];
  sorted.forEach((s, i) => dirs.push(dirEntry(s.name, 2, NOSTREAM, i + 1 < sorted.length ? i + 2 : NOSTREAM, NOSTREAM, s.start, s.data.length)));
  while (dirs.length % 4) dirs.push(dirEntry("", 0, NOSTREAM, NOSTREAM, NOSTREAM, 0, 0));
  const dirStart = alloc(Buffer.concat(dirs));
  // FAT sectors (one is plenty for these sizes, but count properly).
  let fatSectors = 1;
  while ((sectors.length + fatSectors) * 4 > fatSectors * SECTOR) fatSectors++;
  const fatStart = sectors.length;
  for (let i = 0; i < fatSectors; i++) fat.push(FATSECT);
  const fatBuf = Buffer.alloc(fatSectors * SECTOR, 0xff);
  fat.forEach((v, i) => fatBuf.writeUInt32LE(v, i * 4));
  for (let i = 0; i < fatSectors; i++) sectors.push(fatBuf.subarray(i * SECTOR, (i + 1) * SECTOR));
  const header = Buffer.alloc(SECTOR);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift: 512
  header.writeUInt16LE(6, 32); // mini sector shift: 64
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(dirStart, 48);
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(miniFatStart, 60);
  header.writeUInt32LE(miniFat.length ? miniFatBuf.length / SECTOR : 0, 64);
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? fatStart + i : FREESECT, 76 + i * 4);
  return Buffer.concat([header, ...sectors]);
}

/** EncryptionInfo of Office's agile encryption (version 4.4), as Word 2010+ writes it. */
function agileEncryptionInfo() {
  const b64 = (n) => crypto.randomBytes(n).toString("base64");
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64(16)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(64)}" encryptedHmacValue="${b64(64)}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64(16)}" encryptedVerifierHashInput="${b64(16)}" encryptedVerifierHashValue="${b64(64)}" encryptedKeyValue="${b64(32)}"/>` +
    "</keyEncryptor></keyEncryptors></encryption>";
  const head = Buffer.alloc(8);
  head.writeUInt16LE(4, 0); // version 4.4: agile
  head.writeUInt16LE(4, 2);
  head.writeUInt32LE(0x40, 4); // reserved flags
  return Buffer.concat([head, Buffer.from(xml, "utf8")]);
}

async function buildBad() {
  const JSZip = require("jszip");
  fs.mkdirSync(BAD, { recursive: true });
  const source = path.join(PLANS, "commune-ubnd", "plan.docx");
  const real = fs.readFileSync(source);

  // 1. A real .docx cut off half-way (a download or a copy that did not finish).
  fs.writeFileSync(path.join(BAD, "corrupt.docx"), real.subarray(0, Math.floor(real.length / 2)));

  // 2. Password-protected: Word writes an OLE compound file, not a zip, even under the .docx name.
  //    The package is random bytes of a plausible size: no key opens it, which is what a reader meets.
  const encrypted = Buffer.concat([Buffer.alloc(8), crypto.randomBytes(Math.ceil(real.length / 4096) * 4096)]);
  encrypted.writeUInt32LE(real.length, 0); // StreamSize (8 bytes, little-endian) then the AES segments
  fs.writeFileSync(
    path.join(BAD, "password.docx"),
    compoundFile([
      { name: "EncryptionInfo", data: agileEncryptionInfo() },
      { name: "EncryptedPackage", data: encrypted },
    ]),
  );

  // 3. A Word file with no table at all (a letter, not a plan).
  const noTable = soffice(path.join(BAD, "no-table.html"), "docx:MS Word 2007 XML", ["--infilter=HTML (StarWriter)"]);
  fs.copyFileSync(noTable, path.join(BAD, "no-table.docx"));
  fs.rmSync(path.dirname(noTable), { recursive: true, force: true });

  // 4. Macro-enabled (.docm): the main part's content type says so and a VBA project is attached.
  const zip = await JSZip.loadAsync(real);
  const types = await zip.file("[Content_Types].xml").async("string");
  zip.file(
    "[Content_Types].xml",
    types
      .replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml")
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  const rels = await zip.file("word/_rels/document.xml.rels").async("string");
  zip.file(
    "word/_rels/document.xml.rels",
    rels.replace("</Relationships>", '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
  );
  zip.file(
    "word/vbaProject.bin",
    compoundFile([{ name: "PROJECT", data: Buffer.from('ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisDocument/&H00000000\r\nName="Project"\r\n', "latin1") }]),
  );
  fs.writeFileSync(path.join(BAD, "macro.docm"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  process.stdout.write("built test/fixtures/bad-docx: corrupt.docx password.docx no-table.docx macro.docm\n");
}

async function mainRun() {
  const dirs = fs
    .readdirSync(PLANS)
    .filter((n) => fs.statSync(path.join(PLANS, n)).isDirectory())
    .filter((n) => only.length === 0 || only.includes(n));
  for (const n of dirs) await buildOne(path.join(PLANS, n));
  if (wantBad) await buildBad();
}

mainRun().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + "\n");
  process.exit(1);
});
