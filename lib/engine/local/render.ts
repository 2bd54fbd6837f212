/**
 * Turning selected units into reader-facing text. In a meeting, who said something is part of
 * the answer ("Marketing: …"), so consecutive sentences are grouped under their speaker — unless
 * the labels are anonymous placeholders ("Speaker 1", "说话人1") that would only add noise.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Unit } from "@/lib/engine/local/units";

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

export function renderPoints(units: Unit[], doc: ParsedDoc): string {
  const zh = doc.lang === "zh";
  const parts: string[] = [];
  let lastSpeaker: string | undefined;
  for (const u of units) {
    const sentence = finishSentence(u.text);
    if (showSpeaker(doc, u.speaker) && u.speaker !== lastSpeaker) parts.push(`${zh && parts.length ? "" : parts.length ? "\n" : ""}${u.speaker}${zh ? "：" : ": "}${sentence}`);
    else parts.push(sentence);
    lastSpeaker = u.speaker;
  }
  return zh ? parts.join("") : parts.join(" ").replace(/ \n/g, "\n");
}
