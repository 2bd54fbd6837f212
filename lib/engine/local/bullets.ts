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
const SLACK_WORDS = 4;
/** Closed-class words that cannot end a phrase: articles, prepositions, conjunctions, auxiliaries, subject pronouns. */
const DANGLING =
  /^(?:a|an|the|of|to|in|on|at|by|for|with|from|into|about|as|than|and|or|but|nor|so|if|when|while|because|that|which|who|whose|where|we|i|you|they|he|she|it|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|no|very|more|most|our|their|its|my|your|his|her|this|these|those)$/i;

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
  // A few words over the cap are kept rather than cut ("…the billing address at" read as a broken
  // slide); a longer sentence is cut, and not after a word that needs what follows it.
  if (words.length > MAX_WORDS + SLACK_WORDS) {
    words = words.slice(0, MAX_WORDS);
    while (words.length > MIN_CLAUSE_WORDS && DANGLING.test(trimEndChars(words[words.length - 1], ",;:"))) words.pop();
  }
  const out = trimEndChars(words.join(" "), ",;:");
  return out.charAt(0).toUpperCase() + out.slice(1);
}
