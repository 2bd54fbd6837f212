/**
 * Bytes → string for every text format. UTF-8 first (strictly validated), UTF-16 by BOM or NUL
 * pattern, then the legacy Chinese code pages scored by how plausible the decoded text is.
 * Files concatenated from different machines (UTF-8 lines next to GBK lines) are decoded per line.
 */
import iconv from "iconv-lite";
import { AppError } from "@/lib/errors";
import { COMMON_HANZI } from "./common-hanzi";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5" | "windows-1252" | "mixed";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const LEGACY: Array<"gb18030" | "big5"> = ["gb18030", "big5"];
const SAMPLE_BYTES = 256 * 1024;
/** Below this plausibility every candidate is gibberish: we refuse rather than store mojibake. */
const MIN_SCORE = 0.3;

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte. */
export function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const half = n / 2;
  if (zeroOdd / half > 0.3 && zeroEven / half < 0.02) return "utf-16le";
  if (zeroEven / half > 0.3 && zeroOdd / half < 0.02) return "utf-16be";
  return undefined;
}

/**
 * How plausible a decoding is, 0..1: share of non-ASCII characters that are common hanzi or CJK
 * punctuation, minus a heavy penalty for replacement marks, private-use and control characters.
 */
export function plausibility(text: string): number {
  let nonAscii = 0;
  let good = 0;
  let bad = 0;
  const end = Math.min(text.length, 50_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) bad++;
      continue;
    }
    nonAscii++;
    if (COMMON_HANZI[c]) good++;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201d)) good += 0.8;
    else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x80 && c <= 0x9f)) bad++;
  }
  if (nonAscii === 0) return bad > 0 ? 0 : 1;
  return Math.max(0, (good - 5 * bad) / nonAscii);
}

/** Latin-1 text (e.g. "café" saved by an old Windows editor): few, letter-like high bytes. */
function latinScore(text: string): number {
  let nonAscii = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || (c >= 0x2013 && c <= 0x201e) || c === 0x20ac) letters++;
  }
  if (nonAscii === 0) return 1;
  return nonAscii / text.length < 0.08 ? letters / nonAscii : 0;
}

function bestLegacy(sample: Uint8Array): { encoding: "gb18030" | "big5"; score: number } {
  let best: { encoding: "gb18030" | "big5"; score: number } = { encoding: "gb18030", score: -1 };
  for (const enc of LEGACY) {
    const score = plausibility(iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength), enc));
    if (score > best.score) best = { encoding: enc, score };
  }
  return best;
}

function decodeWith(bytes: Uint8Array, enc: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), enc);
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  // 0x0A never occurs inside a GBK/Big5/UTF-8 multibyte sequence, so byte-level splitting is safe.
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function hasHighByte(line: Uint8Array): boolean {
  for (let i = 0; i < line.length; i++) if (line[i] >= 0x80) return true;
  return false;
}

function unknown(): AppError {
  return new AppError("ENCODING_UNKNOWN", "We could not work out this file's text encoding. Save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8) and upload it again.");
}

function decodeLegacyOrMixed(bytes: Uint8Array): DecodedText {
  const lines = splitLines(bytes);
  const utf8Lines: boolean[] = [];
  let utf8Count = 0;
  let legacyCount = 0;
  const legacyParts: Uint8Array[] = [];
  let legacySampleBytes = 0;
  for (const line of lines) {
    if (!hasHighByte(line)) {
      utf8Lines.push(true);
      continue;
    }
    const ok = tryUtf8(line) !== undefined;
    utf8Lines.push(ok);
    if (ok) utf8Count++;
    else {
      legacyCount++;
      if (legacySampleBytes < SAMPLE_BYTES) {
        legacyParts.push(line);
        legacySampleBytes += line.length;
      }
    }
  }
  const sample = Buffer.concat(legacyParts);
  const legacy = bestLegacy(sample);
  // A handful of GBK lines can be valid UTF-8 by accident; only a real share of UTF-8 lines means mixed.
  const mixed = utf8Count > 0 && utf8Count >= 0.1 * (utf8Count + legacyCount);
  if (legacy.score >= MIN_SCORE) {
    if (!mixed) return { text: decodeWith(bytes, legacy.encoding), encoding: legacy.encoding };
    const text = lines.map((l, i) => (utf8Lines[i] ? utf8Fatal.decode(l) : decodeWith(l, legacy.encoding))).join("");
    return { text, encoding: "mixed" };
  }
  for (const enc of ["utf-16le", "utf-16be"] as const) {
    if (bytes.length % 2 !== 0) break;
    const text = decodeWith(bytes.subarray(0, SAMPLE_BYTES), enc);
    if (plausibility(text) >= 0.6) return { text: decodeWith(bytes, enc), encoding: enc };
  }
  const latin = decodeWith(bytes, "windows-1252");
  if (latinScore(latin) >= 0.8) return { text: latin, encoding: "windows-1252" };
  throw unknown();
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    if (text !== undefined) return { text, encoding: "utf-8" };
    return decodeLegacyOrMixed(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16 };
  const text = tryUtf8(bytes) ?? tryUtf8(withoutCutCharacter(bytes));
  if (text !== undefined) return { text, encoding: "utf-8" };
  return decodeLegacyOrMixed(bytes);
}

/** A file cut mid-character (truncated upload, `head -c`) is still UTF-8: drop the partial tail. */
function withoutCutCharacter(bytes: Uint8Array): Uint8Array {
  for (let k = 1; k <= 3 && k < bytes.length; k++) {
    const b = bytes[bytes.length - k];
    if (b >= 0xc0) return bytes.subarray(0, bytes.length - k);
    if (b < 0x80) break;
  }
  return bytes;
}
