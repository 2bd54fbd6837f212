/**
 * The grounding checker every generated quiz passes through, whichever engine wrote it:
 * the correct option / fill-in text must be found verbatim in the cited lines, no wrong option
 * may appear there (it would be a defensible answer), a true statement must be in its line and a
 * false one must be a close copy of the line it cites (so the explanation can show the truth).
 * Questions that fail are dropped, as are duplicate stems.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Question } from "@/lib/engine/quiz-types";
import { hasHan } from "@/lib/text/cjk";

/** Case- and width-insensitive comparison text with runs of whitespace collapsed. */
export function normText(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

const BLANK = /_{2,}/;

let lastHay = "";
let lastNorm = "";

export function contains(hay: string, needle: string): boolean {
  const n = normText(needle);
  if (!n) return false;
  // One-entry cache: a generator tests hundreds of candidate options against the same line.
  if (hay !== lastHay) {
    lastHay = hay;
    lastNorm = normText(hay);
  }
  const h = lastNorm;
  // A Latin term must match whole words: "art" is not in "start".
  if (/^[\p{L}\p{N}]/u.test(n) && !hasHan(n)) {
    const esc = n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, "u").test(h);
  }
  return h.includes(n);
}

function tokens(s: string): string[] {
  return normText(s).match(/\p{sc=Han}|[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the statement's tokens that occur in the cited text: a false statement must be a near copy. */
function overlap(statement: string, cited: string): number {
  const have = new Set(tokens(cited));
  const t = tokens(statement);
  return t.length ? t.filter((w) => have.has(w)).length / t.length : 0;
}

/** Problems with one question; empty when it is grounded. */
export function checkQuestion(q: Question, doc: ParsedDoc): string[] {
  const problems: string[] = [];
  if (!q.citations.length) return ["no citations"];
  if (q.citations.some((c) => !Number.isInteger(c) || c < 0 || c >= doc.segments.length)) return ["citation out of range"];
  const cited = q.citations.map((c) => doc.segments[c].text).join("\n");
  const opts = q.options ?? [];
  const distinct = new Set(opts.map(normText)).size === opts.length;
  switch (q.type) {
    case "single": {
      if (typeof q.answer !== "number" || q.answer < 0 || q.answer >= opts.length) return ["answer is not an option index"];
      if (opts.length < 2 || !distinct) problems.push("needs two or more distinct options");
      if (!contains(cited, opts[q.answer])) problems.push("correct option not in the cited lines");
      opts.forEach((o, i) => {
        if (i !== q.answer && contains(cited, o)) problems.push(`wrong option "${o}" is in the cited lines`);
      });
      break;
    }
    case "multiple": {
      const ans = q.answer;
      if (!Array.isArray(ans) || !ans.length || new Set(ans).size !== ans.length || ans.some((i) => i < 0 || i >= opts.length)) return ["answer is not a set of option indexes"];
      if (opts.length < 3 || !distinct || ans.length >= opts.length) problems.push("needs distinct options and at least one wrong one");
      opts.forEach((o, i) => {
        const inCited = contains(cited, o);
        if (ans.includes(i) && !inCited) problems.push(`correct option "${o}" not in the cited lines`);
        if (!ans.includes(i) && inCited) problems.push(`wrong option "${o}" is in the cited lines`);
      });
      break;
    }
    case "fill": {
      if (typeof q.answer !== "string" || !q.answer.trim()) return ["fill answer must be text"];
      if (!BLANK.test(q.question)) problems.push("no blank in the question");
      if (!contains(cited, q.answer)) problems.push("fill-in text not in the cited lines");
      // The stem with its blank filled must be the cited line itself.
      else if (!contains(cited, q.question.replace(BLANK, q.answer))) problems.push("filled stem is not the cited line");
      break;
    }
    case "truefalse": {
      if (typeof q.answer !== "boolean") return ["true/false answer must be boolean"];
      if (q.answer && !contains(cited, q.question)) problems.push("true statement not in the cited line");
      if (!q.answer && contains(cited, q.question)) problems.push("false statement is in the cited line");
      if (!q.answer && overlap(q.question, cited) < 0.6) problems.push("false statement does not cite its line");
      break;
    }
  }
  return problems;
}

/** The grounded questions, without duplicate stems, in order. */
export function keepGrounded(questions: Question[], doc: ParsedDoc): { kept: Question[]; dropped: Array<{ question: Question; problems: string[] }> } {
  const kept: Question[] = [];
  const dropped: Array<{ question: Question; problems: string[] }> = [];
  const stems = new Set<string>();
  for (const q of questions) {
    const problems = checkQuestion(q, doc);
    const stem = normText(q.question);
    if (!problems.length && stems.has(stem)) problems.push("duplicate stem");
    if (problems.length) dropped.push({ question: q, problems });
    else {
      stems.add(stem);
      kept.push(q);
    }
  }
  return { kept, dropped };
}
