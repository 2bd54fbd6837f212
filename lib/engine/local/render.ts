/**
 * Turning selected units into reader-facing text. In a meeting, who said something is part of
 * the answer ("Marketing: …"), so consecutive sentences are grouped under their speaker — unless
 * the labels are anonymous placeholders ("Speaker 1", "说话人1") that would only add noise.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Unit } from "@/lib/engine/local/units";
import { reportedSpeech } from "@/lib/text/reported";

const ANONYMOUS = /^(?:speaker|spk|说话人|发言人|参会人)\s*\d*$|^[A-Z]?\d+$/i;
const HAN_END = /[\u4e00-\u9fff]$/;

/** Ensure terminal punctuation so extracted clauses read as sentences. */
export function finishSentence(text: string): string {
  const t = text.replace(/[，,、;；:：\s]+$/, "");
  if (/[.!?。！？…"”』」)）]$/.test(t)) return t;
  return t + (HAN_END.test(t) ? "。" : ".");
}

export function showSpeaker(doc: ParsedDoc, speaker?: string): boolean {
  return doc.kind === "meeting" && !!speaker && !ANONYMOUS.test(speaker.trim());
}

/** "Mr. Jagmeet Singh (Burnaby South, NDP)" → "Mr. Jagmeet Singh": the affiliation is noise in prose. */
export function shortSpeaker(speaker: string): string {
  return speaker.replace(/\s*[(（][^()（）]*[)）]\s*$/, "").trim() || speaker;
}

/**
 * `reported`: English meeting answers are written as minutes — third person, past tense — rather
 * than as first-person quotes (lib/text/reported.ts).
 */
export function renderPoints(units: Unit[], doc: ParsedDoc, opts: { reported?: boolean } = {}): string {
  const zh = doc.lang === "zh";
  const reported = !!opts.reported && doc.kind === "meeting" && doc.lang === "en";
  const parts: string[] = [];
  let lastSpeaker: string | undefined;
  for (const u of units) {
    const sentence = finishSentence(reported ? reportedSpeech(u.text) : u.text);
    if (showSpeaker(doc, u.speaker) && u.speaker !== lastSpeaker) parts.push(`${zh && parts.length ? "" : parts.length ? "\n" : ""}${shortSpeaker(u.speaker!)}${zh ? "：" : ": "}${sentence}`);
    else parts.push(sentence);
    lastSpeaker = u.speaker;
  }
  return zh ? parts.join("") : parts.join(" ").replace(/ \n/g, "\n");
}
