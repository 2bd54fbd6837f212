/**
 * Whether the room agreed to what a turn put: assent in the replies that follow it, with no objection among them.
 */
import { isAcknowledgement, type Turn } from "@/lib/engine/local/commitments/turns";

/**
 * Assent by others in the turns after `i` (up to three replies), and no objection among them. `strict`:
 * only a turn that opens with an assent word or an agreement counts, not any short reply ("Mm-hmm.",
 * "That also is possible.", "It's soft.") — the bar for a possibility merely floated ("we could…").
 */
export function assented(turns: Turn[], i: number, strict = false): number[] {
  const by = turns[i].speaker;
  const out: number[] = [];
  for (let k = i + 1; k < turns.length && k <= i + 3; k++) {
    const t = turns[k];
    if (t.speaker === by) break;
    if (t.sentences.some((s) => s.reject || s.defer)) return [];
    const first = t.sentences[0];
    // "For Q3, yes.": a short answer that ends in yes agrees too.
    if (
      first &&
      (first.assent ||
        (!strict && isAcknowledgement(t)) ||
        (!first.zh && /^[^.?!]{0,20}\b(?:yes|yeah)[.!]?$/i.test(first.text)) ||
        /^(?:我同意|同意|没意见|agreed|fine by me|yes from me|i'm fine with)/i.test(first.text))
    )
      out.push(k);
    else break;
  }
  return out;
}

/** Agreed to: assent in the replies, or a reply that opens with assent ("没问题，这个我们认…") to a rule put to the room. */
export function ruleAgreed(turns: Turn[], i: number): boolean {
  const next = turns[i + 1];
  if (assented(turns, i).length) return true;
  return !!next && next.speaker !== turns[i].speaker && !!next.sentences[0]?.startsAssent && !next.sentences.some((x) => x.reject || x.defer);
}
