/**
 * One question from one key sentence. Each builder returns null when the sentence cannot carry
 * that type honestly (no term of a kind with enough same-kind distractors, a term that occurs
 * twice so the blank would give it away, nothing safe to change for a false statement).
 */
import type { Question } from "@/lib/engine/quiz-types";
import { contains } from "@/lib/engine/quiz-check";
import { numberShape, type Term, type TermKind } from "@/lib/engine/local/quiz/terms";
import { tagZh } from "@/lib/text/segment";

export interface Pools {
  /** Surfaces of each kind across the document, with how often they occur. */
  byKind: Record<TermKind, Map<string, number>>;
}

export interface Ctx {
  zh: boolean;
  pools: Pools;
  /** Text of the cited segment: no distractor may occur in it. */
  cited: string;
  seg: number;
  sentence: string;
  terms: Term[];
  /** Varies choices (option order, which term) from question to question, deterministically. */
  seed: number;
  /** Distractors beyond the usual: -1 easy, 0 medium, +1 hard (hard falls back to the usual when the document has too few). */
  extra?: number;
}

const BLANK = "____";

function once(sentence: string, surface: string): boolean {
  const i = sentence.indexOf(surface);
  return i >= 0 && sentence.indexOf(surface, i + 1) < 0;
}

function quote(c: Ctx): string {
  return c.zh ? `原文：“${c.sentence}”` : `The text says: "${c.sentence}"`;
}

/** Same-kind surfaces that are not in the cited line and not overlapping the answer, most alike first. */
export function distractors(c: Ctx, answer: Term, n: number): string[] {
  const a = answer.surface.toLowerCase();
  const shape = answer.kind === "number" ? numberShape(answer.surface) : "";
  const pool = [...c.pools.byKind[answer.kind].entries()]
    .filter(([s]) => {
      const l = s.toLowerCase();
      return !l.includes(a) && !a.includes(l) && !contains(c.cited, s) && (!shape || numberShape(s) === shape);
    })
    .map(([s, f]) => ({ s, cost: Math.abs(s.length - answer.surface.length) / Math.max(1, answer.surface.length) - 0.05 * Math.log(1 + f) }))
    .sort((x, y) => x.cost - y.cost || x.s.localeCompare(y.s));
  const out: string[] = [];
  for (const { s } of pool) {
    if (out.some((o) => o.toLowerCase() === s.toLowerCase() || o.toLowerCase().includes(s.toLowerCase()) || s.toLowerCase().includes(o.toLowerCase()))) continue;
    out.push(s);
    if (out.length >= n) break;
  }
  return out;
}

function shuffle<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed * 2654435761 + 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Terms that can be blanked: occurring once, not the whole sentence; names and numbers first. */
function blankable(c: Ctx): Term[] {
  const rank: Record<TermKind, number> = { name: 0, number: 1, term: 2 };
  const ts = c.terms.filter((t) => once(c.sentence, t.surface) && t.surface.length < c.sentence.length / 2);
  const sorted = [...ts].sort((x, y) => rank[x.kind] - rank[y.kind]);
  // Rotate so consecutive questions do not all blank the same kind.
  const k = sorted.length ? c.seed % sorted.length : 0;
  return [...sorted.slice(k), ...sorted.slice(0, k)];
}

export function buildFill(c: Ctx): Question | null {
  const t = blankable(c)[0];
  if (!t) return null;
  return { type: "fill", question: c.sentence.replace(t.surface, BLANK), answer: t.surface, explanation: quote(c), citations: [c.seg] };
}

export function buildSingle(c: Ctx): Question | null {
  const want = 3 + (c.extra ?? 0);
  for (const t of blankable(c)) {
    const ds = distractors(c, t, want);
    if (ds.length < Math.min(want, 3)) continue;
    const options = shuffle([t.surface, ...ds], c.seed);
    return { type: "single", question: c.sentence.replace(t.surface, BLANK), options, answer: options.indexOf(t.surface), explanation: quote(c), citations: [c.seg] };
  }
  return null;
}

export function buildMultiple(c: Ctx): Question | null {
  const ts = blankable(c);
  for (const kind of ["term", "name", "number"] as const) {
    const same = ts.filter((t) => t.kind === kind);
    if (same.length < 2) continue;
    const [a, b] = same;
    if (a.surface.includes(b.surface) || b.surface.includes(a.surface)) continue;
    const want = 2 + (c.extra ?? 0);
    const ds = distractors(c, a, want);
    if (ds.length < Math.min(want, 2)) continue;
    const options = shuffle([a.surface, b.surface, ...ds], c.seed);
    const lead = c.zh ? "选出填入空格的所有选项：" : "Select every option that fills a blank: ";
    const stem = c.sentence.replace(a.surface, BLANK).replace(b.surface, BLANK);
    return {
      type: "multiple",
      question: lead + stem,
      options,
      answer: [options.indexOf(a.surface), options.indexOf(b.surface)].sort((x, y) => x - y),
      explanation: quote(c),
      citations: [c.seg],
    };
  }
  return null;
}

const EN_NEGATE: Array<[RegExp, string]> = [[/\b(is|are|was|were|can|will|does|do|did|should|could|would|has|have)\b(?! not\b| no\b|n't)/, "$1 not"]];

function negate(c: Ctx): string | null {
  if (c.zh) {
    // Only the copula 是 tagged as a verb: 会/可以 are too often parts of other words (会议, 可以说).
    const tagged = tagZh(c.sentence);
    const at = tagged?.findIndex((t) => t.word === "是" && t.tag === "v") ?? -1;
    if (!tagged || at < 0 || /不|没|非|无/.test(c.sentence)) return null;
    return tagged.map((t, i) => (i === at ? "不是" : t.word)).join("");
  }
  if (/\b(not|no|never|n't|cannot)\b/i.test(c.sentence)) return null;
  for (const [re, to] of EN_NEGATE) if (re.test(c.sentence)) return c.sentence.replace(re, to);
  return null;
}

export function buildTrueFalse(c: Ctx, wantTrue: boolean): Question | null {
  if (wantTrue) return { type: "truefalse", question: c.sentence, answer: true, explanation: quote(c), citations: [c.seg] };
  // A false copy: swap a name or number for another of its kind from the document, else negate.
  let statement: string | null = null;
  for (const t of blankable(c)) {
    if (t.kind === "term") continue;
    const [d] = distractors(c, t, 1);
    if (d) {
      statement = c.sentence.replace(t.surface, d);
      break;
    }
  }
  statement ??= negate(c);
  if (!statement || statement === c.sentence) return null;
  const why = c.zh ? `错误。${quote(c)}` : `False. ${quote(c)}`;
  return { type: "truefalse", question: statement, answer: false, explanation: why, citations: [c.seg] };
}
