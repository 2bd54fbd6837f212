/** Turns a reader's raw segments into the ParsedDoc contract: indexes, speakers, kind, lang, title. */
import { AppError } from "@/lib/errors";
import { detectLang } from "@/lib/text/lang";
import type { ParsedDoc, Segment } from "./types";
import type { ReadResult } from "./blocks";
import { LIMITS } from "./limits";
import { dateInFileName, extractMeetingDate } from "./meeting-date";
import { packSentences } from "./sentences";

export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const t = base.replace(/\.[A-Za-z0-9]{1,8}$/, "").trim();
  return t || "Untitled";
}

export function noText(what = "This file"): AppError {
  return new AppError("NO_TEXT", `${what} contains no readable text.`);
}

function tooManySegments(): AppError {
  return new AppError(
    "TOO_COMPLEX",
    `This file has too many lines and paragraphs to read (more than ${LIMITS.maxSegments.toLocaleString("en-US")}); split it into parts and upload them separately.`,
  );
}

export function finalizeDoc(read: ReadResult, ctx: { format: string; fileName: string; meetingDate?: string }): ParsedDoc {
  const segments: Segment[] = [];
  for (const raw of read.segments) {
    const text = raw.text.trim();
    if (!text) continue;
    const pieces = text.length > LIMITS.maxSegmentChars ? packSentences(text, LIMITS.maxSegmentChars) : [text];
    for (const piece of pieces) {
      const seg: Segment = { index: segments.length, text: piece };
      if (raw.speaker) seg.speaker = raw.speaker;
      if (raw.startMs !== undefined) seg.startMs = raw.startMs;
      if (raw.endMs !== undefined) seg.endMs = raw.endMs;
      if (raw.page !== undefined) seg.page = raw.page;
      if (raw.headingPath?.length) seg.headingPath = raw.headingPath;
      if (raw.confidence !== undefined) seg.confidence = raw.confidence;
      if (segments.push(seg) > LIMITS.maxSegments) throw tooManySegments();
    }
  }
  if (segments.length === 0) throw noText();

  const speakers: string[] = [];
  const seen = new Set<string>();
  let timed = false;
  for (const s of segments) {
    if (s.startMs !== undefined) timed = true;
    if (s.speaker && !seen.has(s.speaker)) {
      seen.add(s.speaker);
      speakers.push(s.speaker);
    }
  }
  let sample = "";
  for (const s of segments) {
    if (sample.length > 200_000) break;
    sample += `${s.text}\n`;
  }
  const kind = speakers.length > 0 || timed ? "meeting" : "document";
  const doc: ParsedDoc = {
    kind,
    title: (read.title?.trim() || titleFromFileName(ctx.fileName)).slice(0, 200),
    lang: detectLang(sample),
    speakers,
    segments,
    format: ctx.format,
  };
  // The file's own date when it states one (metadata, header lines), else a date in its name
  // ("2025-03-06 standup.txt", "周会2025年3月6日.docx"): relative deadlines resolve from it.
  const meetingDate = ctx.meetingDate ?? extractMeetingDate(read.headerLines) ?? dateInFileName(ctx.fileName);
  if (meetingDate) doc.meetingDate = meetingDate;
  return doc;
}
