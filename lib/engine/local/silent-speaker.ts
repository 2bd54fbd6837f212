/**
 * "What did Sofia say about the liability cap?" when no line of Sofia's is on it: the answer says so,
 * then quotes what the others said about it. Quoting the others under the question's frame would read
 * as Sofia's view, and forcing the answer onto Sofia's own lines quoted her on something else.
 *
 * The claim is checked, not guessed: none of the named speaker's lines holds a word of the subject,
 * and none of them answers a line that does ("Raj, could you put the survey together?" "I can, but not
 * this week." is Raj speaking on the survey without saying the word).
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import { indexTopic } from "@/lib/engine/local/answer-support";
import { readQuestion } from "@/lib/engine/local/question";
import { namedSpeakers } from "@/lib/engine/local/question-speakers";
import type { Unit } from "@/lib/engine/local/units";

// The subject as the question words it: "… say about the liability cap?", "孙悦对预算怎么看？".
const ABOUT_EN = /\b(?:about|regarding|on)\s+(.+?)(?:\s+(?:when|while|during)\s.*)?[?.!]*$/i;
const ABOUT_ZH = /(?:关于|对于?)([^，。？！?]{2,20}?)(?:说了什么|讲了什么|怎么看|有什么(?:看法|意见|想法)|的(?:看法|意见|想法|态度))/;

export interface SilentSpeaker {
  /** The sentence saying whose lines are not on the subject. */
  note: string;
  /** The question with the speaker's name taken out, to find what was said on the subject. */
  question: string;
}

export function silentSpeaker(question: string, doc: ParsedDoc, units: Unit[]): SilentSpeaker | null {
  if (doc.kind !== "meeting") return null;
  const info = readQuestion(question, doc.speakers);
  if (!info.speakers.length || !info.topic.length) return null;
  const zh = doc.lang === "zh";
  const phrase = question.match(zh ? ABOUT_ZH : ABOUT_EN)?.[1]?.trim();
  if (!phrase) return null;
  const topic = indexTopic(info.topic, units);
  const on = new Set<number>();
  for (const h of topic.hits) for (const [i, v] of h.entries()) if (v >= 1) on.add(i);
  if (!on.size) return null;
  const theirs = (speaker: string | undefined) => speaker !== undefined && info.speakers.includes(speaker);
  const segOn = new Set([...on].map((i) => units[i].seg));
  const speakerOf = new Map(units.map((u) => [u.seg, u.speaker]));
  for (const [i, u] of units.entries()) {
    if (!theirs(u.speaker)) continue;
    // Their own words on it, or their reply to a line on it.
    if (on.has(i) || (segOn.has(u.seg - 1) && !theirs(speakerOf.get(u.seg - 1)))) return null;
  }
  const who = info.speakers.join(zh ? "、" : " and ");
  return {
    note: zh ? `${who}没有关于${phrase}的发言。\n` : `No line of ${who}'s is about ${phrase}.\n`,
    question: namedSpeakers(question, doc.speakers).body,
  };
}
