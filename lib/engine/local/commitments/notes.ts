/**
 * The chair noting a point: after the others have talked an option through, the one who chairs the
 * meeting names it back in a bare phrase next to an acknowledgement ("Advanced chip. Okay.", "Okay.
 * Latex.", "Fruity colours. Okay, let's go to…"). The phrase repeats words of a turn just before it, so
 * it is not new talk but the option the chair writes down: a decision citing the note and the turn it
 * echoes. Structure, not vocabulary: who says it (the chair), where (after the opening, which is the
 * agenda), its shape (no subject, no verb, no question) and its link to the previous turns (every
 * content word echoed). English only: Chinese chairs settle with 那就… closures (decisions.ts).
 */
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import type { Turn } from "@/lib/engine/local/commitments/turns";
import { CHAIR_OPENING, NOTE_ECHO_TURNS, NOTE_MAX_WORDS } from "@/lib/engine/local/commitments/tuning";
import { cleanSpoken } from "@/lib/text/spoken";

/** Acknowledgement words that may stand around the note ("Okay.", "Right, …"). */
const ACK = "(?:okay|ok|'kay|kay|right|alright|good|great|fine|yeah|yes|yep|so|and|um|uh|mm)";
const LEAD = new RegExp(`^(?:${ACK}[,.!\\s]+)+`, "i");
const TRAIL = new RegExp(`(?:[,\\s]+(?:${ACK}|then))+[.!]?$`, "i");
const ACK_SENTENCE = new RegExp(`^(?:${ACK}[,.!\\s]*)+$|^${ACK}\\b`, "i");
/**
 * A subject, an auxiliary, a copula, a negation, a pointer or a question word makes a clause, not a noted
 * phrase; so does a judgement ("good idea", "nice") or a back-channel ("mm-hmm"), which agree without naming an option.
 */
const NOT_A_NOTE =
  /\b(?:i|you|we|they|he|she|it|me|us|them|is|are|was|were|be|been|will|would|can|could|should|shall|must|might|may|do|does|did|have|has|had|let|let's|not|no|there|here|what|how|why|where|who|which|this|that|these|those|thing|things|good|great|nice|cool|fine|idea|better|easier|harder|worse|much|too|thanks|thank|sorry|please|hmm|mm-hmm|uh-huh|dunno|next|first|last)\b|'(?:s|re|ll|ve|d|m)\b|n't\b/i;
const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half)$/;
const PREPOSITION = /^(?:in|on|at|by|from|to|for|with|into|onto|under|over|about)$/i;
/** Words that carry no option of their own (articles, prepositions, fillers). */
const FUNCTION_WORD = new RegExp(`^(?:the|a|an|or|but|of|for|to|in|on|with|at|by|from|as|like|just|very|more|less|also|then|well|now|${ACK.slice(3, -1)})$`);

const contentWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !FUNCTION_WORD.test(w));

/** The bare phrase of a sentence when it is one ("Okay. Latex." → "Latex"), else null. */
export function notedPhrase(s: Sentence): string | null {
  if (s.zh || s.question || s.reject || s.defer || s.past) return null;
  const t = cleanSpoken(s.raw)
    .replace(/[\s.!]+$/, "")
    .replace(LEAD, "")
    .replace(TRAIL, "")
    .trim();
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > NOTE_MAX_WORDS || NOT_A_NOTE.test(t) || /[?]/.test(s.raw)) return null;
  // A name said ("Christine, yeah") calls on someone; a phrase opening with a preposition ("In file menu") answers where.
  // A phrase cut off at a function word ("Different functions of") names nothing whole.
  if (s.name || PREPOSITION.test(words[0]) || FUNCTION_WORD.test(words[words.length - 1].toLowerCase())) return null;
  // A capitalised word after the first is a name or a title in ASR text ("Th Christine"), not an option.
  if (words.slice(1).some((w) => /^[A-Z][a-z]/.test(w))) return null;
  // A bare number answers a count or gives a score ("Three."), it names no option.
  const named = contentWords(t).filter((w) => !NUMBER.test(w));
  return named.length ? t : null;
}

/** An acknowledgement stands next to the note: in the sentence itself, or the sentence before or after it. */
function acknowledged(turn: Turn, j: number): boolean {
  const s = turn.sentences[j];
  const own = s.raw.trim().replace(/[.!]+$/, "");
  if (LEAD.test(own) || TRAIL.test(own)) return true;
  return [turn.sentences[j - 1], turn.sentences[j + 1]].some((x) => !!x && !x.zh && ACK_SENTENCE.test(x.raw.trim()));
}

/** The chair's notes in the meeting: [the echoed sentence, the note] per note. */
export function chairNotes(turns: Turn[], chair: string | undefined): [Sentence, Sentence][] {
  if (!chair) return [];
  const out: [Sentence, Sentence][] = [];
  const from = Math.ceil(turns.length * CHAIR_OPENING);
  for (let i = from; i < turns.length; i++) {
    const turn = turns[i];
    if (turn.speaker !== chair) continue;
    turn.sentences.forEach((s, j) => {
      const phrase = notedPhrase(s);
      if (!phrase || !acknowledged(turn, j)) return;
      const want = contentWords(phrase);
      // The option it names was just talked about: every content word said in one sentence of the turns before.
      for (let k = i - 1; k >= Math.max(0, i - NOTE_ECHO_TURNS); k--) {
        const src = turns[k].sentences.find((x) => {
          if (x === s) return false;
          const words = contentWords(x.raw);
          const have = new Set(words);
          return want.every((w) => have.has(w)) && words.length > want.length;
        });
        if (src) {
          out.push([src, s]);
          return;
        }
      }
    });
  }
  return out;
}
