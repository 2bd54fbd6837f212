/**
 * A prototype presented to the meeting shows the design the group settled on: while the designers
 * present it, what they say the object is ("it's yellow", "the rest is hard plastic", "there's a
 * numeric keypad on the top", "the thumb button is the power button") states the final design in the
 * present tense. Said anywhere else, the same grammar is mere description ("the user is lazy", "it's a
 * big market"), so it counts only inside the presentation part: from a turn early in the meeting that
 * brings in the prototype to be presented, until the meeting moves on to evaluating it or a cap.
 * English only (the Chinese dev meetings have no such phase).
 */
import type { Sentence } from "@/lib/engine/local/commitments/clause";
import type { Turn } from "@/lib/engine/local/commitments/turns";
import { notAResolution } from "@/lib/engine/local/commitments/resolution";
import { PRESENTATION_MAX_TURNS, PRESENTATION_OPENS_BEFORE } from "@/lib/engine/local/commitments/tuning";
import { cleanSpoken } from "@/lib/text/spoken";

/** The prototype brought in to be shown: "present your prototype", "we've got a cool prototype", "we have assembled our prototype". */
const OPENS =
  /\b(?:present\w*|show\w*|demonstrat\w*|assembled|built)\b[^.?!]{0,30}\bprototype\b|\b(?:with|on) (?:your|our)\s+(?:\w+\s+)?prototype\b|\b(?:we've got|we have got|we got|here's|here is|this is)\s+(?:a|an|our|the|your)\s+(?:\w+\s+)?prototype\b|\bprototype\b[^.?!]{0,20}\b(?:here it is|this is it)\b/i;
/** The meeting moves on from showing the object to judging it. */
const MOVES_ON = /\b(?:evaluat\w*|criteri\w*|financ\w*|spreadsheet|cost(?:s|ing)?|budget)\b/i;

const LEAD = String.raw`^(?:(?:and|so|uh|um|okay|ok|yeah|yes|well|then|basically|also|now|right)[,\s]+)*`;
const SUBJECT = String.raw`(?:it|this|that|these|those|everything|the rest|there|the\s+[a-z]+(?:\s+[a-z]+)?)`;
const VERB = "(?:'s|'re|is|are|has|have|'s got|has got|'ve got|comes|come)";
/** A present-tense statement of what the object is or has. */
const DESCRIBES = new RegExp(`${LEAD}${SUBJECT}\\s*${VERB}\\s+(?:also\\s+|just\\s+)?(?!not\\b|n't\\b)[a-z]`, "i");
/** A complement that judges or points rather than describes ("that's it", "it's cool", "this is what…"). */
const NOT_FEATURE =
  /^\W*\w+(?:\s+\w+)?\s*(?:'s|'re|is|are)\s+(?:(?:very|really|quite|so|pretty|a bit|just)\s+)*(?:it|good|great|nice|cool|cute|fine|brilliant|lovely|awesome|fun|funny|okay|ok|right|true|obvious|interesting|exciting|important|possible|easy|difficult|an option|this|that|here|what|how|why|where|like|about|gonna|going|the one|the thing|the idea|the problem|the point|a good|a nice|a bit|something|me|you|us|them)\b/i;
/** Opinion, hedge, condition or question: not what the object is. */
const HEDGED =
  /^\W*(?:but|i mean)\b|\b(?:i don't|i do not|years?|thing|i think|i guess|i suppose|i'm not sure|maybe|perhaps|probably|could|would|might|should|if|when|whether|supposed|thought|wanted|hoping)\b/i;

function describesObject(s: Sentence): boolean {
  if (s.zh || s.question || s.past || s.conditional || s.counterfactual || s.reject || s.defer) return false;
  const t = cleanSpoken(s.raw).trim();
  if (t.split(/\s+/).length < 3 || !DESCRIBES.test(t) || HEDGED.test(s.raw) || HEDGED.test(t) || notAResolution(t)) return false;
  return !NOT_FEATURE.test(t.replace(new RegExp(LEAD, "i"), ""));
}

/** Where the presentation part runs: [from, to) in turn indexes, or null when the meeting has none. */
export function presentationPart(turns: Turn[]): [number, number] | null {
  const text = (t: Turn) => t.sentences.map((s) => s.raw).join(" ");
  const before = Math.floor(turns.length * PRESENTATION_OPENS_BEFORE);
  const from = turns.findIndex((t, i) => i < before && !t.sentences.some((s) => s.zh) && OPENS.test(text(t)));
  if (from < 0) return null;
  let to = Math.min(turns.length, from + 1 + PRESENTATION_MAX_TURNS);
  for (let i = from + 1; i < to; i++)
    if (MOVES_ON.test(text(turns[i]))) {
      to = i;
      break;
    }
  return [from + 1, to];
}

/** The design a presented prototype shows: per turn of the presentation part, the sentences that say what the object is. */
export function presentedDesign(turns: Turn[]): Sentence[][] {
  const part = presentationPart(turns);
  if (!part) return [];
  const out: Sentence[][] = [];
  for (let i = part[0]; i < part[1]; i++) {
    const said = turns[i].sentences.filter(describesObject).slice(0, 2);
    if (said.length) out.push(said);
  }
  return out;
}
