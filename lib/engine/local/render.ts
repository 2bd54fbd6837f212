/**
 * Turning selected units into reader-facing text. In a meeting, who said something is part of
 * the answer ("Marketing: …"), so consecutive sentences are grouped under their speaker — unless
 * the labels are anonymous placeholders ("Speaker 1", "说话人1") that would only add noise.
 */
import type { ParsedDoc } from "@/lib/ingest/types";
import { midSentence, sameSentence, type Unit } from "@/lib/engine/local/units";
import { reportedSpeech } from "@/lib/text/reported";
import { verbatimSpoken } from "@/lib/text/spoken";
import { trimEndChars } from "@/lib/text/scan";
import { STOPWORDS_EN } from "@/lib/text/stopwords";

const ANONYMOUS = /^(?:speaker|spk|说话人|发言人|参会人)\s*\d*$|^[A-Z]?\d+$/i;
const HAN_END = /\p{sc=Han}$/u;

/** Ensure terminal punctuation so extracted clauses read as sentences. */
export function finishSentence(text: string): string {
  const t = trimEndChars(text, "，,、;；:：", true);
  if (/[.!?。！？…"”』」)）]$/.test(t)) return t;
  return t + (HAN_END.test(t) ? "。" : ".");
}

export function showSpeaker(doc: ParsedDoc, speaker?: string): boolean {
  return doc.kind === "meeting" && !!speaker && !ANONYMOUS.test(speaker.trim());
}

/**
 * "Mr. Jagmeet Singh (Burnaby South, NDP)" → "Mr. Jagmeet Singh", "Kirsty Williams AM" → "Kirsty
 * Williams": the affiliation and post-nominal letters (member of a parliament or assembly,
 * honours) are noise in prose.
 */
export function shortSpeaker(speaker: string): string {
  return (
    speaker
      .replace(/[(（][^()（）]*[)）]\s*$/, "")
      .replace(/(?<=\p{L}\s*)\s(?:AM|MS|MP|MSP|MLA|MPP|MHA|MEP|TD|QC|KC|OBE|MBE|CBE)$/u, "")
      .trim() || speaker
  );
}

const QUESTION = /\?["”']?$/;

/** "Mr. Chair, …", "Madam Speaker, …": the form of address a debate opens each reply with says nothing. */
const TO_THE_CHAIR = /^(?:(?:Mr|Mister|Mrs|Ms|Madam|Madame)\.? ?)?(?:Chair|Chairman|Chairwoman|Chairperson|Speaker|President|Deputy Chair)\s*,\s*(?=\S)/i;

/** The speaker's own stance verb opening a reported line, which then replaces "said" (nothing is added). */
const STANCE = /^They (thought|believed|felt|guessed|agreed|suggested|supposed|knew|preferred|expected|wanted|remembered)(?: that)?,?\s+(?=[\p{L}\d])/u;

const OWN_OPENING = /^(?:(?:yes|yeah|no|well|so|okay|ok|and|but|also|honestly)[,\s]+)*I\b/i;

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
  // Words of speaker labels are names ("Fey", "Bains"), their articles are not ("The Chair").
  const names = new Set(
    doc.speakers
      .flatMap((s) => s.split(/[^\p{L}]+/u))
      .filter(Boolean)
      .filter((w) => !STOPWORDS_EN.has(w.toLowerCase())),
  );
  let lastSpeaker: string | undefined;
  for (const u of zh ? units : joinPieces(units)) {
    const named = showSpeaker(doc, u.speaker) && u.speaker !== lastSpeaker;
    const sep = zh && parts.length ? "" : parts.length ? "\n" : "";
    lastSpeaker = u.speaker;
    if (reported) {
      const asked = QUESTION.test(u.text.trim());
      const who = named ? shortSpeaker(u.speaker!) : "";
      if (asked)
        // In quotation marks the words stand as said (the raw sentence, markup removed), never the cleaned text.
        parts.push(`${named ? sep : ""}${who || (showSpeaker(doc, u.speaker) ? "They" : "")}${who || showSpeaker(doc, u.speaker) ? " asked: " : ""}“${verbatimSpoken(u.raw)}”`);
      else {
        const said = finishSentence(reportedSpeech(u.text.replace(TO_THE_CHAIR, "")));
        // Only the speaker's own "I think…" becomes "Raj thought…": "Yes, they want the cap raised" is legal's wish, not Raj's.
        const stance = named && OWN_OPENING.test(u.text) ? said.match(STANCE) : null;
        // "Marketing said they thought the remote was too big" → "Marketing thought the remote was too big".
        if (stance) parts.push(`${sep}${who} ${stance[1]} ${said.slice(stance[0].length)}`);
        else parts.push(named ? `${sep}${who} said ${lowerFirst(said, names, doc)}` : said);
      }
      continue;
    }
    const sentence = finishSentence(u.text);
    if (named) parts.push(`${sep}${shortSpeaker(u.speaker!)}${zh ? "：" : ": "}${sentence}`);
    else parts.push(sentence);
  }
  return zh ? parts.join("") : parts.join(" ").replace(/ \n/g, "\n");
}

/**
 * Adjacent pieces of one long English sentence (cut at commas into units) are shown as the one sentence
 * they were: "Variant B, the one with annual billing shown first, lifted signups …", not "… first. Lifted …".
 */
function joinPieces(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out.at(-1);
    if (prev && sameSentence(u, prev) && prev.id + 1 === u.id && !QUESTION.test(u.text.trim())) {
      out[out.length - 1] = { ...prev, id: u.id, text: `${prev.text.replace(/[.!?]+$/, "")} ${midSentence(u)}`, raw: `${prev.raw} ${u.raw}` };
    } else out.push(u);
  }
  return out;
}

const capitalised = new WeakMap<ParsedDoc, Set<string>>();

/**
 * Words the document writes with a capital inside sentences more often than in lower case
 * ("… and Nancy said", "use ATLAS"): names. A transcript's restarts capitalise function words
 * mid-sentence now and then ("the other thing They…"), never more often than not.
 */
export function namesInText(doc: ParsedDoc): Set<string> {
  let set = capitalised.get(doc);
  if (!set) {
    const upper = new Map<string, number>();
    const lower = new Map<string, number>();
    for (const seg of doc.segments) {
      for (const m of seg.text.matchAll(/(?<=[\p{Ll},;] )\p{Lu}[\p{L}'-]*/gu)) upper.set(m[0], (upper.get(m[0]) ?? 0) + 1);
      for (const m of seg.text.matchAll(/(?<![\p{L}'-])\p{Ll}[\p{L}'-]*/gu)) lower.set(m[0], (lower.get(m[0]) ?? 0) + 1);
    }
    set = new Set([...upper].filter(([w, n]) => n > (lower.get(w.toLowerCase()) ?? 0)).map(([w]) => w));
    capitalised.set(doc, set);
  }
  return set;
}

/**
 * "They thought…" → "they thought…" after "said". Names keep their capital (a speaker's label
 * word, or a word the document capitalises inside sentences: "Nancy said…"), as do acronyms and "OK".
 */
function lowerFirst(s: string, names: Set<string>, doc: ParsedDoc): string {
  const m = s.match(/^(\W*)(\p{L}+)/u);
  if (!m || names.has(m[2]) || (m[2].length > 1 && m[2] === m[2].toUpperCase()) || namesInText(doc).has(m[2])) return s;
  return m[1] + m[2].charAt(0).toLowerCase() + s.slice(m[1].length + 1);
}
