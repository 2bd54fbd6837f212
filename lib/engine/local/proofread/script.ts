/**
 * Mixed Simplified and Traditional characters. A character is Traditional-only when the
 * Simplified standard set (GB 2312) lacks it and OpenCC (opencc-js) converts it, and
 * Simplified-only when Big5 (cp950) lacks it: so 著 (显著), 乾 (乾坤), 么 and 台, which both
 * scripts use, are never flagged. In a mostly Simplified text the Traditional-only characters are
 * flagged with OpenCC's Simplified form (converted in the context of the line), and vice versa.
 * A text with no clear majority is left alone: there is nothing to be consistent with.
 */
import { createRequire } from "node:module";
import iconv from "iconv-lite";
import type { Suggestion } from "@/lib/engine/suggestions";
import { hasHan, isHan } from "@/lib/text/cjk";
import type { ProofContext } from "./context";

type Convert = (s: string) => string;
interface OpenCcModule {
  Converter(o: { from: string; to: string }): Convert;
}

/** The minority script may be at most this share of the script-specific characters (set before the probe, kept after half A). */
export const MINORITY_SHARE = 0.4;

let toSimplified: Convert | undefined;
let toTraditional: Convert | undefined;
const req = createRequire(import.meta.url);

function t2s(): Convert {
  toSimplified ??= (req("opencc-js/t2cn") as OpenCcModule).Converter({ from: "tw", to: "cn" });
  return toSimplified;
}
function s2t(): Convert {
  toTraditional ??= (req("opencc-js/cn2t") as OpenCcModule).Converter({ from: "cn", to: "t" });
  return toTraditional;
}

const gbCache = new Map<string, boolean>();
/** GB 2312's hanzi are the GBK codes with both bytes in A1–FE and the lead byte from B0. */
function inGb2312(ch: string): boolean {
  let ok = gbCache.get(ch);
  if (ok === undefined) {
    const b = iconv.encode(ch, "gbk");
    ok = b.length === 2 && b[0] >= 0xb0 && b[0] <= 0xf7 && b[1] >= 0xa1 && b[1] <= 0xfe && iconv.decode(b, "gbk") === ch;
    gbCache.set(ch, ok);
  }
  return ok;
}

const big5Cache = new Map<string, boolean>();
function inBig5(ch: string): boolean {
  let ok = big5Cache.get(ch);
  if (ok === undefined) {
    ok = iconv.decode(iconv.encode(ch, "cp950"), "cp950") === ch;
    big5Cache.set(ch, ok);
  }
  return ok;
}

const tradCache = new Map<string, boolean>();
function traditionalOnly(ch: string): boolean {
  if (!isHan(ch) || inGb2312(ch)) return false;
  let t = tradCache.get(ch);
  if (t === undefined) {
    t = t2s()(ch) !== ch;
    tradCache.set(ch, t);
  }
  return t;
}
function simplifiedOnly(ch: string): boolean {
  return isHan(ch) && !inBig5(ch) && inGb2312(ch);
}

/** The line converted, in context when the conversion keeps the length, else character by character. */
function convertAt(line: string, convert: Convert, i: number, cache: Map<string, string>): string {
  let whole = cache.get(line);
  if (whole === undefined) {
    whole = convert(line);
    cache.set(line, whole);
  }
  return whole.length === line.length ? whole[i] : convert(line[i]);
}

export function checkScript(ctx: ProofContext): Suggestion[] {
  if (!hasHan(ctx.view)) return [];
  const v = ctx.view;
  let traditional = 0;
  let simplified = 0;
  for (const ch of v) {
    if (!isHan(ch)) continue;
    if (simplifiedOnly(ch)) simplified++;
    else if (traditionalOnly(ch)) traditional++;
  }
  const total = traditional + simplified;
  if (!traditional || !simplified) return [];
  const mostlySimplified = traditional / total <= MINORITY_SHARE;
  const mostlyTraditional = simplified / total <= MINORITY_SHARE;
  if (!mostlySimplified && !mostlyTraditional) return [];
  const flag = mostlySimplified ? traditionalOnly : simplifiedOnly;
  const convert = mostlySimplified ? t2s() : s2t();
  const cache = new Map<string, string>();
  const out: Suggestion[] = [];
  let lineStart = 0;
  for (const line of v.split("\n")) {
    let i = 0;
    while (i < line.length) {
      if (!flag(line[i])) {
        i++;
        continue;
      }
      let e = i;
      let rep = "";
      while (e < line.length && flag(line[e])) rep += convertAt(line, convert, e++, cache);
      const why = mostlySimplified ? `Traditional form in Simplified Chinese text: use ${rep}` : `Simplified form in Traditional Chinese text: use ${rep}`;
      out.push(ctx.suggest(lineStart + i, lineStart + e, rep, "typo", why));
      i = e;
    }
    lineStart += line.length + 1;
  }
  return out;
}
