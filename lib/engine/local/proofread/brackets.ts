/**
 * Unbalanced brackets and quotes, paragraph by paragraph: a closer that does not match its opener
 * of the other width (（说明) → （说明）), and openers or closers with no partner. An unmatched
 * mark has no certain fix, so the suggestion removes it and the reason says to add the partner
 * instead if that was meant.
 */
import type { Suggestion } from "@/lib/engine/suggestions";
import type { ProofContext } from "./context";

/** Prose brackets and quotes; braces are left out: in documents they are code or templates. */
const PAIRS: Record<string, string> = { "(": ")", "（": "）", "[": "]", "【": "】", "《": "》", "「": "」", "『": "』", "“": "”", "‘": "’", "〈": "〉" };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
/** Same kind of bracket in the other width: a mismatch here is a typing slip, fixed by matching the opener. */
const SIBLING: Record<string, string> = { "(": "（", "（": "(" };

interface Open {
  ch: string;
  at: number;
}

function ignorable(line: string, i: number): boolean {
  const ch = line[i];
  const prev = line[i - 1] ?? "";
  const next = line[i + 1] ?? "";
  // Apostrophes (don’t, the team’s) and primes are not quotes.
  if ((ch === "’" || ch === "‘") && (/[A-Za-z0-9]/.test(prev) || /[A-Za-z0-9]/.test(next))) return true;
  // List markers "1)", "a)", "(一)" at the start of a line, and smileys ":)".
  if ((ch === ")" || ch === "）") && /^\s*(?:[0-9]{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3})$/.test(line.slice(0, i))) return true;
  if ((ch === ")" || ch === "(") && /[:;=]-?$/.test(line.slice(0, i))) return true;
  // Ranges written with a bracket ("[0, 1)") and masked text are not prose.
  return ch === "\u0000";
}

function unclosed(ctx: ProofContext, lineStart: number, o: Open): Suggestion {
  return ctx.suggest(lineStart + o.at, lineStart + o.at + 1, "", "punctuation", `「${o.ch}」 is never closed in this paragraph: add 「${PAIRS[o.ch]}」 or remove it`);
}

export function checkBrackets(ctx: ProofContext): Suggestion[] {
  const out: Suggestion[] = [];
  let lineStart = 0;
  for (const line of ctx.view.split("\n")) {
    const stack: Open[] = [];
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      const isOpen = ch in PAIRS;
      const opener = CLOSERS.get(ch);
      if (!isOpen && !opener) continue;
      if (ignorable(line, i)) continue;
      if (isOpen) {
        stack.push({ ch, at: i });
        continue;
      }
      const top = stack.at(-1);
      if (top && top.ch === opener) {
        stack.pop();
      } else if (top && SIBLING[top.ch] === opener) {
        stack.pop();
        out.push(ctx.suggest(lineStart + i, lineStart + i + 1, PAIRS[top.ch], "punctuation", `「${top.ch}」 is closed with 「${ch}」: use 「${PAIRS[top.ch]}」`));
      } else if (stack.some((o) => o.ch === opener)) {
        // Close the outer pair; whatever was opened inside it and never closed is reported.
        for (let o = stack.pop(); o && o.ch !== opener; o = stack.pop()) out.push(unclosed(ctx, lineStart, o));
      } else {
        out.push(ctx.suggest(lineStart + i, lineStart + i + 1, "", "punctuation", `「${ch}」 has no opening 「${opener}」 in this paragraph: add one or remove it`));
      }
    }
    for (const o of stack) out.push(unclosed(ctx, lineStart, o));
    lineStart += line.length + 1;
  }
  return out;
}
