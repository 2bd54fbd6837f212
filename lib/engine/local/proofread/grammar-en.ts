/**
 * A few English grammar slips that rules catch reliably: "a" before a vowel sound and "an" before a
 * consonant ("a apple", "an report"), "could of" for "could have", and "then" after a comparative
 * ("better then"). Only lower-case words are judged: acronyms and names ("a UI", "an MBA") vary.
 */
import type { Suggestion } from "@/lib/engine/suggestions";
import { STOPWORDS_EN } from "@/lib/text/stopwords";
import type { ProofContext } from "./context";

/** Hesitations: in speech "a uh" or "a um" is a false start, not an article error. */
const HESITATIONS = new Set(["uh", "um", "er", "erm", "ah", "eh", "hm", "hmm", "mm", "oh", "uhm"]);
/** Words that cannot follow an article at all: there the slip is the article itself, not its form. */
const NOT_AFTER_ARTICLE = new Set([
  "another",
  "already",
  "also",
  "always",
  "actually",
  "again",
  "almost",
  "even",
  "ever",
  "only",
  "other",
  "own",
  "until",
  "unless",
  "upon",
  "else",
  "ago",
]);

/** Words spelled with a vowel but said with a consonant sound, and the reverse. */
const VOWEL_LETTER_CONSONANT_SOUND = /^(?:u(?:ni|se|sa|su|ti|re|ro|ra|ku)|eu|ewe|one|once|ouija)/;
const CONSONANT_LETTER_VOWEL_SOUND = /^(?:hour|honest|hono|hon$|heir|herb)/;
const COMPARATIVES = "more|less|better|worse|rather|greater|fewer|larger|smaller|higher|lower|faster|slower|cheaper|easier|harder|bigger|longer|shorter|other";

export function checkEnglishGrammar(ctx: ProofContext): Suggestion[] {
  const out: Suggestion[] = [];
  const v = ctx.view;
  for (const m of v.matchAll(/(?<![\w'’-])(a|an|A|An)[ \t]+(?=([a-z][a-z-]*)(?![\w'’]))/g)) {
    const article = m[1];
    const next = m[2];
    const vowelSound = (/^[aeio]/.test(next) || (/^u/.test(next) && !VOWEL_LETTER_CONSONANT_SOUND.test(next))) && !VOWEL_LETTER_CONSONANT_SOUND.test(next);
    const consonantSound = /^[b-df-hj-np-tv-z]/.test(next) && !CONSONANT_LETTER_VOWEL_SOUND.test(next);
    // Letters named on their own ("a b c"), function words and hesitations after "a" are false
    // starts or list labels ("a in a day", "a and b"): the article rule is about the noun phrase.
    if (next.length < 2 || STOPWORDS_EN.has(next) || HESITATIONS.has(next) || NOT_AFTER_ARTICLE.has(next)) continue;
    const lowerArticle = article.toLowerCase();
    let fix: string | undefined;
    if (lowerArticle === "a" && vowelSound) fix = article === "A" ? "An" : "an";
    if (lowerArticle === "an" && consonantSound) fix = article === "An" ? "A" : "a";
    if (fix) out.push(ctx.suggest(m.index, m.index + article.length, fix, "grammar", `Use "${fix}" before "${next}"`));
  }
  // "might of course" is fine.
  for (const m of v.matchAll(/\b(could|should|would|must|might|may)[ \t]+(of)\b(?![ \t]+course)/gi)) {
    const at = m.index + m[0].length - 2;
    out.push(ctx.suggest(at, at + 2, m[2] === "OF" ? "HAVE" : "have", "grammar", `"${m[1]} of" should be "${m[1]} have"`));
  }
  for (const m of v.matchAll(new RegExp(`\\b(${COMPARATIVES})[ \\t]+(then)\\b`, "g"))) {
    const at = m.index + m[0].length - 4;
    out.push(ctx.suggest(at, at + 4, "than", "grammar", `After "${m[1]}", use "than"`));
  }
  return out;
}
