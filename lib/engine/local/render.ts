/**
 * Turning selected units into reader-facing text. In a meeting, who said something is part of
 * the answer ("Marketing: …"), so consecutive sentences are grouped under their speaker — unless
 * the labels are anonymous placeholders ("Speaker 1", "说话人1") that would only add noise.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import type { Unit } from "@/lib/engine/local/units";
import { reportedSpeech } from "@/lib/text/reported";
import { trimEndChars } from "@/lib/text/scan";

const ANONYMOUS = /^(?:speaker|spk|说话人|发言人|参会人)\s*\d*$|^[A-Z]?\d+$/i;
const HAN_END = /[\u4e00-\u9fff]$/;

/** Ensure terminal punctuation so extracted clauses read as sentences. */
export function finishSentence(text: string): string {
  const t = trimEndChars(text, "，,、;；:：", true);
  if (/[.!?。！？…"”』」)）]$/.test(t)) return t;
  return t + (HAN_END.test(t) ? "。" : ".");
}

export function showSpeaker(doc: ParsedDoc, speaker?: string): boolean {
  return doc.kind === "meeting" && !!speaker && !ANONYMOUS.test(speaker.trim());
}

/** "Mr. Jagmeet Singh (Burnaby South, NDP)" → "Mr. Jagmeet Singh": the affiliation is noise in prose. */
export function shortSpeaker(speaker: string): string {
  return speaker.replace(/[(（][^()（）]*[)）]\s*$/, "").trim() || speaker;
}

const QUESTION = /\?["”']?$/;

/**
 * `reported`: English meeting answers are written as minutes, in indirect speech — "Marketing said
 * they thought the remote was too big." — the engine's wording, never presented as a quote: no
 * quotation marks and no "Speaker:" transcript line, and the cited segments hold the words as said
 * (lib/text/reported.ts). A question cannot be reported this way, so it is quoted as said:
 * Marketing asked: "Do we need a remote?". Otherwise lines are shown as in the transcript
 * ("Speaker: text", fillers removed).
 */
export function renderPoints(units: Unit[], doc: ParsedDoc, opts: { reported?: boolean } = {}): string {
  const zh = doc.lang === "zh";
  const reported = !!opts.reported && doc.kind === "meeting" && doc.lang === "en";
  const parts: string[] = [];
  const names = new Set(doc.speakers.flatMap((s) => s.split(/[^\p{L}]+/u)).filter(Boolean));
  let lastSpeaker: string | undefined;
  for (const u of units) {
    const named = showSpeaker(doc, u.speaker) && u.speaker !== lastSpeaker;
    const sep = zh && parts.length ? "" : parts.length ? "\n" : "";
    lastSpeaker = u.speaker;
    if (reported) {
      const asked = QUESTION.test(u.text.trim());
      const who = named ? shortSpeaker(u.speaker!) : "";
      if (asked)
        parts.push(`${named ? sep : ""}${who || (showSpeaker(doc, u.speaker) ? "They" : "")}${who || showSpeaker(doc, u.speaker) ? " asked: " : ""}“${finishSentence(u.text)}”`);
      else {
        const said = finishSentence(reportedSpeech(u.text));
        parts.push(named ? `${sep}${who} said ${lowerFirst(said, names)}` : said);
      }
      continue;
    }
    const sentence = finishSentence(u.text);
    if (named) parts.push(`${sep}${shortSpeaker(u.speaker!)}${zh ? "：" : ": "}${sentence}`);
    else parts.push(sentence);
  }
  return zh ? parts.join("") : parts.join(" ").replace(/ \n/g, "\n");
}

/** "They thought…" → "they thought…" after "said"; names (speaker label words), "I"-less acronyms and "OK" keep their capitals. */
function lowerFirst(s: string, names: Set<string>): string {
  const m = s.match(/^(\W*)(\p{L}+)/u);
  if (!m || names.has(m[2]) || (m[2].length > 1 && m[2] === m[2].toUpperCase())) return s;
  return m[1] + m[2].charAt(0).toLowerCase() + s.slice(m[1].length + 1);
}
