/**
 * Repeated characters, words and punctuation (的的, 我们我们, "the the", 。。, ，，).
 * Chinese uses word boundaries so "现在在做" (现在 + 在), "为了了解" (为了 + 了解) and "目的的" are
 * left alone, and only function characters count as typed twice: content characters reduplicate
 * legitimately (看看, 谢谢, 常常, 人人), as do verbs and adjectives (讨论讨论, 高兴高兴).
 */
import type { Suggestion } from "@/lib/engine/suggestions";
import { isHan } from "@/lib/text/cjk";
import type { ProofContext } from "./context";

/** Characters that are never doubled on purpose when each stands as its own word. */
const FUNCTION_CHARS = new Set("的地得了着过是在和与及或把被将对从向为并也都就还又而但我你他她它这那有会要能让给于其之很最更不没所已以该各每此由跟同则却即若因且".split(""));
/** Part-of-speech tags whose doubling is legitimate reduplication (jieba's tag set). */
const REDUPLICATING = /^(v|vn|vd|vg|a|ad|an|ag|z|o|e|y|m|q)/;
/** Adverbs people double for emphasis on purpose. */
const EMPHATIC = new Set(["非常", "特别", "真的", "好好", "十分"]);
/** English words that legitimately repeat ("had had", "that that", "do do"). */
const EN_REPEATABLE = new Set([
  "had",
  "that",
  "do",
  "does",
  "did",
  "bye",
  "no",
  "so",
  "yeah",
  "yes",
  "ha",
  "hey",
  "knock",
  "chop",
  "tut",
  "very",
  "really",
  "blah",
  "bla",
  "ho",
  "la",
  "tick",
  "bang",
  "boo",
  "well",
  "now",
  "there",
  "far",
  "more",
  "round",
  "over",
]);

function zhDuplicates(ctx: ProofContext, out: Suggestion[]): void {
  const words = ctx.words();
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    let j = i + 1;
    while (j < words.length && words[j].word === w.word && words[j].start === words[j - 1].end) j++;
    if (j === i + 1 || !isHan(w.word[0]) || !/^\p{sc=Han}+$/u.test(w.word)) continue;
    const single = w.word.length === 1;
    const flagged = single ? FUNCTION_CHARS.has(w.word) : !REDUPLICATING.test(w.tag) && !EMPHATIC.has(w.word);
    if (flagged) {
      const end = words[j - 1].end;
      out.push(ctx.suggest(w.start, end, w.word, "duplicate", `「${w.word}」 is repeated`));
    }
    i = j - 1;
  }
  // A doubled function character the segmenter kept as one word ("的的" glued), outside AABB forms (的的确确).
  for (const w of words) {
    if (w.word.length === 2 && w.word[0] === w.word[1] && FUNCTION_CHARS.has(w.word[0]) && w.tag === "x") {
      out.push(ctx.suggest(w.start, w.end, w.word[0], "duplicate", `「${w.word[0]}」 is repeated`));
    }
  }
}

function punctuationDuplicates(ctx: ProofContext, out: Suggestion[]): void {
  const v = ctx.view;
  // Commas, enumeration commas, semicolons and colons are never doubled; a doubled 。！？ is a slip
  // (three or more 。 are an ellipsis, handled by the width rule; ！！！ is deliberate emphasis).
  for (const m of v.matchAll(/([，、；：,;])\1+|(?<![。！？])([。！？])\2(?![。！？])/g)) {
    const ch = m[0][0];
    if ((ch === "," || ch === ";") && !/[A-Za-z\p{sc=Han})\]]/u.test(v[m.index - 1] ?? "")) continue;
    out.push(ctx.suggest(m.index, m.index + m[0].length, ch, "duplicate", `Repeated punctuation 「${m[0]}」`));
  }
  // ".." between words (not an ellipsis "...", not a path "../").
  for (const m of v.matchAll(/(?<=[A-Za-z)])\.\.(?![./\w])/g)) {
    out.push(ctx.suggest(m.index, m.index + 2, ".", "duplicate", "Repeated full stop"));
  }
}

function englishDuplicates(ctx: ProofContext, out: Suggestion[]): void {
  const v = ctx.view;
  for (const m of v.matchAll(/(?<![\w'’-])([A-Za-z]+)[ \t]+(?=([A-Za-z]+)(?![\w'’-]))/g)) {
    const [head, a, b] = m;
    if (a.toLowerCase() !== b.toLowerCase() || EN_REPEATABLE.has(a.toLowerCase())) continue;
    // "Duran Duran", "Walla Walla": a repeated capitalised name. Single letters other than "a" and "I" are list items.
    if ((/^[A-Z]/.test(a) && /^[A-Z]/.test(b) && a !== "I") || (a.length === 1 && !/^[aI]$/i.test(a))) continue;
    out.push(ctx.suggest(m.index, m.index + head.length + b.length, a, "duplicate", `"${a}" is repeated`));
  }
}

export function checkDuplicates(ctx: ProofContext): Suggestion[] {
  const out: Suggestion[] = [];
  zhDuplicates(ctx, out);
  punctuationDuplicates(ctx, out);
  englishDuplicates(ctx, out);
  return out;
}
