/**
 * Mixed Simplified and Traditional characters, with OpenCC's data (opencc-js). In a mostly
 * Simplified text, characters that OpenCC's Traditional→Simplified conversion changes (in context,
 * so 著名 and 乾隆 stay) are flagged with their Simplified form; in a mostly Traditional text,
 * characters that Big5 cannot encode (Simplified-only forms like 们, 这) are flagged with the
 * Traditional form. A text with no clear majority is left alone: there is nothing to be consistent with.
 */
import { createRequire } from "node:module";
import iconv from "iconv-lite";
import type { Suggestion } from "@/lib/engine/suggestions";
import { HAN_RE, isHan, type ProofContext } from "./context";

type Convert = (s: string) => string;
interface OpenCcModule {
  Converter(o: { from: string; to: string }): Convert;
}

/** The minority script may be at most this share of the script-specific characters (tuned on probe half A). */
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

const big5Cache = new Map<string, boolean>();
function simplifiedOnly(ch: string): boolean {
  let ok = big5Cache.get(ch);
  if (ok === undefined) {
    ok = iconv.decode(iconv.encode(ch, "big5"), "big5") !== ch;
    big5Cache.set(ch, ok);
  }
  return ok;
}

/** Positions (in the line) where `converted` differs from `line`, merged into runs. */
function diffRuns(line: string, converted: string, keep: (i: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  if (converted.length !== line.length) return runs;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === converted[i] || !isHan(line[i]) || !keep(i)) continue;
    const last = runs.at(-1);
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}

export function checkScript(ctx: ProofContext): Suggestion[] {
  if (!HAN_RE.test(ctx.view)) return [];
  const lines = ctx.view.split("\n");
  const simplifiedLines = lines.map((l) => (HAN_RE.test(l) ? t2s()(l) : l));
  let traditional = 0;
  let simplified = 0;
  lines.forEach((line, k) => {
    const conv = simplifiedLines[k];
    for (let i = 0; i < line.length; i++) {
      if (!isHan(line[i])) continue;
      if (conv.length === line.length && conv[i] !== line[i]) traditional++;
      else if (simplifiedOnly(line[i])) simplified++;
    }
  });
  const total = traditional + simplified;
  if (!traditional || !simplified) return [];
  const mostlySimplified = traditional / total <= MINORITY_SHARE;
  const mostlyTraditional = simplified / total <= MINORITY_SHARE;
  if (!mostlySimplified && !mostlyTraditional) return [];
  const out: Suggestion[] = [];
  let lineStart = 0;
  lines.forEach((line, k) => {
    if (HAN_RE.test(line)) {
      const target = mostlySimplified ? simplifiedLines[k] : s2t()(line);
      const keep = mostlySimplified ? () => true : (i: number) => simplifiedOnly(line[i]);
      for (const [s, e] of diffRuns(line, target, keep)) {
        const rep = target.slice(s, e);
        const why = mostlySimplified ? `Traditional form in Simplified Chinese text: use ${rep}` : `Simplified form in Traditional Chinese text: use ${rep}`;
        out.push(ctx.suggest(lineStart + s, lineStart + e, rep, "typo", why));
      }
    }
    lineStart += line.length + 1;
  });
  return out;
}
