/**
 * Slide bullets: slides want short phrases, not paragraphs. A selected sentence is shortened to
 * its leading clause when that clause can stand alone, then hard-capped at a word/character limit.
 */
import { trimEndChars } from "@/lib/text/scan";
import { hasHan } from "@/lib/text/cjk";

const MAX_WORDS = 16;
const MAX_HAN = 32;
const MIN_CLAUSE_WORDS = 5;
const MIN_CLAUSE_HAN = 8;

export function toBullet(sentence: string): string {
  const head = sentence.replace(/^[\s\-•*]+/, "");
  const s = trimEndChars(head, "。.!！?？;；").trim();
  if (hasHan(s)) {
    const clauses = s.split(/(?<=[，,；;：:])/);
    let out = "";
    for (const c of clauses) {
      if (out.length >= MIN_CLAUSE_HAN) break;
      out += c;
    }
    out = trimEndChars(out, "，,；;：:");
    return out.length > MAX_HAN ? out.slice(0, MAX_HAN) : out;
  }
  // Whitespace runs are single spaces first, so the split pattern has no run to rescan.
  const clauses = s.replace(/\s+/g, " ").split(/(?<=[,;:]) | (?=(?:which|because|whereas|while|although|since)\b)/i);
  let words: string[] = [];
  for (const c of clauses) {
    if (words.length >= MIN_CLAUSE_WORDS) break;
    words = words.concat(c.split(/\s+/).filter(Boolean));
  }
  if (words.length > MAX_WORDS) words = words.slice(0, MAX_WORDS);
  const out = trimEndChars(words.join(" "), ",;:");
  return out.charAt(0).toUpperCase() + out.slice(1);
}
